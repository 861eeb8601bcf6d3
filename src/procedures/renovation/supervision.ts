import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import { dateOfDayNumber, dayNumber } from '../../core/day-number';
import { WuyeError } from '../../core/errors';
import { toIsoInstant } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import { isoDateSchema } from '../../core/iso-date-schema';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { officerVisitEveryDays, securityVisitEveryDays } from './policy';
import type { SiteVisit, SupervisorRole } from './schema';
import { RENOVATION_FIELD_LABELS, siteVisitSchema } from './schema';

// A works period longer than ten years is an input error, not a loop.
const MAX_PERIOD_DAYS = 3660;

type GapFacts = { role: SupervisorRole; from: string; to: string; days: number; everyDays: number; wholeWorks: boolean };

const ROLE_ZH: Record<SupervisorRole, string> = { 'renovation-officer': '装修管理员', security: '安全员' };

const officerVisits = defineRule<GapFacts>({
  id: 'renovation.officer-visits',
  severity: 'error',
  source: cite('STD', '装修服务 装修过程服务 3'),
  title: text('装修期间装修管理员每三天至少到现场巡查一次，并作好记录', 'The renovation officer on site at least every 3 days, recorded'),
  parameters: [officerVisitEveryDays, zoneParameter],
  message: (d) => gapText(d),
});

const securityVisits = defineRule<GapFacts>({
  id: 'renovation.security-visits',
  severity: 'error',
  source: cite('STD', '装修服务 装修过程服务 3'),
  title: text('安全员每天至少到装修现场检查一次，并作好记录', 'Security on site at least daily, recorded'),
  parameters: [securityVisitEveryDays, zoneParameter],
  message: (d) => gapText(d),
});

function gapText(d: GapFacts) {
  if (d.wholeWorks && d.days < d.everyDays) {
    return text(
      `装修期 ${d.from} 至 ${d.to} 共 ${d.days} 日，无${ROLE_ZH[d.role]}巡查记录（不足 ${d.everyDays} 日的装修期也须至少巡查一次）。`,
      `No ${d.role} visit recorded in the whole works of ${d.days} day${d.days === 1 ? '' : 's'}, ${d.from} to ${d.to} (works shorter than ${d.everyDays} days still need one visit).`,
    );
  }
  return text(
    `${d.from} 至 ${d.to} 连续 ${d.days} 日无${ROLE_ZH[d.role]}巡查记录（要求每 ${d.everyDays} 日至少一次）。`,
    `No ${d.role} visit recorded on the ${d.days} days ${d.from} to ${d.to} (at least one every ${d.everyDays} day${d.everyDays === 1 ? '' : 's'} required).`,
  );
}

/** @internal The supervision rules (what `checkSupervision` judges), by name. */
export const renovationSupervisionRules = Object.freeze({ officerVisits, securityVisits });

const daySchema = z.union([isoDateSchema, instantSchema]);

/**
 * The supervision of one renovation's works: the days of the works `from`…`to` (dates
 * `'YYYY-MM-DD'` or instants, both days included; no `to` while the works go on) and the
 * site visits recorded. Extra host fields are allowed.
 *
 * @example
 * const s: SupervisionRecord = { from: '2026-05-11', to: '2026-05-20', visits: [{ at: '2026-05-11T10:00:00+08:00', role: 'security' }] };
 */
export interface SupervisionRecord {
  readonly from: string;
  readonly to?: string | undefined;
  readonly visits: readonly SiteVisit[];
}

const supervisionSchema = z.looseObject({ from: daySchema, to: daySchema.optional(), visits: z.array(siteVisitSchema) });

/**
 * Checks the supervision of a renovation (《物业客户服务类服务标准表》 装修服务 → 装修过程服务 3): on
 * every local calendar day of the works, the renovation officer at least every 3 days and
 * security at least daily; works that ended in fewer than 3 days still need one officer
 * visit. A day is judged once it has ended at `asOf` (and not after `to`), so a day
 * still under way is no violation yet. One violation for each run of days without the visits
 * it needs. `to` before `from`, a period over ten years, a bad date or visit is a typed error;
 * the record is not changed.
 *
 * @example
 * checkSupervision({ from: '2026-05-11', to: '2026-05-11', visits: [{ at: '2026-05-11T10:00:00+08:00', role: 'renovation-officer' }] }, { asOf: '2026-05-12T00:00:00+08:00' })
 * // [{ ruleId: 'renovation.security-visits', message: { 'zh-CN': '2026-05-11 至 2026-05-11 连续 1 日无安全员巡查记录（要求每 1 日至少一次）。', … } }]
 */
export function checkSupervision(record: SupervisionRecord, options: CheckOptions): Violation[] {
  parseInput(supervisionSchema, record, text('装修巡查记录', 'supervision record'), RENOVATION_FIELD_LABELS);
  checkOptions(options);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const dayOf = (value: string) => dayNumber(isoDateSchema.safeParse(value).success ? value : toIsoInstant(value, zone).slice(0, 10));
  const first = dayOf(record.from);
  const to = record.to === undefined ? undefined : dayOf(record.to);
  if ((to !== undefined && to < first) || (to ?? first) - first >= MAX_PERIOD_DAYS) {
    throw new WuyeError('INVALID_INPUT', text(`装修期的结束日期不得早于开始日期，且不超过 ${MAX_PERIOD_DAYS} 日`, `The works period must have from ≤ to and last at most ${MAX_PERIOD_DAYS} days`), { from: record.from, to: record.to });
  }
  // The last day judged: the day before the one asOf falls on (a day under way may still get its visit).
  const last = Math.min(to ?? Number.POSITIVE_INFINITY, dayOf(toIsoInstant(options.asOf, zone)) - 1, first + MAX_PERIOD_DAYS - 1);
  // Reading of STD 装修服务 装修过程服务 3 ("装修期间……每三天至少……巡查一次"): a visit in every run of
  // N days of the works, and — since "at least once" binds the works however short — works that
  // ended in fewer than N days still need one visit. A shorter closing stretch after a visit is
  // not counted, and works still under way are judged only once N days have passed.
  const ended = to !== undefined && to <= last;
  const out: Violation[] = [];
  const checks: [SupervisorRole, typeof officerVisits, number][] = [
    ['renovation-officer', officerVisits, paramValue(policy, officerVisitEveryDays)],
    ['security', securityVisits, paramValue(policy, securityVisitEveryDays)],
  ];
  for (const [role, rule, everyDays] of checks) {
    const days = new Set(record.visits.filter((v) => v.role === role).map((v) => dayOf(v.at)));
    let gapStart: number | null = null;
    for (let day = first; day <= last + 1; day++) {
      const visited = day > last || days.has(day);
      if (!visited && gapStart === null) gapStart = day;
      if (visited && gapStart !== null) {
        const length = day - gapStart;
        const wholeWorks = ended && gapStart === first && day === last + 1;
        if (length >= everyDays || wholeWorks) {
          const facts: GapFacts = { role, from: dateOfDayNumber(gapStart), to: dateOfDayNumber(day - 1), days: length, everyDays, wholeWorks };
          out.push(violation(rule, facts, policy));
        }
        gapStart = null;
      }
    }
  }
  return applicable(out, options.policy);
}
