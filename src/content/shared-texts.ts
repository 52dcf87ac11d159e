// decks/_felles/: texts shared by every session (the safety block, the facilitator's guide), as HTML.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import markdownIt from 'markdown-it';
import type { Messages } from '../i18n/messages.js';
import { readSource } from '../source.js';
import type { ParseCache } from './parse-cache.js';

export interface SharedTexts {
  safetyHtml?: string;
  guideHtml?: string;
}

/** decks/_felles/trygghet.md and veiledning.md, rendered; either may be missing. */
export async function readSharedTexts(decksDir: string, t: Messages, cache: ParseCache): Promise<SharedTexts> {
  const md = markdownIt({ html: false, typographer: false });
  const render = async (name: string): Promise<string | undefined> => {
    const path = join(decksDir, '_felles', name);
    if (!existsSync(path)) return undefined;
    let html = cache.get<string>(path, 'shared');
    if (html === undefined) {
      html = md.render((await readSource(path, t)).text);
      cache.set(path, 'shared', html);
    }
    return html;
  };
  const [safetyHtml, guideHtml] = await Promise.all([render('trygghet.md'), render('veiledning.md')]);
  return { ...(safetyHtml ? { safetyHtml } : {}), ...(guideHtml ? { guideHtml } : {}) };
}
