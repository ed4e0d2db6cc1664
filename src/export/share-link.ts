import { viewSearch } from '../state/url';
import type { View } from '../state/view';

/** The full link that reopens a view from this page: what Copy link copies and every exported file cites. */
export function shareLink(view: View): string {
  return `${window.location.origin}${window.location.pathname}${viewSearch(view)}`;
}
