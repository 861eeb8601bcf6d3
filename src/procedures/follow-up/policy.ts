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
  schema: durationMiniSchema(['hour', 'day', 'working-day']),
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
  schema: z.number().check(z.positive(), z.lte(1)),
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
  reading: text(
    '“每七天对用户进行电话回访”读作：自列入回访名单之日（followUpFrom）或上一次电话回访之日起，第7日当日结束前须再有一次电话回访（第7日当天仍算按时）；逾期的，下一次从该到期日重新起算。按日期计，策略时区。',
    '"A phone follow-up every seven days" is read as: within 7 days of the day the customer joined the register (followUpFrom) or of the last phone follow-up, day 7 itself included; after a miss, the next is counted from the missed due day. Counted by date in the policy zone.',
  ),
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
  reading: text(
    '“每个月对用户进行电话和上门回访”读作每个日历月每种方式至少一次（电话一次、上门一次）；只判断客户整月都在回访名单上的月份（followUpFrom 至 followUpUntil）。',
    '"Each month by phone and on site" is read as at least one of each mode per calendar month (one call, one visit); only months the customer is on the register for the whole month (followUpFrom to followUpUntil) are judged.',
  ),
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
  reading: text(
    '“回访时间要事先和用户约定”：上门回访须记录约定日期（agreedOn），且不晚于回访日（同日约定仍算事先，记录只到日期）。电话回访以开场询问是否方便代替约定（WI/FW-018 一.1），默认不要求；主机可把 phone 加入此列表。',
    '"The follow-up time is agreed with the customer first": an on-site visit records the day it was agreed (agreedOn), no later than the visit (an agreement the same day counts, as records hold dates only). A phone follow-up asks whether it is convenient instead (WI/FW-018 一.1), so by default it needs no agreement; a host may add phone to this list.',
  ),
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
  reading: text(
    '“每季度应进行一次上门回访”读作每个日历季度至少一次上门回访；只判断协议整季有效的季度（longTermFrom 至 longTermUntil），于季度最后一日24时届满。',
    '"An on-site follow-up each quarter" is read as at least one on-site visit per calendar quarter; only quarters the agreement covers whole (longTermFrom to longTermUntil) are judged, each due at 24:00 of its last day.',
  ),
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
  reading: text(
    '“以后，每年至少…进行一次上门或电话访谈”读作：交付后半年内的首次访谈期（kpi.deliveryMilestones 的 deliveredCustomerInterviews，6个月）结束之后开始的每个日历年，至少一次上门或电话访谈；首次访谈期所跨的年份不另要求。',
    '"Thereafter at least once a year, on site or by phone" is read as: each calendar year that starts after the first six-month window (kpi.deliveryMilestones deliveredCustomerInterviews, 6 months) has ended needs at least one interview on site or by phone; the year(s) the first window spans need none besides it.',
  ),
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
