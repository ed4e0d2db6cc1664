/**
 * How much of this machine's CPU its host took while a phase of the bench ran: Linux's "steal" time, from /proc/stat.
 * This machine is a 2-core VM on a shared host; in a slow patch both apps are slower (one run's filter p90 was 86 ms
 * against 33–40 in quiet runs). A budget that is a ratio to the floor takes most of that out; a budget in milliseconds
 * (the PNG's) does not. The report ends with the steal of each phase, so a figure measured while the host took a
 * share of the CPU is read as such. Nothing is judged on it.
 */
import { readFileSync } from 'node:fs';

/** The machine's CPU time so far, all cores, in clock ticks: what the host took, and everything. */
export interface CpuTimes {
  steal: number;
  total: number;
}

/**
 * The aggregate "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal [guest guest_nice]. Guest
 * time is already counted in user and nice, so the total is the first eight. Null for text without such a line.
 */
export function parseCpuTimes(stat: string): CpuTimes | null {
  const line = stat.split('\n').find((text) => /^cpu\s/.test(text));
  const fields = line?.trim().split(/\s+/).slice(1, 9).map(Number);
  if (!fields || fields.length < 8 || fields.some((value) => !Number.isFinite(value))) return null;
  return { steal: fields[7]!, total: fields.reduce((sum, value) => sum + value, 0) };
}

/** Now, or null where there is no /proc/stat (not Linux) or it cannot be read. */
export function readCpuTimes(): CpuTimes | null {
  try {
    return parseCpuTimes(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/** The share (0–1) of the CPU time between two readings that the host took; null without both or without time. */
export function stealShare(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after) return null;
  const total = after.total - before.total;
  return total > 0 ? (after.steal - before.steal) / total : null;
}

/** Runs one phase of the bench and records the host's share of the CPU during it under `phase`. */
export async function recordingSteal<T>(steal: Record<string, number | null>, phase: string, work: () => Promise<T>): Promise<T> {
  const before = readCpuTimes();
  const result = await work();
  steal[phase] = stealShare(before, readCpuTimes());
  return result;
}
