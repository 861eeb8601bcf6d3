import * as z from 'zod/mini';
import type { BusinessCalendar } from '../../core/calendar';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import { compareInstants, formatLocal } from '../../core/instant';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import type { Policy } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';
import { paramValue } from '../../core/policy';
import { holidayRule, officeQuietHours, quietWindows } from './policy';
import { isNoisyWorkAllowed, nextNoisyWorkAllowed } from './quiet-hours';

/**
 * Noisy or polluting work observed on a site (e.g. by a patrol): when, and optionally
 * where and what. Extra host fields are allowed and left untouched.
 *
 * @example
 * noisyWorkObservationSchema.parse({ at: '2026-05-06T10:00:00+08:00', site: '12F-1203', activity: '电锤' })
 */
export const noisyWorkObservationSchema = z.looseObject({
  at: instantSchema,
  site: z.optional(z.string()),
  /** 油漆、电锤、剔凿… */
  activity: z.optional(z.string()),
});

/** An observation of noisy work. @example const o: NoisyWorkObservation = { at: '2026-05-06T10:00:00+08:00' }; */
export type NoisyWorkObservation = z.infer<typeof noisyWorkObservationSchema>;

const observationsSchema = z.array(noisyWorkObservationSchema);

const LABELS: FieldLabels = { at: text('作业时间', 'time'), site: text('地点', 'site'), activity: text('作业内容', 'activity') };

type NoisyFacts = { at: string; site: string | null; activity: string | null; allowedFrom: string | null };

const noisyWorkInQuietHours = defineRule<NoisyFacts>({
  id: 'quiet-hours.noisy-work-in-quiet-hours',
  severity: 'error',
  source: cite('OFFICE', '二次装修检查标准 1'),
  title: text('禁止时段内无油漆、电锤、剔凿等有污染和噪音的作业', 'No painting, hammer-drilling, chiselling or other polluting or noisy work in the forbidden windows'),
  parameters: [quietWindows, holidayRule, zoneParameter],
  message: (d) => {
    const where = d.site ? `${d.site} ` : '';
    const what = d.activity ?? '噪音/污染作业';
    const whatEn = d.activity ?? 'noisy or polluting work';
    const next = d.allowedFrom ? `，${d.allowedFrom} 起方可作业` : '';
    const nextEn = d.allowedFrom ? `; allowed again from ${d.allowedFrom}` : '';
    return text(`${where}${d.at} 在禁止时段内进行${what}${next}。`, `${where}${whatEn} at ${d.at}, inside a forbidden window${nextEn}.`);
  },
});

/**
 * The quiet-hours rules by name.
 *
 * @example
 * quietHoursRules.noisyWorkInQuietHours.id // 'quiet-hours.noisy-work-in-quiet-hours'
 */
export const quietHoursRules = Object.freeze({ noisyWorkInQuietHours }) satisfies Record<string, Rule<never>>;

/**
 * Checks observations of noisy work against a quiet-hours policy (default: the office
 * windows), as of `asOf`: one violation for each observation made by `asOf` inside a
 * forbidden window, with the instant work is allowed again; observations dated after `asOf`
 * are not judged yet. The procedure has no time limit: `asOf` only bounds what has been
 * observed. The calendar decides holidays and make-up days under a calendar-based holiday
 * rule. Invalid input is a typed error; the observations are not changed.
 *
 * @example
 * checkQuietHours([{ at: '2026-05-09T12:59:00+08:00', activity: '电锤' }], { asOf: '2026-05-10T00:00:00+08:00' })
 * // [{ ruleId: 'quiet-hours.noisy-work-in-quiet-hours', message: { 'zh-CN': '2026-05-09 12:59 在禁止时段内进行电锤，2026-05-09 13:00 起方可作业。', … } }]
 */
export function checkQuietHours(observations: readonly NoisyWorkObservation[], options: CheckOptions): Violation[] {
  parseInput(observationsSchema, observations, text('噪音作业记录', 'noisy-work observations'), LABELS);
  checkOptions(options);
  const { asOf } = options;
  return checkNoisyWork(
    observations.filter((o) => compareInstants(o.at, asOf) <= 0),
    options.policy,
    options.calendar,
  );
}

/**
 * @internal {@link checkQuietHours} without `asOf` (every observation judged), for the
 * renovation site inspection, which judges one observation at the inspection's own time.
 *
 * @example
 * checkNoisyWork([{ at: '2026-05-09T12:59:00+08:00', activity: '电锤' }]).length // 1
 */
export function checkNoisyWork(observations: readonly NoisyWorkObservation[], policy: Policy = officeQuietHours, calendar?: BusinessCalendar): Violation[] {
  parseInput(observationsSchema, observations, text('噪音作业记录', 'noisy-work observations'), LABELS);
  const zone = paramValue(policy, zoneParameter);
  const out: Violation[] = [];
  for (const o of observations) {
    if (isNoisyWorkAllowed(o.at, policy, calendar)) continue;
    const next = nextNoisyWorkAllowed(o.at, policy, calendar);
    const facts: NoisyFacts = { at: formatLocal(o.at, zone), site: o.site ?? null, activity: o.activity ?? null, allowedFrom: next === null ? null : formatLocal(next, zone) };
    const v = violation(noisyWorkInQuietHours, facts, policy);
    out.push({ ...v, data: { ...v.data, observedAt: o.at, allowedFromAt: next } });
  }
  return applicable(out, policy);
}
