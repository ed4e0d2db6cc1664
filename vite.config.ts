/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
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
