import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { WuyeError } from '../../core/errors';
import { instantToEpochMs } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import type { MissingField } from '../../core/missing-field';
import { missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { applicable, violation } from '../../core/rule';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';
import type { CallNoteField } from './policy';
import { forbiddenPhraseViolations } from './phrase-violations';
import { normalizePhrase } from './phrase-scanner';
import { answerWithinRings, callNoteFields, privateCallMax } from './policy';
import { firstResponderRules } from './rules';
import { toSimplified } from './script-fold';

/**
 * One phone call at the service desk (《服务中心工作手册》 WI/FW-003, 《客服制度》 电话接听规范): a
 * service call answered by the desk, or a private call made at work. Extra host fields are
 * allowed and left untouched.
 *
 * - `rings`: how many rings before it was answered;
 * - `organisation`: the name the desk must announce (e.g. 华侨城服务中心, 凯鸿物业);
 * - `greeting`: the first words said;
 * - `note`: the record taken (time, place, name, phone, matter) and whether it was read back;
 * - `hungUpFirst`: who put the phone down first;
 * - `staffWords`: what the staff member said (checked for forbidden phrases), optional.
 *
 * @example
 * callRecordSchema.parse({ kind: 'service', id: 'T-1', rings: 2, organisation: '华侨城服务中心', greeting: '您好！华侨城服务中心', note: { time: '09:30', place: '3栋', name: '王先生', phone: '138…', matter: '漏水', readBack: true }, hungUpFirst: 'customer' })
 */
export const callRecordSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('service'),
    id: z.string().min(1),
    rings: z.number().int().nonnegative(),
    organisation: z.string().min(1),
    greeting: z.string(),
    note: z
      .object({
        time: z.string().optional(),
        place: z.string().optional(),
        name: z.string().optional(),
        phone: z.string().optional(),
        matter: z.string().optional(),
        readBack: z.boolean(),
      })
      .optional(),
    hungUpFirst: z.enum(['customer', 'staff']),
    staffWords: z.string().optional(),
  }),
  z.looseObject({
    kind: z.literal('private'),
    id: z.string().min(1),
    urgent: z.boolean(),
    startedAt: instantSchema,
    endedAt: instantSchema,
  }),
]);

/** A call record (see {@link callRecordSchema}). @example const c: CallRecord = { kind: 'private', id: 'P-1', urgent: true, startedAt: '2026-05-06T10:00:00+08:00', endedAt: '2026-05-06T10:02:30+08:00' }; */
export type CallRecord = z.infer<typeof callRecordSchema>;

// Labels of a call record's fields, for Chinese error texts and `data.missing`.
const CALL_LABELS: FieldLabels = {
  kind: text('通话类别', 'kind'),
  rings: text('响铃次数', 'rings'),
  organisation: text('单位名称', 'organisation'),
  greeting: text('问候语', 'greeting'),
  note: text('来电记录', 'call note'),
  time: text('时间', 'time'),
  place: text('地点', 'place'),
  name: text('姓名', 'name'),
  phone: text('电话', 'phone'),
  matter: text('事项', 'matter'),
  readBack: text('是否复述', 'read back'),
  hungUpFirst: text('先挂机者', 'hung up first'),
  staffWords: text('员工用语', "staff's words"),
  urgent: text('是否紧急', 'urgent'),
  startedAt: text('开始时间', 'started at'),
  endedAt: text('结束时间', 'ended at'),
};
const noteField = (f: CallNoteField): MissingField => missingField(`note.${f}`, CALL_LABELS[f]!);

// The greeting words: 您好/你好 (ZH WI/FW-003.2 "以一般话简单问候", "您好!华侨城服务中心"; RULES 电话接听规范
// ② "你好!凯鸿物业。"), the greetings of the time of day, and the festive greetings of ②c ("新年好!").
const GREETINGS = ['您好', '你好', '早上好', '上午好', '中午好', '下午好', '晚上好', '新年好', '春节好', '节日好', '新年快乐', '节日快乐', '春节快乐'];
// Compared in one script and without punctuation or spacing: a greeting in traditional
// characters names an organisation written in simplified ones, and the reverse.
const comparable = (s: string) => normalizePhrase(toSimplified(s)).replaceAll('|', '');

const minutesOf = (d: { value: number; unit: 'minute' | 'hour' | 'day' | 'working-day' }) => (d.unit === 'hour' ? d.value * 60 : d.value);

/**
 * Checks one call against WI/FW-003 as of `asOf`: answered within 3 rings (WI/FW-003.1); a
 * greeting (您好/你好) that names the organisation, in either script, and no 喂 (WI/FW-003.2/.3,
 * RULES 电话接听规范 ②); the note with time, place,
 * name, phone and matter, read back (WI/FW-003.7; `data.missing` lists what it lacks); the
 * customer hangs up first (WI/FW-003.9/.15); no forbidden phrases in `staffWords`; private
 * calls — none in general, an urgent one ≤ 3 minutes (WI/FW-003.18): a private call that
 * starts after `asOf` is not judged yet, one still going on at `asOf` counts up to `asOf`.
 * Returns violations (empty when compliant); bad input is a typed error; the record is not
 * changed.
 *
 * @example
 * checkCall({ kind: 'service', id: 'T-1', rings: 4, organisation: '华侨城服务中心', greeting: '喂，你好', hungUpFirst: 'staff' }, { asOf: '2026-05-06T10:00:00+08:00' }).map((v) => v.ruleId)
 * // ['first-responder.answer-rings', 'first-responder.greeting-name', 'first-responder.phone-wei', 'first-responder.call-note', 'first-responder.customer-hangs-up-first']
 */
export function checkCall(call: CallRecord, options: CheckOptions): Violation[] {
  checkOptions(options);
  parseInput(callRecordSchema, call, text('来电记录', 'call record'), CALL_LABELS);
  const { policy } = options;
  const out: Violation[] = [];
  if (call.kind === 'private') {
    const started = instantToEpochMs(call.startedAt, 'startedAt');
    const ended = instantToEpochMs(call.endedAt, 'endedAt');
    if (ended < started) {
      throw new WuyeError('INVALID_INPUT', text(`通话 ${call.id}：结束时间早于开始时间`, `Call ${call.id}: it ends before it starts`), { field: 'endedAt', callId: call.id });
    }
    const asOf = instantToEpochMs(options.asOf, 'asOf');
    if (started > asOf) return out;
    const seconds = (Math.min(ended, asOf) - started) / 1000;
    const limitMinutes = minutesOf(paramValue(policy, privateCallMax));
    const minutes = Math.round((seconds / 60) * 100) / 100;
    if (!call.urgent || seconds > limitMinutes * 60) out.push(violation(firstResponderRules.privateCall, { callId: call.id, urgent: call.urgent, minutes, limitMinutes }, policy));
    return applicable(out, options.policy);
  }
  const limit = paramValue(policy, answerWithinRings);
  if (call.rings > limit) out.push(violation(firstResponderRules.ringsExceeded, { callId: call.id, rings: call.rings, limit }, policy));
  const greeting = comparable(call.greeting);
  const named = greeting.includes(comparable(call.organisation));
  const greeted = GREETINGS.some((g) => greeting.includes(g));
  if (!named || !greeted) {
    out.push(violation(firstResponderRules.greetingName, { callId: call.id, greeting: call.greeting, organisation: call.organisation, named, greeted }, policy));
  }
  for (const v of forbiddenPhraseViolations(call.greeting, policy)) {
    if (v.ruleId === firstResponderRules.phoneWei.id) out.push({ ...v, data: { ...v.data, callId: call.id, field: 'greeting' } });
  }
  const required = paramValue(policy, callNoteFields);
  const missing = required.filter((f) => !call.note?.[f]?.trim());
  if (!call.note || missing.length > 0 || !call.note.readBack) {
    out.push(violation(firstResponderRules.callNote, { callId: call.id, missing: (call.note ? missing : required).map(noteField), readBack: call.note?.readBack ?? false }, policy));
  }
  if (call.hungUpFirst === 'staff') out.push(violation(firstResponderRules.customerHangsUpFirst, { callId: call.id }, policy));
  if (call.staffWords !== undefined) {
    for (const v of forbiddenPhraseViolations(call.staffWords, policy)) out.push({ ...v, data: { ...v.data, callId: call.id, field: 'staffWords' } });
  }
  return applicable(out, options.policy);
}
