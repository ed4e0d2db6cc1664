import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme } from './app/theme-css';
import { ErrorBoundary } from './components/error-boundary';
import './app/styles.css';

applyTheme(document.documentElement);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary label="The dashboard" part="root">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
