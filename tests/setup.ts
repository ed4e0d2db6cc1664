import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout: report a fixed size so charts measured by ResizeObserver get a real width.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = { width: 800, height: 600, top: 0, left: 0, bottom: 600, right: 800, x: 0, y: 0 } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

afterEach(() => cleanup());
