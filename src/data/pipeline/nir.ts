import type { Nir } from '../schema';

const EXACT = /^\d+(?:\.\d+)?$/;
const BOUND = /^([<>])(\d+(?:\.\d+)?)$/;

function percent(digits: string, raw: string): number {
  const value = Number(digits);
  if (value > 100) throw new Error(`Net import reliance "${raw}" is above 100 percent`);
  return value;
}

/** A net import reliance cell as USGS prints it → what it means. Bounds stay bounds; E, W and NA stay states. */
export function parseNir(raw: string): Nir {
  const printed = raw.trim();
  if (printed === 'E') return { kind: 'exporter', printed };
  if (printed === 'W') return { kind: 'withheld', printed };
  if (printed === 'NA') return { kind: 'not-available', printed };
  if (EXACT.test(printed)) return { kind: 'exact', printed, value: percent(printed, raw) };
  const bound = BOUND.exec(printed);
  if (bound?.[1] && bound[2]) {
    return { kind: 'bound', printed, bound: bound[1] === '>' ? '>' : '<', value: percent(bound[2], raw) };
  }
  throw new Error(
    `Unrecognised net import reliance "${raw}": expected a percent (85), a bound (>75, <25), E, W or NA`,
  );
}
