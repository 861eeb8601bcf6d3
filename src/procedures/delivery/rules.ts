import { compareInstants } from '../../core/instant';
import type { Parameter } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { contractCopySets, inspectionDepartments, requiredTakeoverDocuments, takeoverHandbooks } from './policy';
import type { TakeoverRecord } from './schema';
import { takeoverRecordSchema } from './schema';

/** The five steps of 物业接管程序, in order. @example const s: TakeoverStep = 'inspection'; */
export type TakeoverStep = 'contract' | 'documents' | 'inspection' | 'confirmation' | 'handbooks';

/** The steps in their order. @example TAKEOVER_STEPS[2] // 'inspection' */
export const TAKEOVER_STEPS: readonly TakeoverStep[] = Object.freeze(['contract', 'documents', 'inspection', 'confirmation', 'handbooks']);

/**
 * What a step of a takeover record still lacks under a policy (empty when the step is done):
 * the contract or its copy sets, a document, an inspecting department, the keys, a handbook.
 *
 * @example
 * takeoverStepGaps({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '…', contract: { signedAt: '…', copySets: 1 } }, 'contract') // ['copySets']
 */
export function takeoverStepGaps(record: TakeoverRecord, step: TakeoverStep, policy?: Policy): string[] {
  switch (step) {
    case 'contract':
      if (!record.contract) return ['contract'];
      return record.contract.copySets < paramValue(policy, contractCopySets) ? ['copySets'] : [];
    case 'documents':
      return paramValue(policy, requiredTakeoverDocuments).filter((d) => record.documents?.[d] === undefined);
    case 'inspection':
      if (!record.inspection) return ['inspection'];
      return paramValue(policy, inspectionDepartments).filter((d) => !record.inspection!.departments.includes(d));
    case 'confirmation':
      if (!record.confirmation) return ['confirmation'];
      return record.confirmation.keysHandedOver ? [] : ['keysHandedOver'];
    case 'handbooks':
      return paramValue(policy, takeoverHandbooks).filter((h) => record.handbooks?.[h] === undefined);
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

type GapFacts = { takeoverId: string; step: TakeoverStep; missing: string[]; laterStep: string };
type OrderFacts = { takeoverId: string; step: TakeoverStep; at: string; previous: TakeoverStep; previousAt: string };

const STEP_TEXT: Readonly<Record<TakeoverStep, LocalizedText>> = {
  contract: text('签订合同并准备两套复印件', 'sign the contract and prepare two copy sets'),
  documents: text('取得施工、竣工合法证明及营业执照复印件', 'obtain the construction and completion certificates and the business-licence copy'),
  inspection: text('客服部、安保部、工程部共同验收', 'inspect jointly (customer service, security, engineering)'),
  confirmation: text('签订房屋及设施确认书并交接钥匙', 'sign the confirmation and hand over the keys'),
  handbooks: text('发放用户手册、装修手册、应急防护手册', 'issue the user, renovation and emergency handbooks'),
};

function gapRule(step: TakeoverStep, clause: string, parameters: Parameter[], reading?: LocalizedText) {
  return defineRule<GapFacts>({
    id: `delivery.takeover-${step}`,
    severity: 'error',
    source: cite('OFFICE', clause),
    title: text(`接管须先${STEP_TEXT[step]['zh-CN']}`, `A takeover must first ${STEP_TEXT[step].en}`),
    parameters,
    ...(reading ? { reading } : {}),
    message: (d) =>
      text(
        `接管 ${d.takeoverId}：已进行“${d.laterStep}”，但“${STEP_TEXT[d.step]['zh-CN']}”未完成（缺：${d.missing.join('、')}）。`,
        `Takeover ${d.takeoverId}: "${d.laterStep}" was done, but "${STEP_TEXT[d.step].en}" is incomplete (missing: ${d.missing.join(', ')}).`,
      ),
  });
}

const outOfOrder = defineRule<OrderFacts>({
  id: 'delivery.takeover-out-of-order',
  severity: 'warning',
  source: cite('OFFICE', '物业接管程序 1–5'),
  title: text('接管五个步骤按顺序进行', 'The five takeover steps in order'),
  parameters: [],
  reading: text('某一步的时间早于前一步即为顺序颠倒；时间相同视为按序。', 'A step dated before the previous one is out of order; equal instants are in order.'),
  message: (d) => text(`接管 ${d.takeoverId}：“${STEP_TEXT[d.step]['zh-CN']}”（${d.at}）早于“${STEP_TEXT[d.previous]['zh-CN']}”（${d.previousAt}）。`, `Takeover ${d.takeoverId}: "${STEP_TEXT[d.step].en}" (${d.at}) came before "${STEP_TEXT[d.previous].en}" (${d.previousAt}).`),
});

/**
 * Every takeover rule: one per step (a later step, or completion, recorded while this step is
 * incomplete) and the order warning.
 *
 * @example
 * takeoverRules.inspection.id // 'delivery.takeover-inspection'
 */
export const takeoverRules = Object.freeze({
  contract: gapRule('contract', '物业接管程序 1', [contractCopySets], contractCopySets.reading),
  documents: gapRule('documents', '物业接管程序 2', [requiredTakeoverDocuments]),
  inspection: gapRule('inspection', '物业接管程序 3', [inspectionDepartments], inspectionDepartments.reading),
  confirmation: gapRule('confirmation', '物业接管程序 4', [], text('确认书签订与“钥匙交接与委托管理”同属第4步：确认书已签但钥匙未交接，该步未完成。', 'The confirmation and "keys handed over and entrusted" are one step (4): a signed confirmation without the keys leaves it incomplete.')),
  handbooks: gapRule('handbooks', '物业接管程序 5', [takeoverHandbooks]),
  outOfOrder,
}) satisfies Record<string, Rule<never>>;

/** Options of {@link checkTakeover}. @example const o: TakeoverCheckOptions = { policy: composePolicy(deliveryPacks.OFFICE) }; */
export interface TakeoverCheckOptions {
  readonly policy?: Policy | undefined;
}

/**
 * Checks a takeover record against 物业接管程序: for each step, a violation when a later step
 * (or completion) is on the record while this one is incomplete; a warning for steps dated out
 * of order. A bad record is a typed error and is left unchanged.
 *
 * @example
 * checkTakeover({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00', inspection: { at: '2026-03-10T09:00:00+08:00', departments: ['engineering'] } }).map((v) => v.ruleId)
 * // ['delivery.takeover-contract', 'delivery.takeover-documents']
 */
export function checkTakeover(record: TakeoverRecord, options: TakeoverCheckOptions = {}): Violation[] {
  parseInput(takeoverRecordSchema, record, 'takeover record');
  const { policy } = options;
  if (policy !== undefined) assertPolicy(policy);
  const out: Violation[] = [];
  TAKEOVER_STEPS.forEach((step, i) => {
    const later = TAKEOVER_STEPS.slice(i + 1).find((s) => stepAt(record, s) !== undefined) ?? (record.completedAt !== undefined ? 'completed' : undefined);
    if (later === undefined) return;
    const missing = takeoverStepGaps(record, step, policy);
    if (missing.length > 0) out.push(violation(takeoverRules[step], { takeoverId: record.id, step, missing, laterStep: later }, policy));
  });
  let previous: TakeoverStep | undefined;
  for (const step of TAKEOVER_STEPS) {
    const at = stepAt(record, step);
    if (at === undefined) continue;
    const previousAt = previous && stepAt(record, previous);
    if (previous && previousAt && compareInstants(at, previousAt) < 0) out.push(violation(outOfOrder, { takeoverId: record.id, step, at, previous, previousAt }, policy));
    previous = step;
  }
  return out;
}
