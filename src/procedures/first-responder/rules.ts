import { dayCountingParameter } from '../../core/core-parameters';
import type { MissingField } from '../../core/missing-field';
import { joinLabels } from '../../core/missing-field';
import type { Rule } from '../../core/rule';
import { defineRule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { PHRASE_LISTS } from './phrase-lists';
import {
  addedPhrases,
  answerWithinRings,
  approvalAnswerWithin,
  arriveEarly,
  callNoteFields,
  maxPhraseHits,
  minDeskStaff,
  privateCallMax,
  removedPhrases,
  sameDayReply,
} from './policy';

/** @internal The facts of a forbidden-phrase violation. */
export type PhraseFacts = { phrase: string; matched: string; index: number };

const phraseMessage = (what: { zh: string; en: string }) => (d: PhraseFacts) =>
  text(`第 ${d.index} 字起“${d.matched}”属${what.zh}“${d.phrase}”。`, `"${d.matched}" at ${d.index} is ${what.en} "${d.phrase}".`);

const phraseParameters = [removedPhrases, maxPhraseHits];
const listOf = (ruleId: string) => PHRASE_LISTS.find((l) => l.ruleId === ruleId)!;
// The list itself, as the docs show it: "清单：…" / "List: …".

/** WI/FW-004.8 工作忌语 (error). @example workTaboo.severity // 'error' */
const workTaboo = defineRule<PhraseFacts>({
  id: 'first-responder.work-taboo',
  severity: listOf('first-responder.work-taboo').severity,
  source: listOf('first-responder.work-taboo').source,
  title: text('不得使用工作忌语', 'No working taboo phrases'),
  parameters: phraseParameters,
  message: phraseMessage({ zh: '工作忌语', en: 'the working taboo phrase' }),
});

/** WI/FW-004.10 处理用户埋怨时禁语 (error). @example complaintTaboo.id // 'first-responder.complaint-taboo' */
const complaintTaboo = defineRule<PhraseFacts>({
  id: 'first-responder.complaint-taboo',
  severity: listOf('first-responder.complaint-taboo').severity,
  source: listOf('first-responder.complaint-taboo').source,
  title: text('处理用户埋怨时不得使用禁语', 'No taboo phrases when handling complaints'),
  parameters: phraseParameters,
  message: phraseMessage({ zh: '处理埋怨时禁语', en: 'the complaint-handling taboo phrase' }),
});

/** WI/FW-009.2 不能说 (error). @example firstAskRefusal.source.clause // 'WI/FW-009.2' */
const firstAskRefusal = defineRule<PhraseFacts>({
  id: 'first-responder.first-ask-refusal',
  severity: listOf('first-responder.first-ask-refusal').severity,
  source: listOf('first-responder.first-ask-refusal').source,
  title: text('首问负责：不能说“不”“不行”“不知道”“不清楚”“不是我管”', 'First responder: never say 不, 不行, 不知道, 不清楚, 不是我管'),
  parameters: phraseParameters,
  message: phraseMessage({ zh: '首问负责制不能说的', en: 'the first-responder refusal' }),
});

/** WI/FW-018 一.4 任何时候不能对用户说 (error). @example followUpRefusal.severity // 'error' */
const followUpRefusal = defineRule<PhraseFacts>({
  id: 'first-responder.follow-up-refusal',
  severity: listOf('first-responder.follow-up-refusal').severity,
  source: listOf('first-responder.follow-up-refusal').source,
  title: text('任何时候不能对用户说“不行”“不知道”“不清楚”', 'Never say 不行, 不知道, 不清楚 to a customer'),
  parameters: phraseParameters,
  message: phraseMessage({ zh: '不能对用户说的', en: 'the forbidden' }),
});

/** WI/FW-003.8/.10 避免使用 (warning). @example phoneVague.severity // 'warning' */
const phoneVague = defineRule<PhraseFacts>({
  id: 'first-responder.phone-vague',
  severity: listOf('first-responder.phone-vague').severity,
  source: listOf('first-responder.phone-vague').source,
  title: text('电话中避免使用“仿佛是”“不太清楚”“不知道”', 'On the phone, avoid 仿佛是, 不太清楚, 不知道'),
  parameters: phraseParameters,
  message: phraseMessage({ zh: '应避免的含糊用语', en: 'the vague phrase to avoid' }),
});

/** WI/FW-003.3 避免使用“喂” (warning). @example phoneWei.source.clause // 'WI/FW-003.3' */
const phoneWei = defineRule<PhraseFacts>({
  id: 'first-responder.phone-wei',
  severity: listOf('first-responder.phone-wei').severity,
  source: listOf('first-responder.phone-wei').source,
  title: text('接听电话避免使用“喂”', 'Avoid 喂 when answering'),
  parameters: phraseParameters,
  message: phraseMessage({ zh: '应避免的', en: 'the greeting to avoid,' }),
});

/** A phrase added by a pack or the host. @example addedPhrase.id // 'first-responder.added-phrase' */
const addedPhrase = defineRule<PhraseFacts>({
  id: 'first-responder.added-phrase',
  severity: 'warning',
  source: cite('LIBRARY', 'forbidden phrases: added'),
  title: text('策略增加的禁用语', 'A phrase the policy adds'),
  parameters: [addedPhrases, maxPhraseHits],
  message: phraseMessage({ zh: '策略禁用语', en: 'the policy phrase' }),
});

type CallFacts = { callId: string };

const ringsExceeded = defineRule<CallFacts & { rings: number; limit: number }>({
  id: 'first-responder.answer-rings',
  severity: 'error',
  source: cite('ZH', 'WI/FW-003.1'),
  title: text('电话铃响三声之内接听', 'Answer within three rings'),
  parameters: [answerWithinRings],
  message: (d) => text(`来电 ${d.callId}：响铃 ${d.rings} 声才接听，应在 ${d.limit} 声之内。`, `Call ${d.callId}: answered after ${d.rings} rings; the limit is ${d.limit}.`),
});

const greetingName = defineRule<CallFacts & { greeting: string; organisation: string; named?: boolean; greeted?: boolean }>({
  id: 'first-responder.greeting-name',
  severity: 'error',
  source: cite('ZH', 'WI/FW-003.2'),
  title: text('问候并自报单位部门', 'Greet and give the organisation name'),
  parameters: [],
  message: (d) =>
    d.named === false || d.greeted !== false
      ? text(`来电 ${d.callId}：问候语“${d.greeting}”未自报“${d.organisation}”${d.greeted === false ? '，也未问候' : ''}。`, `Call ${d.callId}: the greeting "${d.greeting}" does not name "${d.organisation}"${d.greeted === false ? ' and does not greet' : ''}.`)
      : text(`来电 ${d.callId}：问候语“${d.greeting}”只报单位名称，未问候（您好）。`, `Call ${d.callId}: the greeting "${d.greeting}" names the organisation but does not greet (您好).`),
});

const callNote = defineRule<CallFacts & { missing: MissingField[]; readBack: boolean }>({
  id: 'first-responder.call-note',
  severity: 'error',
  source: cite('ZH', 'WI/FW-003.7'),
  title: text('记录时间、地点、姓名、电话、事项并复述', 'Record time, place, name, phone and matter, and read them back'),
  parameters: [callNoteFields],
  message: (d) =>
    text(
      `来电 ${d.callId}：记录${d.missing.length > 0 ? `缺少${joinLabels(d.missing, 'zh-CN')}` : '齐全'}${d.readBack ? '' : '，未向对方复述'}。`,
      `Call ${d.callId}: the note ${d.missing.length > 0 ? `lacks ${joinLabels(d.missing, 'en')}` : 'is complete'}${d.readBack ? '' : ' and was not read back'}.`,
    ),
});

const customerHangsUpFirst = defineRule<CallFacts>({
  id: 'first-responder.customer-hangs-up-first',
  severity: 'error',
  source: cite('ZH', 'WI/FW-003.9、.15'),
  title: text('待用户放下电话后再挂机', 'Hang up only after the customer has'),
  parameters: [],
  message: (d) => text(`来电 ${d.callId}：员工先挂机。`, `Call ${d.callId}: the staff member hung up first.`),
});

const privateCall = defineRule<CallFacts & { urgent: boolean; minutes: number | null; limitMinutes: number }>({
  id: 'first-responder.private-call',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-003.18'),
  title: text('上班时间通常不打私人电话，急事不超过3分钟', 'No private calls at work in general; an urgent one at most 3 minutes'),
  parameters: [privateCallMax],
  message: (d) =>
    d.urgent
      ? text(`通话 ${d.callId}：紧急私人电话 ${d.minutes} 分钟，超过 ${d.limitMinutes} 分钟。`, `Call ${d.callId}: urgent private call of ${d.minutes} minutes, over ${d.limitMinutes}.`)
      : text(`通话 ${d.callId}：上班时间打非紧急的私人电话。`, `Call ${d.callId}: a private call at work that was not urgent.`),
});

const fiveOnes = defineRule<{ visitId: string; missing: MissingField[] }>({
  id: 'first-responder.five-ones',
  severity: 'error',
  source: cite('ZH', 'WI/FW-006.4'),
  title: text('“五个一”服务：问一声好、让一个坐、倒一杯水、送一张笑脸、给一个满意回复', 'The five ones: a greeting, a seat, a glass of water, a smile, a satisfying answer'),
  parameters: [],
  message: (d) => text(`来访 ${d.visitId}：“五个一”缺少${joinLabels(d.missing, 'zh-CN')}。`, `Visit ${d.visitId}: the five ones lack ${joinLabels(d.missing, 'en')}.`),
});

const receptionSteps = defineRule<{ visitId: string; missing: MissingField[] }>({
  id: 'first-responder.reception-steps',
  severity: 'error',
  source: cite('ZH', 'WI/FW-008'),
  title: text('按接待步骤接待来访', 'Receive visitors by the reception steps'),
  parameters: [],
  message: (d) => text(`来访 ${d.visitId}：接待步骤缺少${joinLabels(d.missing, 'zh-CN')}。`, `Visit ${d.visitId}: the reception lacks ${joinLabels(d.missing, 'en')}.`),
});

const deskUnmanned = defineRule<{ from: string; to: string; staffed: number; required: number }>({
  id: 'first-responder.desk-unmanned',
  severity: 'error',
  source: cite('ZH', 'WI/FW-001.3'),
  title: text('服务中心不得无人值班', 'The service desk is never unmanned'),
  parameters: [minDeskStaff],
  message: (d) => text(`${d.from} 至 ${d.to} 服务中心在岗 ${d.staffed} 人，少于 ${d.required} 人。`, `From ${d.from} to ${d.to} the desk has ${d.staffed} staff, fewer than ${d.required}.`),
});

const arrivedLate = defineRule<{ staff: string; shiftStart: string; arrivedAt: string | null }>({
  id: 'first-responder.arrive-early',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-006.8'),
  title: text('提前十分钟到岗', 'Arrive ten minutes early'),
  parameters: [arriveEarly],
  message: (d) =>
    d.arrivedAt
      ? text(`${d.staff}：班次 ${d.shiftStart} 开始，${d.arrivedAt} 到岗，未提前到岗。`, `${d.staff}: shift starts ${d.shiftStart}, arrived ${d.arrivedAt}, not early enough.`)
      : text(`${d.staff}：班次 ${d.shiftStart} 开始，无到岗记录。`, `${d.staff}: shift starts ${d.shiftStart}, no arrival recorded.`),
});

const ownership = defineRule<{ caseId: string; missing: MissingField[] }>({
  id: 'first-responder.ownership',
  severity: 'error',
  source: cite('ZH', 'WI/FW-009.2、.4'),
  title: text('首问负责到底：答复客户、部门回复之前不得结案', 'Own it to the end: no closing before the customer has a reply and every department has reported back'),
  parameters: [],
  message: (d) => text(`事项 ${d.caseId}：结案时仍缺${joinLabels(d.missing, 'zh-CN')}。`, `Matter ${d.caseId}: closed while lacking ${joinLabels(d.missing, 'en')}.`),
});

type DeadlineFacts = { caseId: string; dueAt: string; metAt: string | null; asOf: string };

const approvalAnswer = defineRule<DeadlineFacts>({
  id: 'first-responder.approval-answer',
  severity: 'error',
  source: cite('ZH', 'WI/FW-006.5'),
  title: text('需请示事项限时给出明确答复', 'A definite answer on a matter needing approval within the limit'),
  parameters: [approvalAnswerWithin, dayCountingParameter],
  message: (d) =>
    d.metAt
      ? text(`事项 ${d.caseId}：明确答复应在 ${d.dueAt} 前，实际 ${d.metAt}。`, `Matter ${d.caseId}: the definite answer was due by ${d.dueAt}, given ${d.metAt}.`)
      : text(`事项 ${d.caseId}：明确答复应在 ${d.dueAt} 前，截至 ${d.asOf} 仍未答复。`, `Matter ${d.caseId}: the definite answer was due by ${d.dueAt}, still none as of ${d.asOf}.`),
});

const sameDay = defineRule<DeadlineFacts>({
  id: 'first-responder.same-day-reply',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-006.7'),
  title: text('能当日办完的事当日办完', 'What can be finished today is finished today'),
  parameters: [sameDayReply],
  message: (d) =>
    d.metAt
      ? text(`事项 ${d.caseId}：份内事应在 ${d.dueAt} 前答复，实际 ${d.metAt}。`, `Matter ${d.caseId}: an own-scope matter was due by ${d.dueAt}, replied ${d.metAt}.`)
      : text(`事项 ${d.caseId}：份内事应在 ${d.dueAt} 前答复，截至 ${d.asOf} 仍未答复。`, `Matter ${d.caseId}: an own-scope matter was due by ${d.dueAt}, still no reply as of ${d.asOf}.`),
});

/**
 * Every rule of the first-responder procedure, by name.
 *
 * @example
 * firstResponderRules.workTaboo.id // 'first-responder.work-taboo'
 */
export const firstResponderRules = Object.freeze({
  workTaboo,
  complaintTaboo,
  firstAskRefusal,
  followUpRefusal,
  phoneVague,
  phoneWei,
  addedPhrase,
  ringsExceeded,
  greetingName,
  callNote,
  customerHangsUpFirst,
  privateCall,
  fiveOnes,
  receptionSteps,
  deskUnmanned,
  arrivedLate,
  ownership,
  approvalAnswer,
  sameDay,
}) satisfies Record<string, Rule<never>>;

/** @internal The rule of each forbidden-phrase list (and of added phrases), by rule id. */
export const PHRASE_RULES: Readonly<Record<string, Rule<PhraseFacts>>> = Object.freeze(
  Object.fromEntries([workTaboo, complaintTaboo, firstAskRefusal, followUpRefusal, phoneVague, phoneWei, addedPhrase].map((r) => [r.id, r])),
);
