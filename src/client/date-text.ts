// The date on a title slide or run sheet when it comes from the address (?date=…), worded as the
// build words it: both use src/i18n/intl.ts.
import { formatIsoDate } from '../i18n/intl.js';

/** A paragraph that is only a date as the build writes it. */
const DATE_LINE = /^\d{1,2}\.? \p{L}+ \d{4}$/u;

/** Puts the date in a block of header lines: replaces the date line there, or adds one first. */
export function showDate(meta: Element | null, iso: string, lang: string): void {
  if (!meta) return;
  const text = formatIsoDate(iso, lang);
  const existing = [...meta.querySelectorAll('p')].find((p) => DATE_LINE.test(p.textContent?.trim() ?? ''));
  if (existing) {
    existing.textContent = text;
    existing.dataset.fasilitator = 'date';
    return;
  }
  const line = document.createElement('p');
  line.dataset.fasilitator = 'date';
  line.textContent = text;
  meta.prepend(line);
}
