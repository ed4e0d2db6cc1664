import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { canCopyImage, copyImage } from '../export/deliver';
import type { ViewText } from '../export/export-meta';
import { PNG_SCALES, type PngScale } from '../export/png-scale';
import type { Shown } from '../export/toolbar-tasks';
import type { AnyViewFiles } from '../export/view-files';
import type { ViewId } from '../state/view';
import { useDashboard } from './dashboard-context';
import { whenIdle } from './use-idle';
import { WINDOW_SIZE } from '../state/windowing';
import type { AnyViewModule } from './views/contract';

type Task = 'png' | 'svg' | 'copy-image' | 'csv' | 'json' | 'copy-link';

const TASK_NAMES: Record<Task, string> = {
  png: 'the PNG',
  svg: 'the SVG',
  'copy-image': 'the image',
  csv: 'the CSV',
  json: 'the JSON',
  'copy-link': 'the link',
};

type Kit = typeof import('../export/kit');

/** The export code and the view's files: one request each, made once, after the first view is drawn or on the first click. */
const loaded = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = loaded.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    // A failed load (a dropped connection) is tried again on the next click, not remembered.
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}
async function loadExport(viewId: ViewId): Promise<[Kit, AnyViewFiles]> {
  const kit = await once('kit', () => import('../export/kit'));
  return [kit, await once(viewId, kit.VIEW_FILES[viewId])];
}

/** How long a view must stay as it is after a change before its image is decoded ahead: never in a run of clicks. */
const STILL_MS = 1000;

/**
 * Loads the export code while the page is idle, so a click finds it ready, and decodes the view's image too, so
 * Download PNG and Copy image only draw and encode it. The image of a view as it is first shown (the page opening, a
 * tab chosen; the toolbar mounts with each view) is decoded as soon as the page is idle; after a change to the view
 * (a filter), once it has stayed the same for a second. `prepare` is null where decoding ahead is not worth it (a view
 * of more rows than one window: its image is large, and it is rarely exported).
 */
function usePrepareExport(viewId: ViewId, prepare: ((kit: Kit, files: AnyViewFiles) => void) | null) {
  // What the view was when the toolbar mounted: an effect run for it (twice under StrictMode) is not a change.
  const shownFirst = useRef(prepare);
  useEffect(() => whenIdle(() => void loadExport(viewId).catch(() => undefined)), [viewId]);
  useEffect(() => {
    if (!prepare) return;
    let live = true;
    let cancelIdle = () => {};
    const still = window.setTimeout(
      () => {
        cancelIdle = whenIdle(() => void loadExport(viewId).then(([kit, files]) => live && prepare(kit, files), () => undefined));
      },
      prepare === shownFirst.current ? 0 : STILL_MS,
    );
    return () => {
      live = false;
      window.clearTimeout(still);
      cancelIdle();
    };
  }, [viewId, prepare]);
}

interface ExportToolbarProps {
  module: AnyViewModule;
  derived: unknown;
  text: ViewText;
}

/** Downloads and copies of whichever view is shown, from the rows it draws. Nothing here changes the view. */
export function ExportToolbar({ module, derived, text }: ExportToolbarProps) {
  const scaleId = useId();
  const view = useDashboard((state) => state.view);
  const [scale, setScale] = useState<PngScale>(2);
  const [busy, setBusy] = useState<Task | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);

  const shown = useCallback(
    (files: AnyViewFiles): Shown => ({ viewId: module.id, fileSlug: module.fileSlug(view), view, files, derived, text }),
    [module, view, derived, text],
  );
  // A new function whenever what the image shows changes: the view's rows, its words or its link.
  const prepare = useCallback((kit: Kit, files: AnyViewFiles) => kit.prepareImage(shown(files)), [shown]);
  usePrepareExport(module.id, module.count(derived) <= WINDOW_SIZE ? prepare : null);

  const run = async (task: Task, work: () => Promise<string>) => {
    setBusy(task);
    setMessage(null);
    try {
      setMessage({ text: await work(), failed: false });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).trim().replace(/\.+$/, '') || 'the browser gave no reason';
      // A refusal already says what happened and what to do instead.
      const text = error instanceof Error && error.name === 'PngTooLargeError' ? error.message : `Could not ${task.startsWith('copy') ? 'copy' : 'export'} ${TASK_NAMES[task]}: ${reason}.`;
      setMessage({ text, failed: true });
    } finally {
      setBusy(null);
    }
  };

  const save = (extension: 'png' | 'svg' | 'csv' | 'json') => {
    void run(extension, async () => {
      const [kit, files] = await loadExport(module.id);
      return kit.downloadFile(shown(files), extension, scale);
    });
  };

  const copyChart = () => {
    // The clipboard is asked within the click, with the image still to come, so Safari keeps the permission.
    performance.mark('export:png:start');
    const started = loadExport(module.id).then(([kit, files]) => kit.startPng(shown(files), scale));
    const copied = copyImage(started.then(({ png }) => png));
    copied.catch(() => undefined);
    // A refusal (an image too large to draw) is said in its own words, not as the clipboard's failure.
    void run('copy-image', async () => {
      const { note } = await started;
      await copied;
      return `Copied the chart as an image${note}.`;
    });
  };

  const button = (task: Task, label: string, onClick: () => void) => (
    <button type="button" className="outline-button" onClick={onClick} disabled={busy !== null} aria-busy={busy === task}>
      {busy === task ? `${label}…` : label}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Export and share">
      <div className="toolbar__group">
        {button('png', 'Download PNG', () => save('png'))}
        <label htmlFor={scaleId} className="toolbar__label">
          PNG size
        </label>
        <select id={scaleId} value={scale} onChange={(event) => setScale(Number(event.target.value) as PngScale)} disabled={busy !== null}>
          {PNG_SCALES.map((option) => (
            <option key={option} value={option}>
              {option}×
            </option>
          ))}
        </select>
        {button('svg', 'Download SVG', () => save('svg'))}
        {canCopyImage() && button('copy-image', 'Copy image', copyChart)}
      </div>
      <div className="toolbar__group">
        {button('csv', 'Download CSV', () => save('csv'))}
        {button('json', 'Download JSON', () => save('json'))}
        {button('copy-link', 'Copy link', () =>
          void run('copy-link', async () => {
            const [kit] = await loadExport(module.id);
            return kit.copyLink(view, setManualLink);
          }),
        )}
      </div>
      <p className="toolbar__message" role="status">
        {message && !message.failed ? message.text : ''}
      </p>
      {message?.failed && (
        <p className="toolbar__message toolbar__message--failed" role="alert">
          {message.text}
        </p>
      )}
      {manualLink && (
        <label className="toolbar__manual-link">
          Link to this view (select and copy it)
          <input type="text" readOnly value={manualLink} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
