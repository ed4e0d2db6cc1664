/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { HEADER_POLICY } from './src/app/content-security-policy.ts';
import { compactData, compileHint, contentSecurityPolicy, datasetDigests, datasetParser, fontWarmup, preloadData, prerenderFrame, themeCss } from './src/app/build-plugins.ts';

export default defineConfig({
  plugins: [react(), themeCss(), datasetDigests(), datasetParser(), compactData(), contentSecurityPolicy(), prerenderFrame(), preloadData(), fontWarmup(), compileHint()],
  // `vite preview` serves the build as a host should: with the policy as a header (frame-ancestors included).
  preview: { headers: { 'Content-Security-Policy': HEADER_POLICY } },
  build: {
    // Nothing inlined as a data: URL: the app fetches its JSON, and connect-src allows only its own origin.
    assetsInlineLimit: 0,
    // Every browser that runs this app's JavaScript but lacks <link rel=modulepreload> (Safari before 17) only loads
    // the view chunks a little later; the polyfill would cost every reader 0.4 KB gzip before the first chart.
    modulePreload: { polyfill: false },
    // React, Recharts and zod alone are ~700 kB minified (~210 kB gzip): the floor, not a regression.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Everything the first view needs in one chunk (split three ways it gzips ~10 KB larger); the other
        // views load as their own chunks when first opened.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
