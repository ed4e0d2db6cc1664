/** Text helpers for every layer: whole characters, one truncate, text from outside made safe to show. */
/** Made when text beyond the characters graphemes() cuts itself first needs it: it loads ICU's break rules (24–57 ms measured). */
let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;
  return segmenter;
}

/**
 * Characters that are always a whole character on their own: printable ASCII, Latin-1 and Latin Extended-A/B
 * (accented letters precomposed, ×, °, the no-break space), general punctuation from the hyphen to the quadruple
 * prime (dashes, curly quotes, †, ‡, •, …, ‰, ′), arrows and mathematical operators (→, −, ≥). None joins the
 * character before or after it; combining accents, joiners, variation selectors, emoji and line breaks are outside.
 */
const SINGLE_UNITS = /^[\x20-\x7E\u00A0-\u024F\u2010-\u2027\u2030-\u2057\u2190-\u22FF]*$/;

/** Whole characters (grapheme clusters), so a cut never splits an emoji or an accent from its letter. */
export function graphemes(text: string): string[] {
  // One character a code unit: skip the segmenter, which costs about a microsecond a character, and whose first
  // use on a page loads ICU's break rules (24–57 ms measured, when the export's image is first prepared).
  if (SINGLE_UNITS.test(text)) return text.split('');
  const cutter = graphemeSegmenter();
  return cutter ? [...cutter.segment(text)].map((part) => part.segment) : [...text];
}

let collator: Intl.Collator | null = null;

/**
 * The order the English collator gives the characters the USGS names use (letters, digits, space, - , . ( )): at
 * the first level, case aside, a space first, then - , . ( ), then digits, then letters; a tie at that level goes to
 * the first place where case differs, lower case first ("aB" before "Ab"). Checked against Intl.Collator('en').
 */
const PLAIN_NAME = /^[A-Za-z0-9 ,().-]*$/;
const PUNCTUATION_WEIGHT: Record<string, number> = { ' ': 1, '-': 2, ',': 3, '.': 4, '(': 5, ')': 6 };

function primaryWeight(code: number): number {
  if (code >= 97) return code - 97 + 20; // a–z
  if (code >= 65) return code - 65 + 20; // A–Z
  if (code >= 48) return code - 48 + 10; // 0–9
  return PUNCTUATION_WEIGHT[String.fromCharCode(code)]!;
}

function comparePlain(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const difference = primaryWeight(a.charCodeAt(index)) - primaryWeight(b.charCodeAt(index));
    if (difference !== 0) return Math.sign(difference);
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let index = 0; index < length; index += 1) {
    // Same letter at the first level: lower case (97–122) sorts before upper case (65–90).
    const difference = b.charCodeAt(index) - a.charCodeAt(index);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/**
 * Compares two names as an English reader orders them ("aluminum" before "Antimony"). Names of plain characters
 * (all of the USGS names) are compared here: the first Intl.Collator of a page loads ICU's collation data, 12–20 ms
 * before the first chart. Any other name goes to one shared collator (String#localeCompare would build one a call).
 */
export function compareNames(a: string, b: string): number {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return comparePlain(a, b);
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
