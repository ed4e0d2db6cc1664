import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { VIEW_IDS, VIEW_NAMES, type ViewId } from '../state/view';
import { useDashboard } from './dashboard-context';
import { ErrorBoundary } from './error-boundary';
import { ViewFigure } from './view-figure';
import type { AnyViewModule } from './views/contract';
import { LOADED_VIEWS, loadView } from './views/registry';

const tabId = (id: ViewId) => `view-tab-${id}`;
const PANEL_ID = 'view-panel';

/** The module of a view: at once when loaded before, else after its chunk arrives (or an error saying why not). */
function useViewModule(id: ViewId): { module: AnyViewModule | null; failed: string | null; retry: () => void } {
  // LOADED_VIEWS only grows; a module's arrival bumps `arrivals` so the view re-renders with it.
  const [, setArrivals] = useState(0);
  const [failure, setFailure] = useState<{ id: ViewId; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const module = LOADED_VIEWS.get(id) ?? null;
  useEffect(() => {
    if (LOADED_VIEWS.has(id)) return;
    let cancelled = false;
    loadView(id).then(
      () => !cancelled && setArrivals((count) => count + 1),
      (error: unknown) => !cancelled && setFailure({ id, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [id, attempt]);
  const failed = !module && failure?.id === id ? failure.message : null;
  const retry = () => {
    setFailure(null);
    setAttempt((count) => count + 1);
  };
  return { module, failed, retry };
}

/** The "Views" tablist (WAI-ARIA tabs: arrow keys, Home, End) and the shown view's figure. */
export function ViewTabs() {
  const activeView = useDashboard((state) => state.view.activeView);
  const showView = useDashboard((state) => state.showView);
  const tabs = useRef(new Map<ViewId, HTMLButtonElement>());
  const { module, failed, retry } = useViewModule(activeView);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEW_IDS.indexOf(activeView);
    const next =
      event.key === 'ArrowRight' ? VIEW_IDS[(index + 1) % VIEW_IDS.length]
      : event.key === 'ArrowLeft' ? VIEW_IDS[(index - 1 + VIEW_IDS.length) % VIEW_IDS.length]
      : event.key === 'Home' ? VIEW_IDS[0]
      : event.key === 'End' ? VIEW_IDS[VIEW_IDS.length - 1]
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    showView(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <section className="views" aria-label="Charts">
      <div className="view-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
        {VIEW_IDS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              if (element) tabs.current.set(id, element);
              else tabs.current.delete(id);
            }}
            type="button"
            role="tab"
            id={tabId(id)}
            className="view-tabs__tab"
            aria-selected={id === activeView}
            aria-controls={PANEL_ID}
            tabIndex={id === activeView ? 0 : -1}
            onClick={() => showView(id)}
          >
            {VIEW_NAMES[id].tab}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(activeView)} className="view-tabs__panel">
        {module ? (
          <ErrorBoundary key={activeView} label={`The ${VIEW_NAMES[activeView].tab} view`} part={`view:${activeView}`}>
            <ViewFigure module={module} />
          </ErrorBoundary>
        ) : failed ? (
          <div className="panel" role="alert">
            <p>
              The {VIEW_NAMES[activeView].tab} view could not be loaded: {failed}.
            </p>
            <button type="button" className="outline-button" onClick={retry}>
              Try again
            </button>
          </div>
        ) : (
          <p className="panel" role="status" aria-busy="true">
            Loading the {VIEW_NAMES[activeView].tab} view…
          </p>
        )}
      </div>
    </section>
  );
}
