import { StrictMode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { App } from './app';

/** The whole page. The build renders it once to HTML (its loading frame) and the browser hydrates that; see main.tsx. */
export function Root() {
  return (
    <StrictMode>
      <ErrorBoundary label="The dashboard" part="root">
        <App />
      </ErrorBoundary>
    </StrictMode>
  );
}
