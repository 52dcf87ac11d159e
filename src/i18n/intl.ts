// Dates and name lists worded by the platform's Intl (full ICU in Node 20 and in Chromium), the same
// in the build and in the browser runtime, so there are no month tables or "og"/"and" by hand.
// A leaf module: no imports, so the browser bundle can take it without the message catalogue.

/** The Intl locale for a deck language; anything but English is bokmål. */
export function localeFor(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'nb-NO';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A plan's ISO date in words. Plan dates are calendar days, not instants: they are read and
 * formatted in UTC so no time zone moves the day.
 * @example formatIsoDate('2026-12-03', 'nb') // '3. desember 2026'; 'en' → '3 December 2026'
 */
export function formatIsoDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const locale = localeFor(lang);
  let format = dateFormats.get(locale);
  if (!format) {
    // dateStyle 'long' words it as day/month-name/year do (3. desember 2026, 3 December 2026) and
    // starts a third faster: the first formatter of a process costs ICU set-up, 20–30 ms.
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * Names as a sentence lists them.
 * @example joinNames(['Kari', 'Ola', 'Per'], 'nb') // 'Kari, Ola og Per'; 'en' → 'Kari, Ola and Per'
 */
export function joinNames(names: readonly string[], lang: string): string {
  const locale = localeFor(lang);
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format.format(names);
}
