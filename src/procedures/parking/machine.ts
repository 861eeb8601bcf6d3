import { assign, setup } from 'xstate';
import * as z from 'zod';
import { zoneParameter } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import { compareInstants, toIsoInstant } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import type { Migration } from '../../core/persistence';
import { restore } from '../../core/persistence';
import { readIntake } from '../../core/read-intake';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import { startMachine } from '../../core/start-machine';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { ParkingEvent } from './events';
import { missingForPermit, missingParkingCopies } from './rules';
import type { ParkingApplication } from './schema';
import { PARKING_LIFECYCLE_FIELDS, parkingApplicationSchema } from './schema';
import { parkingStateProblems } from './state-invariant';

/**
 * The parking machine's context: the application record as it grows, and the instant of
 * the last event (events must come in time order).
 *
 * @example
 * snapshot.context.record.feePaid?.receiptNo // 'CW-0311'
 */
export interface ParkingContext {
  readonly record: ParkingApplication;
  readonly lastEventAt: string;
}

/**
 * The zod schema of a parking context, used to validate restored snapshots.
 *
 * @example
 * parkingContextSchema.safeParse(snapshot.context).success // true
 */
export const parkingContextSchema = z.object({ record: parkingApplicationSchema, lastEventAt: instantSchema });

/** Options of the parking machine. @example const o: ParkingMachineOptions = { policy: composePolicy(parkingPacks.OFFICE) }; */
export interface ParkingMachineOptions {
  readonly policy?: Policy | undefined;
}

/**
 * Each guard of the parking machine with the clause behind it.
 *
 * @example
 * parkingGuards.canIssue.source.clause // '办理车位程序 5'
 */
export const parkingGuards: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>> = Object.freeze({
  inOrder: { source: cite('LIBRARY', 'events in time order'), description: text('事件时间不得早于上一事件', 'An event may not be earlier than the previous one') },
  copiesComplete: { source: cite('OFFICE', '办理车位程序 2'), description: text('复印件已收齐', 'Every required copy received') },
  copiesIncomplete: { source: cite('OFFICE', '办理车位程序 2'), description: text('复印件尚未收齐', 'Some copy still missing') },
  canIssue: { source: cite('OFFICE', '办理车位程序 5'), description: text('复印件齐全、已缴费、客户已确认车位', 'Copies complete, fee paid, space confirmed by the customer') },
});

type EventOf<T extends ParkingEvent['type']> = Extract<ParkingEvent, { type: T }>;
function eventOf<T extends ParkingEvent['type']>(event: ParkingEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new WuyeError('INVALID_INPUT', text(`意外事件 ${event.type}`, `Unexpected event ${event.type}`), { expected: type, found: event.type });
  return event as EventOf<T>;
}

const step = (zh: string, en: string, clause: string) => ({ description: `${zh} / ${en}`, meta: { title: text(zh, en), source: cite('OFFICE', clause) } });

/**
 * Builds the parking-space machine (《写字楼物业客服工作制度范例》 办理车位程序): the application
 * (step 1) is the input; collectingCopies → payingFee → allocatingSpace ⇄ confirmingSpace →
 * issuingPermit → issued; withdrawn from any open state. A permit is issued only when the
 * copies, the fee and the confirmed space are all on the record.
 *
 * @example
 * const machine = createParkingMachine({ policy: composePolicy(parkingPacks.OFFICE) });
 * let [snapshot] = startParking(application, machine);
 * [snapshot] = transition(machine, snapshot, { type: 'SUBMIT_COPIES', at: '2026-05-06T10:05:00+08:00', copies: ['drivingLicence', 'vehicleLicence', 'insurance'] });
 */
export function createParkingMachine(options: ParkingMachineOptions = {}) {
  const { policy } = options;
  if (policy !== undefined) assertPolicy(policy);
  const zone = paramValue(policy, zoneParameter);
  const iso = (at: string) => toIsoInstant(at, zone);
  const ordered = (context: ParkingContext, event: ParkingEvent) => instantSchema.safeParse(event.at).success && compareInstants(event.at, context.lastEventAt) >= 0;
  const withCopies = (context: ParkingContext, event: ParkingEvent): ParkingApplication => {
    const e = eventOf(event, 'SUBMIT_COPIES');
    const copies = { ...context.record.copies };
    for (const c of e.copies) copies[c] ??= iso(e.at);
    return { ...context.record, copies };
  };
  const next = (record: ParkingApplication, at: string): ParkingContext => ({ record, lastEventAt: iso(at) });

  return setup({
    types: {} as { context: ParkingContext; events: ParkingEvent; input: ParkingApplication },
    guards: {
      inOrder: ({ context, event }) => ordered(context, event),
      copiesComplete: ({ context, event }) => ordered(context, event) && missingParkingCopies(withCopies(context, event), policy).length === 0,
      copiesIncomplete: ({ context, event }) => ordered(context, event) && missingParkingCopies(withCopies(context, event), policy).length > 0,
      canIssue: ({ context, event }) => ordered(context, event) && missingForPermit(context.record, policy).length === 0,
    },
    actions: {
      recordCopies: assign(({ context, event }) => next(withCopies(context, event), event.at)),
      recordFee: assign(({ context, event }) => {
        const e = eventOf(event, 'PAY_FEE');
        return next({ ...context.record, feePaid: { at: iso(e.at), receiptNo: e.receiptNo } }, e.at);
      }),
      recordOffer: assign(({ context, event }) => {
        const e = eventOf(event, 'OFFER_SPACE');
        return next({ ...context.record, space: { offeredAt: iso(e.at), spaceNo: e.spaceNo } }, e.at);
      }),
      recordConfirmation: assign(({ context, event }) => next({ ...context.record, space: { ...context.record.space!, confirmedAt: iso(event.at) } }, event.at)),
      recordDecline: assign(({ context, event }) => {
        const { space: _declined, ...rest } = context.record;
        return next(rest, event.at);
      }),
      recordPermit: assign(({ context, event }) => {
        const e = eventOf(event, 'ISSUE_PERMIT');
        return next({ ...context.record, permit: { at: iso(e.at), permitNo: e.permitNo } }, e.at);
      }),
      recordWithdrawal: assign(({ context, event }) => {
        const e = eventOf(event, 'WITHDRAW');
        return next({ ...context.record, withdrawn: { at: iso(e.at), reason: e.reason } }, e.at);
      }),
    },
  }).createMachine({
    id: 'parking',
    version: '1',
    context: ({ input }) => {
      const intake = readIntake(input, { schema: parkingApplicationSchema, what: text('车位申请', 'parking application'), lifecycleFields: PARKING_LIFECYCLE_FIELDS });
      return { record: intake, lastEventAt: iso(input.appliedAt) };
    },
    initial: 'collectingCopies',
    states: {
      collectingCopies: {
        ...step('收取行驶证、驾驶证及车辆保险单复印件', 'Collecting the licence and insurance copies', '办理车位程序 2'),
        on: {
          SUBMIT_COPIES: [
            { guard: 'copiesComplete', target: 'payingFee', actions: 'recordCopies' },
            { guard: 'copiesIncomplete', actions: 'recordCopies' },
          ],
          WITHDRAW: { guard: 'inOrder', target: 'withdrawn', actions: 'recordWithdrawal' },
        },
      },
      payingFee: {
        ...step('带客户到财务部缴纳车位费', 'Paying the fee at finance', '办理车位程序 3'),
        on: {
          PAY_FEE: { guard: 'inOrder', target: 'allocatingSpace', actions: 'recordFee' },
          WITHDRAW: { guard: 'inOrder', target: 'withdrawn', actions: 'recordWithdrawal' },
        },
      },
      allocatingSpace: {
        ...step('按客户需求提供车位位置', 'Offering a space for the customer’s need', '办理车位程序 4'),
        on: {
          OFFER_SPACE: { guard: 'inOrder', target: 'confirmingSpace', actions: 'recordOffer' },
          WITHDRAW: { guard: 'inOrder', target: 'withdrawn', actions: 'recordWithdrawal' },
        },
      },
      confirmingSpace: {
        ...step('请客户确认车位', 'Waiting for the customer to confirm the space', '办理车位程序 4'),
        on: {
          CONFIRM_SPACE: { guard: 'inOrder', target: 'issuingPermit', actions: 'recordConfirmation' },
          DECLINE_SPACE: { guard: 'inOrder', target: 'allocatingSpace', actions: 'recordDecline' },
          WITHDRAW: { guard: 'inOrder', target: 'withdrawn', actions: 'recordWithdrawal' },
        },
      },
      issuingPermit: {
        ...step('客户认可后办理停车证', 'Issuing the permit once the customer agrees', '办理车位程序 5'),
        on: {
          ISSUE_PERMIT: { guard: 'canIssue', target: 'issued', actions: 'recordPermit' },
          WITHDRAW: { guard: 'inOrder', target: 'withdrawn', actions: 'recordWithdrawal' },
        },
      },
      issued: { type: 'final', ...step('已发停车证', 'Permit issued', '办理车位程序 5') },
      withdrawn: { type: 'final', ...step('申请已撤回', 'Application withdrawn', '办理车位程序 1') },
    },
  });
}

/** The parking machine type. @example const m: ParkingMachine = parkingMachine; */
export type ParkingMachine = ReturnType<typeof createParkingMachine>;

/**
 * The parking machine under the default policy (the OFFICE copies).
 *
 * @example
 * const [snapshot] = startParking(application);
 */
export const parkingMachine: ParkingMachine = /* @__PURE__ */ createParkingMachine();

/**
 * Migrations of persisted parking snapshots, keyed by the version they migrate from.
 *
 * @example
 * Object.keys(parkingMigrations) // []
 */
export const parkingMigrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Restores a persisted parking envelope (object or JSON text); a foreign or corrupt one is
 * `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreParking(JSON.stringify(persist(before)));
 */
export function restoreParking(envelope: unknown, machine: ParkingMachine = parkingMachine) {
  return restore(envelope, { machine, contextSchema: parkingContextSchema, migrations: parkingMigrations , invariant: parkingStateProblems });
}

/**
 * Starts a parking application (pure): `[snapshot, actions]`, or a typed error for a bad
 * application.
 *
 * @example
 * const [snapshot] = startParking({ id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' } });
 */
export function startParking(application: ParkingApplication, machine: ParkingMachine = parkingMachine) {
  return startMachine(machine, application);
}
