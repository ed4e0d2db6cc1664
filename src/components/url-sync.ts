import type { UrlContext } from '../state/url';
import * as url from '../state/url';
import { DEFAULT_VIEW, type View } from '../state/view';
import type { DashboardStore } from '../state/store';
import { HISTORY_WINDOW_MS, currentQuery } from './use-url-sync';

// The address bar kept in step with the view: loaded with the code that reads and writes links (state/url.ts), after
// the first view is drawn (use-url-sync.ts).

function urlFor(query: string): string {
  return `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
}

/** Only the search differs: typing, key by key. */
function onlySearchChanged(next: View, previous: View): boolean {
  return next.tableQuery !== previous.tableQuery && url.serializeView({ ...next, tableQuery: previous.tableQuery }) === url.serializeView(previous);
}

/** The view the page opened with, and the query string it was read from (without "?"). */
export interface OpenedView {
  view: View;
  query: string;
}

/**
 * Keeps the address bar and the view in step, from when this module (and state/url.ts) is loaded. `opened` is what
 * the page showed until then: a view changed meanwhile still gets its history entry, and an address moved meanwhile
 * (Back or Forward while the page loaded) is shown rather than overwritten. Returns the uninstall.
 */
export function installUrlSync(store: DashboardStore, context: UrlContext, opened: OpenedView): () => void {
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
    const search = onlySearchChanged(state.view, previous.view);
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

