/** Interactions timed inside the page (see probes.ts): event → DOM updated, event → next frame. */
import type { Page } from '@playwright/test';
import { round, summarise, type Summary } from './stats';

export const VIEWPORT = { width: 1280, height: 900 };

export interface Timed {
  dom: number;
  frame: number;
}

/** Arms the in-page probe, performs the action, waits for the DOM update and the frame after it. */
export async function timeInteraction(page: Page, eventType: string, selector: string, act: () => Promise<void>, timeoutMs = 5000): Promise<Timed | null> {
  await page.evaluate(`window.__arm(${JSON.stringify(eventType)}, ${JSON.stringify(selector)}, ${timeoutMs})`);
  await act();
  const timed = await page.evaluate<Timed | null>('window.__measured');
  // Let effects that run after the paint settle before the next input.
  await page.waitForTimeout(30);
  return timed;
}

export interface InteractionSummary {
  dom: Summary;
  frame: Summary;
  /** Every event → next frame timing, in the order taken: for the ratio's interval (and for reading later). */
  frames: number[];
  /** Actions that changed nothing under the watched element within the probe's time limit. */
  missed: number;
}

/** One page's part in a run of interactions: what to do at step `index`, which event starts the clock, what to watch. */
export interface Turn {
  page: Page;
  eventType: string;
  selector: string;
  act: (index: number) => Promise<void>;
}

/**
 * Runs `count` actions of each turn, taking turns one action at a time (so a slow patch of the machine hits every
 * page alike), and summarises each page's event → DOM and event → next frame.
 */
export async function interleave(count: number, turns: Turn[], timeoutMs = 5000): Promise<InteractionSummary[]> {
  const results = turns.map(() => ({ timings: [] as Timed[], missed: 0 }));
  for (let index = 0; index < count; index += 1) {
    for (const [position, turn] of turns.entries()) {
      const timed = await timeInteraction(turn.page, turn.eventType, turn.selector, () => turn.act(index), timeoutMs);
      if (timed) results[position]!.timings.push(timed);
      else results[position]!.missed += 1;
    }
  }
  return results.map(({ timings, missed }) => {
    const frames = timings.map((t) => round(t.frame));
    return { dom: summarise(timings.map((t) => t.dom)), frame: summarise(timings.map((t) => t.frame)), frames, missed };
  });
}

/** Runs `count` alternating actions (`act(i)`) on one page and summarises event → DOM and event → next frame. */
export async function repeat(
  page: Page,
  count: number,
  eventType: string,
  selector: string,
  act: (index: number) => Promise<void>,
  timeoutMs = 5000,
): Promise<InteractionSummary> {
  const [summary] = await interleave(count, [{ page, eventType, selector, act }], timeoutMs);
  return summary!;
}

/** A "Reliance level" checkbox, clicked off and on again: the dashboard's filter change. */
export function levelToggle(page: Page): (index: number) => Promise<void> {
  const checkbox = page.getByRole('group', { name: 'Reliance level' }).getByRole('checkbox').first();
  return () => checkbox.click();
}

