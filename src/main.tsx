import { createRoot } from 'react-dom/client';
import { openPage } from './app/app';
import { Root } from './app/root';
import 'virtual:theme.css';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
if (root.firstElementChild) {
  // The build put the page's frame (header, panel outlines, "Loading…") into index.html, so it paints before any
  // JavaScript runs. It stays as HTML while the data loads; React starts once the data is in and draws the dashboard
  // in its place, in one render. (Taking over the frame first, by hydration, cost 15–20 ms on the way to the first
  // chart; rendering it as a transition, which React cuts into 5 ms slices with the browser's tasks between them,
  // cost 50–70 ms.) openPage answers every failure with a message; should it throw all the same, the app starts
  // without an opening and loads the data itself.
  void openPage(new AbortController().signal).then(
    (opening) => {
      const focusWasInFrame = root.contains(document.activeElement);
      createRoot(root).render(<Root opening={opening ? { ...opening, focusWasInFrame } : undefined} />);
    },
    () => createRoot(root).render(<Root />),
  );
} else {
  // The dev server serves an empty root: the app draws its loading frame, then loads the data.
  createRoot(root).render(<Root />);
}
