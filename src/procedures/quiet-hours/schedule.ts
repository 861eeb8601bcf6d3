import type { BusinessCalendar } from '../../core/calendar';
import { chineseCalendar } from '../../core/chinese-calendar';
import { zoneParameter } from '../../core/core-parameters';
import { dateOfDayNumber, weekdayOfDayNumber } from '../../core/day-number';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import { holidayRule, quietWindows } from './policy';
import { clockMinutes } from './schema';
import type { HolidayRule } from './schema';

const DAY_MS = 86_400_000;

/** An interval of a local day in milliseconds since midnight, `[start, end)`. @example const i: DayInterval = [28_800_000, 64_800_000]; */
export type DayInterval = readonly [start: number, end: number];

/**
 * A quiet-hours policy prepared for fast lookups: for each weekday (index 1–7) the merged
 * forbidden intervals and their complement, the allowed intervals; the zone; and
 * how a date's weekday is found (holiday rule and calendar).
 *
 * @example
 * quietSchedule(officeQuietHours).forbidden[6] // [[28800000, 46800000]] (Saturday 08:00–13:00)
 */
export interface QuietSchedule {
  /** The IANA zone of the wall-clock windows. */
  readonly zone: string;
  readonly holidayRule: HolidayRule;
  readonly calendar: BusinessCalendar;
  /** Index 1 = Monday … 7 = Sunday (index 0 unused). */
  readonly forbidden: ReadonlyArray<readonly DayInterval[]>;
  readonly allowed: ReadonlyArray<readonly DayInterval[]>;
}

const UNSET = Object.freeze({}) as Policy;
const cache = new WeakMap<Policy, WeakMap<BusinessCalendar, QuietSchedule>>();

/**
 * The {@link QuietSchedule} of a policy (validated by `composePolicy`, so its windows are
 * well-formed) and calendar; cached per policy and calendar object. A non-policy is
 * `INVALID_POLICY`.
 *
 * @example
 * quietSchedule(undefined).allowed[7] // [[0, 86400000]] (Sunday: all day)
 */
export function quietSchedule(policy: Policy | undefined, calendar: BusinessCalendar = chineseCalendar()): QuietSchedule {
  const key = policy ?? UNSET;
  let byCalendar = cache.get(key);
  const known = byCalendar?.get(calendar);
  if (known) return known;
  const windows = paramValue(policy, quietWindows);
  const forbidden: DayInterval[][] = [[], [], [], [], [], [], [], []];
  for (const w of windows) {
    for (const d of new Set(w.days)) forbidden[d]!.push([clockMinutes(w.from) * 60_000, clockMinutes(w.to) * 60_000]);
  }
  const merged = forbidden.map(merge);
  const schedule: QuietSchedule = Object.freeze({
    zone: paramValue(policy, zoneParameter),
    holidayRule: paramValue(policy, holidayRule),
    calendar,
    forbidden: Object.freeze(merged.map((list) => Object.freeze(list))),
    allowed: Object.freeze(merged.map((list) => Object.freeze(complement(list)))),
  });
  if (!byCalendar) {
    byCalendar = new WeakMap();
    cache.set(key, byCalendar);
  }
  byCalendar.set(calendar, schedule);
  return schedule;
}

/**
 * The weekday whose windows a local day follows: its own, or — under the holiday rule —
 * Sunday for a statutory holiday and Monday for a 调休 make-up working day.
 *
 * @example
 * scheduleWeekday(quietSchedule(composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'holidays-as-sunday' })), dayNumber('2026-10-01')) // 7
 */
export function scheduleWeekday(schedule: QuietSchedule, day: number): number {
  const rule = schedule.holidayRule;
  if (rule === 'by-weekday') return weekdayOfDayNumber(day);
  const info = schedule.calendar.dayInfo(dateOfDayNumber(day));
  if (info.kind === 'holiday' && (rule === 'holidays-as-sunday' || rule === 'holidays-and-make-up-days')) return 7;
  if (info.kind === 'make-up-workday' && (rule === 'make-up-days-as-weekdays' || rule === 'holidays-and-make-up-days')) return 1;
  return weekdayOfDayNumber(day);
}

function merge(list: DayInterval[]): DayInterval[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function complement(forbidden: readonly DayInterval[]): DayInterval[] {
  const out: DayInterval[] = [];
  let at = 0;
  for (const [s, e] of forbidden) {
    if (s > at) out.push([at, s]);
    at = e;
  }
  if (at < DAY_MS) out.push([at, DAY_MS]);
  return out;
}
