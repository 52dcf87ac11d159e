// Where the package's own files live (templates, runtime, bundled decks), whether running from
// src/ (tests, tsx) or from the compiled lib/: both sit one level below the package root.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));

export const paths = {
  templates: join(packageRoot, 'templates'),
  runtime: join(packageRoot, 'runtime'),
  decks: join(packageRoot, 'decks'),
  schema: join(packageRoot, 'schema', 'plan.schema.json'),
};
