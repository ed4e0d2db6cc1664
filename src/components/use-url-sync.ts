import { useEffect } from 'react';
import type { UrlContext } from '../state/url';
import type { DashboardStore } from '../state/store';

/** Changes closer together than this are one step of history (and one address-bar write, under the browser's throttle). */
export const HISTORY_WINDOW_MS = 400;

/** The address's query string, without "?". */
export function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

/**
 * Keeps the address bar and the view in step. A change of view is a history entry; changes in quick succession
 * (within HISTORY_WINDOW_MS, or a search typed key by key) share one, written once at the end of the burst, so the
 * browser never throttles the writes and reload always restores the view shown. Back and Forward restore the view
 * they stepped to, and the first URL is rewritten without its bad parameters.
 *
 * The code that writes and reads links (state/url.ts) is not in the first view's JavaScript: it loads here, after the
 * first render, and is already on its way when the page opened with a link. `onViewChange` is told of every change
 * from the start.
 */
export function useUrlSync(store: DashboardStore, context: UrlContext, enabled: boolean, onViewChange: () => void, openedQuery?: string) {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.view !== previous.view) onViewChange();
      }),
    [store, onViewChange],
  );
  useEffect(() => {
    if (!enabled) return;
    const opened = { view: store.getState().view, query: openedQuery ?? currentQuery() };
    let uninstall: (() => void) | null = null;
    let stopped = false;
    // A task later, not in this effect: React runs the effect in the same task as the first chart's drawing, and
    // asking for a chunk (import() and its modulepreload links) cost that task about 7 ms. A failed load leaves the
    // address bar as it was: the page still works, its links just do not follow it.
    const load = window.setTimeout(() => {
      void import('./url-sync').then(
        ({ installUrlSync }) => {
          if (!stopped) uninstall = installUrlSync(store, context, opened);
        },
        () => undefined,
      );
    }, 0);
    return () => {
      stopped = true;
      window.clearTimeout(load);
      uninstall?.();
    };
  }, [store, context, enabled, openedQuery]);
}
