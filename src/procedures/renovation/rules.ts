import { zoneParameter } from '../../core/core-parameters';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { compareInstants, formatLocal, toIsoInstant } from '../../core/instant';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { requiredDocuments } from './policy';
import { renovationSiteRules } from './site-inspection';
import { renovationSupervisionRules } from './supervision';
import type { RenovationDocument, RenovationRecord, SeriousViolation } from './schema';
import { RENOVATION_FIELD_LABELS, renovationRecordSchema } from './schema';

type RecordFacts = { renovationId: string };
type EvidenceStep = 'notice' | 'stop' | 'report';
const STEP_ZH: Readonly<Record<EvidenceStep, string>> = { notice: '书面告知', stop: '制止', report: '书面上报' };
const label = (name: string) => RENOVATION_FIELD_LABELS[name]!;
const field = (name: string) => missingField(name, label(name));

const workBeforeFireApproval = defineRule<RecordFacts & { startedAt: string; approvedAt: string | null }>({
  id: 'renovation.work-before-fire-approval',
  severity: 'error',
  source: cite('OFFICE', '装修申请程序 说明 2'),
  title: text('取得消防安全许可证方可施工', 'No work before the fire-safety approval'),
  parameters: [],
  message: (d) =>
    text(
      `装修 ${d.renovationId}：${d.startedAt} 开始施工，${d.approvedAt ? `消防安全许可 ${d.approvedAt} 才取得` : '尚未取得消防安全许可'}。`,
      `Renovation ${d.renovationId}: work started ${d.startedAt}, ${d.approvedAt ? `the fire-safety approval came only at ${d.approvedAt}` : 'without a fire-safety approval'}.`,
    ),
});

const workBeforePermit = defineRule<RecordFacts & { startedAt: string }>({
  id: 'renovation.work-before-permit',
  severity: 'error',
  source: cite('OFFICE', '装修申请程序 6'),
  title: text('签发装修许可证后方可施工', 'No work before the renovation permit'),
  parameters: [],
  message: (d) => text(`装修 ${d.renovationId}：${d.startedAt} 开始施工时尚未签发装修许可证。`, `Renovation ${d.renovationId}: work started ${d.startedAt} before the renovation permit.`),
});

const permitIncomplete = defineRule<RecordFacts & { missing: MissingField[] }>({
  id: 'renovation.permit-incomplete',
  severity: 'error',
  source: cite('OFFICE', '装修申请程序 1–6'),
  title: text('许可证签发前完成资质审核、资料提交、工程部审核、承诺书与安全协议、出入证与动火证、消防许可', 'Before the permit: contractor check, documents, engineering approval, commitment and safety agreement, passes and permits, fire-safety approval'),
  parameters: [requiredDocuments],
  message: (d) => text(`装修 ${d.renovationId}：签发装修许可证时缺少${joinLabels(d.missing, 'zh-CN')}。`, `Renovation ${d.renovationId}: the permit was issued without the ${joinLabels(d.missing, 'en')}.`),
});

type SeriousFacts = RecordFacts & { kind: string; description: string; foundAt: string };

const seriousNotStopped = defineRule<SeriousFacts>({
  id: 'renovation.serious-violation-not-stopped',
  severity: 'error',
  source: cite('STD', '装修服务 装修过程服务 6'),
  title: text('严重违章：即时以书面形式告知违章事项，并采取制止措施', 'Serious violation: written notice at once, and stop it'),
  parameters: [],
  message: (d) => text(`装修 ${d.renovationId}：${d.foundAt} 发现严重违章（${d.description}），未书面告知并制止。`, `Renovation ${d.renovationId}: serious violation found ${d.foundAt} (${d.description}) without a written notice and a stop.`),
});

const seriousNotReported = defineRule<SeriousFacts & { ineffectiveAt: string }>({
  id: 'renovation.serious-violation-not-reported',
  severity: 'error',
  source: cite('STD', '装修服务 装修过程服务 6'),
  title: text('制止无效时及时书面上报主管部门', 'If the stop is ineffective, a written report to the authority'),
  parameters: [],
  message: (d) => text(`装修 ${d.renovationId}：${d.ineffectiveAt} 制止无效（${d.description}），未书面上报主管部门。`, `Renovation ${d.renovationId}: the stop was ineffective at ${d.ineffectiveAt} (${d.description}) and no written report went to the authority.`),
});

const evidenceMissing = defineRule<SeriousFacts & { steps: EvidenceStep[] }>({
  id: 'renovation.evidence-missing',
  severity: 'error',
  source: cite('STD', '装修服务 装修过程服务 6'),
  title: text('必须留存告知、制止、上报等义务履行证明材料', 'Evidence of the notice, stop and report is kept'),
  parameters: [],
  message: (d) => text(`装修 ${d.renovationId}：严重违章（${d.description}）的${d.steps.map((x) => STEP_ZH[x]).join('、')}没有留存证明材料。`, `Renovation ${d.renovationId}: no evidence kept of the ${d.steps.join(', ')} for the serious violation (${d.description}).`),
});

const acceptanceBeforeFireInspection = defineRule<RecordFacts & { acceptedAt: string }>({
  id: 'renovation.acceptance-before-fire-inspection',
  severity: 'error',
  source: cite('OFFICE', '验收入住程序 1'),
  title: text('向消防部门报检，检测合格后方可验收', 'Acceptance only after the fire inspection passed'),
  parameters: [],
  message: (d) => text(`装修 ${d.renovationId}：${d.acceptedAt} 验收时消防检测尚未合格。`, `Renovation ${d.renovationId}: accepted ${d.acceptedAt} without a passed fire inspection.`),
});

const acceptanceIncomplete = defineRule<RecordFacts & { missing: MissingField[] }>({
  id: 'renovation.acceptance-incomplete',
  severity: 'error',
  source: cite('OFFICE', '验收入住程序 2、3'),
  title: text('竣工资料交工程部；客服部组织工程部、安保部与施工方共同验收，签发验收合格通知书', 'Completion documents to engineering; joint acceptance by desk, engineering, security and contractor; acceptance notice signed'),
  parameters: [],
  message: (d) => text(`装修 ${d.renovationId}：验收缺少${joinLabels(d.missing, 'zh-CN')}。`, `Renovation ${d.renovationId}: the acceptance lacks the ${joinLabels(d.missing, 'en')}.`),
});

const moveInBeforeAcceptance = defineRule<RecordFacts & { movedInAt: string }>({
  id: 'renovation.move-in-before-acceptance',
  severity: 'error',
  source: cite('OFFICE', '验收入住程序 4'),
  title: text('验收合格后方可入住、正式送电', 'Move-in and power only after acceptance'),
  parameters: [],
  message: (d) => text(`装修 ${d.renovationId}：${d.movedInAt} 入住时尚未验收合格。`, `Renovation ${d.renovationId}: moved in ${d.movedInAt} before a signed acceptance.`),
});

/** @internal The rules of the renovation file (what `checkRenovation` judges), by name. */
export const renovationRecordRules = Object.freeze({
  workBeforeFireApproval,
  workBeforePermit,
  permitIncomplete,
  seriousNotStopped,
  seriousNotReported,
  evidenceMissing,
  acceptanceBeforeFireInspection,
  acceptanceIncomplete,
  moveInBeforeAcceptance,
}) satisfies Record<string, Rule<never>>;

/**
 * Every rule of the renovation procedure, by name: the file's (`checkRenovation`), the
 * supervision's (`checkSupervision`) and the site inspection's (`checkSiteInspection`).
 *
 * @example
 * renovationRules.officerVisits.id // 'renovation.officer-visits'
 */
export const renovationRules = Object.freeze({ ...renovationRecordRules, ...renovationSupervisionRules, ...renovationSiteRules }) satisfies Record<string, Rule<never>>;

/** @internal The parties of the joint acceptance (验收入住程序 3). */
export const ACCEPTANCE_PARTIES: readonly string[] = Object.freeze(['customer-service', 'engineering', 'security', 'contractor']);

/** @internal The documents of `required` not yet submitted. */
export function missingDocuments(record: RenovationRecord, required: readonly RenovationDocument[]): RenovationDocument[] {
  return required.filter((d) => record.documents?.[d] === undefined);
}

/**
 * @internal What the file lacks before the renovation permit may be issued (empty when
 * complete): contractor check passed, documents, engineering approval, commitment letter,
 * safety agreement, passes and hot-work permits, fire-safety approval. Shared by the
 * machine's guard and the rules.
 */
export function missingBeforePermit(record: RenovationRecord, policy?: Policy, by?: string): MissingField[] {
  // With `by` (the permit's instant), a step counts only if it was done by then.
  const done = (at: string | undefined): boolean => at !== undefined && (by === undefined || compareInstants(at, by) <= 0);
  const missing: MissingField[] = [];
  if (!record.contractorChecks?.some((c) => c.licenceValid && c.qualified && done(c.at))) missing.push(field('contractorChecks'));
  for (const d of paramValue(policy, requiredDocuments)) if (!done(record.documents?.[d])) missing.push(missingField(`documents.${d}`, label(d)));
  const reviews = (record.reviews ?? []).filter((r) => done(r.at));
  if (!reviews.at(-1)?.approved) missing.push(field('reviews'));
  if (!done(record.commitmentSignedAt)) missing.push(field('commitmentSignedAt'));
  if (!done(record.safetyAgreementSignedAt)) missing.push(field('safetyAgreementSignedAt'));
  if (!done(record.passes?.at)) missing.push(field('passes'));
  if (!done(record.fireApproval?.at)) missing.push(field('fireApproval'));
  return missing;
}

/**
 * @internal What a joint acceptance lacks (empty when complete): a passed fire inspection
 * before it, the completion documents, every party, the signed notice.
 */
export function missingForAcceptance(record: RenovationRecord, acceptance = record.acceptance, by?: string): MissingField[] {
  // With `by` (the acceptance's instant), a step counts only if it was done by then.
  const done = (at: string | undefined): boolean => at !== undefined && (by === undefined || compareInstants(at, by) <= 0);
  const missing: MissingField[] = [];
  if (!record.fireInspections?.some((f) => f.passed && done(f.at))) missing.push(field('fireInspections'));
  if (!done(record.completionDocumentsAt)) missing.push(field('completionDocumentsAt'));
  for (const p of ACCEPTANCE_PARTIES) if (!acceptance?.parties.includes(p)) missing.push(missingField(`acceptance.parties.${p}`, label(p)));
  if (!acceptance?.noticeSigned) missing.push(missingField('acceptance.noticeSigned', label('noticeSigned')));
  return missing;
}

/** @internal The steps of a serious violation's handling recorded without evidence. */
export function stepsWithoutEvidence(v: SeriousViolation): EvidenceStep[] {
  const out: EvidenceStep[] = [];
  if (v.notice && v.notice.evidence.length === 0) out.push('notice');
  if (v.stop && v.stop.evidence.length === 0) out.push('stop');
  if (v.report && v.report.evidence.length === 0) out.push('report');
  return out;
}

/**
 * Checks a renovation file as of an instant: work before the fire-safety approval or the
 * permit, a permit issued with steps missing, serious violations not stopped, not reported
 * or without evidence, acceptance before the fire inspection or incomplete, move-in before
 * acceptance. Supervision and site inspections have their own checks (`checkSupervision`,
 * `checkSiteInspection`). Invalid input is a typed error; the record is not changed.
 *
 * @example
 * checkRenovation({ ...record, workStartedAt: '2026-05-08T09:00:00+08:00' }, { asOf: '2026-05-09T00:00:00+08:00' })
 * // [{ ruleId: 'renovation.work-before-fire-approval', … }, …]
 */
export function checkRenovation(record: RenovationRecord, options: CheckOptions): Violation[] {
  parseInput(renovationRecordSchema, record, text('装修档案', 'renovation record'), RENOVATION_FIELD_LABELS);
  checkOptions(options);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const asOf = toIsoInstant(options.asOf, zone);
  const happened = (at: string | undefined): at is string => at !== undefined && compareInstants(at, asOf) <= 0;
  const before = (a: string | undefined, b: string) => happened(a) && compareInstants(a, b) <= 0;
  const local = (at: string) => formatLocal(at, zone);
  const renovationId = record.id;
  const out: Violation[] = [];

  if (happened(record.workStartedAt)) {
    const started = record.workStartedAt;
    if (!before(record.fireApproval?.at, started)) {
      out.push(violation(workBeforeFireApproval, { renovationId, startedAt: local(started), approvedAt: happened(record.fireApproval?.at) ? local(record.fireApproval!.at) : null }, policy));
    }
    if (!before(record.permit?.at, started)) out.push(violation(workBeforePermit, { renovationId, startedAt: local(started) }, policy));
  }
  if (record.permit && happened(record.permit.at)) {
    const missing = missingBeforePermit(record, policy, record.permit.at);
    if (missing.length > 0) out.push(violation(permitIncomplete, { renovationId, missing }, policy));
  }
  for (const v of record.seriousViolations ?? []) {
    if (!happened(v.at)) continue;
    const facts: SeriousFacts = { renovationId, kind: v.kind, description: v.description, foundAt: local(v.at) };
    if (!happened(v.notice?.at) || !happened(v.stop?.at)) out.push(violation(seriousNotStopped, facts, policy));
    if (happened(v.ineffectiveAt) && !happened(v.report?.at)) out.push(violation(seriousNotReported, { ...facts, ineffectiveAt: local(v.ineffectiveAt) }, policy));
    const steps = stepsWithoutEvidence(v);
    if (steps.length > 0) out.push(violation(evidenceMissing, { ...facts, steps }, policy));
  }
  if (record.acceptance && happened(record.acceptance.at)) {
    const acceptedAt = record.acceptance.at;
    if (!record.fireInspections?.some((f) => f.passed && before(f.at, acceptedAt))) out.push(violation(acceptanceBeforeFireInspection, { renovationId, acceptedAt: local(acceptedAt) }, policy));
    const missing = missingForAcceptance(record, record.acceptance, acceptedAt).filter((m) => m.field !== 'fireInspections');
    if (missing.length > 0) out.push(violation(acceptanceIncomplete, { renovationId, missing }, policy));
  }
  if (happened(record.movedInAt)) {
    const a = record.acceptance;
    if (!a || !a.noticeSigned || !before(a.at, record.movedInAt)) out.push(violation(moveInBeforeAcceptance, { renovationId, movedInAt: local(record.movedInAt) }, policy));
  }
  return applicable(out, options.policy);
}
