/** Interactions timed inside the page (see probes.ts): event → DOM updated, event → next frame. */
import type { Page } from '@playwright/test';
import { summarise, type Summary } from './stats';

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
  /** Actions that changed nothing under the watched element within the probe's time limit. */
  missed: number;
}

/** Runs `count` alternating actions (`act(i)`) and summarises event → DOM and event → next frame. */
export async function repeat(
  page: Page,
  count: number,
  eventType: string,
  selector: string,
  act: (index: number) => Promise<void>,
  timeoutMs = 5000,
): Promise<InteractionSummary> {
  const timings: Timed[] = [];
  let missed = 0;
  for (let index = 0; index < count; index += 1) {
    const timed = await timeInteraction(page, eventType, selector, () => act(index), timeoutMs);
    if (timed) timings.push(timed);
    else missed += 1;
  }
  return { dom: summarise(timings.map((t) => t.dom)), frame: summarise(timings.map((t) => t.frame)), missed };
}

/** A "Reliance level" checkbox, clicked off and on again: the dashboard's filter change. */
export function levelToggle(page: Page): (index: number) => Promise<void> {
  const checkbox = page.getByRole('group', { name: 'Reliance level' }).getByRole('checkbox').first();
  return () => checkbox.click();
}

