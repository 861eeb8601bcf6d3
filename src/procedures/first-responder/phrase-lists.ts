import type { Severity } from '../../core/rule';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';

/**
 * Where a phrase counts, by the clause boundaries around it (punctuation, line breaks, the
 * ends of the text): `anywhere`; `clause-final` — followed by a boundary (不管 as "none of my
 * business", not the conjunction 不管…都); `whole-answer` — a clause of its own that ends a
 * sentence (the lone 不: "不。", "不!"); `whole-clause` — a clause of its own (喂 as a greeting).
 *
 * @example
 * const where: PhraseScope = 'whole-answer';
 */
export type PhraseScope = 'anywhere' | 'clause-final' | 'whole-answer' | 'whole-clause';

/**
 * One forbidden phrase of a list, as the source writes it (`phrase`, simplified characters)
 * and the forms that are matched (`patterns`: the source wording without its quotes and
 * closing punctuation, plus the likely original wording where the scraped text was
 * machine-altered). Traditional forms are generated from `patterns` (phrases.generated.ts).
 *
 * @example
 * const entry: PhraseEntry = { id: 'WI/FW-004.10-6', ruleId: 'first-responder.complaint-taboo', phrase: '企业要求就是这么', patterns: ['企业要求就是这么', '公司规定就是这样'], scope: 'anywhere' };
 */
export interface PhraseEntry {
  readonly id: string;
  readonly ruleId: string;
  readonly phrase: string;
  readonly patterns: readonly string[];
  readonly scope: PhraseScope;
  /** Extra patterns that start with the phrase and count only at a clause start (喂您好). */
  readonly leadPatterns?: readonly string[];
  /** Where the phrase is no refusal: see {@link PhraseContext}. */
  readonly context?: PhraseContext;
}

/**
 * The words around a phrase that make it something other than what the list forbids: a hit
 * does not count when the text right before it (within its clause, ignoring spacing) ends with
 * a `notBefore` word, or the text right after it starts with a `notAfter` word. Written in
 * simplified characters; their traditional forms are generated (phrases.generated.ts).
 *
 * @example
 * const c: PhraseContext = { notBefore: ['如果'], notAfter: ['的话'] };
 */
export interface PhraseContext {
  readonly notBefore?: readonly string[];
  readonly notAfter?: readonly string[];
}

/**
 * A list of forbidden phrases of one clause, with the severity its wording gives: 禁语 and
 * "不能说" are errors, "避免使用" warnings.
 *
 * @example
 * PHRASE_LISTS.find((l) => l.ruleId === 'first-responder.phone-wei')?.severity // 'warning'
 */
export interface PhraseList {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly source: Source;
  readonly entries: readonly PhraseEntry[];
}

// Reading (issue 15): 不行, 不知道 and 不清楚 (WI/FW-004.8 1, WI/FW-009.2, WI/FW-018 一.4, WI/FW-003.8) are
// refusals said *to the customer*: the speaker declines, or declares they do not know. A hit
// needs the phrase as a word of its own, used as such a refusal. It is no refusal
// - inside a longer word: 行 read xíng (不行驶, 不行走, 不行使, 不行为);
// - in a condition: after 如果/如/若/要是/万一/假如/(如)有, or before 的话 (不行的话, 如有不清楚);
// - in an A-not-A question (行不行, 知不知道, 清不清楚) or a degree complement (高兴得不行);
// - in a polite question to the customer: 不知道 + 您/是否/能否/可否/方便 — WI/FW-018 一.1's
//   required opener "…不知道您现在是否方便？" is an inquiry, not a refusal;
// - after a verb of perceiving (听不清楚, 看不清楚): "I cannot hear you", answered by the
//   recommended "对不起,请您再讲一遍" (WI/FW-004.9 3), not "I do not know";
// - 不清楚 before 的地方/之处 ("有什么不清楚的地方"): the customer's doubts, not the speaker's.
// Every other use counts, wherever it stands ("这个我不知道，你去问开发商吧", "不行，办不了").
const CONDITION = ['如', '若', '如果', '假如', '要是', '万一', '倘若', '有'];
const BUXING: PhraseContext = { notBefore: [...CONDITION, '行', '得'], notAfter: ['的话', ...'驶走使为李人程动进车政销踪径军船凶骗贿窃刑医善礼'] };
const BUZHIDAO: PhraseContext = { notBefore: [...CONDITION, '知'], notAfter: ['的话', '您', '是否', '能否', '可否', '方便'] };
const BUQINGCHU: PhraseContext = { notBefore: [...CONDITION, '清', '看', '听', '写', '印'], notAfter: ['的话', '的地方', '之处'] };
const CONTEXT_OF: Readonly<Record<string, PhraseContext>> = { 不行: BUXING, 不知道: BUZHIDAO, 不清楚: BUQINGCHU, 不太清楚: BUQINGCHU };

const entries = (ruleId: string, clause: string, items: ReadonlyArray<readonly [item: string, phrase: string, patterns?: readonly string[], scope?: PhraseScope]>): PhraseEntry[] =>
  items.map(([item, phrase, patterns, scope]) => {
    const context = CONTEXT_OF[phrase];
    return { id: `${clause}-${item}`, ruleId, phrase, patterns: patterns ?? [phrase], scope: scope ?? 'anywhere', ...(context ? { context } : {}) };
  });

// Reading: the verbatim wording of 《服务中心工作手册》 is kept as `phrase`; the scraped copy was
// machine-altered (仿佛 for 好像, 企业 for 公司, 基础 for 基本, 全部 for 都), so the likely original
// wording is matched too. Closing "!"/"?" and surrounding quotes are not part of a pattern:
// "我没时间。" is as forbidden as "我没时间!". Internal punctuation matches any punctuation or none.

/**
 * @internal Every forbidden-phrase list of 《服务中心工作手册》 (procedures.md §2), verbatim, with the
 * severity of its clause.
 *
 * @example
 * PHRASE_LISTS.map((l) => [l.ruleId, l.entries.length])
 */
export const PHRASE_LISTS: readonly PhraseList[] = [
  {
    ruleId: 'first-responder.work-taboo',
    severity: 'error',
    source: cite('ZH', 'WI/FW-004.8'),
    // 1) "不知道!不管!不行!" is three phrases; 不管 only closing a clause (the conjunction 不管…都 is not a refusal).
    entries: entries('first-responder.work-taboo', 'WI/FW-004.8', [
      ['1a', '不知道'],
      ['1b', '不管', ['不管'], 'clause-final'],
      ['1c', '不行'],
      ['2', '不是告诉你了吗,怎么还问?', ['不是告诉你了吗,怎么还问']],
      ['3', '我没时间!', ['我没时间']],
      ['4', '你问我,我问谁去!', ['你问我,我问谁去']],
      ['5', '没看到我在忙吗!', ['没看到我在忙吗']],
      ['6', '我就这态度!', ['我就这态度']],
      ['7', '你找领导去呀!', ['你找领导去呀']],
      ['8', '你会告状你去告吧'],
      ['9', '你怎么这么多毛病!', ['你怎么这么多毛病']],
      ['10', '你有什么资格!', ['你有什么资格']],
      ['11', '你自己看着办!', ['你自己看着办']],
      ['12', '我不是为你一个人服务!', ['我不是为你一个人服务']],
    ]),
  },
  {
    ruleId: 'first-responder.complaint-taboo',
    severity: 'error',
    source: cite('ZH', 'WI/FW-004.10'),
    entries: entries('first-responder.complaint-taboo', 'WI/FW-004.10', [
      // "一分管理(服务)": the bracket gives an alternative word.
      ['1', '你要知道,一分管理费,一分管理(服务)', ['你要知道,一分管理费,一分管理', '你要知道,一分管理费,一分服务']],
      ['2', '绝对不可能有这种事发生'],
      // The refusal is 不归我管; "请你去找" alone is also how one directs a customer correctly.
      ['3', '请你去找,这事不归我管', ['不归我管']],
      ['4', '我绝对没说过这种话'],
      ['5', '我不知道怎么处理'],
      ['6', '企业要求就是这么', ['企业要求就是这么', '公司规定就是这样']],
      ['7', '怎么连基础常识全部不懂!', ['怎么连基础常识全部不懂', '怎么连基本常识都不懂']],
      ['8', '改天再通知你'],
    ]),
  },
  {
    ruleId: 'first-responder.first-ask-refusal',
    severity: 'error',
    source: cite('ZH', 'WI/FW-009.2'),
    entries: entries('first-responder.first-ask-refusal', 'WI/FW-009.2', [
      ['1', '不', ['不'], 'whole-answer'],
      ['2', '不行'],
      ['3', '不知道'],
      ['4', '不清楚'],
      ['5', '不是我管'],
    ]),
  },
  {
    ruleId: 'first-responder.follow-up-refusal',
    severity: 'error',
    source: cite('ZH', 'WI/FW-018 一.4'),
    entries: entries('first-responder.follow-up-refusal', 'WI/FW-018 一.4', [
      ['1', '不行'],
      ['2', '不知道'],
      ['3', '不清楚'],
    ]),
  },
  {
    ruleId: 'first-responder.phone-vague',
    severity: 'warning',
    source: cite('ZH', 'WI/FW-003.8、.10'),
    entries: entries('first-responder.phone-vague', 'WI/FW-003.8', [
      ['1', '仿佛是', ['仿佛是', '好像是']],
      ['2', '不太清楚'],
      ['3', '不知道'],
    ]),
  },
  {
    ruleId: 'first-responder.phone-wei',
    severity: 'warning',
    source: cite('ZH', 'WI/FW-003.3'),
    // 喂 as a greeting: a clause of its own ("喂，您好"), opening a greeting ("喂您好"), or repeated
    // ("喂喂喂", reported once, at its first 喂); never 喂养.
    entries: [{ id: 'WI/FW-003.3-1', ruleId: 'first-responder.phone-wei', phrase: '喂', patterns: ['喂'], scope: 'whole-clause', leadPatterns: ['喂你好', '喂您好', '喂喂'] }],
  },
];

/**
 * @internal The recommended phrases of 《服务中心工作手册》 WI/FW-004.6 (电话文明用语, 7), WI/FW-004.7 (服务台工作用语,
 * 15) and WI/FW-004.9 (服务指导用语, 6), verbatim; 快乐 is the machine-altered 高兴, so the likely
 * original is listed too. None of them may ever be flagged.
 *
 * @example
 * RECOMMENDED_PHRASES['WI/FW-004.9'][4] // '对不起,电话打错了,请您查对后再打'
 */
export const RECOMMENDED_PHRASES: Readonly<Record<'WI/FW-004.6' | 'WI/FW-004.7' | 'WI/FW-004.9', readonly string[]>> = {
  'WI/FW-004.6': [
    '请问您有什么事吗?',
    '您反应问题,我们会争取立即办理。',
    '请您留下联络电话,有事我们再通知您。',
    '请把您具体地址告诉我们,我们立即派人前往为您提供上门服务。',
    '不客气,这是我们应该做。',
    '对不起,因为我们工作中疏忽,给您添了麻烦,请您谅解。',
    '请对我们工作多提宝贵意见。',
  ],
  'WI/FW-004.7': [
    '您好、请坐、对不起、不客气、请稍候。',
    '很快乐为您服务!',
    '请您按要求填写表格。',
    '请您将相关材料准备齐全。',
    '请您签字。',
    '请您简明扼要地介绍一下情况。',
    '请问您有什么问题?',
    '请别着急,我们尽力帮您处理问题。',
    '请将您联络地址、电话留下。',
    '期望您能了解、支持我们工作。',
    '这是我们应该做。',
    '很抱歉,让您多跑一趟。',
    '为您服务是我们应该做!',
    '期望您能满意!',
    '谢谢合作,再见。',
  ],
  'WI/FW-004.9': [
    '您好,有什么需要帮您?',
    '您好,华侨城服务中心',
    '对不起,请您再讲一遍',
    '对不起,现在电话比较忙',
    '对不起,电话打错了,请您查对后再打',
    '不客气,很快乐为您服务,再见',
  ],
};

/**
 * @internal The likely original wording of recommended phrases the scraped text machine-altered
 * (快乐 for 高兴), also never flagged.
 *
 * @example
 * RECOMMENDED_ORIGINALS.includes('很高兴为您服务!') // true
 */
export const RECOMMENDED_ORIGINALS: readonly string[] = ['很高兴为您服务!', '不客气,很高兴为您服务,再见'];
