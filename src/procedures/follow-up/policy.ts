import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import type { Duration } from '../../core/parameter';
import { defineParameter, durationSchema } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';

/**
 * One tier of the minimum follow-up ratio: monthly order counts from `min` to `max`
 * (both included; `max: null` = no upper bound) need at least `rate` of the orders visited.
 *
 * @example
 * const tier: FollowUpTier = { min: 100, max: 200, rate: 0.2 };
 */
export interface FollowUpTier {
  readonly min: number;
  readonly max: number | null;
  readonly rate: number;
}

const tierSchema = z
  .strictObject({
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative().nullable(),
    rate: z.number().positive().max(1),
  })
  .refine((t) => t.max === null || t.max >= t.min, { message: 'max must be ≥ min' });

/**
 * @internal 《物业客户服务类服务标准表》 特约服务 服务回访 1: the minimum follow-up (sampling) ratio by
 * monthly volume — 300单以上 ≥ 10%, 100–200单 ≥ 20%, 100单以下 ≥ 30%.
 *
 * @example
 * paramValue(undefined, followUpTiers) // [{ min: 300, max: null, rate: 0.1 }, { min: 100, max: 200, rate: 0.2 }, { min: 0, max: 100, rate: 0.3 }]
 */
export const followUpTiers = defineParameter<readonly FollowUpTier[]>({
  id: 'followUp.tiers',
  title: text('特约服务最低回访比例（按月单量分档）', 'Minimum follow-up ratio of paid special services, by monthly volume'),
  unit: 'ratio',
  schema: z.array(tierSchema).min(1),
  default: [
    { min: 300, max: null, rate: 0.1 },
    { min: 100, max: 200, rate: 0.2 },
    { min: 0, max: 100, rate: 0.3 },
  ],
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 服务回访 1'),
  reading: text(
    '“以上”“以下”包含本数（民法典第1259条），故各档上下限均含本数。分档重叠或留空时从严：100单同属“100–200”与“100以下”，取30%；201–299单不属任何一档，取相邻两档中较严的20%。比例为“至少”，所需回访数向上取整（如 101 单 × 20% = 20.2 → 21 单）。',
    '"以上" and "以下" include the number itself (Civil Code art. 1259), so every tier includes both bounds. Where tiers overlap or leave a gap the stricter applies: 100 orders are in both "100–200" and "100以下", so 30%; 201–299 orders fall in no tier, so the stricter neighbour, 20%. The ratio is a minimum, so the number of visits is rounded up (e.g. 101 orders × 20% = 20.2 → 21).',
  ),
});

/**
 * @internal The four cases that must all be visited (回访率必须为100%), STD 特约服务 服务回访 1
 * ①–④. A host may drop a case by overriding the list.
 *
 * @example
 * paramValue(undefined, fullFollowUpCases) // ['newLongTermAgreement', 'newServiceItem', 'newStaff', 'staffPreviouslyComplained']
 */
export const fullFollowUpCases = defineParameter<readonly FullFollowUpCase[]>({
  id: 'followUp.fullFollowUpCases',
  title: text('必须100%回访的情形', 'Cases that must all be followed up'),
  unit: 'choice',
  schema: z.array(z.enum(['newLongTermAgreement', 'newServiceItem', 'newStaff', 'staffPreviouslyComplained'])),
  default: ['newLongTermAgreement', 'newServiceItem', 'newStaff', 'staffPreviouslyComplained'],
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 服务回访 1 ①–④'),
  reading: text(
    '①新签长期服务协议的客户；②新推出的服务项目；③新服务人员提供的服务；④上次服务曾被投诉过的服务人员提供的服务。这些单全部回访，并计入最低回访数。',
    '① a customer with a newly signed long-term agreement; ② a newly launched service item; ③ a service by new staff; ④ a service by staff complained about last time. These orders are all visited, and they count towards the minimum.',
  ),
});

/** A case that requires a 100% follow-up. @example const c: FullFollowUpCase = 'newStaff'; */
export type FullFollowUpCase = 'newLongTermAgreement' | 'newServiceItem' | 'newStaff' | 'staffPreviouslyComplained';

/**
 * @internal STD 特约服务 服务回访 1: the follow-up is made within 1 working day of completion.
 *
 * @example
 * paramValue(undefined, specialServiceFollowUpWithin) // { value: 1, unit: 'working-day' }
 */
export const specialServiceFollowUpWithin = defineParameter<Duration>({
  id: 'followUp.specialServiceWithin',
  title: text('特约服务完成后回访时限', 'Follow up a paid special service within'),
  unit: 'duration',
  schema: durationSchema(['hour', 'day', 'working-day']),
  default: { value: 1, unit: 'working-day' },
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 服务回访 1'),
  reading: text(
    '“1个工作日内”按业务日历（周末、法定节假日不计，调休上班日计入）：至完成后第1个工作日的同一时刻为止，含该时刻。',
    '"Within 1 working day" is counted on the business calendar (weekends and statutory holidays off, 调休 make-up days on): up to and including the same time on the first following working day.',
  ),
});

/**
 * @internal STD 投诉管理 处理与回访 3: every closed complaint is followed up (100%), except where the
 * customer cannot be reached or a visit is inconvenient.
 *
 * @example
 * paramValue(undefined, complaintFollowUpRate) // 1
 */
export const complaintFollowUpRate = defineParameter<number>({
  id: 'followUp.complaintRate',
  title: text('投诉处理完毕后的回访率', 'Follow-up rate of closed complaints'),
  unit: 'ratio',
  schema: z.number().positive().max(1),
  default: 1,
  defaultFrom: 'STD',
  source: cite('STD', '投诉管理 处理与回访 3'),
  reading: text(
    '“联系不上或不便回访的除外”：标明 unreachable 或 inconvenient 的投诉不计入分母。100% 即每一件未豁免的已结投诉都须回访。',
    '"Unreachable or inconvenient excepted": complaints marked unreachable or inconvenient leave the denominator. 100% means every closed complaint not excepted is followed up.',
  ),
});

/**
 * The parameters of the follow-up procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * followUpParameters.tiers.default // [{ min: 300, max: null, rate: 0.1 }, { min: 100, max: 200, rate: 0.2 }, { min: 0, max: 100, rate: 0.3 }]
 */
export const followUpParameters = Object.freeze({
  tiers: followUpTiers,
  fullFollowUpCases,
  specialServiceWithin: specialServiceFollowUpWithin,
  complaintRate: complaintFollowUpRate,
});

/**
 * The follow-up slice of each source document's pack, derived from the parameters:
 * 《物业客户服务类服务标准表》 states every number of this procedure.
 *
 * @example
 * const policy = composePolicy(followUpPacks.STD, { 'followUp.specialServiceWithin': { value: 24, unit: 'hour' } });
 */
export const followUpPacks: Readonly<Record<'STD', PolicyPack>> = derivePacks<'STD'>(followUpParameters);
