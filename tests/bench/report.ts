/** The stdout table: every figure as dashboard / floor / ratio, and the issue's budgets marked met or not. */
import type { BenchResult } from './bench';
import type { Sizes } from './bytes';
import { median, p90, ratioInterval, type RatioInterval, type Summary } from './stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a');
const ratioOf = (a: number, b: number) => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? a / b : Number.NaN);
const fmtRatio = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(3)}×` : '—');

/** A budget line: "met" or "NOT met", with the rule it was judged by. */
function budget(ratio: number, limit: number, rule: string): string {
  if (!Number.isFinite(ratio)) return `budget ${rule}: no figure`;
  return `budget ${rule}: ${ratio <= limit ? 'met' : 'NOT met'}`;
}

/** How far the noise could move a budgeted ratio, and whether the budget lies within that reach. */
function intervalNote(label: string, interval: RatioInterval, limit: number): string {
  const within = interval.low <= limit && interval.high > limit;
  return (
    `${label} ratio ${fmtRatio(interval.ratio)}: 90% bootstrap interval ${fmtRatio(interval.low)}–${fmtRatio(interval.high)} ` +
    `(${interval.resamples} resamples, ${interval.method})` +
    (within ? `; the budget of ${limit.toFixed(1)} is inside it, so met or not is within this run's noise` : '')
  );
}

class Table {
  private rows: string[][] = [['', 'dashboard', 'floor', 'ratio', 'budget']];
  private headings = new Set<string[]>();
  line(label: string, dashboard: string, floor: string, ratio = '', note = ''): void {
    this.rows.push([label, dashboard, floor, ratio, note]);
  }
  heading(text: string): void {
    const row = [`— ${text}`, '', '', '', ''];
    this.headings.add(row);
    this.rows.push(row);
  }
  toString(): string {
    // Headings run across the columns, so they do not set the widths.
    const cells = this.rows.filter((row) => !this.headings.has(row));
    const widths = this.rows[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
    return this.rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
  }
}

function bytesLines(table: Table, label: string, dashboard: Sizes, floor: Sizes, gzipBudget?: number): void {
  for (const kind of ['raw', 'gzip', 'brotli'] as const) {
    const ratio = ratioOf(dashboard[kind], floor[kind]);
    const note = gzipBudget !== undefined && kind === 'gzip' ? budget(ratio, gzipBudget, `≤ ${gzipBudget} × floor`) : '';
    table.line(`${label}, ${kind}`, kb(dashboard[kind]), kb(floor[kind]), fmtRatio(ratio), note);
  }
}

function timingLines(table: Table, label: string, dashboard: Summary, floor: Summary | null, medianBudget?: number, format = ms): void {
  for (const stat of ['median', 'p90'] as const) {
    const ratio = floor ? ratioOf(dashboard[stat], floor[stat]) : Number.NaN;
    const note = medianBudget !== undefined && stat === 'median' ? budget(ratio, medianBudget, `median ≤ ${medianBudget} × floor`) : '';
    table.line(`${label} ${stat} (n=${dashboard.runs})`, format(dashboard[stat]), floor ? format(floor[stat]) : '—', floor ? fmtRatio(ratio) : '', note);
  }
}

export function reportTable(result: BenchResult): string {
  const table = new Table();
  const notes: string[] = [];
  const { bytes, loads, interactions, exports } = result;
  table.heading('bytes');
  bytesLines(table, 'initial JS', bytes.dashboard.initialJs, bytes.floor.initialJs, 1.02);
  bytesLines(table, 'all JS', bytes.dashboard.allJs, bytes.floor.allJs);
  bytesLines(table, 'CSS', bytes.dashboard.css, bytes.floor.css);
  bytesLines(table, 'data before first bar', bytes.dashboard.firstViewData, bytes.floor.firstViewData);

  for (const kind of ['cold', 'warm'] as const) {
    table.heading(`load, ${kind} (${kind === 'cold' ? 'new context, empty HTTP cache' : 'reload in the same context'})`);
    const [d, f] = [loads.dashboard![kind], loads.floor![kind]];
    timingLines(table, 'first bar', d.firstBar, f.firstBar, kind === 'cold' ? 1.1 : undefined);
    if (kind === 'cold' && d.firstBars.length > 0 && f.firstBars.length > 0) notes.push(intervalNote('cold first bar median', ratioInterval(d.firstBars, f.firstBars, median), 1.1));
    timingLines(table, 'FCP', d.fcp, f.fcp);
    timingLines(table, 'LCP', d.lcp, f.lcp, kind === 'cold' ? 1.1 : undefined);
    timingLines(table, 'CLS', d.cls, f.cls, undefined, (value) => value.toFixed(4));
    // Long lists go under the table, so they do not widen its columns.
    notes.push(`${kind}: LCP element: dashboard ${d.lcpElements.join(', ')}; floor ${f.lcpElements.join(', ')} (SVG is no LCP candidate)`);
    notes.push(`${kind}: JSON received before first bar: dashboard ${d.jsonBeforeFirstBar.join(', ') || 'none'}; floor ${f.jsonBeforeFirstBar.join(', ') || 'none'}`);
  }

  table.heading('interaction (dashboard: "Reliance level" checkbox click; floor: slider ArrowRight/Left; the filter changes of the two take turns)');
  const [df, ff] = [interactions.dashboard.filter!, interactions.floor.filter!];
  table.line(`filter event → DOM p90 (n=${df.dom.runs}/${ff.dom.runs})`, ms(df.dom.p90), ms(ff.dom.p90), fmtRatio(ratioOf(df.dom.p90, ff.dom.p90)));
  const frameRatio = ratioOf(df.frame.p90, ff.frame.p90);
  table.line('filter event → next frame p90', ms(df.frame.p90), ms(ff.frame.p90), fmtRatio(frameRatio), budget(frameRatio, 1.0, 'next-frame p90 ≤ 1.0 × floor'));
  if (df.frames.length > 0 && ff.frames.length > 0) {
    notes.push(intervalNote('filter next-frame p90', ratioInterval(df.frames, ff.frames, p90), 1.0));
  }
  table.line('filter event → next frame median', ms(df.frame.median), ms(ff.frame.median), fmtRatio(ratioOf(df.frame.median, ff.frame.median)));
  for (const [key, label] of [['dataYear', 'data year (select)'], ['viewSwitch', 'view switch (tab and back)'], ['selection', 'selection (bar click)']] as const) {
    const summary = interactions.dashboard[key]!;
    table.line(`${label} event → DOM p90 (n=${summary.dom.runs}, missed ${summary.missed})`, ms(summary.dom.p90), '—');
    table.line(`${label} event → next frame p90`, ms(summary.frame.p90), '—');
  }

  table.heading('export, default view (dashboard only)');
  for (const [key, summary] of Object.entries(exports)) {
    const note = key === 'png' ? `budget p90 of all < 100 ms: ${summary.p90 < 100 ? 'met' : 'NOT met'}` : '';
    const label =
      key === 'png'
        ? "png ('export:png' measure), all"
        : key.startsWith('png,')
          ? `png ('export:png' measure), ${key.slice('png, '.length)}`
          : key.startsWith('png') ? key : `${key} (wall, click → download)`;
    table.line(`${label} median / p90 (n=${summary.runs})`, `${ms(summary.median)} / ${ms(summary.p90)}`, '—', '', note);
  }

  return `${table}\n\n${notes.join('\n')}\n${scaleTable(result)}\n${lighthouseTable(result)}\n\n${stealLine(result)}`;
}

/** What the host took of the CPU in each phase: a figure measured in a slow patch is read as one. */
function stealLine(result: BenchResult): string {
  const phases = Object.entries(result.steal);
  const share = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
  return `host CPU steal (the share of this VM's CPU time its host took, /proc/stat), by phase: ${phases.map(([phase, value]) => `${phase} ${share(value)}`).join(', ')}`;
}

function lighthouseTable(result: BenchResult): string {
  const lighthouse = result.lighthouse;
  if (!lighthouse) return '\nlighthouse: not run (npm run bench -- --lighthouse)';
  const [d, f] = [lighthouse.dashboard!, lighthouse.floor!];
  const lines = ['', `lighthouse 12.2.3, performance (median of ${d.mobile.score.runs} cold runs each; mobile is simulated slow 4G, 4× CPU):`];
  for (const form of ['mobile', 'desktop'] as const) {
    const score = (value: number) => value.toFixed(2);
    const target = form === 'mobile' ? Math.min(1, f[form].score.median + 0.05) : 1;
    const met = d[form].score.median >= target - 1e-9;
    lines.push(
      `${form.padEnd(8)} score ${score(d[form].score.median)} (floor ${score(f[form].score.median)})  LCP ${ms(d[form].lcp.median)} (floor ${ms(f[form].lcp.median)})  TBT ${ms(d[form].tbt.median)} (floor ${ms(f[form].tbt.median)})  ` +
        `budget ${form === 'mobile' ? '≥ floor + 0.05' : '= 1.00'}: ${met ? 'met' : 'NOT met'}`,
    );
  }
  return lines.join('\n');
}

function scaleTable(result: BenchResult): string {
  if (!result.scale) return '\nscale: skipped (--quick)';
  const base = result.scale[0]!;
  const lines = ['', 'scale (dashboard, ?scope=all, minerals-*.json replaced, served over HTTP; growth against ×1):'];
  lines.push('factor  minerals  JSON      first bar median   filter→DOM p90    filter→frame p90  JS heap (after GC)  DOM nodes');
  for (const row of result.scale) {
    const growth = (a: number, b: number) => `(${fmtRatio(ratioOf(a, b))})`;
    lines.push(
      [
        `×${row.factor}`.padEnd(6),
        String(row.minerals).padEnd(8),
        `${(row.jsonBytes / 1048576).toFixed(1)} MB`.padEnd(8),
        `${ms(row.firstBar.median)} ${growth(row.firstBar.median, base.firstBar.median)}`.padEnd(17),
        `${ms(row.filter.dom.p90)} ${growth(row.filter.dom.p90, base.filter.dom.p90)}`.padEnd(16),
        `${ms(row.filter.frame.p90)} ${growth(row.filter.frame.p90, base.filter.frame.p90)}`.padEnd(16),
        `${(row.heapBytes / 1048576).toFixed(1)} MB ${growth(row.heapBytes, base.heapBytes)}`.padEnd(18),
        `${row.domNodes} ${growth(row.domNodes, base.domNodes)}`,
      ].join('  '),
    );
  }
  const top = result.scale[result.scale.length - 1]!;
  lines.push(budget(ratioOf(top.filter.frame.p90, base.filter.frame.p90), 3, `×${top.factor} filter→frame p90 ≤ 3 × ×1`));
  lines.push(budget(ratioOf(top.firstBar.median, base.firstBar.median), 3, `×${top.factor} first bar median ≤ 3 × ×1`));
  return lines.join('\n');
}
