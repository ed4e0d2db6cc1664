import { useEffect } from 'react';
import { parseViewQuery, serializeView, viewSearch, type UrlContext } from '../state/url';
import { DEFAULT_VIEW, type View } from '../state/view';
import type { DashboardStore } from '../state/store';

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

/**
 * Keeps the address bar and the view in step: each change of view is a history entry (a search typed key by key, one),
 * Back and Forward restore the view they stepped to, and the first URL is rewritten without its bad parameters.
 */
export function useUrlSync(store: DashboardStore, context: UrlContext, enabled: boolean, onViewChange: () => void) {
  useEffect(() => {
    if (!enabled) return;
    const canonical = serializeView(store.getState().view);
    if (canonical !== currentQuery()) window.history.replaceState(null, '', urlFor(canonical));

    // Typing a search changes the view at every key: the characters of one search share one history entry.
    let typing = false;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.view === previous.view) return;
      onViewChange();
      const query = serializeView(state.view);
      const onlySearch = state.view.tableQuery !== previous.view.tableQuery && serializeView({ ...state.view, tableQuery: previous.view.tableQuery }) === serializeView(previous.view);
      if (query !== currentQuery()) {
        if (onlySearch && typing) window.history.replaceState(null, '', urlFor(query));
        else window.history.pushState(null, '', urlFor(query));
      }
      typing = onlySearch;
    });
    const onPopState = () => {
      const { view } = parseViewQuery(window.location.search, context);
      store.getState().applyView({ ...DEFAULT_VIEW, ...view });
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store, context, enabled, onViewChange]);
}
