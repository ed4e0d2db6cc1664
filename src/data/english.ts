import en from 'zod/v4/locales/en.js';

/**
 * zod's English messages ("Too big: expected number to be <=100"). zod/mini carries no words of its own (every
 * problem reads "Invalid input" without them), so they are passed to a parse only where its problems are put into
 * words: the data build, and the page's account of a dataset that fails (loaded then, not with the first view).
 */
export const english = en().localeError;
