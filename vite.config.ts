/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, HEADER_POLICY } from './src/app/content-security-policy.ts';

/** The policy as a <meta> in the built index.html only: the dev server injects inline scripts of its own. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // `vite preview` serves the build as a host should: with the policy as a header (frame-ancestors included).
  preview: { headers: { 'Content-Security-Policy': HEADER_POLICY } },
  build: {
    // Nothing inlined as a data: URL: the app fetches its JSON, and connect-src allows only its own origin.
    assetsInlineLimit: 0,
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
