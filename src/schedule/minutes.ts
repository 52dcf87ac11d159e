// The one way fasilitator writes planned minutes: to the half minute, with a decimal comma in
// bokmål ("1,5 min") and a point in English. Used by the manuscript and run sheet (and so the
// PDFs printed from them), `check`'s agenda and the speaker view, so a number reads the same
// everywhere. Pure: the browser bundle imports it too.

/** Seconds → minutes to the nearest half minute: 90 → 1.5, 100 → 1.5, 105 → 2. */
export function halfMinutes(sec: number): number {
  return Math.round(sec / 30) / 2;
}

/** "1,5" in bokmål, "1.5" in English. */
export function minutesNumber(sec: number, lang: string): string {
  const text = String(halfMinutes(sec));
  return lang === 'en' ? text : text.replace('.', ',');
}

/** "1,5 min" in bokmål, "1.5 min" in English. */
export function formatMinutes(sec: number, lang: string): string {
  return `${minutesNumber(sec, lang)} min`;
}
