import * as z from 'zod';
import { zoneParameter } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import { formatInstant, formatLocal, parseInstant } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { violation } from '../../core/rule';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { arriveEarly, minDeskStaff } from './policy';
import { firstResponderRules } from './rules';

const intervalSchema = z.object({ start: instantSchema, end: instantSchema });

/**
 * A staffing roster of the service desk over a period the desk must be manned (e.g. its
 * opening hours): each shift with its staff member, start and end, the arrival time if
 * recorded, and the times the person was out (外出). Extra host fields are allowed.
 *
 * @example
 * deskRosterSchema.parse({ from: '2026-05-06T08:30:00+08:00', to: '2026-05-06T17:30:00+08:00', shifts: [{ staff: '李敏', start: '2026-05-06T08:30:00+08:00', end: '2026-05-06T17:30:00+08:00', arrivedAt: '2026-05-06T08:15:00+08:00' }] })
 */
export const deskRosterSchema = z.looseObject({
  from: instantSchema,
  to: instantSchema,
  shifts: z.array(
    z.looseObject({
      staff: z.string().min(1),
      start: instantSchema,
      end: instantSchema,
      arrivedAt: instantSchema.optional(),
      absences: z.array(intervalSchema).optional(),
    }),
  ),
});

/** A desk roster (see {@link deskRosterSchema}). @example const r: DeskRoster = { from: '2026-05-06T08:30:00+08:00', to: '2026-05-06T17:30:00+08:00', shifts: [] }; */
export type DeskRoster = z.infer<typeof deskRosterSchema>;

/**
 * Checks a roster against WI/FW-001.3 (the desk is never unmanned: at least
 * `firstResponder.minDeskStaff` present at every instant of `[from, to)`; a shift counts from
 * its start, or from the arrival if later, to its end, minus the times out) and WI/FW-006.8
 * (arrive 10 minutes early, where the arrival is recorded). One violation per gap, with its
 * instants in `data`. Bad input (e.g. a shift ending before it starts) is a typed error.
 *
 * @example
 * checkDeskStaffing({ from: '2026-05-06T08:30:00+08:00', to: '2026-05-06T17:30:00+08:00', shifts: [{ staff: '李敏', start: '2026-05-06T08:30:00+08:00', end: '2026-05-06T12:00:00+08:00' }] })
 *   .map((v) => v.data.from) // ['2026-05-06T12:00:00+08:00']
 */
export function checkDeskStaffing(roster: DeskRoster, policy?: Policy): Violation[] {
  parseInput(deskRosterSchema, roster, 'desk roster');
  if (policy !== undefined) assertPolicy(policy);
  const zone = paramValue(policy, zoneParameter);
  const ms = (at: string, field: string) => parseInstant(at, zone, field).toMillis();
  const ordered = (start: number, end: number, field: string) => {
    if (end < start) throw new WuyeError('INVALID_INPUT', text(`${field} 的结束早于开始`, `${field} ends before it starts`), { field });
  };
  const from = ms(roster.from, 'from');
  const to = ms(roster.to, 'to');
  ordered(from, to, 'roster');
  const required = paramValue(policy, minDeskStaff);
  const early = paramValue(policy, arriveEarly).value * 60_000;
  const out: Violation[] = [];
  const changes: Array<[number, number]> = [];
  roster.shifts.forEach((shift, i) => {
    const start = ms(shift.start, `shifts[${i}].start`);
    const end = ms(shift.end, `shifts[${i}].end`);
    ordered(start, end, `shifts[${i}]`);
    const arrived = shift.arrivedAt === undefined ? undefined : ms(shift.arrivedAt, `shifts[${i}].arrivedAt`);
    if (arrived !== undefined && arrived > start - early) {
      out.push(violation(firstResponderRules.arrivedLate, { staff: shift.staff, shiftStart: formatLocal(shift.start, zone), arrivedAt: formatLocal(shift.arrivedAt!, zone) }, policy));
    }
    const onFrom = Math.max(start, arrived ?? start);
    if (onFrom < end) changes.push([onFrom, 1], [end, -1]);
    (shift.absences ?? []).forEach((a, j) => {
      const aStart = Math.max(ms(a.start, `shifts[${i}].absences[${j}].start`), onFrom);
      const aEnd = Math.min(ms(a.end, `shifts[${i}].absences[${j}].end`), end);
      if (aStart < aEnd) changes.push([aStart, -1], [aEnd, 1]);
    });
  });
  changes.sort((a, b) => a[0] - b[0]);
  // Sweep [from, to): report each maximal run staffed below the minimum.
  let staffed = 0;
  let k = 0;
  while (k < changes.length && changes[k]![0] <= from) staffed += changes[k++]![1];
  let cursor = from;
  let gapStart: number | null = null;
  let lowest = Infinity;
  const close = (at: number) => {
    if (gapStart !== null && at > gapStart) {
      const f = formatInstant(parseInstant(new Date(gapStart).toISOString(), zone));
      const t = formatInstant(parseInstant(new Date(at).toISOString(), zone));
      const v = violation(firstResponderRules.deskUnmanned, { from: formatLocal(f, zone), to: formatLocal(t, zone), staffed: lowest, required }, policy);
      out.push({ ...v, data: { ...v.data, from: f, to: t } });
    }
    gapStart = null;
    lowest = Infinity;
  };
  while (cursor < to) {
    const nextAt = k < changes.length ? Math.min(changes[k]![0], to) : to;
    if (staffed < required) {
      if (gapStart === null) gapStart = cursor;
      lowest = Math.min(lowest, staffed);
    } else close(cursor);
    cursor = nextAt;
    while (k < changes.length && changes[k]![0] <= cursor) staffed += changes[k++]![1];
  }
  close(to);
  return out;
}
