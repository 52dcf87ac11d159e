// A generated content library with one module of N slides, for benchmarks that must not depend
// on how much real content exists.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from '../src/paths.js';

export function generateDeck(slides: number, perSection = 5): { decksDir: string; plan: string } {
  const root = mkdtempSync(join(tmpdir(), 'fasilitator-bench-'));
  const decksDir = join(root, 'decks');
  const moduleDir = join(decksDir, 'bench');
  mkdirSync(moduleDir, { recursive: true });
  copyFileSync(join(paths.decks, 'sources.yaml'), join(decksDir, 'sources.yaml'));
  const sections = Math.ceil(slides / perSection);
  const meta = [`title: Generert modul`, `kind: introduction`, `introduction: short`, `minutes: ${slides}`, `sections:`];
  for (let s = 0; s < sections; s++) {
    const count = Math.min(perSection, slides - s * perSection);
    meta.push(`  - id: seksjon-${s + 1}`, `    title: Seksjon ${s + 1}`, `    minutes: ${count}`, `    file: ${s + 1}.md`);
    const body = Array.from({ length: count }, (_, i) => `---
minutes: 1
sources: [heir2019]
---

# Lysbilde ${s * perSection + i + 1}

- Et punkt om livsbelastninger
- Et punkt om **traumebevisst** praksis
- Et tredje punkt

Manus:

- ★ Et nøkkelbudskap som fasilitator sier med egne ord.
- Et talepunkt med litt mer forklaring, slik et ekte manus har.
- Et spørsmål til salen: «Hva tenker dere om dette?»

**Overgang:** «Videre til neste.»
`).join('\n');
    writeFileSync(join(moduleDir, `${s + 1}.md`), body);
  }
  writeFileSync(join(moduleDir, 'module.yaml'), `${meta.join('\n')}\n`);
  const plan = join(root, 'bench-50.yaml');
  writeFileSync(plan, 'title: Benchmark\nintroduction: short\ntrack: praksis\n');
  return { decksDir, plan };
}
