import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/root';
import 'virtual:theme.css';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// The build puts the page's frame (header, panel outlines, "Loading…") into index.html, so it paints before any
// JavaScript runs; React takes it over in place. The dev server serves an empty root, drawn here.
if (root.firstElementChild) hydrateRoot(root, <Root />);
else createRoot(root).render(<Root />);
