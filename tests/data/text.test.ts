import { describe, expect, it } from 'vitest';
import { compareNames, graphemes, truncateChars } from '../../src/data/text';
import { TRICKY_NAMES, TRICKY_NAMES_IN_ORDER } from '../collation-cases';
import { loadCommittedDataset } from '../committed-dataset';

const english = new Intl.Collator('en');

/** A fixed-seed generator, so a failure names the same pair every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('compareNames: the order an English reader expects', () => {
  it('orders every mineral of the dataset as the English collator does (which plain code-unit order also happens to)', () => {
    const names = loadCommittedDataset().minerals.minerals.map((mineral) => mineral.name);
    expect([...names].sort(compareNames)).toEqual([...names].sort(english.compare));
  });

  it('agrees with the English collator on 200,000 random pairs of the characters it compares itself', () => {
    const random = seeded(20261130);
    const alphabet = 'aAbBmMzZ09 -,.()';
    const word = () => Array.from({ length: Math.floor(random() * 7) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const disagreements: string[] = [];
    for (let pair = 0; pair < 200_000; pair += 1) {
      const [a, b] = [word(), word()];
      if (Math.sign(compareNames(a, b)) !== Math.sign(english.compare(a, b))) disagreements.push(JSON.stringify([a, b]));
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('puts a space, then - , . ( ), then digits before letters, and lower case first only where the letters tie', () => {
    // The same list the end-to-end tests sort with the browser's own collator.
    expect([...TRICKY_NAMES].sort(compareNames)).toEqual(TRICKY_NAMES_IN_ORDER);
    expect(compareNames('Aluminum (metal)', 'Aluminum (metal)')).toBe(0);
  });

  it('hands any other name to the collator: accents, other scripts and other marks keep their English order', () => {
    const names = ['Ćurač', 'Curacao', 'curaçao', 'Zinc', 'Éclair', 'eclair', 'Ångström', 'an/ode', 'an_ode', 'Ω', 'a&b'];
    expect([...names].sort(compareNames)).toEqual([...names].sort(english.compare));
  });
});

describe('graphemes: whole characters', () => {
  // The pairwise checks segment 1.8 and 0.3 million characters: past vitest's 5 s default when both cores are busy.
  const EXHAUSTIVE_TIMEOUT = 30_000;
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const segments = (text: string) => [...segmenter.segment(text)].map((part) => part.segment);

  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index));
  // Cut without the segmenter: printable ASCII, Latin-1 and Latin Extended-A/B, general punctuation U+2010–2027 and
  // U+2030–2057, arrows and mathematical operators U+2190–22FF.
  const plain = [...range(0x20, 0x7e), ...range(0xa0, 0x24f), ...range(0x2010, 0x2027), ...range(0x2030, 0x2057), ...range(0x2190, 0x22ff)];
  // Just outside: controls, combining accents, joiners and spaces of general punctuation, line and paragraph separators.
  const outside = [...range(0x18, 0x1f), '\x7f', '\x9f', ...range(0x250, 0x252), ...range(0x300, 0x303), ...range(0x2000, 0x200f), '\u2028', '\u2029', ...range(0x2058, 0x2064), ...range(0x20d0, 0x20d2), '\u2300', '\ufe0f'];
  const cutAlike = (text: string) => {
    const expected = segments(text);
    const actual = graphemes(text);
    return actual.length === expected.length && actual.every((part, index) => part === expected[index]);
  };

  it('cuts Latin letters, accents, dashes, quotes and marks as the segmenter does, each next to every other', () => {
    const wrong = plain.filter((first) => !cutAlike(plain.map((second) => first + second).join('')));
    expect(wrong.map((character) => `U+${character.charCodeAt(0).toString(16)}`)).toEqual([]);
  }, EXHAUSTIVE_TIMEOUT);

  it('leaves to the segmenter any text with a control, combining accent or joiner next to those characters', () => {
    const wrong = outside.filter((first) => !cutAlike(plain.map((second) => first + second + first).join('')));
    expect(wrong.map((character) => `U+${character.charCodeAt(0).toString(16)}`)).toEqual([]);
  }, EXHAUSTIVE_TIMEOUT);

  it('keeps an emoji, a flag and a letter with a combining accent whole', () => {
    expect(graphemes('a\u0301–👩‍🔬🇺🇸')).toEqual(['a\u0301', '–', '👩‍🔬', '🇺🇸']);
    expect(truncateChars('Curaçao 2021–24 👩‍🔬', 10)).toBe('Curaçao 2…');
  });
});
