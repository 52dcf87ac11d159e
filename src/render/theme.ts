// Templates and themes from templates/: the only file reads of the render stage, done once per
// run and shared by every plan in it.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { Plan } from '../plan/types.js';
import { suggest } from '../suggest.js';

export interface Templates {
  deck: string;
  /** The page template shared by the run sheet and the slides-with-manuscript page. */
  page: string;
  /** Stylesheets copied as they are into assets/. */
  styles: Record<string, string>;
}

const STYLES = ['manus.css', 'print.css', 'lysark-med-manus.css'];

export async function loadTemplates(templatesDir: string): Promise<Templates> {
  const read = (name: string): Promise<string> => readFile(join(templatesDir, name), 'utf8');
  const [deck, page, ...styles] = await Promise.all([read('deck.html'), read('manus.html'), ...STYLES.map(read)]);
  return { deck: deck!, page: page!, styles: Object.fromEntries(STYLES.map((name, i) => [name, styles[i]!])) };
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

/** The plan's theme, checked where the plan names it: an issue with a did-you-mean when there is no such theme. */
export async function themeIssues(templatesDir: string, plan: Pick<Plan, 'theme' | 'spans'>, t: Messages): Promise<Issue[]> {
  if (themePath(templatesDir, plan.theme)) return [];
  const themes = await listThemes(templatesDir);
  return [{ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.plan.unknownTheme(plan.theme), hint: t.plan.unknownValueHint(suggest(plan.theme, themes), themes), span: plan.spans.theme }];
}
