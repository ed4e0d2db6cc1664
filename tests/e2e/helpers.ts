import type { Page } from '@playwright/test';

export const LEVELS = ['100%', '75–99%', '50–74%', '25–49%', 'Under 25%', 'Net exporter', 'Not available'];

/** Collects console errors and warnings, and uncaught exceptions, for a test to assert there were none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

export const chart = (page: Page) => page.getByRole('figure', { name: 'Net import reliance' });
export const bars = (page: Page) => chart(page).locator('[data-mineral]');
export const level = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Reliance level' }).getByRole('checkbox', { name: new RegExp(`^${name}`) });

/** Only the given levels ticked. */
export async function chooseLevels(page: Page, names: string[]) {
  for (const name of LEVELS) {
    if (names.includes(name)) await level(page, name).check();
    else await level(page, name).uncheck();
  }
}
