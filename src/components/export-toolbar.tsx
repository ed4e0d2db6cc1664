import { useId, useState } from 'react';
import { toCsv } from '../export/csv';
import { canCopyImage, copyImage, copyText, downloadBlob } from '../export/deliver';
import { exportFileName } from '../export/file-name';
import { EXPORT_SCHEMA_PATH, toExportJson } from '../export/export-json';
import { exportMeta, type ViewText } from '../export/export-meta';
import { PNG_SCALES, PngTooLargeError, planPng, reducedScaleNote, svgToPng, type PngScale } from '../export/rasterise';
import { useDashboard } from './dashboard-context';
import { shareLink } from './use-url-sync';
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

function appUrl(path: string): string {
  return new URL(path, new URL(import.meta.env.BASE_URL, window.location.origin)).href;
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

  const meta = () => exportMeta(text, { link: shareLink(view), date: new Date() });
  /** Checks the size first (throws before drawing an image the browser cannot hold), then starts drawing. */
  const startPng = () => {
    const built = module.svg(derived, meta());
    const plan = planPng(built, scale);
    performance.mark('export:png:start');
    const png = svgToPng(built, plan).then((blob) => {
      performance.measure('export:png', 'export:png:start');
      return blob;
    });
    return { plan, png };
  };

  const run = async (task: Task, work: () => Promise<string>) => {
    setBusy(task);
    setMessage(null);
    try {
      setMessage({ text: await work(), failed: false });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).trim().replace(/\.+$/, '') || 'the browser gave no reason';
      if (task === 'copy-link') setManualLink(shareLink(view));
      // A refusal already says what happened and what to do instead.
      const text = error instanceof PngTooLargeError ? error.message : `Could not ${task.startsWith('copy') ? 'copy' : 'export'} ${TASK_NAMES[task]}: ${reason}.`;
      setMessage({ text, failed: true });
    } finally {
      setBusy(null);
    }
  };

  /** `note` ends the message when the file is not quite what was asked for (a PNG drawn at a smaller scale). */
  const save = (task: Task, extension: 'png' | 'svg' | 'csv' | 'json', make: () => Promise<{ blob: Blob; note?: string }>) =>
    run(task, async () => {
      const name = exportFileName(module.fileSlug(view), view, extension);
      const { blob, note = '' } = await make();
      downloadBlob(blob, name);
      return `Downloaded ${name}${note}.`;
    });

  const downloadPng = async () => {
    const { plan, png } = startPng();
    return { blob: await png, note: reducedScaleNote(plan) };
  };

  const button = (task: Task, label: string, onClick: () => void) => (
    <button type="button" className="outline-button" onClick={onClick} disabled={busy !== null} aria-busy={busy === task}>
      {busy === task ? `${label}…` : label}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Export and share">
      <div className="toolbar__group">
        {button('png', 'Download PNG', () => void save('png', 'png', downloadPng))}
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
        {button('svg', 'Download SVG', () => void save('svg', 'svg', async () => ({ blob: new Blob([module.svg(derived, meta()).svg], { type: 'image/svg+xml' }) })))}
        {canCopyImage() &&
          button('copy-image', 'Copy image', () =>
            void run('copy-image', async () => {
              const { plan, png } = startPng();
              await copyImage(png);
              return `Copied the chart as an image${reducedScaleNote(plan)}.`;
            }),
          )}
      </div>
      <div className="toolbar__group">
        {button('csv', 'Download CSV', () =>
          void save('csv', 'csv', async () => ({ blob: new Blob([toCsv(module.columns, module.exportRows(derived))], { type: 'text/csv;charset=utf-8' }) })),
        )}
        {button('json', 'Download JSON', () =>
          void save('json', 'json', async () => ({
            blob: new Blob([toExportJson(meta(), module.id, module.exportRows(derived), appUrl(EXPORT_SCHEMA_PATH))], { type: 'application/json' }),
          })),
        )}
        {button('copy-link', 'Copy link', () =>
          void run('copy-link', async () => {
            await copyText(shareLink(view));
            setManualLink(null);
            return 'Copied a link to this view.';
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
