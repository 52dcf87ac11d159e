// Dates and names as a reader expects them in the deck's language.
import type { Messages } from '../i18n/messages.js';

/** "2026-12-03" → "3. desember 2026" (nb) or "3 December 2026" (en). */
export function formatDate(iso: string, t: Messages): string {
  const [year, month, day] = iso.split('-').map(Number);
  return t.deck.formatDate(day!, t.deck.months[month! - 1]!, year!);
}

/** "Kari, Ola og Per" / "Kari, Ola and Per". */
export function joinNames(names: readonly string[], t: Messages): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = t.lang === 'en' ? ' and ' : ' og ';
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}
