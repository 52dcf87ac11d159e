// Two builds and the test setup, in one place:
// - default: the browser runtime (reveal.js + src/client) into runtime/, copied into each deck.
//   It is a classic IIFE script, not an ES module: Chromium refuses module scripts on file://
//   pages, and decks must open from a USB stick with no server.
// - `--mode cli`: the command-line tool bundled into lib/cli.js. One file with its dependencies
//   starts in about a third of the time of hundreds of small modules.
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

const runtime: UserConfig = {
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
};

const cli: UserConfig = {
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { cli: 'src/cli/main.ts' },
      // Loaded on demand, only by the commands that need them: kept out of start-up.
      external: ['playwright-core', 'cspell-lib', '@cspell/dict-nb-no', 'vite', '@clack/prompts', /^node:/],
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
  ssr: { noExternal: true },
};

export default defineConfig(({ mode }) => ({
  ...(mode === 'cli' ? cli : runtime),
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests start Chromium; on two cores, a few at a time is fastest.
    maxWorkers: 2,
    // Only a guard against a hang, never a speed target (those live in bench/): on a busy two-core
    // machine a browser test can take many times its usual time and must still pass.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // expect.poll waits for a condition, however slow the machine; the default second fails under load.
    expect: { poll: { timeout: 300_000 } },
  },
}));
