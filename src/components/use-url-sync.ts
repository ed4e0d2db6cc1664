import { useEffect } from 'react';
import type { UrlContext } from '../state/url';
import { DEFAULT_VIEW, type View } from '../state/view';
import type { DashboardStore } from '../state/store';

/** Changes closer together than this are one step of history (and one address-bar write, under the browser's throttle). */
export const HISTORY_WINDOW_MS = 400;

type UrlModule = typeof import('../state/url');

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

function urlFor(query: string): string {
  return `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
}

/** Only the search differs: typing, key by key. */
function onlySearchChanged(url: UrlModule, next: View, previous: View): boolean {
  return next.tableQuery !== previous.tableQuery && url.serializeView({ ...next, tableQuery: previous.tableQuery }) === url.serializeView(previous);
}

/** The view the page opened with, and the query string it was read from (without "?"). */
export interface OpenedView {
  view: View;
  query: string;
}

/**
 * Keeps the address bar and the view in step, from when `url` (state/url.ts) is loaded. `opened` is what the page
 * showed until then: a view changed meanwhile still gets its history entry, and an address moved meanwhile (Back or
 * Forward while the page loaded) is shown rather than overwritten. Returns the uninstall.
 */
export function installUrlSync(store: DashboardStore, context: UrlContext, url: UrlModule, opened: OpenedView): () => void {
  let restoring = false;
  /** Shows the view the address holds: after Back or Forward, whose entry already holds it. */
  const restore = () => {
    const { view } = url.parseViewQuery(window.location.search, context);
    restoring = true;
    store.getState().applyView({ ...DEFAULT_VIEW, ...view });
    restoring = false;
  };
  const unchanged = store.getState().view === opened.view;
  if (unchanged && currentQuery() !== opened.query) restore();
  else {
    const canonical = url.serializeView(store.getState().view);
    if (canonical !== currentQuery()) {
      if (unchanged) window.history.replaceState(null, '', urlFor(canonical));
      else window.history.pushState(null, '', urlFor(canonical));
    }
  }

  let lastWrite = -Infinity;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let typing = false;
  const writeLatest = () => {
    pending = null;
    lastWrite = performance.now();
    const query = url.serializeView(store.getState().view);
    if (query !== currentQuery()) window.history.replaceState(null, '', urlFor(query));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // Back or Forward: the entry already holds this view.
    if (state.view === previous.view || restoring) return;
    const search = onlySearchChanged(url, state.view, previous.view);
    const query = url.serializeView(state.view);
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
    restore();
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    if (pending !== null) clearTimeout(pending);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
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
    // A failed load leaves the address bar as it was: the page still works, its links just do not follow it.
    void import('../state/url').then(
      (url) => {
        if (!stopped) uninstall = installUrlSync(store, context, url, opened);
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      uninstall?.();
    };
  }, [store, context, enabled, openedQuery]);
}
