// The real workspace (bundled decks, templates, runtime) for pipeline and CLI tests.
import { nb } from '../../src/i18n/nb.js';
import { paths } from '../../src/paths.js';
import type { Workspace } from '../../src/pipeline.js';

export function workspace(overrides: Partial<Workspace> = {}): Workspace {
  return { decksDir: paths.decks, templatesDir: paths.templates, runtimeDir: paths.runtime, t: nb, ...overrides };
}
