import { describe, expect, it } from 'vitest';
import { parseCpuTimes, stealShare } from './host';

// Two readings of a 2-core VM's /proc/stat, 5 s apart (the shape of this machine's, numbers made round).
const BEFORE = `cpu  6414183 506375 1337531 6231512 37263 0 15883 735959 0 0
cpu0 3207091 253187 668765 3115756 18631 0 7941 367979 0 0
cpu1 3207092 253188 668766 3115756 18632 0 7942 367980 0 0
intr 1 2 3
`;
const AFTER = `cpu  6414783 506375 1337731 6231512 37263 0 15883 736159 12 0
cpu0 3207391 253187 668865 3115756 18631 0 7941 368079 6 0
cpu1 3207392 253188 668866 3115756 18632 0 7942 368080 6 0
`;

describe('host CPU steal', () => {
  it('reads the all-cores line: steal is the eighth field, the total the first eight (guest is inside user)', () => {
    expect(parseCpuTimes(BEFORE)).toEqual({ steal: 735959, total: 6414183 + 506375 + 1337531 + 6231512 + 37263 + 0 + 15883 + 735959 });
  });

  it('gives the share of the time between two readings that the host took', () => {
    // 600 user + 200 system + 200 steal: a fifth of the time, whatever the guest column says.
    expect(stealShare(parseCpuTimes(BEFORE), parseCpuTimes(AFTER))).toBeCloseTo(0.2, 10);
  });

  it('says nothing rather than a wrong share: no cpu line, a short line, no time between readings', () => {
    expect(parseCpuTimes('intr 1 2 3\n')).toBeNull();
    expect(parseCpuTimes('cpu 1 2 3\n')).toBeNull();
    expect(stealShare(null, parseCpuTimes(AFTER))).toBeNull();
    expect(stealShare(parseCpuTimes(BEFORE), parseCpuTimes(BEFORE))).toBeNull();
  });
});
