// "2026-12-03" → "3. desember 2026", worded as the build words dates (src/i18n formatDate), for
// pages whose date comes from the address. Kept here (two month lists) so the browser scripts do
// not carry the whole message catalogue.
const MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function dateText(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'en' ? `${day} ${MONTHS.en[month - 1]} ${year}` : `${day}. ${MONTHS.nb[month - 1]} ${year}`;
}

/** A paragraph that is only a date as the build writes it. */
const DATE_LINE = /^\d{1,2}\.? \p{L}+ \d{4}$/u;

/** Puts the date in a block of header lines: replaces the date line there, or adds one first. */
export function showDate(meta: Element | null, iso: string, lang: string): void {
  if (!meta) return;
  const text = dateText(iso, lang);
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
