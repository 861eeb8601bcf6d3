import * as z from 'zod';
import type { Policy } from '../../core/policy';
import { assertPolicy } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { violation } from '../../core/rule';
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

const FIVE_ONES = [
  ['greeted', '问一声好'],
  ['offeredSeat', '让一个坐'],
  ['offeredWater', '倒一杯水'],
  ['smiled', '送一张笑脸'],
  ['satisfactoryReply', '给一个满意回复'],
] as const;

/**
 * What a visit lacks of the reception steps (WI/FW-008), as step names.
 *
 * @example
 * missingReceptionSteps({ ...visit, purpose: 'payment', paymentTakenBy: 'desk' }) // ['财务人员收费']
 */
export function missingReceptionSteps(visit: ReceptionVisit): string[] {
  const missing: string[] = [];
  if (!visit.stoodUp) missing.push('立即起立');
  if (!visit.greeted) missing.push('微笑问候');
  if (!visit.offeredSeat) missing.push('让座');
  if (!visit.waitedForGuest) missing.push('等候客人回应');
  if (visit.purpose === 'consultation' && visit.posture !== 'standing') missing.push('咨询时保持站立');
  if (visit.purpose === 'paperwork' && visit.posture !== 'sitting') missing.push('办理手续时坐下书写');
  if (visit.purpose === 'payment' && visit.paymentTakenBy !== 'finance') missing.push('财务人员收费');
  if (visit.secondGuest && !visit.secondGuest.askedToWait) missing.push('请第二位客人稍候');
  if (!visit.thankedAndSawOff) missing.push('道谢并送客');
  return missing;
}

/**
 * Checks a recorded visit: the 五个一 (WI/FW-006.4) and the reception steps (WI/FW-008).
 * Returns at most one violation for each (listing what is missing); bad input is a typed
 * error; the record is not changed.
 *
 * @example
 * checkReception({ ...visit, offeredWater: false }).map((v) => v.data.missing) // [['倒一杯水']]
 */
export function checkReception(visit: ReceptionVisit, policy?: Policy): Violation[] {
  parseInput(receptionVisitSchema, visit, 'reception visit');
  if (policy !== undefined) assertPolicy(policy);
  const out: Violation[] = [];
  const fiveOnes = FIVE_ONES.filter(([field]) => !visit[field]).map(([, name]) => name);
  if (fiveOnes.length > 0) out.push(violation(firstResponderRules.fiveOnes, { visitId: visit.id, missing: fiveOnes }, policy));
  const steps = missingReceptionSteps(visit);
  if (steps.length > 0) out.push(violation(firstResponderRules.receptionSteps, { visitId: visit.id, missing: steps }, policy));
  return out;
}
