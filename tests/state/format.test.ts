import { describe, expect, it } from 'vitest';
import { countText, mineralCount } from '../../src/state/format';
import { truncateChars } from '../../src/data/text';

describe('countText', () => {
  it('writes every count in en-US digits, with a comma from 1,000 on', () => {
    expect([0, 1, 12, 999, 1000, 9106, 12345678].map(countText)).toEqual(['0', '1', '12', '999', '1,000', '9,106', '12,345,678']);
  });

  it('writes every whole count as Intl.NumberFormat(en-US) does, up to the largest safe integer', () => {
    const english = new Intl.NumberFormat('en-US');
    const counts = [...Array.from({ length: 20_000 }, (_, index) => index * 53), 999_999, 1_000_000, 123_456_789_012, Number.MAX_SAFE_INTEGER];
    expect(counts.filter((count) => countText(count) !== english.format(count))).toEqual([]);
  });

  it('writes what is not a whole count as en-US does, not as bare digits', () => {
    expect(countText(-1500)).toBe('-1,500');
    expect(countText(2.5)).toBe('2.5');
  });

  it('says "mineral" for one and "minerals" otherwise', () => {
    expect([mineralCount(1), mineralCount(0), mineralCount(9106)]).toEqual(['1 mineral', '0 minerals', '9,106 minerals']);
  });
});

describe('truncateChars', () => {
  it('cuts plain text by its characters and marks the cut', () => {
    expect(truncateChars('Platinum-group metals', 9)).toBe('Platinum…');
    expect(truncateChars('Gallium', 7)).toBe('Gallium');
  });

  it('never splits a character made of several code points', () => {
    // "é" as e + combining acute, and a flag of two regional indicators.
    expect(truncateChars('Cafe\u0301 au lait', 5)).toBe('Cafe\u0301…');
    expect(truncateChars('\u{1F1E8}\u{1F1F3} China', 2)).toBe('\u{1F1E8}\u{1F1F3}…');
  });
});
