import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_SAMPLES, SAMPLE_TEXT, WARMUP_ATTRIBUTE, fontWarmupSource } from '../../src/app/font-warmup';

/** Runs the warm-up's source with its frame and timer callbacks called at once; returns the boxes it appended. */
function runWarmup(): HTMLElement[] {
  const appended: HTMLElement[] = [];
  const append = document.body.append.bind(document.body);
  vi.spyOn(document.body, 'append').mockImplementation((...nodes) => {
    appended.push(...(nodes as HTMLElement[]));
    append(...nodes);
  });
  const now = (callback: () => void) => callback();
  // The build serves this source as a script of its own; here it runs as a function of the two timers.
  new Function('requestAnimationFrame', 'setTimeout', fontWarmupSource())(now, now);
  return appended;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the font warm-up', () => {
  it('lays out one hidden sample per font while the loading frame is on screen, then removes it', () => {
    document.body.innerHTML = '<main class="layout layout--loading" aria-busy="true"></main>';
    const [box, ...more] = runWarmup();
    expect(more).toEqual([]);
    expect(box?.hasAttribute(WARMUP_ATTRIBUTE)).toBe(true);
    expect(box?.getAttribute('aria-hidden')).toBe('true');
    expect(box?.style.visibility).toBe('hidden');
    expect(box?.isConnected).toBe(false);
    const spans = [...(box?.children ?? [])] as HTMLElement[];
    expect(spans.map((span) => [span.style.fontSize, Number(span.style.fontWeight), span.style.fontStyle === 'italic', span.querySelector('code') !== null])).toEqual(
      FONT_SAMPLES.map((sample) => [sample.size, sample.weight, sample.italic === true, sample.code === true]),
    );
    expect(spans.every((span) => span.textContent === SAMPLE_TEXT)).toBe(true);
  });

  it('does nothing once the dashboard has replaced the loading frame', () => {
    document.body.innerHTML = '<main class="layout"><p>The dashboard</p></main>';
    expect(runWarmup()).toEqual([]);
    expect(document.body.innerHTML).toBe('<main class="layout"><p>The dashboard</p></main>');
  });
});
