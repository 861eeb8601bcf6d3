import { WuyeError } from '../../core/errors';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Severity } from '../../core/rule';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { PhraseContext, PhraseScope } from './phrase-lists';
import { PHRASE_LISTS } from './phrase-lists';
import type { PatternContext, PhraseScanner, ScanPattern } from './phrase-scanner';
import { clauseChar, clauseHas, compileScanner, normalizePhrase } from './phrase-scanner';
import { TRADITIONAL_FORMS } from './phrases.generated';
import { ADDED_PHRASES, MAX_PHRASE_HITS, REMOVED_PHRASES } from './phrase-settings';

/**
 * One forbidden phrase found in a text: the phrase as its list writes it, the rule, severity
 * and clause, and where it is — `text.slice(index, index + length)` is the matched text of
 * the original (full-width, traditional or spaced as it was). `variant` is the listed form
 * that matched (e.g. 好像是 for 仿佛是), `entryId` the list item.
 *
 * @example
 * const hit: PhraseHit = { phrase: '不知道', ruleId: 'first-responder.first-ask-refusal', severity: 'error', source: { document: '《服务中心工作手册》', clause: 'WI/FW-009.2' }, index: 3, length: 3, entryId: 'WI/FW-009.2-3', variant: '不知道' };
 */
export interface PhraseHit {
  readonly phrase: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly source: Source;
  readonly index: number;
  readonly length: number;
  readonly entryId: string;
  readonly variant: string;
}

interface Target {
  readonly phrase: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly source: Source;
  readonly entryId: string;
  readonly variant: string;
  readonly order: number;
  /** The words (normalised, with their traditional forms) that make a hit no refusal. */
  readonly context?: Exemptions;
}

// The exempting words of a context, by the character next to the phrase (the last character
// of a word before it, the first of a word after it), so that a hit reads one character on
// each side and compares whole words only when that character matches.
interface Exemptions {
  readonly before: ReadonlyMap<number, readonly string[]>;
  readonly after: ReadonlyMap<number, readonly string[]>;
}

const exemptionsOf = new WeakMap<PhraseContext, Exemptions>();

function exemptions(context: PhraseContext): Exemptions {
  const known = exemptionsOf.get(context);
  if (known) return known;
  const byChar = (words: readonly string[] | undefined, last: boolean) => {
    const map = new Map<number, string[]>();
    for (const w of new Set((words ?? []).flatMap((word) => [word, ...(TRADITIONAL_FORMS[word] ?? [])]).map(normalizePhrase))) {
      const c = w.charCodeAt(last ? w.length - 1 : 0);
      map.set(c, [...(map.get(c) ?? []), w]);
    }
    return map;
  };
  const e = { before: byChar(context.notBefore, true), after: byChar(context.notAfter, false) };
  exemptionsOf.set(context, e);
  return e;
}

// A hit of a phrase with a context is no refusal when its clause has an exempting word right
// before or after it (the exempting words are in phrase-lists.ts; the reading in this
// procedure's docs.ts).
function exempt(input: string, index: number, length: number, e: Exemptions): boolean {
  const before = e.before.get(clauseChar(input, index, false));
  if (before) for (const w of before) if (w.length === 1 || clauseHas(input, index, w, false)) return true;
  const after = e.after.get(clauseChar(input, index + length, true));
  if (after) for (const w of after) if (w.length === 1 || clauseHas(input, index + length, w, true)) return true;
  return false;
}

// A scan pattern stands for every list item that matches the same text in the same context
// (不知道 is in four lists): one raw hit, expanded here into its items' hits. The items of
// pattern p are targetList[targetStart[p] … targetStart[p + 1]), in list order.
interface Matcher {
  readonly scanner: PhraseScanner;
  readonly targets: readonly Target[];
  readonly targetStart: Int32Array;
  readonly targetList: Int32Array;
  /** 0, 1, 2, …: the same layout for hits that name one target each. */
  readonly identity: Int32Array;
}

const CONTEXT: Record<PhraseScope, PatternContext> = {
  anywhere: { before: false, after: 'none' },
  'clause-final': { before: false, after: 'any' },
  'whole-answer': { before: true, after: 'stop' },
  'whole-clause': { before: true, after: 'any' },
};

// Internal punctuation matches a run of punctuation or none: each `|` is kept or dropped.
function punctuationVariants(normalized: string): string[] {
  const parts = normalized.split('|');
  let out = [parts[0]!];
  for (const part of parts.slice(1)) out = out.flatMap((prefix) => [`${prefix}|${part}`, `${prefix}${part}`]);
  return out;
}

function buildMatcher(policy: Policy | undefined): Matcher {
  const removed = new Set(paramValue(policy, REMOVED_PHRASES));
  const patterns: ScanPattern[] = [];
  const patternTargets: number[][] = [];
  const weights: number[] = [];
  const patternOf = new Map<string, number>();
  const contextIds = new Map<Exemptions, number>();
  const targets: Target[] = [];
  let order = 0;
  const add = (forms: readonly string[], variant: string, context: PatternContext, target: Omit<Target, 'variant' | 'order'>) => {
    const seen = new Set<string>();
    let contextId = 0;
    if (target.context) {
      contextId = contextIds.get(target.context) ?? contextIds.size + 1;
      contextIds.set(target.context, contextId);
    }
    for (const form of forms) {
      for (const v of punctuationVariants(normalizePhrase(form))) {
        if (v.length === 0 || seen.has(v)) continue;
        seen.add(v);
        const key = `${v}\t${context.before}\t${context.after}\t${context.report ?? ''}\t${contextId}`;
        let p = patternOf.get(key);
        if (p === undefined) {
          p = patterns.length;
          patternOf.set(key, p);
          patterns.push({ text: v, context });
          patternTargets.push([]);
          weights.push(0);
        }
        // An item's second form with the same text would only repeat its hit (dropped as a
        // duplicate); it still counts toward the hit limit.
        weights[p]!++;
        if (!patternTargets[p]!.some((t) => targets[t]!.entryId === target.entryId)) patternTargets[p]!.push(targets.length);
        targets.push({ ...target, variant, order });
      }
    }
  };
  for (const list of PHRASE_LISTS) {
    for (const entry of list.entries) {
      order++;
      if (removed.has(entry.id) || removed.has(entry.phrase)) continue;
      const target = { phrase: entry.phrase, ruleId: list.ruleId, severity: list.severity, source: list.source, entryId: entry.id, ...(entry.context ? { context: exemptions(entry.context) } : {}) };
      for (const p of entry.patterns) add([p, ...(TRADITIONAL_FORMS[p] ?? [])], p, CONTEXT[entry.scope], target);
      for (const p of entry.leadPatterns ?? []) add([p, ...(TRADITIONAL_FORMS[p] ?? [])], p, { before: true, after: 'none', report: normalizePhrase(entry.phrase).length }, target);
    }
  }
  paramValue(policy, ADDED_PHRASES).forEach((added, i) => {
    order++;
    if (removed.has(added.phrase)) return;
    const source = added.source ?? cite('LIBRARY', 'forbidden phrases: added');
    const target = { phrase: added.phrase, ruleId: 'first-responder.added-phrase', severity: added.severity, source, entryId: `added-${i + 1}` };
    for (const p of added.patterns ?? [added.phrase]) add([p], p, CONTEXT[added.scope ?? 'anywhere'], target);
  });
  const targetStart = new Int32Array(patterns.length + 1);
  patternTargets.forEach((list, p) => (targetStart[p + 1] = targetStart[p]! + list.length));
  return {
    scanner: compileScanner(patterns.map((p, i) => ({ ...p, weight: weights[i]! }))),
    targets,
    targetStart,
    targetList: Int32Array.from(patternTargets.flat()),
    identity: Int32Array.from({ length: targets.length + 1 }, (_, i) => i),
  };
}

// Policies are frozen, so a compiled matcher can be kept for each (a pure memo).
const matchers = new WeakMap<Policy, Matcher>();
let defaultMatcher: Matcher | undefined;

function matcherFor(policy: Policy | undefined): Matcher {
  if (policy === undefined) return (defaultMatcher ??= buildMatcher(undefined));
  assertPolicy(policy);
  let m = matchers.get(policy);
  if (!m) {
    m = buildMatcher(policy);
    matchers.set(policy, m);
  }
  return m;
}

const TYPE_ZH: Readonly<Record<string, string>> = { null: '空值', array: '数组', number: '数字', undefined: '空值（未填写）', object: '对象', boolean: '布尔值', bigint: '大整数', symbol: '符号', function: '函数' };

/**
 * Finds every forbidden phrase of 《服务中心工作手册》 (WI/FW-004.8 工作忌语, WI/FW-004.10 埋怨禁语,
 * WI/FW-009.2 不能说, WI/FW-018 一.4, WI/FW-003.8/.10 避免使用, WI/FW-003.3 喂) — plus the phrases the
 * policy adds, minus those it removes — in one pass over the text. Ignores full-/half-width
 * punctuation and spacing, works on traditional characters, matches the likely original
 * wording of machine-altered phrases. 不行, 不知道 and 不清楚 count as refusals said to the
 * customer: not inside a word (车辆不行驶), a condition (不行的话, 如有不清楚), an A-not-A question
 * (行不行) or a polite question (不知道您现在是否方便？). A phrase in several lists gives one hit
 * per list. Hits are sorted by position. A non-string is `INVALID_INPUT`; more hits than
 * `firstResponder.maxPhraseHits` is `INVALID_INPUT` (never a hang or an exhausted heap).
 *
 * @example
 * findForbiddenPhrases('这个我不知道，你去问开发商吧').map((h) => [h.ruleId, h.index, h.length])
 * // [['first-responder.work-taboo', 3, 3], ['first-responder.first-ask-refusal', 3, 3], ['first-responder.follow-up-refusal', 3, 3], ['first-responder.phone-vague', 3, 3]]
 * findForbiddenPhrases('不客气，很高兴为您服务') // []
 * findForbiddenPhrases('如有不清楚请随时来电') // []
 */
export function findForbiddenPhrases(input: string, policy?: Policy): PhraseHit[] {
  if (typeof input !== 'string') {
    const type = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    throw new WuyeError('INVALID_INPUT', text(`待检查的文本须为文字，收到的是${TYPE_ZH[type] ?? '其他值'}`, `The text to check must be a string, got ${type}`), { field: 'text', type });
  }
  const matcher = matcherFor(policy);
  const { scanner } = matcher;
  const limit = paramValue(policy, MAX_PHRASE_HITS);
  const raw = scanner.scan(input, limit);
  if (raw === 'limit') {
    throw new WuyeError('INVALID_INPUT', text(`文本中的禁用语命中超过 ${limit} 处，已停止扫描`, `More than ${limit} forbidden-phrase hits in the text; the scan stopped`), { field: 'text', limit, textLength: input.length });
  }
  return hitsOf(input, raw, matcher);
}

// The scan emits hits in order — by position, the longer first — but for hits that end
// later than a longer one (a pattern that waits for the boundary after it) and for two
// patterns matching the same text; then the hits are expanded to one per target and sorted
// by position, the longer first, then by list order. Undefined when the raw hits are in order.
function sorted(raw: Int32Array, m: Matcher): Int32Array | undefined {
  let inOrder = true;
  for (let k = 3; k < raw.length && inOrder; k += 3) inOrder = raw[k - 2]! < raw[k + 1]! || (raw[k - 2] === raw[k + 1] && raw[k - 1]! > raw[k + 2]!);
  if (inOrder) return undefined;
  const { targetStart, targetList, targets } = m;
  const flat: number[] = [];
  for (let k = 0; k < raw.length; k += 3) {
    for (let o = targetStart[raw[k]!]!; o < targetStart[raw[k]! + 1]!; o++) flat.push(targetList[o]!, raw[k + 1]!, raw[k + 2]!);
  }
  const order = Int32Array.from({ length: flat.length / 3 }, (_, n) => 3 * n);
  order.sort((a, b) => flat[a + 1]! - flat[b + 1]! || flat[b + 2]! - flat[a + 2]! || targets[flat[a]!]!.order - targets[flat[b]!]!.order);
  const out = new Int32Array(flat.length);
  order.forEach((from, n) => out.set(flat.slice(from, from + 3), 3 * n));
  return out;
}

// Raw scan hits → hit objects. Order: by position, the longer match first, then by list order;
// one hit per list item and position; exempted hits dropped. Kept apart from the argument
// checks so that the engine optimises this loop on its own.
function hitsOf(input: string, scanned: Int32Array, m: Matcher): PhraseHit[] {
  const { targets } = m;
  const expanded = sorted(scanned, m);
  const raw = expanded ?? scanned;
  // Expanded hits name a target each: pattern p is target p.
  const start = expanded ? m.identity : m.targetStart;
  const list = expanded ? m.identity : m.targetList;
  const hits: PhraseHit[] = [];
  let groupStart = 0;
  let groupIndex = -1;
  // Lists naming the same phrase share its context: read it once per position.
  let exemptAt = -1;
  let exemptFor: Exemptions | undefined;
  let exempted = false;
  for (let k = 0; k < raw.length; k += 3) {
    const p = raw[k]!;
    const index = raw[k + 1]!;
    const length = raw[k + 2]!;
    // The targets of one pattern share its context.
    const context = targets[list[start[p]!]!]!.context;
    if (context) {
      if (exemptAt !== index || exemptFor !== context) {
        exemptAt = index;
        exemptFor = context;
        exempted = exempt(input, index, length, context);
      }
      if (exempted) continue;
    }
    if (index !== groupIndex) {
      groupStart = hits.length;
      groupIndex = index;
    }
    // A pattern's targets are distinct items: each is compared with the hits of earlier patterns only.
    const earlier = hits.length;
    for (let o = start[p]!; o < start[p + 1]!; o++) {
      const t = targets[list[o]!]!;
      let duplicate = false;
      for (let g = groupStart; g < earlier && !duplicate; g++) duplicate = hits[g]!.entryId === t.entryId;
      if (!duplicate) hits.push({ phrase: t.phrase, ruleId: t.ruleId, severity: t.severity, source: t.source, index, length, entryId: t.entryId, variant: t.variant });
    }
  }
  return hits;
}
