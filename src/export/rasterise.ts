import { PAPER } from '../charts/theme';
import type { BuiltSvg } from './svg-frame';

export const PNG_SCALES = [1, 2, 3, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

function dataUrlToBlob(dataUrl: string): Blob {
  const [header, base64 = ''] = dataUrl.split(',');
  const type = /^data:([^;]+)/.exec(header ?? '')?.[1] ?? 'application/octet-stream';
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}

/**
 * Draws the SVG on a white canvas at `scale` times its size, after the page's fonts are ready.
 * toDataURL, not toBlob: headless Chromium's toBlob stalls for about a second after keyboard input.
 */
export async function svgToPng({ svg, width, height }: BuiltSvg, scale: PngScale): Promise<Blob> {
  await document.fonts?.ready;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser gave no 2D canvas to draw the image on');
  context.fillStyle = PAPER;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return dataUrlToBlob(canvas.toDataURL('image/png'));
}
