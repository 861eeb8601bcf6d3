import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import type { Duration } from '../../core/parameter';
import { defineParameter, durationSchema } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { AddedPhrase } from './phrase-settings';
import { ADDED_PHRASES, MAX_PHRASE_HITS, REMOVED_PHRASES } from './phrase-settings';

export type { AddedPhrase } from './phrase-settings';

/**
 * @internal WI/FW-006.5 限时服务: a matter that needs approval gets a definite answer within N days —
 * the number is missing in the source ("需要请示后回复，__天内必需给明确回复"), so the value is
 * the library's: 3 days, as the handbook's other reply limits (WI/FW-006.18, WI/FW-011).
 *
 * @example
 * paramValue(undefined, approvalAnswerWithin) // { value: 3, unit: 'day' }
 */
export const approvalAnswerWithin = defineParameter<Duration>({
  id: 'firstResponder.approvalAnswerWithin',
  title: text('需请示事项明确答复时限', 'Definite answer on a matter needing approval within'),
  unit: 'duration',
  schema: durationSchema(['hour', 'day', 'working-day']),
  default: { value: 3, unit: 'day' },
  defaultFrom: 'LIBRARY',
  source: cite('ZH', 'WI/FW-006.5'),
});

/**
 * @internal WI/FW-006.7: what can be finished today is finished today — an own-scope matter needing no
 * approval is replied to on the day of receipt.
 *
 * @example
 * paramValue(undefined, sameDayReply) // true
 */
export const sameDayReply = defineParameter<boolean>({
  id: 'firstResponder.sameDayReply',
  title: text('份内事当日答复', 'Reply to an own-scope matter the same day'),
  unit: 'choice',
  schema: z.boolean(),
  default: true,
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-006.7'),
});

/**
 * @internal WI/FW-003.1 (电话铃响起三声之内接听), 《客服制度》 电话接听规范 ① (三声内接听): the most rings
 * before the phone is answered, inclusive.
 *
 * @example
 * paramValue(undefined, answerWithinRings) // 3
 */
export const answerWithinRings = defineParameter<number>({
  id: 'firstResponder.answerWithinRings',
  title: text('电话接听响铃次数上限', 'Answer the phone within this many rings'),
  unit: 'rings',
  schema: z.number().int().positive(),
  default: 3,
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-003.1'),
  also: { RULES: [3, '电话接听规范 ①'] },
});

/**
 * @internal WI/FW-003.18: an urgent private call at work lasts no more than 3 minutes.
 *
 * @example
 * paramValue(undefined, privateCallMax) // { value: 3, unit: 'minute' }
 */
export const privateCallMax = defineParameter<Duration>({
  id: 'firstResponder.privateCallMax',
  title: text('紧急私人电话通话时长上限', 'Longest urgent private call'),
  unit: 'duration',
  schema: durationSchema(['minute', 'hour']),
  default: { value: 3, unit: 'minute' },
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-003.18'),
});

/** A field of the call note (WI/FW-003.7). @example const f: CallNoteField = 'phone'; */
export type CallNoteField = 'time' | 'place' | 'name' | 'phone' | 'matter';

/**
 * @internal WI/FW-003.7: the key content recorded item by item — time, place, name, phone, the matter —
 * and read back to the caller.
 *
 * @example
 * paramValue(undefined, callNoteFields) // ['time', 'place', 'name', 'phone', 'matter']
 */
export const callNoteFields = defineParameter<readonly CallNoteField[]>({
  id: 'firstResponder.callNoteFields',
  title: text('来电记录必填项', 'Required fields of the call note'),
  unit: 'fields',
  schema: z.array(z.enum(['time', 'place', 'name', 'phone', 'matter'])),
  default: ['time', 'place', 'name', 'phone', 'matter'],
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-003.7'),
});

/**
 * @internal 《客服制度》 管理处客服中心奖惩细则 一.1: 15 yuan each time for no uniform, no badge, untidy
 * appearance or improper bearing.
 *
 * @example
 * paramValue(undefined, appearanceFine) // 15
 */
export const appearanceFine = defineParameter<number>({
  id: 'firstResponder.appearanceFine',
  title: text('仪容仪表扣罚金额', 'Fine for uniform, badge or appearance'),
  unit: 'yuan',
  schema: z.number().nonnegative().finite(),
  default: 15,
  defaultFrom: 'RULES',
  source: cite('RULES', '管理处客服中心奖惩细则 一.1'),
});

/**
 * @internal 《客服制度》 管理处客服中心奖惩细则 一.2: 15 yuan each time the service phone rings more than
 * three times unanswered, or is answered with non-standard phrases.
 *
 * @example
 * paramValue(undefined, phoneFine) // 15
 */
export const phoneFine = defineParameter<number>({
  id: 'firstResponder.phoneFine',
  title: text('服务电话扣罚金额', 'Fine for the service phone'),
  unit: 'yuan',
  schema: z.number().nonnegative().finite(),
  default: 15,
  defaultFrom: 'RULES',
  source: cite('RULES', '管理处客服中心奖惩细则 一.2'),
});

/**
 * @internal 《客服制度》 管理处客服中心奖惩细则 一.2: the ring count above which the phone counts as
 * unanswered ("响声超过三次不接听").
 *
 * @example
 * paramValue(undefined, fineRingThreshold) // 3
 */
export const fineRingThreshold = defineParameter<number>({
  id: 'firstResponder.fineRingThreshold',
  title: text('扣罚的响铃次数界限', 'Rings beyond which a fine applies'),
  unit: 'rings',
  schema: z.number().int().nonnegative(),
  default: 3,
  defaultFrom: 'RULES',
  source: cite('RULES', '管理处客服中心奖惩细则 一.2'),
});

/**
 * @internal WI/FW-006.8: staff arrive ten minutes before their shift.
 *
 * @example
 * paramValue(undefined, arriveEarly) // { value: 10, unit: 'minute' }
 */
export const arriveEarly = defineParameter<Duration>({
  id: 'firstResponder.arriveEarly',
  title: text('提前到岗时间', 'Arrive before the shift by'),
  unit: 'duration',
  schema: durationSchema(['minute']),
  default: { value: 10, unit: 'minute' },
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-006.8'),
});

/**
 * @internal WI/FW-001.3: the service centre is never unmanned — at least this many staff at the desk
 * during opening hours.
 *
 * @example
 * paramValue(undefined, minDeskStaff) // 1
 */
export const minDeskStaff = defineParameter<number>({
  id: 'firstResponder.minDeskStaff',
  title: text('服务中心最少在岗人数', 'Fewest staff at the desk'),
  unit: 'people',
  schema: z.number().int().positive(),
  default: 1,
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-001.3'),
});

const addedPhraseSchema = z.strictObject({
  phrase: z.string().min(1).max(200),
  severity: z.enum(['error', 'warning', 'info']),
  patterns: z.array(z.string().min(1).max(200)).max(64).optional(),
  scope: z.enum(['anywhere', 'clause-final', 'whole-answer', 'whole-clause']).optional(),
  source: z.strictObject({ document: z.string().min(1), clause: z.string().min(1) }).optional(),
});

/**
 * @internal Phrases a pack or host adds to the forbidden lists (rule `first-responder.added-phrase`).
 *
 * @example
 * composePolicy(firstResponderPacks.ZH, { 'firstResponder.addedPhrases': [{ phrase: '这不是我们的事', severity: 'error' }] })
 */
export const addedPhrases = defineParameter<readonly AddedPhrase[]>({
  ...ADDED_PHRASES,
  title: text('增加的禁用语', 'Added forbidden phrases'),
  unit: 'phrases',
  schema: z.array(addedPhraseSchema).max(1000),
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'forbidden phrases: added'),
});

/**
 * @internal Phrases a pack or host removes from the lists, by entry id (e.g. `'WI/FW-004.8-1b'`) or by
 * phrase (e.g. `'不管'`, removed from every list).
 *
 * @example
 * composePolicy(firstResponderPacks.ZH, { 'firstResponder.removedPhrases': ['不管'] })
 */
export const removedPhrases = defineParameter<readonly string[]>({
  ...REMOVED_PHRASES,
  title: text('移除的禁用语', 'Removed forbidden phrases'),
  unit: 'phrases',
  schema: z.array(z.string().min(1)),
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'forbidden phrases: removed'),
});

/**
 * @internal The most hits one scan returns before it stops with an `INVALID_INPUT` error (a bound on
 * memory for pathological input, e.g. 10 MB of 不知道).
 *
 * @example
 * paramValue(undefined, maxPhraseHits) // 100000
 */
export const maxPhraseHits = defineParameter<number>({
  ...MAX_PHRASE_HITS,
  title: text('单次扫描命中上限', 'Most hits of one scan'),
  unit: 'hits',
  schema: z.number().int().positive(),
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'forbidden phrases: hit limit'),
});

/**
 * The parameters of the first-responder procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * firstResponderParameters.approvalAnswerWithin.default // { value: 3, unit: 'day' }
 */
export const firstResponderParameters = Object.freeze({
  approvalAnswerWithin,
  sameDayReply,
  answerWithinRings,
  privateCallMax,
  callNoteFields,
  appearanceFine,
  phoneFine,
  fineRingThreshold,
  arriveEarly,
  minDeskStaff,
  addedPhrases,
  removedPhrases,
  maxPhraseHits,
});

// ── Scripts (appended: WI/FW-018 一.1、二; 《客服制度》 电话接听规范 ②b、②c) ──

/**
 * @internal WI/FW-018 一.1: whether the follow-up call opener must ask if it is convenient
 * ("必需时，应问询对方是否方便").
 *
 * @example
 * paramValue(undefined, openerAsksConvenience) // true
 */
export const openerAsksConvenience = defineParameter<boolean>({
  id: 'firstResponder.openerAsksConvenience',
  title: text('回访电话开场询问是否方便', 'The follow-up call opener asks whether it is convenient'),
  unit: 'choice',
  schema: z.boolean(),
  default: true,
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-018 一.1'),
});

/**
 * @internal WI/FW-018 二.3: what an e-mail reply's signature names.
 *
 * @example
 * paramValue(undefined, emailSignatureFields) // ['name', 'department', 'organisation']
 */
export const emailSignatureFields = defineParameter<readonly ('name' | 'department' | 'organisation')[]>({
  id: 'firstResponder.emailSignatureFields',
  title: text('电子邮件回复署名须含', 'An e-mail reply is signed with'),
  unit: 'list',
  schema: z.array(z.enum(['name', 'department', 'organisation'])).min(1),
  default: ['name', 'department', 'organisation'],
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-018 二'),
});

/**
 * @internal 《客服制度》 电话接听规范 ②b: the security room answers "您好！保安室。".
 *
 * @example
 * paramValue(undefined, securityRoomGreeting) // '您好！保安室。'
 */
export const securityRoomGreeting = defineParameter<string>({
  id: 'firstResponder.securityRoomGreeting',
  title: text('保安室问候语', 'The security room\'s greeting'),
  unit: 'text',
  schema: z.string().min(1),
  default: '您好！保安室。',
  defaultFrom: 'RULES',
  source: cite('RULES', '电话接听规范 ②b'),
});

/**
 * @internal 《客服制度》 电话接听规范 ②c: on holidays the greeting includes good wishes ("如'新年好!'等").
 *
 * @example
 * paramValue(undefined, festivePhrases).includes('新年好') // true
 */
export const festivePhrases = defineParameter<readonly string[]>({
  id: 'firstResponder.festivePhrases',
  title: text('节日祝颂语', 'Festive greetings'),
  unit: 'list',
  schema: z.array(z.string().min(1)).min(1),
  default: ['新年好', '新年快乐', '春节快乐', '新春快乐', '新春快樂', '节日快乐', '節日快樂', '节日好', '節日好', '元旦快乐', '元旦快樂', '国庆快乐', '國慶快樂', '中秋快乐', '中秋快樂', '端午安康', '劳动节快乐', '勞動節快樂', '清明安康'],
  defaultFrom: 'RULES',
  source: cite('RULES', '电话接听规范 ②c'),
});

/**
 * The parameters of the scripts (see `checkFollowUpOpener`, `checkEmailReply`, `checkGreeting`), by name.
 *
 * @example
 * scriptParameters.securityRoomGreeting.default // '您好！保安室。'
 */
export const scriptParameters = Object.freeze({ openerAsksConvenience, emailSignatureFields, securityRoomGreeting, festivePhrases });

/**
 * The first-responder slice of each source document's pack, derived from the parameters:
 * 《服务中心工作手册》 (phone, private calls, call notes, arriving early, the desk never
 * unmanned) and 《客服制度》 (电话接听规范 and 管理处客服中心奖惩细则, with the
 * security-room and festive greetings). The limited-time answer
 * (WI/FW-006.5) is in no pack: its number is missing in the source, the default is the
 * library's.
 *
 * @example
 * const policy = composePolicy(firstResponderPacks.ZH, firstResponderPacks.RULES, { 'firstResponder.approvalAnswerWithin': { value: 2, unit: 'working-day' } });
 */
export const firstResponderPacks: Readonly<Record<'ZH' | 'RULES', PolicyPack>> = derivePacks<'ZH' | 'RULES'>({ ...firstResponderParameters, ...scriptParameters });
