// Builds what fasilitator runs: the CLI bundled into lib/cli.js, and the browser runtime into
// runtime/ (vite bundles reveal.js + src/client; this script writes fonts.css with the fonts
// inlined). Runs on `npm install` (prepare) and before the tests.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json')), 'files');
const digitFontDir = join(dirname(require.resolve('@fontsource/public-sans/package.json')), 'files');

/** The digits 0–9: Atkinson Hyperlegible's zero is slashed and reads as Ø in Norwegian. */
const DIGITS = 'U+0030-0039';

// Unicode ranges as published by @fontsource: latin covers æ, ø, å, « » and dashes; latin-ext
// covers Sámi letters.
const RANGES = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const FACES: [subset: keyof typeof RANGES, weight: 400 | 700, style: 'normal' | 'italic'][] = [
  ['latin', 400, 'normal'],
  ['latin', 400, 'italic'],
  ['latin', 700, 'normal'],
  ['latin', 700, 'italic'],
  ['latin-ext', 400, 'normal'],
  ['latin-ext', 700, 'normal'],
];

async function fontsCss(): Promise<string> {
  const faces = await Promise.all(
    FACES.map(async ([subset, weight, style]) => {
      const data = await readFile(join(fontDir, `atkinson-hyperlegible-${subset}-${weight}-${style}.woff2`));
      return `@font-face{font-family:'Atkinson Hyperlegible';font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');unicode-range:${RANGES[subset]}}`;
    }),
  );
  // Digits from Public Sans (plain zero, figures the height of Atkinson's), in the same family
  // name so every page that asks for Atkinson gets them. Declared after Atkinson's faces: for
  // overlapping unicode ranges the browser tries the last declared face first.
  const digits = await Promise.all(
    (['normal', 'italic'] as const).flatMap((style) =>
      ([400, 700] as const).map(async (weight) => {
        const data = await readFile(join(digitFontDir, `public-sans-latin-${weight}-${style}.woff2`));
        return `@font-face{font-family:'Atkinson Hyperlegible';font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');unicode-range:${DIGITS}}`;
      }),
    ),
  );
  // Inlined so a deck never fetches a font (file://, offline) and PDFs embed it. Atkinson
  // Hyperlegible (Braille Institute, SIL OFL 1.1) is designed for legibility at a distance.
  return `/* Atkinson Hyperlegible, SIL Open Font License 1.1, via @fontsource. Digits 0–9: Public Sans (USWDS), SIL Open Font License 1.1, via @fontsource. */\n${[...faces, ...digits].join('\n')}\n`;
}

await build({ logLevel: 'warn', mode: 'cli' });
await build({ logLevel: 'warn' });
// The course site's own scripts (fasilitator site): the start page, and the run sheet's
// ?start= retiming. Separate classic scripts, like the runtime, so they run from file://.
for (const [entry, name, css] of [
  ['src/client/start/main.ts', 'startside', 'startside'],
  ['src/client/page-retime.ts', 'fasilitator-sider', undefined],
] as const) {
  await build({
    logLevel: 'warn',
    configFile: false,
    publicDir: false,
    build: {
      outDir: 'runtime',
      emptyOutDir: false,
      target: 'es2020',
      cssCodeSplit: false,
      sourcemap: false,
      lib: { entry, name: name.replace('-', '_'), formats: ['iife'], fileName: () => `${name}.js`, ...(css ? { cssFileName: css } : {}) },
    },
  });
}
await writeFile('runtime/fonts.css', await fontsCss());
// The tab icon of every page (a browser asks for one; without it `serve` logs a 404).
await copyFile('src/client/favicon.svg', 'runtime/favicon.svg');
console.log('lib/cli.js and runtime/ built');
