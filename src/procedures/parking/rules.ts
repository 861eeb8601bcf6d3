import { compareInstants } from '../../core/instant';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import type { MissingField } from '../../core/missing-field';
import { missingField } from '../../core/missing-field';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { leaseReferenceRequired, requiredParkingCopies } from './policy';
import type { ParkingApplication, ParkingCopy } from './schema';
import { PARKING_FIELD_LABELS, parkingApplicationSchema } from './schema';

const COPY_ZH: Readonly<Record<ParkingCopy, string>> = { drivingLicence: '驾驶证', vehicleLicence: '行驶证', insurance: '车辆保险单' };

type MissingCopiesFacts = { applicationId: string; missing: ParkingCopy[]; missingZh: string };
type IdFacts = { applicationId: string };
type OrderFacts = { applicationId: string; step: string; stepZh: string; at: string; previous: string; previousZh: string; previousAt: string };

const copiesMissing = defineRule<MissingCopiesFacts>({
  id: 'parking.copies-missing',
  severity: 'error',
  source: cite('OFFICE', '办理车位程序 2'),
  title: text('发停车证前须收齐行驶证、驾驶证及车辆保险单复印件', 'All copies (licences, insurance) before the permit'),
  parameters: [requiredParkingCopies],
  message: (d) => text(`车位申请 ${d.applicationId} 已发停车证，但缺少复印件：${d.missingZh}。`, `Parking application ${d.applicationId} has a permit but lacks copies: ${d.missing.join(', ')}.`),
});

const feeUnpaid = defineRule<IdFacts>({
  id: 'parking.fee-unpaid',
  severity: 'error',
  source: cite('OFFICE', '办理车位程序 3'),
  title: text('发停车证前须到财务部缴纳车位费', 'The fee is paid at finance before the permit'),
  parameters: [],
  message: (d) => text(`车位申请 ${d.applicationId} 已发停车证，但无财务部缴费记录。`, `Parking application ${d.applicationId} has a permit but no fee paid at finance.`),
});

const spaceUnconfirmed = defineRule<IdFacts>({
  id: 'parking.space-unconfirmed',
  severity: 'error',
  source: cite('OFFICE', '办理车位程序 4、5'),
  title: text('客户确认车位位置后方可办理停车证', 'The permit only after the customer confirms the space'),
  parameters: [],
  message: (d) => text(`车位申请 ${d.applicationId} 已发停车证，但客户未确认车位。`, `Parking application ${d.applicationId} has a permit but the customer never confirmed a space.`),
});

const outOfOrder = defineRule<OrderFacts>({
  id: 'parking.out-of-order',
  severity: 'warning',
  source: cite('OFFICE', '办理车位程序 1–5'),
  title: text('按申请、复印件、缴费、确认车位、发证的顺序办理', 'Apply, copies, fee, space confirmed, permit — in that order'),
  parameters: [],
  message: (d) => text(`车位申请 ${d.applicationId}：“${d.stepZh}”（${d.at}）早于“${d.previousZh}”（${d.previousAt}）。`, `Parking application ${d.applicationId}: "${d.step}" (${d.at}) came before "${d.previous}" (${d.previousAt}).`),
});

const leaseMissing = defineRule<IdFacts>({
  id: 'parking.lease-reference-missing',
  severity: 'warning',
  source: cite('OFFICE', '办理车位程序 1'),
  title: text('车位申请依据租赁合同相关条款', 'The application relies on the lease'),
  parameters: [leaseReferenceRequired],
  message: (d) => text(`车位申请 ${d.applicationId} 未注明所依据的租赁合同。`, `Parking application ${d.applicationId} names no lease contract.`),
});

/**
 * Every rule of the parking procedure, by name.
 *
 * @example
 * parkingRules.feeUnpaid.source.clause // '办理车位程序 3'
 */
export const parkingRules = Object.freeze({ copiesMissing, feeUnpaid, spaceUnconfirmed, outOfOrder, leaseMissing }) satisfies Record<string, Rule<never>>;

/** @internal The required copies an application still lacks under a policy (empty when complete). */
export function missingParkingCopies(record: Pick<ParkingApplication, 'copies'>, policy?: Policy): ParkingCopy[] {
  return paramValue(policy, requiredParkingCopies).filter((c) => record.copies?.[c] === undefined);
}

/**
 * @internal What an application still lacks before a permit may be issued (empty when
 * ready): the copies, the fee, the confirmed space. Shared by the machine's `canIssue` guard
 * and the rules.
 */
export function missingForPermit(record: ParkingApplication, policy?: Policy): MissingField[] {
  const missing: MissingField[] = [];
  if (missingParkingCopies(record, policy).length > 0) missing.push(missingField('copies', PARKING_FIELD_LABELS.copies!));
  if (!record.feePaid) missing.push(missingField('feePaid', PARKING_FIELD_LABELS.feePaid!));
  if (!record.space?.confirmedAt) missing.push(missingField('space.confirmedAt', PARKING_FIELD_LABELS.confirmedAt!));
  return missing;
}

/** The instant the required copies were complete (the latest of them), or undefined. */
function copiesCompleteAt(record: ParkingApplication, policy?: Policy): string | undefined {
  const required = paramValue(policy, requiredParkingCopies);
  let latest: string | undefined;
  for (const c of required) {
    const at = record.copies?.[c];
    if (at === undefined) return undefined;
    if (latest === undefined || compareInstants(at, latest) > 0) latest = at;
  }
  return latest ?? record.appliedAt;
}

const STEPS = [
  { id: 'applied', zh: '填写车位申请表' },
  { id: 'copies', zh: '提供复印件' },
  { id: 'feePaid', zh: '缴纳车位费' },
  { id: 'spaceOffered', zh: '提供车位' },
  { id: 'spaceConfirmed', zh: '客户确认车位' },
  { id: 'permit', zh: '办理停车证' },
] as const;

/**
 * Checks a parking application (made by the machine or kept by the host elsewhere) against
 * 办理车位程序: a permit issued without every copy, without the fee, or without a confirmed
 * space; steps dated out of order; no lease named. Never throws for non-compliance; a bad
 * record is a typed error and is not changed.
 *
 * @example
 * checkParking({ id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' }, permit: { at: '2026-05-06T10:10:00+08:00', permitNo: 'T-9' } }, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)
 * // ['parking.copies-missing', 'parking.fee-unpaid', 'parking.space-unconfirmed', 'parking.lease-reference-missing']
 */
export function checkParking(record: ParkingApplication, options: CheckOptions): Violation[] {
  parseInput(parkingApplicationSchema, record, text('车位申请', 'parking application'), PARKING_FIELD_LABELS);
  checkOptions(options);
  const { policy } = options;
  const applicationId = record.id;
  const out: Violation[] = [];
  if (record.permit) {
    const missing = missingParkingCopies(record, policy);
    if (missing.length > 0) out.push(violation(copiesMissing, { applicationId, missing, missingZh: missing.map((c) => COPY_ZH[c]).join('、') }, policy));
    if (!record.feePaid) out.push(violation(feeUnpaid, { applicationId }, policy));
    if (!record.space?.confirmedAt) out.push(violation(spaceUnconfirmed, { applicationId }, policy));
  }
  const times: Record<(typeof STEPS)[number]['id'], string | undefined> = {
    applied: record.appliedAt,
    copies: copiesCompleteAt(record, policy),
    feePaid: record.feePaid?.at,
    spaceOffered: record.space?.offeredAt,
    spaceConfirmed: record.space?.confirmedAt,
    permit: record.permit?.at,
  };
  let previous: (typeof STEPS)[number] | undefined;
  for (const step of STEPS) {
    const at = times[step.id];
    if (at === undefined) continue;
    const previousAt = previous ? times[previous.id] : undefined;
    if (previous && previousAt !== undefined && compareInstants(at, previousAt) < 0) {
      out.push(violation(outOfOrder, { applicationId, step: step.id, stepZh: step.zh, at, previous: previous.id, previousZh: previous.zh, previousAt }, policy));
    }
    previous = step;
  }
  if (paramValue(policy, leaseReferenceRequired) && !record.leaseContractNo) out.push(violation(leaseMissing, { applicationId }, policy));
  return applicable(out, options.policy);
}
