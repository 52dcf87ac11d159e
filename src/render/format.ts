// Dates and names as a reader expects them in the deck's language (Intl, see src/i18n/intl.ts).
import { formatIsoDate, joinNames as joinNamesIn } from '../i18n/intl.js';
import type { Messages } from '../i18n/messages.js';

/** "2026-12-03" → "3. desember 2026" (nb) or "3 December 2026" (en). */
export function formatDate(iso: string, t: Messages): string {
  return formatIsoDate(iso, t.lang);
}

/** "Kari, Ola og Per" / "Kari, Ola and Per". */
export function joinNames(names: readonly string[], t: Messages): string {
  return joinNamesIn(names, t.lang);
}
