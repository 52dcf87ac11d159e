// decks/sources.yaml: the reference list every module cites, read through the parse cache.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { readSource } from '../source.js';
import { parseYaml } from '../yaml/parse.js';
import type { ParseCache } from './parse-cache.js';
import { validateReferences } from './references.js';
import type { Reference } from './types.js';

export interface SourcesFile {
  references: Map<string, Reference>;
  issues: Issue[];
}

/** The references in decksDir/sources.yaml and their issues; no file means no references. */
export async function readSourcesFile(decksDir: string, t: Messages, cache: ParseCache): Promise<SourcesFile> {
  const sourcesPath = join(decksDir, 'sources.yaml');
  if (!existsSync(sourcesPath)) return { references: new Map(), issues: [] };
  // Cached as entries: a Map does not survive the cache's JSON.
  let cached = cache.get<{ references: [string, Reference][]; issues: Issue[] }>(sourcesPath, 'sources');
  if (!cached) {
    const result = validateReferences(parseYaml(await readSource(sourcesPath, t), t), t);
    cached = { references: [...result.references], issues: result.issues };
    cache.set(sourcesPath, 'sources', cached);
  }
  return { references: new Map(cached.references), issues: [...cached.issues] };
}
