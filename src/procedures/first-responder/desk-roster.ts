import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import { epochMsToZonedIso, formatLocal, instantToEpochMs } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { applicable, violation } from '../../core/rule';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
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

// Labels of a roster's fields, for Chinese error texts.
const ROSTER_LABELS: FieldLabels = {
  from: text('值班时段开始', 'from'),
  to: text('值班时段结束', 'to'),
  shifts: text('班次', 'shifts'),
  staff: text('员工', 'staff'),
  start: text('上班时间', 'start'),
  end: text('下班时间', 'end'),
  arrivedAt: text('到岗时间', 'arrived at'),
  absences: text('外出', 'absences'),
};

/**
 * Checks a roster against WI/FW-001.3 (the desk is never unmanned: at least
 * `firstResponder.minDeskStaff` present at every instant of `[from, to)`; a shift counts from
 * its start, or from the arrival if later, to its end, minus the times out) and WI/FW-006.8
 * (arrive 10 minutes early, where the arrival is recorded). One violation per gap, with its
 * instants in `data`. Judged as of `asOf`: the desk is judged up to `asOf` only, and an
 * arrival only once the time to arrive has passed. Bad input (e.g. a shift ending before it
 * starts) is a typed error.
 *
 * @example
 * checkDeskStaffing({ from: '2026-05-06T08:30:00+08:00', to: '2026-05-06T17:30:00+08:00', shifts: [{ staff: '李敏', start: '2026-05-06T08:30:00+08:00', end: '2026-05-06T12:00:00+08:00' }] }, { asOf: '2026-05-06T18:00:00+08:00' })
 *   .map((v) => v.data.from) // ['2026-05-06T12:00:00+08:00']
 */
export function checkDeskStaffing(roster: DeskRoster, options: CheckOptions): Violation[] {
  checkOptions(options);
  parseInput(deskRosterSchema, roster, text('服务中心排班表', 'desk roster'), ROSTER_LABELS);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const asOf = instantToEpochMs(options.asOf, 'asOf');
  const ms = (at: string) => instantToEpochMs(at);
  const ordered = (start: number, end: number, field: string, what: LocalizedText) => {
    if (end < start) throw new WuyeError('INVALID_INPUT', text(`${what['zh-CN']}的结束早于开始`, `${what.en} ends before it starts`), { field });
  };
  const from = ms(roster.from);
  const to = ms(roster.to);
  ordered(from, to, 'roster', text('值班时段', 'The roster period'));
  const required = paramValue(policy, minDeskStaff);
  const early = paramValue(policy, arriveEarly).value * 60_000;
  const out: Violation[] = [];
  const changes: Array<[number, number]> = [];
  roster.shifts.forEach((shift, i) => {
    const start = ms(shift.start);
    const end = ms(shift.end);
    ordered(start, end, `shifts.${i}`, text(`第${i + 1}个班次（${shift.staff}）`, `Shift ${i + 1} (${shift.staff})`));
    const arrived = shift.arrivedAt === undefined ? undefined : ms(shift.arrivedAt);
    // Late once the time to arrive (start − early, inclusive) has passed at asOf.
    if (arrived !== undefined && arrived > start - early && asOf > start - early) {
      out.push(violation(firstResponderRules.arrivedLate, { staff: shift.staff, shiftStart: formatLocal(shift.start, zone), arrivedAt: formatLocal(shift.arrivedAt!, zone) }, policy));
    }
    const onFrom = Math.max(start, arrived ?? start);
    if (onFrom < end) changes.push([onFrom, 1], [end, -1]);
    (shift.absences ?? []).forEach((a) => {
      const aStart = Math.max(ms(a.start), onFrom);
      const aEnd = Math.min(ms(a.end), end);
      if (aStart < aEnd) changes.push([aStart, -1], [aEnd, 1]);
    });
  });
  changes.sort((a, b) => a[0] - b[0]);
  // Sweep [from, min(to, asOf)): report each maximal run staffed below the minimum.
  const until = Math.min(to, asOf);
  let staffed = 0;
  let k = 0;
  while (k < changes.length && changes[k]![0] <= from) staffed += changes[k++]![1];
  let cursor = from;
  let gapStart: number | null = null;
  let lowest = Infinity;
  const close = (at: number) => {
    if (gapStart !== null && at > gapStart) {
      const f = epochMsToZonedIso(gapStart, zone);
      const t = epochMsToZonedIso(at, zone);
      const v = violation(firstResponderRules.deskUnmanned, { from: formatLocal(f, zone), to: formatLocal(t, zone), staffed: lowest, required }, policy);
      out.push({ ...v, data: { ...v.data, from: f, to: t } });
    }
    gapStart = null;
    lowest = Infinity;
  };
  while (cursor < until) {
    const nextAt = k < changes.length ? Math.min(changes[k]![0], until) : until;
    if (staffed < required) {
      if (gapStart === null) gapStart = cursor;
      lowest = Math.min(lowest, staffed);
    } else close(cursor);
    cursor = nextAt;
    while (k < changes.length && changes[k]![0] <= cursor) staffed += changes[k++]![1];
  }
  close(until);
  return applicable(out, options.policy);
}
