import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import type { InstantInput } from '../../core/instant';
import { compareInstants, instantToEpochMs } from '../../core/instant';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import type { Parameter } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { contractCopySets, inspectionDepartments, requiredTakeoverDocuments, takeoverHandbooks } from './policy';
import { readinessRules } from './readiness';
import type { TakeoverRecord } from './schema';
import { DELIVERY_FIELD_LABELS, TAKEOVER_ITEM_LABELS, takeoverRecordSchema } from './schema';

/** @internal The five steps of 物业接管程序, in order. */
export type TakeoverStep = 'contract' | 'documents' | 'inspection' | 'confirmation' | 'handbooks';

/** @internal The steps in their order. */
export const TAKEOVER_STEPS: readonly TakeoverStep[] = Object.freeze(['contract', 'documents', 'inspection', 'confirmation', 'handbooks']);

const field = (name: string) => missingField(name, DELIVERY_FIELD_LABELS[name]!);
const item = (path: string, name: keyof typeof TAKEOVER_ITEM_LABELS) => missingField(path, TAKEOVER_ITEM_LABELS[name]);

/**
 * @internal What a step of a takeover record still lacks under a policy (empty when the step
 * is done): the contract or its copy sets, a document, an inspecting department, the keys, a
 * handbook. Shared by the machine's guards and {@link checkDelivery}.
 */
export function takeoverStepGaps(record: TakeoverRecord, step: TakeoverStep, policy?: Policy): MissingField[] {
  switch (step) {
    case 'contract':
      if (!record.contract) return [field('contract')];
      return record.contract.copySets < paramValue(policy, contractCopySets) ? [missingField('contract.copySets', DELIVERY_FIELD_LABELS.copySets!)] : [];
    case 'documents':
      return paramValue(policy, requiredTakeoverDocuments).filter((d) => record.documents?.[d] === undefined).map((d) => item(`documents.${d}`, d));
    case 'inspection':
      if (!record.inspection) return [field('inspection')];
      return paramValue(policy, inspectionDepartments).filter((d) => !record.inspection!.departments.includes(d)).map((d) => item('inspection.departments', d));
    case 'confirmation':
      if (!record.confirmation) return [field('confirmation')];
      return record.confirmation.keysHandedOver ? [] : [missingField('confirmation.keysHandedOver', DELIVERY_FIELD_LABELS.keysHandedOver!)];
    case 'handbooks':
      return paramValue(policy, takeoverHandbooks).filter((h) => record.handbooks?.[h] === undefined).map((h) => item(`handbooks.${h}`, h));
  }
}

/** When a step was (last) recorded, or undefined when nothing of it is on the record. */
function stepAt(record: TakeoverRecord, step: TakeoverStep): string | undefined {
  const latest = (values: readonly string[]) => values.reduce<string | undefined>((a, b) => (a === undefined || compareInstants(b, a) > 0 ? b : a), undefined);
  switch (step) {
    case 'contract':
      return record.contract?.signedAt;
    case 'documents':
      return latest(Object.values(record.documents ?? {}));
    case 'inspection':
      return record.inspection?.at;
    case 'confirmation':
      return record.confirmation?.at;
    case 'handbooks':
      return latest(Object.values(record.handbooks ?? {}));
  }
}

type GapFacts = { takeoverId: string; step: TakeoverStep; missing: MissingField[]; laterStep: TakeoverStep | 'completed' };
type OrderFacts = { takeoverId: string; step: TakeoverStep; at: string; previous: TakeoverStep; previousAt: string };

const STEP_TEXT: Readonly<Record<TakeoverStep, LocalizedText>> = {
  contract: text('签订合同并准备两套复印件', 'sign the contract and prepare two copy sets'),
  documents: text('取得施工、竣工合法证明及营业执照复印件', 'obtain the construction and completion certificates and the business-licence copy'),
  inspection: text('客服部、安保部、工程部共同验收', 'inspect jointly (customer service, security, engineering)'),
  confirmation: text('签订房屋及设施确认书并交接钥匙', 'sign the confirmation and hand over the keys'),
  handbooks: text('发放用户手册、装修手册、应急防护手册', 'issue the user, renovation and emergency handbooks'),
};
const LATER_TEXT: Readonly<Record<TakeoverStep | 'completed', LocalizedText>> = { ...STEP_TEXT, completed: text('接管完成', 'complete the takeover') };

function gapRule(step: TakeoverStep, clause: string, parameters: Parameter[]) {
  return defineRule<GapFacts>({
    id: `delivery.takeover-${step}`,
    severity: 'error',
    source: cite('OFFICE', clause),
    title: text(`接管须先${STEP_TEXT[step]['zh-CN']}`, `A takeover must first ${STEP_TEXT[step].en}`),
    parameters,
    message: (d) =>
      text(
        `接管 ${d.takeoverId}：已进行“${LATER_TEXT[d.laterStep]['zh-CN']}”，但“${STEP_TEXT[d.step]['zh-CN']}”未完成（缺：${joinLabels(d.missing, 'zh-CN')}）。`,
        `Takeover ${d.takeoverId}: "${LATER_TEXT[d.laterStep].en}" was done, but "${STEP_TEXT[d.step].en}" is incomplete (missing: ${joinLabels(d.missing, 'en')}).`,
      ),
  });
}

const outOfOrder = defineRule<OrderFacts>({
  id: 'delivery.takeover-out-of-order',
  severity: 'warning',
  source: cite('OFFICE', '物业接管程序 1–5'),
  title: text('接管五个步骤按顺序进行', 'The five takeover steps in order'),
  parameters: [],
  message: (d) => text(`接管 ${d.takeoverId}：“${STEP_TEXT[d.step]['zh-CN']}”（${d.at}）早于“${STEP_TEXT[d.previous]['zh-CN']}”（${d.previousAt}）。`, `Takeover ${d.takeoverId}: "${STEP_TEXT[d.step].en}" (${d.at}) came before "${STEP_TEXT[d.previous].en}" (${d.previousAt}).`),
});

/** @internal The takeover rules: one per step (a later step, or completion, recorded while this step is incomplete) and the order warning. */
export const takeoverRules = Object.freeze({
  contract: gapRule('contract', '物业接管程序 1', [contractCopySets]),
  documents: gapRule('documents', '物业接管程序 2', [requiredTakeoverDocuments]),
  inspection: gapRule('inspection', '物业接管程序 3', [inspectionDepartments]),
  confirmation: gapRule('confirmation', '物业接管程序 4', []),
  handbooks: gapRule('handbooks', '物业接管程序 5', [takeoverHandbooks]),
  outOfOrder,
}) satisfies Record<string, Rule<never>>;

/**
 * Every rule of the delivery procedure, by name: the takeover steps (checked by
 * {@link checkDelivery}) and the delivery lead times and move-in visits (reported by
 * `deliveryReadiness`; a late visit is the `kpi.cadence.moveInVisit` rule of `wuye-rules/kpi`).
 *
 * @example
 * deliveryRules.inspection.id // 'delivery.takeover-inspection'
 */
export const deliveryRules = Object.freeze({ ...takeoverRules, ...readinessRules }) satisfies Record<string, Rule<never>>;

// The record as it stood at asOf: a step dated after it had not happened yet.
function asItStood(record: TakeoverRecord, asOf: InstantInput): TakeoverRecord {
  const limit = instantToEpochMs(asOf, 'asOf');
  const done = (at: string | undefined) => at !== undefined && instantToEpochMs(at) <= limit;
  const dated = <K extends string>(entries: Partial<Record<K, string>> | undefined) => entries && (Object.fromEntries(Object.entries(entries).filter(([, at]) => done(at as string))) as Partial<Record<K, string>>);
  return {
    ...record,
    contract: done(record.contract?.signedAt) ? record.contract : undefined,
    documents: dated(record.documents),
    inspection: done(record.inspection?.at) ? record.inspection : undefined,
    confirmation: done(record.confirmation?.at) ? record.confirmation : undefined,
    handbooks: dated(record.handbooks),
    completedAt: done(record.completedAt) ? record.completedAt : undefined,
  };
}

/**
 * Checks a takeover record against 物业接管程序 as it stood at `asOf` (a step dated after
 * `asOf` has not happened yet): for each step, a violation when a later step (or completion)
 * is on the record while this one is incomplete; a warning for steps dated out of order. A
 * bad record is a typed error and is left unchanged.
 *
 * @example
 * checkDelivery({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00', inspection: { at: '2026-03-10T09:00:00+08:00', departments: ['engineering'] } }, { asOf: '2026-03-11T00:00:00+08:00' }).map((v) => v.ruleId)
 * // ['delivery.takeover-contract', 'delivery.takeover-documents']
 */
export function checkDelivery(record: TakeoverRecord, options: CheckOptions): Violation[] {
  parseInput(takeoverRecordSchema, record, text('接管记录', 'takeover record'), DELIVERY_FIELD_LABELS);
  const { asOf, policy } = checkOptions(options);
  const r = asItStood(record, asOf);
  const out: Violation[] = [];
  TAKEOVER_STEPS.forEach((step, i) => {
    const later = TAKEOVER_STEPS.slice(i + 1).find((s) => stepAt(r, s) !== undefined) ?? (r.completedAt !== undefined ? 'completed' : undefined);
    if (later === undefined) return;
    const missing = takeoverStepGaps(r, step, policy);
    if (missing.length > 0) out.push(violation(takeoverRules[step], { takeoverId: r.id, step, missing, laterStep: later }, policy));
  });
  let previous: TakeoverStep | undefined;
  for (const step of TAKEOVER_STEPS) {
    const at = stepAt(r, step);
    if (at === undefined) continue;
    const previousAt = previous && stepAt(r, previous);
    if (previous && previousAt && compareInstants(at, previousAt) < 0) out.push(violation(outOfOrder, { takeoverId: r.id, step, at, previous, previousAt }, policy));
    previous = step;
  }
  return applicable(out, options.policy);
}
