// Templates and themes from templates/: the only file reads of the render stage, done once per
// run and shared by every plan in it.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Templates {
  deck: string;
  manus: string;
  manusCss: string;
}

export async function loadTemplates(templatesDir: string): Promise<Templates> {
  const [deck, manus, manusCss] = await Promise.all(
    ['deck.html', 'manus.html', 'manus.css'].map((name) => readFile(join(templatesDir, name), 'utf8')),
  );
  return { deck: deck!, manus: manus!, manusCss: manusCss! };
}

/** Path of a theme's CSS, or undefined if no such theme exists. */
export function themePath(templatesDir: string, theme: string): string | undefined {
  const path = join(templatesDir, 'themes', theme, 'theme.css');
  return existsSync(path) ? path : undefined;
}

export async function listThemes(templatesDir: string): Promise<string[]> {
  const entries = await readdir(join(templatesDir, 'themes'), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}
