// Dates and name lists through Intl, in bokmål and English, whatever the machine's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { formatIsoDate, joinNames, localeFor } from '../../src/i18n/intl.js';

describe('formatIsoDate', () => {
  it.each([
    ['2026-12-03', 'nb', '3. desember 2026'],
    ['2026-12-03', 'en', '3 December 2026'],
    ['2027-01-01', 'nb', '1. januar 2027'],
    ['2027-01-31', 'nb', '31. januar 2027'],
    ['2027-01-01', 'en', '1 January 2027'],
    ['2026-12-31', 'en', '31 December 2026'],
    ['2028-02-29', 'nb', '29. februar 2028'],
    ['2026-05-17', 'nb', '17. mai 2026'],
  ])('%s in %s is %s', (iso, lang, words) => {
    expect(formatIsoDate(iso, lang)).toBe(words);
  });

  describe('in any time zone', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    // The first and last day of a month are where a shifted day would show as another month.
    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Oslo', 'UTC'])('keeps the day in %s', (tz) => {
      process.env.TZ = tz;
      for (const [iso, day, month] of [['2027-01-01', 1, 0], ['2027-01-31', 31, 0], ['2026-12-31', 31, 11]] as const) {
        const words = formatIsoDate(iso, 'nb');
        expect(words.startsWith(`${day}. `)).toBe(true);
        expect(words).toContain(new Intl.DateTimeFormat('nb-NO', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month, 15)));
      }
    });
  });
});

describe('joinNames', () => {
  it.each([
    [[], 'nb', ''],
    [['Kari'], 'nb', 'Kari'],
    [['Kari', 'Ola'], 'nb', 'Kari og Ola'],
    [['Kari', 'Ola', 'Per'], 'nb', 'Kari, Ola og Per'],
    [['Kari'], 'en', 'Kari'],
    [['Kari', 'Ola'], 'en', 'Kari and Ola'],
    [['Kari', 'Ola', 'Per'], 'en', 'Kari, Ola and Per'],
  ])('%j in %s is "%s"', (names, lang, words) => {
    expect(joinNames(names, lang)).toBe(words);
  });

  it('keeps names with commas and spaces whole', () => {
    expect(joinNames(['Nordmann, Kari', 'Ola Nordmann'], 'nb')).toBe('Nordmann, Kari og Ola Nordmann');
  });
});

describe('localeFor', () => {
  it('is English (UK) for en and bokmål for everything else', () => {
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor('nb')).toBe('nb-NO');
    expect(localeFor('')).toBe('nb-NO');
  });
});
