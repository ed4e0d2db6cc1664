// The clipboard request the toolbar makes within the click, so the browser keeps the click's permission.

/** Copying an image needs ClipboardItem; where the browser lacks it the control is hidden. */
export function canCopyImage(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/** The PNG is passed as a promise so Safari keeps the click's permission while it is drawn. */
export async function copyImage(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
