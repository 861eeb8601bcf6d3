import { toCaseContext } from '../../core/case-context';
import { defineCaseProcedure } from '../../core/case-procedure';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { DeliveryEvent } from './events';
import { deliveryEventSchema } from './events';
import { contractCopySets } from './policy';
import { checkDelivery, takeoverStepGaps } from './rules';
import type { TakeoverRecord } from './schema';
import { DELIVERY_FIELD_LABELS, TAKEOVER_LIFECYCLE_FIELDS, takeoverRecordSchema } from './schema';

const office = (clause: string) => cite('OFFICE', clause);

// Documents and handbooks keep the instant each was first received or issued.
function merge<K extends string>(existing: Partial<Record<K, string>> | undefined, items: readonly K[], at: string): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = { ...existing };
  for (const k of items) out[k] ??= at;
  return out;
}
type Ev<T extends DeliveryEvent['type']> = Extract<DeliveryEvent, { type: T }>;
const withDocuments = (record: TakeoverRecord, event: Ev<'RECEIVE_DOCUMENTS'>, at: string): TakeoverRecord => ({ ...record, documents: merge(record.documents, event.documents, at) });
const withHandbooks = (record: TakeoverRecord, event: Ev<'ISSUE_HANDBOOKS'>, at: string): TakeoverRecord => ({ ...record, handbooks: merge(record.handbooks, event.handbooks, at) });
const documentsComplete = (record: TakeoverRecord, event: DeliveryEvent, policy?: Policy) => event.type === 'RECEIVE_DOCUMENTS' && takeoverStepGaps(withDocuments(record, event, event.at), 'documents', policy).length === 0;
const handbooksComplete = (record: TakeoverRecord, event: DeliveryEvent, policy?: Policy) => event.type === 'ISSUE_HANDBOOKS' && takeoverStepGaps(withHandbooks(record, event, event.at), 'handbooks', policy).length === 0;

// What each state requires of the record — what the guards and updates made true on the way
// in, so a hand-edited snapshot cannot skip the contract, the inspection or the key handover.
// The copy sets, documents, departments and handbooks are a policy's, which a restore does not
// know: only that each step is on the record is checked.
const STEP_REQUIRED: readonly ((r: TakeoverRecord) => string | null)[] = [
  (r) => (r.contract ? null : 'the signed contract'),
  (r) => (r.documents ? null : 'the documents received'),
  (r) => (r.inspection ? null : 'the joint inspection'),
  (r) => (r.confirmation?.keysHandedOver === true ? null : 'the confirmation signed with the keys handed over'),
  (r) => (r.handbooks && r.completedAt ? null : 'the handbooks issued and completedAt'),
];
const stepsDone = (n: number) => (r: TakeoverRecord) => STEP_REQUIRED.slice(0, n).flatMap((f) => f(r) ?? []);

/**
 * @internal The property takeover (《写字楼物业客服工作制度范例》 物业接管程序) as the case of the
 * delivery procedure: contracting → collectingDocuments → inspecting → confirming →
 * issuingHandbooks → completed. Each step moves on only when it is complete under the policy;
 * a step never happens before the one it follows. Its id was `takeover` (version 1).
 */
export const deliveryCase = defineCaseProcedure<TakeoverRecord, DeliveryEvent>({
  id: 'delivery',
  version: 2,
  formerIds: ['takeover'],
  what: text('接管记录', 'takeover record'),
  record: takeoverRecordSchema,
  labels: DELIVERY_FIELD_LABELS,
  lifecycleFields: TAKEOVER_LIFECYCLE_FIELDS,
  openedAt: (r) => r.openedAt,
  events: deliveryEventSchema,
  guards: {
    contractWithCopies: {
      source: office('物业接管程序 1'),
      description: text('合同已签并备齐复印件套数', 'Contract signed with the copy sets'),
      test: (_record, event, { options }) => event.type === 'SIGN_CONTRACT' && event.copySets >= paramValue(options.policy, contractCopySets),
    },
    documentsComplete: {
      source: office('物业接管程序 2'),
      description: text('证明文件已齐全', 'Every document received'),
      test: (record, event, { options }) => documentsComplete(record, event, options.policy),
    },
    documentsIncomplete: {
      source: office('物业接管程序 2'),
      description: text('证明文件尚未齐全', 'Some document still missing'),
      test: (record, event, { options }) => event.type === 'RECEIVE_DOCUMENTS' && !documentsComplete(record, event, options.policy),
    },
    jointInspection: {
      source: office('物业接管程序 3'),
      description: text('所列部门共同验收', 'Every listed department inspected together'),
      test: (record, event, { options }) => event.type === 'INSPECT' && takeoverStepGaps({ ...record, inspection: { at: event.at, departments: event.departments } }, 'inspection', options.policy).length === 0,
    },
    keysHandedOver: {
      source: office('物业接管程序 4'),
      description: text('确认书已签且钥匙已交接', 'Confirmation signed and keys handed over'),
      test: (_record, event) => event.type === 'SIGN_CONFIRMATION' && event.keysHandedOver,
    },
    keysNotHandedOver: {
      source: office('物业接管程序 4'),
      description: text('确认书已签但钥匙未交接', 'Confirmation signed, keys not yet handed over'),
      test: (_record, event) => event.type === 'SIGN_CONFIRMATION' && !event.keysHandedOver,
    },
    handbooksComplete: {
      source: office('物业接管程序 5'),
      description: text('三本手册均已发放', 'Every handbook issued'),
      test: (record, event, { options }) => handbooksComplete(record, event, options.policy),
    },
    handbooksIncomplete: {
      source: office('物业接管程序 5'),
      description: text('手册尚未发齐', 'Some handbook not yet issued'),
      test: (record, event, { options }) => event.type === 'ISSUE_HANDBOOKS' && !handbooksComplete(record, event, options.policy),
    },
  },
  updates: {
    SIGN_CONTRACT: (record, event, { at }) => ({ ...record, contract: { signedAt: at, copySets: event.copySets } }),
    RECEIVE_DOCUMENTS: (record, event, { at }) => withDocuments(record, event, at),
    INSPECT: (record, event, { at }) => ({ ...record, inspection: { at, departments: [...event.departments] } }),
    SIGN_CONFIRMATION: (record, event, { at }) => ({ ...record, confirmation: { at, keysHandedOver: event.keysHandedOver } }),
    // The last handbook issued completes the takeover.
    ISSUE_HANDBOOKS: (record, event, { at, options }) => ({ ...withHandbooks(record, event, at), ...(handbooksComplete(record, event, options.policy) ? { completedAt: at } : {}) }),
  },
  initial: 'contracting',
  states: {
    contracting: {
      title: text('与售楼方或业主委员会签订合同，准备两套复印件', 'Signing the contract, two copy sets'),
      source: office('物业接管程序 1'),
      on: { SIGN_CONTRACT: { guard: 'contractWithCopies', target: 'collectingDocuments' } },
    },
    collectingDocuments: {
      title: text('取得施工、竣工合法证明及营业执照复印件', 'Collecting the certificates and licence copy'),
      source: office('物业接管程序 2'),
      requires: stepsDone(1),
      on: { RECEIVE_DOCUMENTS: [{ guard: 'documentsComplete', target: 'inspecting' }, { guard: 'documentsIncomplete' }] },
    },
    inspecting: {
      title: text('客服部、安保部、工程部共同验收', 'Joint inspection'),
      source: office('物业接管程序 3'),
      requires: stepsDone(2),
      on: { INSPECT: { guard: 'jointInspection', target: 'confirming' } },
    },
    confirming: {
      title: text('签订房屋及设施确认书，钥匙交接与委托管理', 'Signing the confirmation, handing over the keys'),
      source: office('物业接管程序 4'),
      requires: stepsDone(3),
      on: { SIGN_CONFIRMATION: [{ guard: 'keysHandedOver', target: 'issuingHandbooks' }, { guard: 'keysNotHandedOver' }] },
    },
    issuingHandbooks: {
      title: text('发放用户手册、装修手册、应急防护手册', 'Issuing the handbooks'),
      source: office('物业接管程序 5'),
      requires: stepsDone(4),
      on: { ISSUE_HANDBOOKS: [{ guard: 'handbooksComplete', target: 'completed' }, { guard: 'handbooksIncomplete' }] },
    },
    completed: {
      title: text('接管完成', 'Takeover complete'),
      source: office('物业接管程序 5'),
      final: true,
      requires: stepsDone(5),
    },
  },
  check: (record, options) => checkDelivery(record, options),
  // Version 1 (machine id `takeover`) kept only { record, lastEventAt }.
  migrations: { 1: toCaseContext },
});

/**
 * Builds the delivery machine — the five takeover steps of 物业接管程序 — for a policy (copy
 * sets, documents, departments, handbooks).
 *
 * @example
 * const machine = createDeliveryMachine({ policy: composePolicy(deliveryPacks.OFFICE, { 'delivery.contractCopySets': 3 }) });
 * let [snapshot] = startDelivery(record, machine);
 */
export const createDeliveryMachine = deliveryCase.create;

/** The delivery machine type. @example const m: DeliveryMachine = deliveryMachine; */
export type DeliveryMachine = ReturnType<typeof createDeliveryMachine>;

/**
 * The delivery machine (the takeover steps) under the default policy (the OFFICE steps).
 *
 * @example
 * let [snapshot] = startDelivery({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00' });
 * [snapshot] = transition(deliveryMachine, snapshot, { type: 'SIGN_CONTRACT', at: '2026-03-02T10:00:00+08:00', copySets: 2 });
 */
export const deliveryMachine: DeliveryMachine = deliveryCase.machine;

/**
 * Starts a takeover (pure): `[snapshot, actions]`, or a typed error for a bad record.
 *
 * @example
 * const [snapshot] = startDelivery({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00' });
 */
export const startDelivery = deliveryCase.start;

/**
 * Restores a persisted delivery envelope (object or JSON text), migrating older versions and
 * the former machine id `takeover`; a foreign or corrupt one, or a state its record does not
 * support, is `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreDelivery(JSON.stringify(persist(before)));
 */
export const restoreDelivery = deliveryCase.restore;

/**
 * Steps a takeover: validates the event and returns the next snapshot, or the refusal (the
 * unmet step and its clause, in zh-CN and en) with the snapshot unchanged.
 *
 * @example
 * const r = stepDelivery(snapshot, { type: 'SIGN_CONTRACT', at: '2026-03-02T10:00:00+08:00', copySets: 1 });
 * if (!r.accepted) r.refusal.reason['zh-CN'] // '未满足：合同已签并备齐复印件套数（…）'
 */
export const stepDelivery = deliveryCase.step;

/**
 * Validates a host's event before sending it: returns it unchanged, or throws
 * `INVALID_INSTANT` / `INVALID_INPUT` with a Chinese and an English text.
 *
 * @example
 * parseDeliveryEvent({ type: 'INSPECT', at: '2026-03-10', departments: ['security'] }) // throws INVALID_INSTANT
 */
export const parseDeliveryEvent = deliveryCase.parseEvent;
