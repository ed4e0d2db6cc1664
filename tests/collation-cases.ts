/**
 * Names whose English order turns on the characters compareNames orders itself (src/data/text.ts), and that order:
 * the unit tests check compareNames gives it, the end-to-end tests that the browser's own collator does.
 */
export const TRICKY_NAMES = ['ab', 'Ab', 'aB', 'a1', 'a)b', 'a(b', 'a.b', 'a,b', 'a-b', 'a b', 'b', 'A', 'Mica (natural), sheet', 'Mica (natural)', 'Mica, scrap'];

export const TRICKY_NAMES_IN_ORDER = ['A', 'a b', 'a-b', 'a,b', 'a.b', 'a(b', 'a)b', 'a1', 'ab', 'aB', 'Ab', 'b', 'Mica (natural)', 'Mica (natural), sheet', 'Mica, scrap'];
