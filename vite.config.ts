// Bundles the browser runtime once (reveal.js, its notes plugin and src/client) into runtime/.
// Builds copy these files into each deck; no bundler runs per plan.
//
// The output is a classic IIFE script, not an ES module: Chromium refuses module scripts on
// file:// pages, and decks must open from a USB stick with no server.
import { defineConfig } from 'vite';

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
});
