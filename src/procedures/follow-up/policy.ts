import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import type { Duration } from '../../core/parameter';
import { defineParameter } from '../../core/parameter';
import { durationMiniSchema } from '../../core/mini-schemas';
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
    min: z.int().check(z.nonnegative()),
    max: z.nullable(z.int().check(z.nonnegative())),
    rate: z.number().check(z.positive(), z.lte(1)),
  })
  .check(z.refine((t) => t.max === null || t.max >= t.min, { message: 'max must be ≥ min' }));

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
  schema: z.array(tierSchema).check(z.minLength(1)),
  default: [
    { min: 300, max: null, rate: 0.1 },
    { min: 100, max: 200, rate: 0.2 },
    { min: 0, max: 100, rate: 0.3 },
  ],
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 服务回访 1'),
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
  schema: durationMiniSchema(['hour', 'day', 'working-day']),
  default: { value: 1, unit: 'working-day' },
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 服务回访 1'),
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
  schema: z.number().check(z.positive(), z.lte(1)),
  default: 1,
  defaultFrom: 'STD',
  source: cite('STD', '投诉管理 处理与回访 3'),
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

// ── Follow-up cadences (appended: WI/FW-017 一、二; STD 特约服务 服务回访 2; STD 客户沟通 客户访谈 3) ──

/** How a follow-up is made. @example const m: ContactMode = 'on-site'; */
export type ContactMode = 'phone' | 'on-site';
const modeSchema = z.enum(['phone', 'on-site']);

/**
 * @internal ZH WI/FW-017 一: the service centre follows up each customer on its register by
 * phone every seven days.
 *
 * @example
 * paramValue(undefined, phoneFollowUpEveryDays) // 7
 */
export const phoneFollowUpEveryDays = defineParameter<number>({
  id: 'followUp.phoneEveryDays',
  title: text('电话回访间隔（日）', 'Phone follow-up every (days)'),
  unit: 'day',
  schema: z.int().check(z.positive()),
  default: 7,
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-017 一'),
});

/**
 * @internal ZH WI/FW-017 一: each month the customer is followed up by phone and on site.
 *
 * @example
 * paramValue(undefined, monthlyFollowUpModes) // ['phone', 'on-site']
 */
export const monthlyFollowUpModes = defineParameter<readonly ContactMode[]>({
  id: 'followUp.monthlyModes',
  title: text('每月回访方式（电话与上门）', 'Monthly follow-up modes (phone and on site)'),
  unit: 'list',
  schema: z.array(modeSchema).check(z.minLength(1)),
  default: ['phone', 'on-site'],
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-017 一'),
});

/**
 * @internal ZH WI/FW-017 二 (and WI/FW-018 三.1): the follow-up time is agreed with the customer
 * first — for these modes.
 *
 * @example
 * paramValue(undefined, agreeFirstModes) // ['on-site']
 */
export const agreeFirstModes = defineParameter<readonly ContactMode[]>({
  id: 'followUp.agreeFirstModes',
  title: text('须事先约定时间的回访方式', 'Follow-up modes whose time is agreed first'),
  unit: 'list',
  schema: z.array(modeSchema),
  default: ['on-site'],
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-017 二'),
});

/**
 * @internal STD 特约服务 服务回访 2: a customer with a long-term service agreement gets an on-site
 * follow-up each quarter.
 *
 * @example
 * paramValue(undefined, longTermVisitEvery) // 'quarter'
 */
export const longTermVisitEvery = defineParameter<'month' | 'quarter' | 'year'>({
  id: 'followUp.longTermVisitEvery',
  title: text('长期服务协议客户上门回访周期', 'On-site follow-up of long-term agreement customers, every'),
  unit: 'period',
  schema: z.enum(['month', 'quarter', 'year']),
  default: 'quarter',
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 服务回访 2'),
});

/**
 * @internal STD 客户沟通 客户访谈 3: after the interview within six months of delivery, every
 * delivered customer is interviewed (on site or by phone) at least once a year.
 *
 * @example
 * paramValue(undefined, deliveredInterviewEvery) // 'year'
 */
export const deliveredInterviewEvery = defineParameter<'quarter' | 'year'>({
  id: 'followUp.deliveredInterviewEvery',
  title: text('已交付客户的定期访谈周期', 'Interview of every delivered customer, every'),
  unit: 'period',
  schema: z.enum(['quarter', 'year']),
  default: 'year',
  defaultFrom: 'STD',
  source: cite('STD', '客户沟通 客户访谈 3'),
});

/**
 * The parameters of the follow-up cadences, by name (see `checkFollowUpCadences`).
 *
 * @example
 * followUpCadenceParameters.phoneEveryDays.default // 7
 */
export const followUpCadenceParameters = Object.freeze({
  phoneEveryDays: phoneFollowUpEveryDays,
  monthlyModes: monthlyFollowUpModes,
  agreeFirstModes,
  longTermVisitEvery,
  deliveredInterviewEvery,
});

/**
 * The follow-up slice of each source document's pack, derived from the parameters:
 * 《物业客户服务类服务标准表》 the ratios, deadlines and the quarterly long-term visit;
 * 《服务中心工作手册》 the seven-day and monthly follow-up cadences (WI/FW-017).
 *
 * @example
 * const policy = composePolicy(followUpPacks.STD, { 'followUp.specialServiceWithin': { value: 24, unit: 'hour' } });
 */
export const followUpPacks: Readonly<Record<'STD' | 'ZH', PolicyPack>> = derivePacks<'STD' | 'ZH'>({ ...followUpParameters, ...followUpCadenceParameters });
