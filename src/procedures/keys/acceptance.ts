import type { CheckOptions } from '../../core/check-options';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation } from '../../core/rule';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { checkOptions } from '../../core/check-options';
import { acceptedCategories } from './policy';
import type { ConstructionKeyHandover } from './schema';
import { constructionKeyHandoverSchema, KEYS_FIELD_LABELS } from './schema';

type BatchFacts = { batchId: string; from: string };
const RULES_CLAUSE = cite('RULES', '钥匙管理规定 1');

const emptyBatch = defineRule<BatchFacts>({
  id: 'keys.handover-empty',
  severity: 'error',
  source: RULES_CLAUSE,
  title: text('移交钥匙须有清单', 'A key hand-over comes with a list'),
  parameters: [acceptedCategories],
  message: (d) => text(`${d.from} 移交的钥匙批次 ${d.batchId} 没有须验收的钥匙清单。`, `Key batch ${d.batchId} from ${d.from} lists no keys to accept.`),
});

const countMismatch = defineRule<BatchFacts & { lines: string[] }>({
  id: 'keys.handover-count-mismatch',
  severity: 'error',
  source: RULES_CLAUSE,
  title: text('实收钥匙数与清单相符', 'Keys received match the list'),
  parameters: [acceptedCategories],
  message: (d) => text(`钥匙批次 ${d.batchId} 数量不符：${d.lines.join('；')}。`, `Key batch ${d.batchId} does not match its list: ${d.lines.join('; ')}.`),
});

const notTried = defineRule<BatchFacts & { lines: string[] }>({
  id: 'keys.handover-key-not-tried',
  severity: 'error',
  source: RULES_CLAUSE,
  title: text('每把钥匙试开对应的锁', 'Each key is tried in its lock'),
  parameters: [acceptedCategories],
  message: (d) => text(`钥匙批次 ${d.batchId} 未试开：${d.lines.join('、')}。`, `Key batch ${d.batchId}: not tried: ${d.lines.join(', ')}.`),
});

const unsigned = defineRule<BatchFacts & { missing: MissingField[] }>({
  id: 'keys.acceptance-unsigned',
  severity: 'error',
  source: RULES_CLAUSE,
  title: text('验收单由移交、接收双方签字', 'The acceptance is signed by both sides'),
  parameters: [],
  message: (d) => text(`钥匙批次 ${d.batchId} 验收未签字：${joinLabels(d.missing, 'zh-CN')}。`, `Key batch ${d.batchId} acceptance lacks: ${joinLabels(d.missing, 'en')}.`),
});

/** @internal The rules of the construction-side key acceptance, by name. */
export const keyAcceptanceRules = Object.freeze({ emptyBatch, countMismatch, notTried, unsigned }) satisfies Record<string, Rule<never>>;

/** One item of the acceptance checklist. @example const i: AcceptanceItem = { id: 'counted', done: true, title: text('点数相符', 'Counted'), source: cite('RULES', '钥匙管理规定 1') }; */
export interface AcceptanceItem {
  readonly id: 'listed' | 'counted' | 'tried' | 'signed';
  readonly done: boolean;
  readonly title: LocalizedText;
  readonly source: Source;
}

/** The acceptance of a key batch: accepted or not, the checklist, and the violations. @example const a: KeyAcceptance = acceptConstructionKeys(batch, { asOf: '2026-05-06T10:00:00+08:00' }); */
export interface KeyAcceptance {
  readonly accepted: boolean;
  readonly checklist: readonly AcceptanceItem[];
  readonly violations: readonly Violation[];
}

/**
 * Accepts keys handed over by the construction side (《客服制度》 钥匙管理规定 1: vacant units,
 * show flats, mailboxes, plant rooms, offices) by checklist: a list, counts matching, each key
 * tried, both sides signing. Lines of a kind outside `keys.acceptedCategories` are not
 * checked. The rule sets no time limit, so `asOf` is checked but changes nothing. Invalid
 * input is a typed error; the batch is not changed.
 *
 * @example
 * acceptConstructionKeys(batch, { asOf: '2026-05-06T10:00:00+08:00' }).checklist.map((i) => [i.id, i.done]) // [['listed', true], ['counted', true], ['tried', false], ['signed', true]]
 */
export function acceptConstructionKeys(batch: ConstructionKeyHandover, options: CheckOptions): KeyAcceptance {
  parseInput(constructionKeyHandoverSchema, batch, text('施工方移交钥匙批次', 'construction key hand-over'), KEYS_FIELD_LABELS);
  const { policy } = checkOptions(options);
  const categories = paramValue(policy, acceptedCategories) as readonly string[];
  // Reading: the 验收流程图 is missing from the source (the text breaks off); acceptance is read as
  // counted against the list, each key tried, both sides signing (see READING).
  const lines = batch.keys.filter((k) => categories.includes(k.category));
  const facts: BatchFacts = { batchId: batch.id, from: batch.from };
  const violations: Violation[] = [];
  const listed = lines.length > 0;
  if (!listed) violations.push(violation(emptyBatch, facts, policy));
  const mismatched = lines.filter((k) => k.received !== k.listed).map((k) => `${k.label} ${k.received}/${k.listed}`);
  if (mismatched.length > 0) violations.push(violation(countMismatch, { ...facts, lines: mismatched }, policy));
  const untried = lines.filter((k) => !k.tried).map((k) => k.label);
  if (untried.length > 0) violations.push(violation(notTried, { ...facts, lines: untried }, policy));
  const a = batch.acceptance;
  const missing = !a ? [missingField('acceptance', KEYS_FIELD_LABELS.acceptance!)] : signaturesMissing(a, 'acceptance', ['handedOverSigned', 'receivedSigned']);
  if (missing.length > 0) violations.push(violation(unsigned, { ...facts, missing }, policy));
  const item = (id: AcceptanceItem['id'], done: boolean, title: LocalizedText): AcceptanceItem => ({ id, done, title, source: RULES_CLAUSE });
  const checklist = [
    item('listed', listed, text('移交钥匙有清单', 'The keys come with a list')),
    item('counted', listed && mismatched.length === 0, text('逐类逐把点数，与清单相符', 'Counted line by line against the list')),
    item('tried', listed && untried.length === 0, text('每把钥匙试开对应的锁', 'Each key tried in its lock')),
    item('signed', missing.length === 0, text('移交、接收双方签字', 'Signed by both sides')),
  ];
  return { accepted: violations.length === 0, checklist, violations };
}

/** @internal The signatures a signed record lacks, as missing fields under `path`. */
export function signaturesMissing<K extends string>(record: Readonly<Record<K, boolean>>, path: string, keys: readonly K[]): MissingField[] {
  return keys.filter((k) => !record[k]).map((k) => missingField(`${path}.${k}`, KEYS_FIELD_LABELS[k]!));
}
