import { toCaseContext } from '../../core/case-context';
import { defineCaseProcedure } from '../../core/case-procedure';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { ParkingEvent } from './events';
import { parkingEventSchema } from './events';
import { checkParking, missingForPermit, missingParkingCopies } from './rules';
import type { ParkingApplication } from './schema';
import { PARKING_FIELD_LABELS, PARKING_LIFECYCLE_FIELDS, parkingApplicationSchema } from './schema';

const office = (clause: string) => cite('OFFICE', clause);

// The copies on the record once this SUBMIT_COPIES is taken (the first receipt of each counts).
function withCopies(record: ParkingApplication, event: Extract<ParkingEvent, { type: 'SUBMIT_COPIES' }>, at: string): ParkingApplication {
  const copies = { ...record.copies };
  for (const c of event.copies) copies[c] ??= at;
  return { ...record, copies };
}

/**
 * @internal The parking-space procedure (《写字楼物业客服工作制度范例》 办理车位程序) as a case:
 * the application (step 1) is the input; collectingCopies → payingFee → allocatingSpace ⇄
 * confirmingSpace → issuingPermit → issued; withdrawn from any open state. A permit is issued
 * only when the copies, the fee and the confirmed space are all on the record.
 */
export const parkingCase = defineCaseProcedure<ParkingApplication, ParkingEvent>({
  id: 'parking',
  version: 2,
  what: text('车位申请', 'parking application'),
  record: parkingApplicationSchema,
  labels: PARKING_FIELD_LABELS,
  lifecycleFields: PARKING_LIFECYCLE_FIELDS,
  openedAt: (r) => r.appliedAt,
  events: parkingEventSchema,
  guards: {
    copiesComplete: {
      source: office('办理车位程序 2'),
      description: text('复印件已收齐', 'Every required copy received'),
      test: (record, event, { options }) => event.type === 'SUBMIT_COPIES' && missingParkingCopies(withCopies(record, event, event.at), options.policy).length === 0,
    },
    copiesIncomplete: {
      source: office('办理车位程序 2'),
      description: text('复印件尚未收齐', 'Some copy still missing'),
      test: (record, event, { options }) => event.type === 'SUBMIT_COPIES' && missingParkingCopies(withCopies(record, event, event.at), options.policy).length > 0,
    },
    canIssue: {
      source: office('办理车位程序 5'),
      description: text('复印件齐全、已缴费、客户已确认车位', 'Copies complete, fee paid, space confirmed by the customer'),
      test: (record, _event, { options }) => missingForPermit(record, options.policy).length === 0,
    },
  },
  updates: {
    SUBMIT_COPIES: (record, event, { at }) => withCopies(record, event, at),
    PAY_FEE: (record, event, { at }) => ({ ...record, feePaid: { at, receiptNo: event.receiptNo } }),
    OFFER_SPACE: (record, event, { at }) => ({ ...record, space: { offeredAt: at, spaceNo: event.spaceNo } }),
    CONFIRM_SPACE: (record, _event, { at }) => ({ ...record, space: { ...record.space!, confirmedAt: at } }),
    DECLINE_SPACE: (record) => {
      const { space: _declined, ...rest } = record;
      return rest;
    },
    ISSUE_PERMIT: (record, event, { at }) => ({ ...record, permit: { at, permitNo: event.permitNo } }),
    WITHDRAW: (record, event, { at }) => ({ ...record, withdrawn: { at, reason: event.reason } }),
  },
  initial: 'collectingCopies',
  states: {
    collectingCopies: {
      title: text('收取行驶证、驾驶证及车辆保险单复印件', 'Collecting the licence and insurance copies'),
      source: office('办理车位程序 2'),
      on: { SUBMIT_COPIES: [{ guard: 'copiesComplete', target: 'payingFee' }, { guard: 'copiesIncomplete' }], WITHDRAW: { target: 'withdrawn' } },
    },
    payingFee: {
      title: text('带客户到财务部缴纳车位费', 'Paying the fee at finance'),
      source: office('办理车位程序 3'),
      // SUBMIT_COPIES is the only way out of collectingCopies but for WITHDRAW.
      requires: (r) => (r.copies ? [] : ['the copies handed in']),
      on: { PAY_FEE: { target: 'allocatingSpace' }, WITHDRAW: { target: 'withdrawn' } },
    },
    allocatingSpace: {
      title: text('按客户需求提供车位位置', 'Offering a space for the customer’s need'),
      source: office('办理车位程序 4'),
      requires: (r) => paidWithCopies(r),
      on: { OFFER_SPACE: { target: 'confirmingSpace' }, WITHDRAW: { target: 'withdrawn' } },
    },
    confirmingSpace: {
      title: text('请客户确认车位', 'Waiting for the customer to confirm the space'),
      source: office('办理车位程序 4'),
      requires: (r) => [...paidWithCopies(r), ...(r.space ? [] : ['a space offered'])],
      on: { CONFIRM_SPACE: { target: 'issuingPermit' }, DECLINE_SPACE: { target: 'allocatingSpace' }, WITHDRAW: { target: 'withdrawn' } },
    },
    issuingPermit: {
      title: text('客户认可后办理停车证', 'Issuing the permit once the customer agrees'),
      source: office('办理车位程序 5'),
      requires: (r) => confirmed(r),
      on: { ISSUE_PERMIT: { guard: 'canIssue', target: 'issued' }, WITHDRAW: { target: 'withdrawn' } },
    },
    issued: {
      title: text('已发停车证', 'Permit issued'),
      source: office('办理车位程序 5'),
      final: true,
      requires: (r) => [...confirmed(r), ...(r.permit ? [] : ['the permit'])],
    },
    withdrawn: {
      title: text('申请已撤回', 'Application withdrawn'),
      source: office('办理车位程序 1'),
      final: true,
      requires: (r) => (r.withdrawn ? [] : ['the withdrawal']),
    },
  },
  check: (record, options) => checkParking(record, options),
  // Version 1 kept only { record, lastEventAt }.
  migrations: { 1: toCaseContext },
});

// Which copies are required is a policy's, which a restore does not know: only that copies
// were handed in is an invariant.
function paidWithCopies(r: ParkingApplication): string[] {
  return [...(r.copies ? [] : ['the copies handed in']), ...(r.feePaid ? [] : ['the fee paid'])];
}
function confirmed(r: ParkingApplication): string[] {
  return [...paidWithCopies(r), ...(r.space?.confirmedAt ? [] : ['the space confirmed by the customer'])];
}

/**
 * Builds the parking-space machine for a policy (which copies are required).
 *
 * @example
 * const machine = createParkingMachine({ policy: composePolicy(parkingPacks.OFFICE) });
 * let [snapshot] = startParking(application, machine);
 */
export const createParkingMachine = parkingCase.create;

/** The parking machine type. @example const m: ParkingMachine = parkingMachine; */
export type ParkingMachine = ReturnType<typeof createParkingMachine>;

/**
 * The parking machine under the default policy (the OFFICE copies).
 *
 * @example
 * const [snapshot] = startParking(application);
 * const [next] = transition(parkingMachine, snapshot, { type: 'PAY_FEE', at: '2026-05-06T10:30:00+08:00', receiptNo: 'CW-0311' });
 */
export const parkingMachine: ParkingMachine = parkingCase.machine;

/**
 * Starts a parking application (pure): `[snapshot, actions]`, or a typed error for a bad
 * application.
 *
 * @example
 * const [snapshot] = startParking({ id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' } });
 */
export const startParking = parkingCase.start;

/**
 * Restores a persisted parking envelope (object or JSON text), migrating older versions; a
 * foreign or corrupt one, or a state its record does not support, is `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreParking(JSON.stringify(persist(before)));
 */
export const restoreParking = parkingCase.restore;

/**
 * Steps a parking case: validates the event and returns the next snapshot, or the refusal
 * (the unmet step and its clause, in zh-CN and en) with the snapshot unchanged.
 *
 * @example
 * const r = stepParking(snapshot, { type: 'ISSUE_PERMIT', at: '2026-05-06T11:00:00+08:00', permitNo: 'TC-1' });
 * if (!r.accepted) r.refusal.reason['zh-CN'] // '未满足：复印件齐全、已缴费、客户已确认车位（…）'
 */
export const stepParking = parkingCase.step;

/**
 * Validates a host's event before sending it: returns it unchanged, or throws
 * `INVALID_INSTANT` / `INVALID_INPUT` with a Chinese and an English text.
 *
 * @example
 * parseParkingEvent({ type: 'CONFIRM_SPACE', at: '2026-05-06 11:00' }) // throws INVALID_INSTANT
 */
export const parseParkingEvent = parkingCase.parseEvent;
