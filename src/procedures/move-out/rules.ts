import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { instantToEpochMs } from '../../core/instant';
import { isoToEpochMs } from '../../core/iso';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { multipleItemsFrom } from './policy';
import type { MoveOutRequest, RequesterKind, SignerRole } from './schema';
import { MOVE_OUT_FIELD_LABELS, moveOutRequestSchema } from './schema';

/**
 * @internal A check the pass needs before it may be issued (《服务中心工作手册》 WI/FW-020).
 *
 * @example
 * const c: MoveOutCheck = 'ownerConsent';
 */
export type MoveOutCheck = 'items' | 'requester' | 'identity' | 'ownerRecord' | 'authorisation' | 'ownerConsent' | 'renovationResponsible' | 'moveAssessment' | 'feesSettled';

/**
 * @internal The total number of pieces listed (the sum of the quantities).
 *
 * @example
 * pieceCount([{ name: '纸箱', quantity: 6 }, { name: '床', quantity: 1 }]) // 7
 */
export function pieceCount(items: readonly { readonly quantity: number }[]): number {
  return items.reduce((sum, item) => sum + item.quantity, 0);
}

/**
 * @internal Who must sign the pass for a requester: the owner signs their own pass, a non-owner signs
 * as requester (请客人署名), a contractor's pass is signed by the renovation responsible person.
 *
 * @example
 * expectedSigner('agent') // 'requester'
 */
export function expectedSigner(kind: RequesterKind): SignerRole {
  return kind === 'owner' ? 'owner' : kind === 'agent' ? 'requester' : 'renovation-responsible';
}

/**
 * @internal Whether the listed items need the “判定是否有搬迁可能” assessment: several items
 * (`moveOut.multipleItemsFrom` pieces or more) that are not a contractor's.
 *
 * @example
 * needsMoveAssessment('owner', [{ name: '纸箱', quantity: 6 }]) // true
 */
export function needsMoveAssessment(kind: RequesterKind | undefined, items: readonly { readonly quantity: number }[], policy?: Policy): boolean {
  return kind !== 'contractor' && pieceCount(items) >= paramValue(policy, multipleItemsFrom);
}

/**
 * @internal The checks a request still lacks before a pass may be issued (empty when none). With
 * `before`, a check made after that instant does not count (a check after the pass is a
 * check skipped). Shared by the machine's `canIssue` guard and {@link checkMoveOut}.
 *
 * @example
 * missingForPass({ id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3-1201', requester: { name: '李', kind: 'agent' } })
 * // ['items', 'identity', 'authorisation', 'ownerConsent']
 */
export function missingForPass(record: MoveOutRequest, policy?: Policy, before?: string): MoveOutCheck[] {
  // Reading: a check counts only if made at or before the pass (a check after it was skipped).
  const limit = before === undefined ? Infinity : (isoToEpochMs(before) ?? Infinity);
  const done = <T extends { at: string }>(entry: T | undefined): entry is T => entry !== undefined && (isoToEpochMs(entry.at) ?? Infinity) <= limit;
  const missing: MoveOutCheck[] = [];
  const kind = record.requester.kind;
  const list = done(record.itemList) && record.itemList.items.length > 0 ? record.itemList : undefined;
  if (!list) missing.push('items');
  if (kind === undefined) {
    // Nobody was identified: the owner, a non-owner or a contractor's responsible person.
    missing.push('requester');
    return missing;
  }
  if (kind === 'contractor') {
    if (!done(record.contractorCheck)) missing.push('renovationResponsible');
    return missing;
  }
  // Reading: 单件 = 1 piece; from moveOut.multipleItemsFrom pieces (default 2) the request is 多件 and is
  // first judged for a possible move-out; if so, finance must have confirmed the fees settled.
  if (list && needsMoveAssessment(kind, list.items, policy)) {
    const assessment = record.moveAssessment;
    if (!done(assessment)) missing.push('moveAssessment');
    else if (assessment.likelyMoving && !(record.feeChecks ?? []).some((c) => c.settled && done(c))) missing.push('feesSettled');
  }
  if (!done(record.identityCheck)) missing.push('identity');
  else if (kind === 'owner' && !record.identityCheck.ownerRecordChecked) missing.push('ownerRecord');
  if (kind === 'agent') {
    if (!done(record.authorisation)) missing.push('authorisation');
    if (!(done(record.ownerConfirmation) && record.ownerConfirmation.consented)) missing.push('ownerConsent');
  }
  return missing;
}

type PassFacts = { requestId: string; passNo: string };

const SIGNER_ZH: Readonly<Record<SignerRole, string>> = { owner: '业主', requester: '客人（非业主申请人）', 'renovation-responsible': '装修责任人' };

const itemsNotListed = defineRule<PassFacts>({
  id: 'move-out.items-not-listed',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('放行单须列明搬出物品', 'The pass lists the items carried out'),
  parameters: [],
  message: (d) => text(`放行单 ${d.passNo}（申请 ${d.requestId}）签发前未列明搬出物品。`, `Pass ${d.passNo} (request ${d.requestId}) was issued before the items were listed.`),
});

const requesterNotIdentified = defineRule<PassFacts>({
  id: 'move-out.requester-not-identified',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('放行单须查明申请人：业主、持委托书的非业主或施工单位装修责任人', 'The pass names who asked: the owner, a non-owner with authorisation, or the contractor\'s responsible person'),
  parameters: [],
  message: (d) => text(`放行单 ${d.passNo}（申请 ${d.requestId}）未查明申请人是业主、非业主还是施工单位。`, `Pass ${d.passNo} (request ${d.requestId}) does not say whether the owner, a non-owner or a contractor asked.`),
});

const ownerNotVerified = defineRule<PassFacts>({
  id: 'move-out.owner-not-verified',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('业主本人：出示身份证并核查业主资料', 'Owner: ID shown and checked against the owner records'),
  parameters: [],
  message: (d) => text(`放行单 ${d.passNo}（申请 ${d.requestId}）签发前未核实业主身份（身份证、业主资料）。`, `Pass ${d.passNo} (request ${d.requestId}) was issued before the owner's identity (ID, owner records) was verified.`),
});

const agentDocumentsMissing = defineRule<PassFacts & { missing: MissingField[] }>({
  id: 'move-out.agent-documents-missing',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('非业主：出示身份证及业主委托书', 'Non-owner: ID and the owner\'s written authorisation'),
  parameters: [],
  message: (d) => text(`放行单 ${d.passNo}（申请 ${d.requestId}）签发前缺少：${joinLabels(d.missing, 'zh-CN')}。`, `Pass ${d.passNo} (request ${d.requestId}) was issued without: ${joinLabels(d.missing, 'en')}.`),
});

const ownerNotConfirmed = defineRule<PassFacts>({
  id: 'move-out.owner-not-confirmed',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('非业主：查找业主资料，打电话向业主核实并获同意', 'Non-owner: the owner is phoned and agrees'),
  parameters: [],
  message: (d) => text(`放行单 ${d.passNo}（申请 ${d.requestId}）签发前未电话向业主核实并取得同意。`, `Pass ${d.passNo} (request ${d.requestId}) was issued before the owner was phoned and agreed.`),
});

const issuedDespiteRefusal = defineRule<PassFacts>({
  id: 'move-out.issued-despite-refusal',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('业主不同意的，拒绝办理物品搬出放行单', 'If the owner refuses, no pass is issued'),
  parameters: [],
  message: (d) => text(`业主已表示不同意，仍签发了放行单 ${d.passNo}（申请 ${d.requestId}）。`, `Pass ${d.passNo} (request ${d.requestId}) was issued although the owner refused.`),
});

const contractorNotVerified = defineRule<PassFacts>({
  id: 'move-out.contractor-not-verified',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('施工单位物品：核实装修责任人身份', "Contractor's items: the renovation responsible person is verified"),
  parameters: [],
  message: (d) => text(`施工单位物品的放行单 ${d.passNo}（申请 ${d.requestId}）签发前未核实装修责任人身份。`, `Pass ${d.passNo} (request ${d.requestId}) for a contractor's items was issued before the renovation responsible person was verified.`),
});

const moveNotAssessed = defineRule<PassFacts & { pieces: number }>({
  id: 'move-out.move-not-assessed',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('多件物品：先判定是否有搬迁可能', 'Several items: first judge whether the customer may be moving out'),
  parameters: [multipleItemsFrom],
  message: (d) => text(`放行单 ${d.passNo}（申请 ${d.requestId}，共 ${d.pieces} 件）签发前未判定是否有搬迁可能。`, `Pass ${d.passNo} (request ${d.requestId}, ${d.pieces} pieces) was issued without judging whether the customer may be moving out.`),
});

const feesNotSettled = defineRule<PassFacts>({
  id: 'move-out.fees-not-settled',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('有搬迁可能：财务核查交费情况，结清费用后方可办理', 'Possibly moving out: finance checks the fees; the pass only after they are settled'),
  parameters: [],
  message: (d) => text(`有搬迁可能，但放行单 ${d.passNo}（申请 ${d.requestId}）签发前无财务确认费用已结清的记录。`, `The customer may be moving out, but pass ${d.passNo} (request ${d.requestId}) was issued with no record of finance confirming the fees settled.`),
});

const wrongSigner = defineRule<PassFacts & { expected: SignerRole; found: SignerRole }>({
  id: 'move-out.wrong-signer',
  severity: 'error',
  source: cite('ZH', 'WI/FW-020'),
  title: text('放行单由业主、客人或装修责任人本人署名', 'The pass is signed by the owner, the requester or the renovation responsible person'),
  parameters: [],
  message: (d) => text(`放行单 ${d.passNo}（申请 ${d.requestId}）应由${SIGNER_ZH[d.expected]}署名，实为${SIGNER_ZH[d.found]}。`, `Pass ${d.passNo} (request ${d.requestId}) must be signed by ${d.expected}, not ${d.found}.`),
});

/**
 * Every rule of the move-out procedure, by name.
 *
 * @example
 * moveOutRules.feesNotSettled.id // 'move-out.fees-not-settled'
 */
export const moveOutRules = Object.freeze({
  itemsNotListed,
  requesterNotIdentified,
  ownerNotVerified,
  agentDocumentsMissing,
  ownerNotConfirmed,
  issuedDespiteRefusal,
  contractorNotVerified,
  moveNotAssessed,
  feesNotSettled,
  wrongSigner,
}) satisfies Record<string, Rule<never>>;

/**
 * Checks a move-out record as it stood at `asOf` and returns its violations: a pass issued
 * with a required check missing or made only after it, after the owner refused, or signed
 * by the wrong person. A record without a pass (or whose pass is dated after `asOf`) has
 * none. Invalid input is a typed error; the record is not changed.
 *
 * @example
 * checkMoveOut({ id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3栋1201', requester: { name: '李四', kind: 'agent' }, pass: { at: '2026-05-06T09:40:00+08:00', passNo: 'P-1', signedBy: '李四', signerRole: 'requester', issuedBy: '张丽' } }, { asOf: '2026-05-06T18:00:00+08:00' }).map((v) => v.ruleId)
 * // ['move-out.items-not-listed', 'move-out.agent-documents-missing', 'move-out.owner-not-confirmed']
 */
export function checkMoveOut(record: MoveOutRequest, options: CheckOptions): Violation[] {
  parseInput(moveOutRequestSchema, record, text('物品放行申请', 'move-out record'), MOVE_OUT_FIELD_LABELS);
  const { asOf, policy } = checkOptions(options);
  const pass = record.pass;
  // A pass dated after asOf was not issued yet at asOf: there is nothing to judge.
  if (!pass || instantToEpochMs(pass.at) > instantToEpochMs(asOf, 'asOf')) return [];
  const facts: PassFacts = { requestId: record.id, passNo: pass.passNo };
  const missing = missingForPass(record, policy, pass.at);
  const out: Violation[] = [];
  if (missing.includes('items')) out.push(violation(itemsNotListed, facts, policy));
  if (missing.includes('requester')) out.push(violation(requesterNotIdentified, facts, policy));
  if (missing.includes('renovationResponsible')) out.push(violation(contractorNotVerified, facts, policy));
  if (missing.includes('moveAssessment')) out.push(violation(moveNotAssessed, { ...facts, pieces: pieceCount(record.itemList?.items ?? []) }, policy));
  if (missing.includes('feesSettled')) out.push(violation(feesNotSettled, facts, policy));
  if (record.requester.kind === 'owner' && (missing.includes('identity') || missing.includes('ownerRecord'))) out.push(violation(ownerNotVerified, facts, policy));
  if (record.requester.kind === 'agent') {
    const docs = (['identity', 'authorisation'] as const).filter((m) => missing.includes(m)).map((m) => (m === 'identity' ? missingField('identityCheck', MOVE_OUT_FIELD_LABELS.idDocument!) : missingField('authorisation', MOVE_OUT_FIELD_LABELS.authorisation!)));
    if (docs.length > 0) out.push(violation(agentDocumentsMissing, { ...facts, missing: docs }, policy));
    if (record.ownerConfirmation?.consented === false) out.push(violation(issuedDespiteRefusal, facts, policy));
    else if (missing.includes('ownerConsent')) out.push(violation(ownerNotConfirmed, facts, policy));
  }
  const kind = record.requester.kind;
  const expected = kind === undefined ? undefined : expectedSigner(kind);
  if (expected !== undefined && pass.signerRole !== expected) out.push(violation(wrongSigner, { ...facts, expected, found: pass.signerRole }, policy));
  return applicable(out, options.policy);
}
