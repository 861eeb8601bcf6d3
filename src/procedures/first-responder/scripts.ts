// Scripts a 客服经理 used to check by hand: the follow-up call opener and the e-mail reply
// format (《服务中心工作手册》 WI/FW-018 一.1、二), the security room's greeting and the festive
// greeting on holidays (《客服制度》 电话接听规范 ②b、②c). Texts are compared without
// punctuation and spaces; the names are the host's, compared as given.
import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { chineseCalendar } from '../../core/chinese-calendar';
import { zoneParameter } from '../../core/core-parameters';
import { instantSchema } from '../../core/instant-schema';
import { compareInstants, toIsoInstant } from '../../core/instant';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';
import { emailSignatureFields, festivePhrases, openerAsksConvenience, securityRoomGreeting } from './policy';

/** @internal A text without spaces, punctuation and symbols (full- or half-width). */
function bare(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}
const has = (haystack: string, needle: string) => bare(haystack).includes(bare(needle));

const personSchema = z.object({ organisation: z.string().min(1), department: z.string().min(1), name: z.string().min(1) });

/**
 * A follow-up call's opening words and who made the call (unit, department, name).
 *
 * @example
 * followUpOpenerSchema.parse({ opener: '您好，我是华侨城服务中心客服部的李敏，不知道您现在是否方便？', caller: { organisation: '华侨城服务中心', department: '客服部', name: '李敏' } })
 */
export const followUpOpenerSchema = z.object({ id: z.string().min(1).optional(), opener: z.string().min(1), caller: personSchema });
/** @example const c: FollowUpOpener = { opener: '您好，我是客服部李敏', caller: { organisation: '华侨城服务中心', department: '客服部', name: '李敏' } }; */
export type FollowUpOpener = z.infer<typeof followUpOpenerSchema>;

/**
 * An e-mail (or online) reply to a complaint: its subject, signature, the department that
 * handled the matter and the sender (name, department, organisation).
 *
 * @example
 * emailReplySchema.parse({ subject: '关于3栋电梯停运的回复（工程部）', signature: '李敏 客服部 华侨城服务中心', handlingDepartment: '工程部', sender: { organisation: '华侨城服务中心', department: '客服部', name: '李敏' } })
 */
export const emailReplySchema = z.object({ id: z.string().min(1).optional(), subject: z.string(), body: z.string().optional(), signature: z.string(), handlingDepartment: z.string().min(1), sender: personSchema });
/** @example const r: EmailReply = { subject: '关于电梯的回复（工程部）', signature: '李敏 客服部 华侨城服务中心', handlingDepartment: '工程部', sender: { organisation: '华侨城服务中心', department: '客服部', name: '李敏' } }; */
export type EmailReply = z.infer<typeof emailReplySchema>;

/**
 * A phone answered: when, at which desk (the office or the security room), and the greeting.
 *
 * @example
 * greetingSchema.parse({ answeredAt: '2026-01-01T09:00:00+08:00', desk: 'security', greeting: '您好！保安室。新年好！' })
 */
export const greetingSchema = z.object({ id: z.string().min(1).optional(), answeredAt: instantSchema, desk: z.enum(['office', 'security']), greeting: z.string() });
/** @example const g: Greeting = { answeredAt: '2026-05-06T09:00:00+08:00', desk: 'office', greeting: '你好！凯鸿物业。' }; */
export type Greeting = z.infer<typeof greetingSchema>;

type MissingFacts = { id: string; missing: MissingField[] };

const LABELS: FieldLabels = {
  opener: text('开场白', 'opener'),
  caller: text('回访人', 'caller'),
  sender: text('回复人', 'sender'),
  organisation: text('单位', 'organisation'),
  department: text('部门', 'department'),
  name: text('姓名', 'name'),
  subject: text('标题', 'subject'),
  body: text('正文', 'body'),
  signature: text('署名', 'signature'),
  handlingDepartment: text('处理部门', 'handling department'),
  answeredAt: text('接听时间', 'answered at'),
  desk: text('接听岗位', 'desk'),
  greeting: text('问候语', 'greeting'),
};
const CONVENIENT = text('询问是否方便', 'asking whether it is convenient');

/**
 * The rules of the scripts, by name.
 *
 * @example
 * scriptRules.opener.source // { document: '《服务中心工作手册》', clause: 'WI/FW-018 一.1' }
 */
export const scriptRules = Object.freeze({
  opener: defineRule<MissingFacts>({
    id: 'first-responder.follow-up-opener',
    severity: 'warning',
    source: cite('ZH', 'WI/FW-018 一.1'),
    title: text('回访电话先报单位部门、姓名，并问是否方便', 'A follow-up call opens with unit, department and name, and asks whether it is convenient'),
    parameters: [openerAsksConvenience],
    message: (d) => text(`回访电话 ${d.id} 的开场白缺少：${joinLabels(d.missing, 'zh-CN')}。`, `The opener of follow-up call ${d.id} lacks: ${joinLabels(d.missing, 'en')}.`),
  }),
  emailSubject: defineRule<MissingFacts>({
    id: 'first-responder.email-subject',
    severity: 'warning',
    source: cite('ZH', 'WI/FW-018 二'),
    title: text('电子邮件回复标题说明所回复问题并标明处理部门', 'An e-mail reply\'s subject states the matter and names the handling department'),
    parameters: [],
    message: (d) => text(`电子邮件回复 ${d.id} 的标题缺少：${joinLabels(d.missing, 'zh-CN')}。`, `The subject of e-mail reply ${d.id} lacks: ${joinLabels(d.missing, 'en')}.`),
  }),
  emailSignature: defineRule<MissingFacts>({
    id: 'first-responder.email-signature',
    severity: 'warning',
    source: cite('ZH', 'WI/FW-018 二'),
    title: text('电子邮件回复署名含姓名、部门与企业名称', 'An e-mail reply is signed with name, department and company'),
    parameters: [emailSignatureFields],
    message: (d) => text(`电子邮件回复 ${d.id} 的署名缺少：${joinLabels(d.missing, 'zh-CN')}。`, `The signature of e-mail reply ${d.id} lacks: ${joinLabels(d.missing, 'en')}.`),
  }),
  securityGreeting: defineRule<{ id: string; expected: string }>({
    id: 'first-responder.security-room-greeting',
    severity: 'warning',
    source: cite('RULES', '电话接听规范 ②b'),
    title: text('保安室接听说“您好！保安室。”', 'The security room answers "您好！保安室。"'),
    parameters: [securityRoomGreeting],
    message: (d) => text(`来电 ${d.id}：保安室问候语应以“${d.expected}”开头。`, `Call ${d.id}: the security room's greeting starts with "${d.expected}".`),
  }),
  festiveGreeting: defineRule<{ id: string; date: string; holiday: string; holidayEn: string }>({
    id: 'first-responder.festive-greeting',
    severity: 'warning',
    source: cite('RULES', '电话接听规范 ②c'),
    title: text('节日讲祝颂语', 'Good wishes on holidays'),
    parameters: [festivePhrases],
    message: (d) => text(`来电 ${d.id}：${d.date}（${d.holiday}）接听未讲祝颂语（如“新年好！”）。`, `Call ${d.id}: answered on ${d.date} (${d.holidayEn}) without good wishes (such as 新年好).`),
  }),
}) satisfies Record<string, Rule<never>>;

function missingNames(where: string, who: { organisation: string; department: string; name: string }, fields: readonly ('organisation' | 'department' | 'name')[]): MissingField[] {
  return fields.filter((f) => !has(where, who[f])).map((f) => missingField(f, LABELS[f]!));
}

/**
 * Checks a follow-up call's opener (WI/FW-018 一.1): it names the caller's unit, department
 * and name and (by default) asks whether it is convenient. A warning lists what is missing.
 *
 * @example
 * checkFollowUpOpener({ opener: '您好，我是客服部李敏。', caller: { organisation: '华侨城服务中心', department: '客服部', name: '李敏' } }, { asOf: '2026-05-06T10:00:00+08:00' })[0]?.data.missing.map((m) => m.field)
 * // ['organisation', 'convenient']
 */
export function checkFollowUpOpener(call: FollowUpOpener, options: CheckOptions): Violation[] {
  parseInput(followUpOpenerSchema, call, text('回访电话', 'follow-up call'), LABELS);
  checkOptions(options);
  const missing = missingNames(call.opener, call.caller, ['organisation', 'department', 'name']);
  if (paramValue(options.policy, openerAsksConvenience) && !has(call.opener, '方便')) missing.push(missingField('convenient', CONVENIENT));
  return applicable(missing.length === 0 ? [] : [violation(scriptRules.opener, { id: call.id ?? '—', missing }, options.policy)], options.policy);
}

/**
 * Checks an e-mail reply's format (WI/FW-018 二): the subject names the handling department
 * and states the matter; the signature names the sender's name, department and company.
 *
 * @example
 * checkEmailReply({ subject: '回复', signature: '李敏', handlingDepartment: '工程部', sender: { organisation: '华侨城服务中心', department: '客服部', name: '李敏' } }, { asOf: '2026-05-06T10:00:00+08:00' }).map((v) => v.ruleId)
 * // ['first-responder.email-subject', 'first-responder.email-signature']
 */
export function checkEmailReply(reply: EmailReply, options: CheckOptions): Violation[] {
  parseInput(emailReplySchema, reply, text('电子邮件回复', 'e-mail reply'), LABELS);
  checkOptions(options);
  const out: Violation[] = [];
  const id = reply.id ?? '—';
  const subject: MissingField[] = [];
  if (!has(reply.subject, reply.handlingDepartment)) subject.push(missingField('handlingDepartment', LABELS.handlingDepartment!));
  if (bare(reply.subject).replace(bare(reply.handlingDepartment), '').length === 0) subject.push(missingField('subject', text('所回复的问题', 'the matter answered')));
  if (subject.length > 0) out.push(violation(scriptRules.emailSubject, { id, missing: subject }, options.policy));
  const signature = missingNames(reply.signature, reply.sender, paramValue(options.policy, emailSignatureFields));
  if (signature.length > 0) out.push(violation(scriptRules.emailSignature, { id, missing: signature }, options.policy));
  return applicable(out, options.policy);
}

/**
 * Checks how a phone was answered (《客服制度》 电话接听规范 ②b、②c): the security room's
 * greeting, and good wishes on a day the business calendar (`options.calendar`, default the
 * Chinese calendar) marks as a statutory holiday, the day read in the policy zone. A call
 * answered after `asOf` is not judged. A date outside the calendar's data is
 * `CALENDAR_NOT_COVERED`.
 *
 * @example
 * checkGreeting({ answeredAt: '2026-01-01T09:00:00+08:00', desk: 'security', greeting: '您好！保安室。' }, { asOf: '2026-01-02T00:00:00+08:00' }).map((v) => v.ruleId)
 * // ['first-responder.festive-greeting']
 */
export function checkGreeting(call: Greeting, options: CheckOptions): Violation[] {
  parseInput(greetingSchema, call, text('来电接听', 'answered call'), LABELS);
  checkOptions(options);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  if (compareInstants(call.answeredAt, options.asOf) > 0) return [];
  const out: Violation[] = [];
  const id = call.id ?? '—';
  const expected = paramValue(policy, securityRoomGreeting);
  if (call.desk === 'security' && !bare(call.greeting).startsWith(bare(expected))) out.push(violation(scriptRules.securityGreeting, { id, expected }, policy));
  const date = toIsoInstant(call.answeredAt, zone).slice(0, 10);
  const day = (options.calendar ?? chineseCalendar()).dayInfo(date);
  if (day.kind === 'holiday' && !paramValue(policy, festivePhrases).some((p) => has(call.greeting, p))) {
    out.push(violation(scriptRules.festiveGreeting, { id, date, holiday: day.name?.['zh-CN'] ?? '节日', holidayEn: day.name?.en ?? 'holiday' }, policy));
  }
  return applicable(out, options.policy);
}
