// Pure day arithmetic on 'YYYY-MM-DD' dates: no luxon, so arithmetic-only procedures can use it.

/**
 * Days since 1970-01-01 of a `'YYYY-MM-DD'` date: a compact, zone-free day number.
 *
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * The `'YYYY-MM-DD'` date of a day number (the inverse of {@link dayNumber}).
 *
 * @example
 * dateOfDayNumber(1) // '1970-01-02'
 */
export function dateOfDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday. The same as luxon's `weekday`
 * for that date in Asia/Shanghai (tested against it).
 *
 * @example
 * weekdayOfDayNumber(dayNumber('2026-10-10')) // 6 (Saturday)
 */
export function weekdayOfDayNumber(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}
