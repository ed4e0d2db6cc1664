import { useEffect } from 'react';
import { parseViewQuery, serializeView, viewSearch, type UrlContext } from '../state/url';
import { DEFAULT_VIEW, type View } from '../state/view';
import type { DashboardStore } from '../state/store';

/** Changes closer together than this are one step of history (and one address-bar write, under the browser's throttle). */
export const HISTORY_WINDOW_MS = 400;

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

function urlFor(query: string): string {
  return `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
}

/** The full link that reopens a view from this page. */
export function shareLink(view: View): string {
  return `${window.location.origin}${window.location.pathname}${viewSearch(view)}`;
}

/** Only the search differs: typing, key by key. */
function onlySearchChanged(next: View, previous: View): boolean {
  return next.tableQuery !== previous.tableQuery && serializeView({ ...next, tableQuery: previous.tableQuery }) === serializeView(previous);
}

/**
 * Keeps the address bar and the view in step. A change of view is a history entry; changes in quick succession
 * (within HISTORY_WINDOW_MS, or a search typed key by key) share one, written once at the end of the burst, so the
 * browser never throttles the writes and reload always restores the view shown. Back and Forward restore the view
 * they stepped to, and the first URL is rewritten without its bad parameters.
 */
export function useUrlSync(store: DashboardStore, context: UrlContext, enabled: boolean, onViewChange: () => void) {
  useEffect(() => {
    if (!enabled) return;
    const canonical = serializeView(store.getState().view);
    if (canonical !== currentQuery()) window.history.replaceState(null, '', urlFor(canonical));

    let lastWrite = -Infinity;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let typing = false;
    let restoring = false;
    const writeLatest = () => {
      pending = null;
      lastWrite = performance.now();
      const query = serializeView(store.getState().view);
      if (query !== currentQuery()) window.history.replaceState(null, '', urlFor(query));
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.view === previous.view) return;
      onViewChange();
      // Back or Forward: the entry already holds this view.
      if (restoring) return;
      const search = onlySearchChanged(state.view, previous.view);
      const query = serializeView(state.view);
      const now = performance.now();
      if ((search && typing) || now - lastWrite < HISTORY_WINDOW_MS) {
        // Part of the step just taken: folded into its entry at the end of the window.
        pending ??= setTimeout(writeLatest, Math.max(0, lastWrite + HISTORY_WINDOW_MS - now));
      } else if (query !== currentQuery()) {
        window.history.pushState(null, '', urlFor(query));
        lastWrite = now;
      }
      typing = search;
    });
    const onPopState = () => {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      typing = false;
      lastWrite = -Infinity;
      const { view } = parseViewQuery(window.location.search, context);
      restoring = true;
      store.getState().applyView({ ...DEFAULT_VIEW, ...view });
      restoring = false;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      if (pending !== null) clearTimeout(pending);
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store, context, enabled, onViewChange]);
}
