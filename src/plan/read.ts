// Plan text → plan, worded in the plan's own language: issues in a plan that asks for English
// are reported in English, unless the user forced a language (--lang).
import { messagesFor, type Language, type Messages } from '../i18n/messages.js';
import type { SourceFile } from '../source.js';
import { parseYaml } from '../yaml/parse.js';
import type { Plan } from './types.js';
import { validatePlan, type PlanResult } from './validate.js';

export interface ReadPlan extends PlanResult {
  /** Messages in the language the plan's issues and deck are worded in. */
  t: Messages;
}

/**
 * Parses and validates a plan's text.
 * @param t messages for the run (used when the plan asks for the same language, or says nothing)
 * @param lang the language forced by --lang: it wins over the plan's own, also in the returned plan
 */
export function readPlan(source: SourceFile, t: Messages, lang?: Language): ReadPlan {
  const first = parseYaml(source, t);
  const planLanguage: Language = first.doc.get('language') === 'en' ? 'en' : 'nb';
  const planT = messagesFor(lang ?? planLanguage);
  const parsed = planT === t ? first : parseYaml(source, planT);
  const result = validatePlan(parsed, planT);
  if (!lang) return { ...result, t: planT };
  const force = (plan: Plan | undefined): Plan | undefined => (plan ? { ...plan, language: lang } : undefined);
  const plan = force(result.plan);
  const provisional = force(result.provisional);
  return { issues: result.issues, t: planT, ...(plan ? { plan } : {}), ...(provisional ? { provisional } : {}) };
}
