// Calendar dates in ISO form (YYYY-MM-DD), shared by plan validation, `new` and the browser's retiming.

/**
 * A real calendar date in ISO form.
 * @example isIsoDate('2026-12-03') // true; isIsoDate('2026-02-31') // false
 */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
