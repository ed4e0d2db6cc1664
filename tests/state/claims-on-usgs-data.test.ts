// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkClaims, countByBand, scopedRows } from '../../src/state/derive';
import { loadCommittedDataset } from '../committed-dataset';

const dataset = loadCommittedDataset();

describe('the article’s claims against the committed USGS dataset', () => {
  it.each([
    // Data year 2022 (MCS 2023) counted from MCS2023_Fig2 by the same rule: 16 others at 50 or more, nickel 56 and vanadium 54 among them.
    [2022, '12', '30'],
    [2023, '12', '29'],
    [2024, '12', '28'],
    [2025, '13', '28'],
  ] as const)('data year %i: %s at 100%% and %s further at 50%% or more (2022 list, lanthanides one by one)', (year, full, further) => {
    const [fullCheck, furtherCheck] = checkClaims(dataset, year);
    expect(fullCheck?.dataFigure).toBe(full);
    expect(furtherCheck?.dataFigure).toBe(further);
  });

  it('explains the 29: data year 2023 gives it; vanadium and nickel dropped out and lithium came in for 2024', () => {
    const further = checkClaims(dataset, 2024)[1];
    expect(further?.verdict).toBe('differs');
    expect(further?.explanation).toContain("The article's 29 is what data year 2023 (MCS 2024) gives.");
    expect(further?.explanation).toContain('in: Lithium; out: Vanadium, Nickel');
  });

  it('explains data year 2022 against the 29 of 2023: what changed between the two', () => {
    const [full, further] = checkClaims(dataset, 2022);
    expect(full?.verdict).toBe('matches');
    expect(further?.verdict).toBe('differs');
    expect(further?.explanation).toContain("The article's 29 is what data year 2023 (MCS 2024) gives.");
    expect(further?.explanation).toMatch(/Compared with 2023, in: .+; out: /);
  });

  it('sets the article’s 56% beside USGS’s 70% (2020–23) and the data release’s 71% (2021–24)', () => {
    const china = checkClaims(dataset, 2024)[2];
    expect(china?.dataFigure).toBe('70%');
    expect(china?.verdict).toBe('differs');
    expect(china?.explanation).toContain('71% for 2021–24');
  });

  it('counts rare earths as one entry as 16 further minerals for 2023 and 15 for 2024 (CLAIMS.md)', () => {
    for (const [dataYear, expected] of [[2023, 16], [2024, 15]] as const) {
      const counts = countByBand(scopedRows(dataset, { dataYear, scope: 'critical-2022', showLanthanides: false }));
      expect(counts['75-99'] + counts['50-74']).toBe(expected);
    }
  });
});
