/**
 * Lighthouse 12.2.3 (a devDependency, pinned), performance category only, mobile (its default: a Moto G
 * Power, simulated slow 4G and 4× CPU slowdown) and desktop (its desktop config), dashboard and floor alternating.
 * Each run gets a fresh Chromium (Debian's, never a downloaded one) with an empty profile, so every run is cold.
 * Slow (tens of seconds a run), so it runs only with `npm run bench -- --lighthouse`.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumLaunch } from '../e2e/playwright.config';
import { summarise, type Summary } from './stats';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseSummary {
  /** Performance score, 0–1. */
  score: Summary;
  /** Largest contentful paint and total blocking time as Lighthouse reports them (simulated on mobile), ms. */
  lcp: Summary;
  tbt: Summary;
}

export type LighthouseResult = Record<string, Record<FormFactor, LighthouseSummary>>;

const PORT = 9333;

async function runOnce(url: string, formFactor: FormFactor): Promise<{ score: number; lcp: number; tbt: number }> {
  const browser = await chromium.launch({ ...chromiumLaunch, args: [...chromiumLaunch.args, `--remote-debugging-port=${PORT}`] });
  try {
    const flags = { port: PORT, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance'] };
    const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    const lhr = runner?.lhr;
    const score = lhr?.categories.performance?.score;
    if (!lhr || typeof score !== 'number') throw new Error(`Lighthouse gave no performance score for ${url} (${formFactor}): ${lhr?.runtimeError?.message ?? 'no report'}`);
    return {
      score,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    };
  } finally {
    await browser.close();
  }
}

export async function measureLighthouse(targets: { name: string; url: string }[], runs: number, log: (text: string) => void): Promise<LighthouseResult> {
  const samples = new Map(targets.map((target) => [target.name, { mobile: [] as { score: number; lcp: number; tbt: number }[], desktop: [] as { score: number; lcp: number; tbt: number }[] }]));
  for (const formFactor of ['mobile', 'desktop'] as const) {
    for (let run = 0; run < runs; run += 1) {
      for (const target of targets) {
        log(`lighthouse ${formFactor} ${run + 1}/${runs}: ${target.name}`);
        samples.get(target.name)![formFactor].push(await runOnce(target.url, formFactor));
      }
    }
  }
  const summary = (values: { score: number; lcp: number; tbt: number }[]): LighthouseSummary => ({
    score: summarise(values.map((value) => value.score), 2),
    lcp: summarise(values.map((value) => value.lcp), 0),
    tbt: summarise(values.map((value) => value.tbt), 0),
  });
  return Object.fromEntries([...samples].map(([name, { mobile, desktop }]) => [name, { mobile: summary(mobile), desktop: summary(desktop) }]));
}
