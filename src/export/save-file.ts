/** How a finished file leaves the page: a download, or text on the clipboard (loaded with the export code). */

/** Saves a file through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Let the download start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<void> {
  if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('this browser does not allow copying from a page');
  await navigator.clipboard.writeText(text);
}
