// Bundles the browser runtime once (reveal.js, its notes plugin and src/client) into runtime/.
// Builds copy these files into each deck; no bundler runs per plan.
//
// The output is a classic IIFE script, not an ES module: Chromium refuses module scripts on
// file:// pages, and decks must open from a USB stick with no server.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'runtime',
    emptyOutDir: true,
    target: 'es2020',
    cssCodeSplit: false,
    sourcemap: false,
    lib: {
      entry: 'src/client/main.ts',
      name: 'fasilitator',
      formats: ['iife'],
      fileName: () => 'fasilitator.js',
      cssFileName: 'fasilitator',
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests start Chromium; on two cores, a few at a time is fastest.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
