import { StrictMode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { App, type Opening } from './app';

/** The whole page. The build renders it once to HTML (its loading frame); see main.tsx for how the page starts. */
export function Root({ opening }: { opening?: Opening }) {
  return (
    <StrictMode>
      <ErrorBoundary label="The dashboard" part="root">
        <App opening={opening} />
      </ErrorBoundary>
    </StrictMode>
  );
}
