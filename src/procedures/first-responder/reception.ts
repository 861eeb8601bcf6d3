import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import type { MissingField } from '../../core/missing-field';
import { missingField } from '../../core/missing-field';
import type { Violation } from '../../core/rule';
import { applicable, violation } from '../../core/rule';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';
import { firstResponderRules } from './rules';

/**
 * A recorded visit to the service desk, as a checklist of 《服务中心工作手册》 WI/FW-008 (接待步骤图)
 * and the 五个一 of WI/FW-006.4. `purpose` decides which steps apply: a consultation is
 * answered standing, paperwork is done sitting, a payment goes to finance staff. Extra host
 * fields are allowed and left untouched.
 *
 * @example
 * receptionVisitSchema.parse({ id: 'V-1', purpose: 'consultation', stoodUp: true, greeted: true, offeredSeat: true, offeredWater: true, smiled: true, satisfactoryReply: true, waitedForGuest: true, posture: 'standing', thankedAndSawOff: true })
 */
export const receptionVisitSchema = z.looseObject({
  id: z.string().min(1),
  purpose: z.enum(['consultation', 'paperwork', 'payment', 'other']),
  /** 立即起立 */
  stoodUp: z.boolean(),
  /** 问一声好 / 微笑问候 */
  greeted: z.boolean(),
  /** 让一个坐 */
  offeredSeat: z.boolean(),
  /** 倒一杯水 */
  offeredWater: z.boolean(),
  /** 送一张笑脸 */
  smiled: z.boolean(),
  /** 给一个满意回复 */
  satisfactoryReply: z.boolean(),
  /** 等候客人回应 / 主动问询 */
  waitedForGuest: z.boolean(),
  /** Posture while serving: standing for consultations, sitting for paperwork. */
  posture: z.enum(['standing', 'sitting']).optional(),
  /** Who took the payment (payments only). */
  paymentTakenBy: z.enum(['finance', 'desk']).optional(),
  /** A second guest interrupted, and was asked to wait (“请您稍候”). */
  secondGuest: z.object({ askedToWait: z.boolean() }).optional(),
  /** 道声“谢谢”并微笑送客 */
  thankedAndSawOff: z.boolean(),
});

/** A recorded visit (see {@link receptionVisitSchema}). @example const v: ReceptionVisit = { id: 'V-1', purpose: 'other', stoodUp: true, greeted: true, offeredSeat: true, offeredWater: true, smiled: true, satisfactoryReply: true, waitedForGuest: true, thankedAndSawOff: true }; */
export type ReceptionVisit = z.infer<typeof receptionVisitSchema>;

// Labels of a visit's fields, for Chinese error texts.
const VISIT_LABELS: FieldLabels = {
  purpose: text('来访目的', 'purpose'),
  stoodUp: text('起立', 'stood up'),
  greeted: text('问好', 'greeted'),
  offeredSeat: text('让座', 'offered a seat'),
  offeredWater: text('倒水', 'offered water'),
  smiled: text('微笑', 'smiled'),
  satisfactoryReply: text('满意回复', 'satisfactory reply'),
  waitedForGuest: text('等候客人回应', 'waited for the guest'),
  posture: text('姿势', 'posture'),
  paymentTakenBy: text('收费人员', 'payment taken by'),
  secondGuest: text('第二位客人', 'second guest'),
  askedToWait: text('请其稍候', 'asked to wait'),
  thankedAndSawOff: text('道谢送客', 'thanked and saw off'),
};

const FIVE_ONES: readonly (readonly [keyof ReceptionVisit & string, LocalizedText])[] = [
  ['greeted', text('问一声好', 'a greeting')],
  ['offeredSeat', text('让一个坐', 'a seat')],
  ['offeredWater', text('倒一杯水', 'a glass of water')],
  ['smiled', text('送一张笑脸', 'a smile')],
  ['satisfactoryReply', text('给一个满意回复', 'a satisfying answer')],
];

const step = (field: string, zh: string, en: string) => missingField(field, text(zh, en));

/**
 * @internal What a visit lacks of the reception steps (WI/FW-008), each with the field that
 * records it and the step's name.
 */
export function missingReceptionSteps(visit: ReceptionVisit): MissingField[] {
  const missing: MissingField[] = [];
  if (!visit.stoodUp) missing.push(step('stoodUp', '立即起立', 'standing up at once'));
  if (!visit.greeted) missing.push(step('greeted', '微笑问候', 'a smiling greeting'));
  if (!visit.offeredSeat) missing.push(step('offeredSeat', '让座', 'offering a seat'));
  if (!visit.waitedForGuest) missing.push(step('waitedForGuest', '等候客人回应', 'waiting for the guest'));
  if (visit.purpose === 'consultation' && visit.posture !== 'standing') missing.push(step('posture', '咨询时保持站立', 'standing for a consultation'));
  if (visit.purpose === 'paperwork' && visit.posture !== 'sitting') missing.push(step('posture', '办理手续时坐下书写', 'sitting for paperwork'));
  if (visit.purpose === 'payment' && visit.paymentTakenBy !== 'finance') missing.push(step('paymentTakenBy', '财务人员收费', 'payment taken by finance staff'));
  if (visit.secondGuest && !visit.secondGuest.askedToWait) missing.push(step('secondGuest.askedToWait', '请第二位客人稍候', 'asking a second guest to wait'));
  if (!visit.thankedAndSawOff) missing.push(step('thankedAndSawOff', '道谢并送客', 'thanks and seeing off'));
  return missing;
}

/**
 * Checks a recorded visit: the 五个一 (WI/FW-006.4) and the reception steps (WI/FW-008).
 * Returns at most one violation for each, `data.missing` listing what is missing (a visit
 * has no instants, so `asOf` only has to be valid); bad input is a typed error; the record
 * is not changed.
 *
 * @example
 * checkReception({ id: 'V-1', purpose: 'other', stoodUp: true, greeted: true, offeredSeat: true, offeredWater: false, smiled: true, satisfactoryReply: true, waitedForGuest: true, thankedAndSawOff: true }, { asOf: '2026-05-06T10:00:00+08:00' })
 *   .map((v) => v.data.missing) // [[{ field: 'offeredWater', label: { 'zh-CN': '倒一杯水', en: 'a glass of water' } }]]
 */
export function checkReception(visit: ReceptionVisit, options: CheckOptions): Violation[] {
  checkOptions(options);
  parseInput(receptionVisitSchema, visit, text('来访接待记录', 'reception visit'), VISIT_LABELS);
  const { policy } = options;
  const out: Violation[] = [];
  const fiveOnes = FIVE_ONES.filter(([field]) => !visit[field]).map(([field, label]) => missingField(field, label));
  if (fiveOnes.length > 0) out.push(violation(firstResponderRules.fiveOnes, { visitId: visit.id, missing: fiveOnes }, policy));
  const steps = missingReceptionSteps(visit);
  if (steps.length > 0) out.push(violation(firstResponderRules.receptionSteps, { visitId: visit.id, missing: steps }, policy));
  return applicable(out, options.policy);
}
