// Picks the message catalogue for a language; the one place that knows which languages exist.
import { en } from './en.js';
import { nb, type Messages } from './nb.js';

export type Language = 'nb' | 'en';
export type { Messages };

export const LANGUAGES: readonly Language[] = ['nb', 'en'];

export function messagesFor(language: Language = 'nb'): Messages {
  return language === 'en' ? en : nb;
}

export function isLanguage(value: unknown): value is Language {
  return value === 'nb' || value === 'en';
}
