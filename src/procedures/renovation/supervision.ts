import * as z from 'zod';
import { toCalendarDate } from '../../core/calendar-day';
import { zoneParameter } from '../../core/core-parameters';
import { dateOfDayNumber, dayNumber } from '../../core/day-number';
import { WuyeError } from '../../core/errors';
import { toIsoInstant } from '../../core/instant';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { officerVisitEveryDays, securityVisitEveryDays } from './policy';
import type { SiteVisit, SupervisorRole } from './schema';
import { siteVisitSchema } from './schema';

// A works period longer than ten years is an input error, not a loop.
const MAX_PERIOD_DAYS = 3660;

type GapFacts = { role: SupervisorRole; from: string; to: string; days: number; everyDays: number };

const ROLE_ZH: Record<SupervisorRole, string> = { 'renovation-officer': '装修管理员', security: '安全员' };

/** @example renovationSupervisionRules.officerVisits.id // 'renovation.officer-visits' */
const officerVisits = defineRule<GapFacts>({
  id: 'renovation.officer-visits',
  severity: 'error',
  source: cite('STD', '装修服务程序 3'),
  title: text('装修期间装修管理员每三天至少到现场巡查一次，并作好记录', 'The renovation officer on site at least every 3 days, recorded'),
  parameters: [officerVisitEveryDays, zoneParameter],
  reading: officerVisitEveryDays.reading!,
  message: (d) => gapText(d),
});

const securityVisits = defineRule<GapFacts>({
  id: 'renovation.security-visits',
  severity: 'error',
  source: cite('STD', '装修服务程序 3'),
  title: text('安全员每天至少到装修现场检查一次，并作好记录', 'Security on site at least daily, recorded'),
  parameters: [securityVisitEveryDays, zoneParameter],
  reading: securityVisitEveryDays.reading!,
  message: (d) => gapText(d),
});

function gapText(d: GapFacts) {
  return text(
    `${d.from} 至 ${d.to} 连续 ${d.days} 日无${ROLE_ZH[d.role]}巡查记录（要求每 ${d.everyDays} 日至少一次）。`,
    `No ${d.role} visit recorded on the ${d.days} days ${d.from} to ${d.to} (at least one every ${d.everyDays} day${d.everyDays === 1 ? '' : 's'} required).`,
  );
}

/**
 * The supervision rules by name.
 *
 * @example
 * renovationSupervisionRules.securityVisits.id // 'renovation.security-visits'
 */
export const renovationSupervisionRules = Object.freeze({ officerVisits, securityVisits });

const periodSchema = z.object({ from: z.string(), to: z.string() });

/**
 * Checks the supervision records of a renovation (《物业客户服务类服务标准表》 装修服务程序 3): on
 * every calendar day of the works `from`…`to` (dates `'YYYY-MM-DD'` or instants, both days
 * included), the renovation officer at least every 3 days and security at least daily.
 * One violation for each run of days without the visits it needs. `to` before `from`, a
 * period over ten years, a bad date or visit is a typed error; the visits are not changed.
 *
 * @example
 * checkSupervision([{ at: '2026-05-11T10:00:00+08:00', role: 'renovation-officer' }], { from: '2026-05-11', to: '2026-05-11' })
 * // [{ ruleId: 'renovation.security-visits', message: { 'zh-CN': '2026-05-11 至 2026-05-11 连续 1 日无安全员巡查记录（要求每 1 日至少一次）。', … } }]
 */
export function checkSupervision(visits: readonly SiteVisit[], period: { readonly from: string; readonly to: string }, policy?: Policy): Violation[] {
  parseInput(z.array(siteVisitSchema), visits, 'site visits');
  parseInput(periodSchema, period, 'works period');
  if (policy !== undefined) assertPolicy(policy);
  const zone = paramValue(policy, zoneParameter);
  const first = dayNumber(toCalendarDate(period.from, 'from'));
  const last = dayNumber(toCalendarDate(period.to, 'to'));
  if (last < first || last - first >= MAX_PERIOD_DAYS) {
    throw new WuyeError('INVALID_INPUT', text(`装修期须满足 from ≤ to 且不超过 ${MAX_PERIOD_DAYS} 日`, `The works period must have from ≤ to and last at most ${MAX_PERIOD_DAYS} days`), { from: period.from, to: period.to });
  }
  const out: Violation[] = [];
  const checks: [SupervisorRole, typeof officerVisits, number][] = [
    ['renovation-officer', officerVisits, paramValue(policy, officerVisitEveryDays)],
    ['security', securityVisits, paramValue(policy, securityVisitEveryDays)],
  ];
  for (const [role, rule, everyDays] of checks) {
    const days = new Set(visits.filter((v) => v.role === role).map((v) => dayNumber(toIsoInstant(v.at, zone).slice(0, 10))));
    let gapStart: number | null = null;
    for (let day = first; day <= last + 1; day++) {
      const visited = day > last || days.has(day);
      if (!visited && gapStart === null) gapStart = day;
      if (visited && gapStart !== null) {
        const length = day - gapStart;
        if (length >= everyDays) {
          const facts: GapFacts = { role, from: dateOfDayNumber(gapStart), to: dateOfDayNumber(day - 1), days: length, everyDays };
          out.push(violation(rule, facts, policy));
        }
        gapStart = null;
      }
    }
  }
  return out;
}
