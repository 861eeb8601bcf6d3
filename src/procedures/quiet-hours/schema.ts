import * as z from 'zod/mini';

/**
 * ISO weekday: 1 = Monday … 7 = Sunday (the numbering of luxon and of
 * `weekdayOfDayNumber`).
 *
 * @example
 * weekdaySchema.parse(6) // Saturday
 */
export const weekdaySchema = z.int().check(z.gte(1)).check(z.lte(7));

/** An ISO weekday, 1 = Monday … 7 = Sunday. @example const saturday: Weekday = 6; */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOCK_OR_MIDNIGHT = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/**
 * Minutes after local midnight of a wall-clock time `'HH:mm'` (`'24:00'` = 1440, the end
 * of the day).
 *
 * @example
 * clockMinutes('08:00') // 480
 * clockMinutes('24:00') // 1440
 */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/**
 * One weekly window in which noisy work is forbidden: on each of `days`, from `from`
 * (inclusive) to `to` (exclusive), local wall-clock time. `from` must be earlier than `to`;
 * `to` may be `'24:00'`. A window across midnight (e.g. 22:00–08:00) is written as two:
 * `22:00–24:00` and `00:00–08:00` of the next day — so each part follows its own day's
 * holiday rule.
 *
 * @example
 * quietWindowSchema.parse({ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' })
 * quietWindowSchema.safeParse({ days: [6], from: '13:00', to: '08:00' }).success // false
 */
export const quietWindowSchema = z.strictObject({
    days: z.array(weekdaySchema).check(z.minLength(1)),
    from: z.string().check(z.regex(CLOCK, "expected 'HH:mm' (00:00–23:59)")),
    to: z.string().check(z.regex(CLOCK_OR_MIDNIGHT, "expected 'HH:mm' (00:01–24:00)")),
  }).check(z.refine((w) => clockMinutes(w.from) < clockMinutes(w.to), { message: 'from must be earlier than to (split a window across midnight in two)' }));

/** A weekly quiet window (see {@link quietWindowSchema}). @example const w: QuietWindow = { days: [6], from: '08:00', to: '13:00' }; */
export interface QuietWindow {
  readonly days: readonly Weekday[];
  readonly from: string;
  readonly to: string;
}

/**
 * The weekly windows of a quiet-hours policy (overlapping windows are merged).
 *
 * @example
 * quietWindowsSchema.parse([{ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }])
 */
export const quietWindowsSchema = z.array(quietWindowSchema) as unknown as z.ZodMiniType<readonly QuietWindow[]>;

/**
 * How statutory holidays and 调休 make-up working days are treated:
 * - `'by-weekday'` (default, as written): every date by its day of the week;
 * - `'holidays-as-sunday'`: a statutory holiday follows Sunday's windows;
 * - `'make-up-days-as-weekdays'`: a make-up working day follows Monday's windows;
 * - `'holidays-and-make-up-days'`: both.
 *
 * @example
 * holidayRuleSchema.parse('holidays-as-sunday')
 */
export const holidayRuleSchema = z.enum(['by-weekday', 'holidays-as-sunday', 'make-up-days-as-weekdays', 'holidays-and-make-up-days']);

/** A holiday rule (see {@link holidayRuleSchema}). @example const r: HolidayRule = 'by-weekday'; */
export type HolidayRule = z.infer<typeof holidayRuleSchema>;

/**
 * An interval in which noisy work is allowed: from `from` (inclusive) to `to` (exclusive),
 * both ISO instants in the policy's zone.
 *
 * @example
 * const w: AllowedInterval = { from: '2026-05-08T18:00:00+08:00', to: '2026-05-09T08:00:00+08:00' };
 */
export interface AllowedInterval {
  readonly from: string;
  readonly to: string;
}
