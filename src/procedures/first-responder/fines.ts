import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { appearanceFine, fineRingThreshold, phoneFine } from './policy';

// What a fine event of 《客服制度》 管理处客服中心奖惩细则 can be: 一.1 no uniform, no badge, untidy
// appearance, improper bearing; 一.2 the service phone rang too long unanswered, or was
// answered with non-standard phrases.
const fineOffenceSchema = z.enum(['no-uniform', 'no-badge', 'untidy', 'improper-bearing', 'phone-rings', 'phone-phrasing']);

/**
 * One observed occurrence: when, who, what; `rings` for a phone that rang (fined only above
 * the threshold). Extra host fields are allowed and left untouched.
 *
 * @example
 * fineEventSchema.parse({ at: '2026-05-06T09:00:00+08:00', staff: '李敏', offences: ['no-uniform', 'no-badge'] })
 */
export const fineEventSchema = z.looseObject({
  at: instantSchema,
  staff: z.string().min(1),
  offences: z.array(fineOffenceSchema).min(1),
  rings: z.number().int().nonnegative().optional(),
});

/** A fine event (see {@link fineEventSchema}). @example const e: FineEvent = { at: '2026-05-06T09:00:00+08:00', staff: '李敏', offences: ['phone-rings'], rings: 5 }; */
export type FineEvent = z.infer<typeof fineEventSchema>;

/**
 * One fine: the event it comes from (by position), the staff member, the clause, the
 * offences it covers and the amount in yuan.
 *
 * @example
 * const line: FineLine = { event: 0, staff: '李敏', clause: 'appearance', offences: ['no-uniform'], amount: 15, source: cite('RULES', '管理处客服中心奖惩细则 一.1') };
 */
export interface FineLine {
  readonly event: number;
  readonly staff: string;
  readonly clause: 'appearance' | 'phone';
  readonly offences: readonly string[];
  readonly amount: number;
  readonly source: Source;
}

/** The fines of a list of events: the lines, the total and the total per staff member, in yuan. @example const f: Fines = { lines: [], total: 0, byStaff: {} }; */
export interface Fines {
  readonly lines: readonly FineLine[];
  readonly total: number;
  readonly byStaff: Readonly<Record<string, number>>;
}

const APPEARANCE = new Set(['no-uniform', 'no-badge', 'untidy', 'improper-bearing']);

/**
 * The fines of 《客服制度》 管理处客服中心奖惩细则 一 for recorded events: 15 yuan each time
 * (amounts are parameters). One event is one occurrence: several appearance faults found
 * at once are one fine; a phone event is fined once whether it rang too long, was answered
 * with non-standard phrases, or both. A phone that rang `rings` times is fined only above
 * `firstResponder.fineRingThreshold` ("超过三次": the third ring is not fined). Events
 * without a fineable offence give no line. The events are not changed.
 *
 * @example
 * finesFor([{ at: '2026-05-06T09:00:00+08:00', staff: '李敏', offences: ['no-uniform', 'no-badge'] }, { at: '2026-05-06T10:00:00+08:00', staff: '李敏', offences: ['phone-rings'], rings: 4 }]).total // 30
 */
export function finesFor(events: readonly FineEvent[], policy?: Policy): Fines {
  parseInput(z.array(fineEventSchema), events, text('扣罚记录', 'fine events'), { staff: text('员工', 'staff'), offences: text('违规事项', 'offences'), rings: text('响铃次数', 'rings') });
  if (policy !== undefined) assertPolicy(policy);
  const threshold = paramValue(policy, fineRingThreshold);
  const lines: FineLine[] = [];
  events.forEach((e, event) => {
    const appearance = e.offences.filter((o) => APPEARANCE.has(o));
    if (appearance.length > 0) {
      lines.push({ event, staff: e.staff, clause: 'appearance', offences: [...new Set(appearance)], amount: paramValue(policy, appearanceFine), source: cite('RULES', '管理处客服中心奖惩细则 一.1') });
    }
    const phone = e.offences.filter((o) => o === 'phone-phrasing' || (o === 'phone-rings' && (e.rings === undefined || e.rings > threshold)));
    if (phone.length > 0) {
      lines.push({ event, staff: e.staff, clause: 'phone', offences: [...new Set(phone)], amount: paramValue(policy, phoneFine), source: cite('RULES', '管理处客服中心奖惩细则 一.2') });
    }
  });
  const byStaff: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const l of lines) byStaff[l.staff] = (byStaff[l.staff] ?? 0) + l.amount;
  return { lines, total: lines.reduce((sum, l) => sum + l.amount, 0), byStaff };
}
