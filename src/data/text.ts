/** Text helpers for every layer: whole characters, one truncate, text from outside made safe to show. */
/** Made when text beyond printable ASCII first needs it: building it loads the break rules (about 10 ms on a cold page). */
let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;
  return segmenter;
}

/** Whole characters (grapheme clusters), so a cut never splits an emoji or an accent from its letter. */
export function graphemes(text: string): string[] {
  // Printable ASCII is one character a code unit: skip the segmenter, which costs about a microsecond a character.
  if (/^[\x20-\x7E]*$/.test(text)) return text.split('');
  const cutter = graphemeSegmenter();
  return cutter ? [...cutter.segment(text)].map((part) => part.segment) : [...text];
}

let collator: Intl.Collator | null = null;

/**
 * Compares two names as an English reader orders them ("aluminum" before "Antimony"), with one collator for every
 * comparison: String#localeCompare(…, 'en') gives the same order but builds a collator per call.
 */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}

/** Cuts text to at most `maxChars` whole characters, ending in "…" when cut. The one truncate of the project. */
export function truncateChars(text: string, maxChars: number): string {
  const parts = graphemes(text);
  return parts.length <= maxChars ? text : `${parts.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}

// Bidirectional controls (LRM, RLM, ALM, the embeddings, overrides and isolates) and the other C0/C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from outside (a link, a file) made safe to show inside a sentence: no control character can reorder or hide it. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}
