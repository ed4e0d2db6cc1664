/**
 * Code that runs inside the page. Kept as plain JavaScript strings, not functions: tsx/esbuild may wrap functions
 * in helpers (`__name`) that do not exist in the page, and strings also pass the dashboard's CSP untouched.
 */

/**
 * Installed by addInitScript before any page script: records when the first bar exists (a MutationObserver, so the
 * time is that of the DOM insertion, not of a polling tick), FCP, LCP and layout shifts without recent input.
 */
export function loadProbe(barSelector: string): string {
  return `(() => {
  const bench = { firstBar: null, fcp: null, lcp: null, lcpElement: null, cls: 0 };
  window.__bench = bench;
  const observer = new MutationObserver(() => {
    if (bench.firstBar === null && document.querySelector(${JSON.stringify(barSelector)})) {
      bench.firstBar = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    const last = entries[entries.length - 1];
    bench.lcp = last.startTime;
    // Which element: SVG is no LCP candidate, so the largest text or image wins, not the chart.
    bench.lcpElement = last.element ? last.element.tagName.toLowerCase() + (last.element.getAttribute('class') ? '.' + last.element.getAttribute('class') : '') : null;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  ${INTERACTION_PROBE}
})();`;
}

/**
 * window.__arm(eventType, selector) before an action, then await window.__measured after it:
 * a capture-phase listener keeps the event's timeStamp (the moment the browser received the input, before any
 * handler ran); the first mutation under the selector after it is "DOM updated"; a requestAnimationFrame after that
 * mutation plus a task after the frame is "next frame" (about when the frame was painted). Gives null after timeoutMs.
 */
const INTERACTION_PROBE = `
  window.__arm = (eventType, selector, timeoutMs) => {
    const target = document.querySelector(selector) || document.body;
    let start = null;
    const onEvent = (event) => { if (start === null) start = event.timeStamp; };
    window.addEventListener(eventType, onEvent, true);
    window.__measured = new Promise((resolve) => {
      const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (start === null) return;
        const dom = performance.now() - start;
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener(eventType, onEvent, true);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ dom, frame: performance.now() - start });
          channel.port2.postMessage(0);
        });
      });
      observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  };`;

/** Read after the first bar: wait for it, then let 300 ms pass so LCP and shifts that follow the first bar count. */
export const READ_LOAD = `new Promise((resolve) => {
  const poll = () => {
    if (window.__bench.firstBar === null) return requestAnimationFrame(poll);
    setTimeout(() => resolve({
      ...window.__bench,
      domNodes: document.getElementsByTagName('*').length,
      // The JSON the page had received before its first bar: checks the bytes' "data before first bar" by the network.
      jsonBeforeFirstBar: performance.getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.json') && entry.responseEnd <= window.__bench.firstBar)
        .map((entry) => new URL(entry.name).pathname),
    }), 300);
  };
  poll();
})`;
