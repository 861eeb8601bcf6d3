import { assign, setup } from 'xstate';
import * as z from 'zod';
import { zoneParameter } from '../../core/core-parameters';
import type { Deadline } from '../../core/deadline';
import { WuyeError } from '../../core/errors';
import { compareInstants, toIsoInstant } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import type { Migration } from '../../core/persistence';
import { restore } from '../../core/persistence';
import { readIntake } from '../../core/read-intake';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { startMachine } from '../../core/start-machine';
import { workOrderStateProblems } from './state-invariant';
import type { WorkOrderEvent } from './events';
import type { WorkOrderRuleOptions } from './rules';
import { arrivalDeadline, checkWorkOrder, mayStartRepair, missingForClose } from './rules';
import type { Parking, WorkOrder } from './schema';
import { workOrderSchema } from './schema';

/**
 * The work-order machine's context: the order (QR-001 + the steps of 派工单使用程序), its
 * arrival deadline as data, the violations found at the last `CHECK_DEADLINES`, and the
 * instant of the last event.
 *
 * @example
 * snapshot.context.arrivalDue?.dueAt // '2026-05-06T10:05:00+08:00'
 */
export interface WorkOrderContext {
  readonly order: WorkOrder;
  readonly arrivalDue: Deadline | null;
  readonly violations: readonly Violation[];
  readonly checkedAt: string | null;
  readonly lastEventAt: string;
}

/**
 * The zod schema of a work-order context, used to validate restored snapshots.
 *
 * @example
 * workOrderContextSchema.safeParse(snapshot.context).success // true
 */
export const workOrderContextSchema = z.object({
  order: workOrderSchema,
  arrivalDue: z.object({ dueAt: instantSchema, inclusive: z.boolean() }).nullable(),
  violations: z.array(z.looseObject({ ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']) })),
  checkedAt: instantSchema.nullable(),
  lastEventAt: instantSchema,
});

const LIFECYCLE_FIELDS = ['dispatchedAt', 'arrivedAt', 'charge', 'consentAt', 'dispute', 'declinedAt', 'repairStartedAt', 'repairedAt', 'signedAt', 'copies', 'callbackAt', 'feedbackAt', 'parkings', 'abandonedAt', 'closedAt'] as const;

/**
 * Each guard of the work-order machine with the clause behind it.
 *
 * @example
 * workOrderGuards.mayStartRepair.source // { document: '《写字楼物业客服工作制度范例》', clause: '派工单使用程序 4' }
 */
export const workOrderGuards: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>> = Object.freeze({
  inOrder: { source: cite('LIBRARY', 'events in time order'), description: text('事件时间不得早于上一事件', 'An event may not be earlier than the previous one') },
  paidRepair: { source: cite('OFFICE', '派工单使用程序 4'), description: text('收费性维修：先讲明收费及收费标准', 'Paid repair: the charge and tariff are explained first') },
  chargeExplained: { source: cite('OFFICE', '派工单使用程序 4'), description: text('讲明收费后客户方可同意', 'The customer consents after the charge was explained') },
  awaitingConsent: { source: cite('OFFICE', '派工单使用程序 4'), description: text('讲明收费、客户尚未同意时可提出异议', 'A dispute is raised after the charge is explained and before consent') },
  deskOnSite: { source: cite('OFFICE', '派工单使用程序 4'), description: text('有异议时客服部人员到场后方可继续', 'After a dispute, go on only with desk staff on site') },
  mayStartRepair: { source: cite('OFFICE', '派工单使用程序 4'), description: text('收费性维修经客户同意后方可修理', 'No paid work before the customer consents') },
  feeRecorded: { source: cite('OFFICE', '派工单使用程序 8'), description: text('收费性维修须记录维修费用（25日统计）', 'A paid repair records its fee (totalled on the 25th)') },
  completesCopies: { source: cite('OFFICE', '派工单使用程序 6'), description: text('客户、客服部、财务部各一联', 'One copy each to the customer, the desk and finance') },
  canClose: { source: cite('OFFICE', '派工单使用程序 5–7'), description: text('客户签字、三联返回、客服部回访后方可结单', 'Close only after signature, the three copies and the call-back') },
  parkedExplained: { source: cite('OFFICE', '派工单使用程序 9'), description: text('死单须工程部给出原因并向客户说明后方可作废', 'A dead order is abandoned only with the reason explained to the customer') },
});

type EventOf<T extends WorkOrderEvent['type']> = Extract<WorkOrderEvent, { type: T }>;
function eventOf<T extends WorkOrderEvent['type']>(event: WorkOrderEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new WuyeError('INVALID_INPUT', text(`意外事件 ${event.type}`, `Unexpected event ${event.type}`), { expected: type, found: event.type });
  return event as EventOf<T>;
}

/**
 * Builds the work-order machine for a policy (派工单使用程序): reported → dispatched →
 * arrived → (paid: charge explained → consent, or dispute → desk staff on site) → repairing
 * → awaitingSignature → distributing copies → callingBack → closed; parked orders need a
 * reason, an explanation and daily reports, and are resumed or abandoned. No timers: the
 * host sends `CHECK_DEADLINES` with `at`.
 *
 * @example
 * const machine = createWorkOrderMachine({ policy: composePolicy(workOrderPacks.OFFICE) });
 * let [snapshot] = initialTransition(machine, order);
 * [snapshot] = transition(machine, snapshot, { type: 'DISPATCH', at: '2026-05-06T10:00:00+08:00' });
 */
export function createWorkOrderMachine(options: WorkOrderRuleOptions = {}) {
  const zone = paramValue(options.policy, zoneParameter);
  const iso = (at: string) => toIsoInstant(at, zone);
  const ordered = (context: WorkOrderContext, event: WorkOrderEvent): boolean => instantSchema.safeParse(event.at).success && compareInstants(event.at, context.lastEventAt) >= 0;
  const next = (order: WorkOrder, at: string): Partial<WorkOrderContext> => ({ order, lastEventAt: iso(at) });
  const currentParking = (order: WorkOrder) => order.parkings?.[order.parkings.length - 1];
  const withParking = (order: WorkOrder, change: (p: Parking) => Parking): WorkOrder => {
    const parkings = [...(order.parkings ?? [])];
    parkings[parkings.length - 1] = change(parkings[parkings.length - 1]!);
    return { ...order, parkings };
  };

  return setup({
    types: {} as { context: WorkOrderContext; events: WorkOrderEvent; input: WorkOrder },
    guards: {
      inOrder: ({ context, event }) => ordered(context, event),
      paidRepair: ({ context, event }) => ordered(context, event) && context.order.paid,
      chargeExplained: ({ context, event }) => ordered(context, event) && context.order.charge !== undefined,
      awaitingConsent: ({ context, event }) => ordered(context, event) && context.order.charge !== undefined && context.order.consentAt === undefined,
      deskOnSite: ({ context, event }) => ordered(context, event) && context.order.dispute?.deskOnSiteAt !== undefined,
      mayStartRepair: ({ context, event }) => ordered(context, event) && mayStartRepair(context.order),
      feeRecorded: ({ context, event }) => ordered(context, event) && event.type === 'REPAIRED' && (!context.order.paid || event.fee !== undefined),
      completesCopies: ({ context, event }) => {
        if (!ordered(context, event) || event.type !== 'COPY') return false;
        const copies = { ...context.order.copies, [event.to]: event.at };
        return copies.customer !== undefined && copies.desk !== undefined && copies.finance !== undefined;
      },
      canClose: ({ context, event }) => ordered(context, event) && missingForClose(context.order).length === 0,
      parkedExplained: ({ context, event }) => ordered(context, event) && currentParking(context.order)?.explainedAt !== undefined,
      validInstant: ({ event }) => instantSchema.safeParse(event.at).success,
    },
    actions: {
      recordDispatch: assign(({ context, event }) => {
        const order = { ...context.order, dispatchedAt: context.order.dispatchedAt ?? iso(event.at) };
        return { ...next(order, event.at), arrivalDue: arrivalDeadline({ urgency: order.urgency, dispatchedAt: order.dispatchedAt }, options.policy, options.calendar) };
      }),
      recordArrival: assign(({ context, event }) => next({ ...context.order, arrivedAt: context.order.arrivedAt ?? iso(event.at) }, event.at)),
      recordCharge: assign(({ context, event }) => {
        const e = eventOf(event, 'EXPLAIN_CHARGE');
        // A charge explained again (a new price) needs the customer's consent again.
        const { consentAt: _previousConsent, ...order } = context.order;
        return next({ ...order, charge: { explainedAt: iso(e.at), amount: e.amount, tariff: e.tariff } }, e.at);
      }),
      recordConsent: assign(({ context, event }) => next({ ...context.order, consentAt: iso(event.at) }, event.at)),
      recordDispute: assign(({ context, event }) => next({ ...context.order, dispute: { at: iso(event.at) } }, event.at)),
      recordDeskOnSite: assign(({ context, event }) => next({ ...context.order, dispute: { at: context.order.dispute?.at ?? iso(event.at), deskOnSiteAt: iso(event.at) } }, event.at)),
      recordDecline: assign(({ context, event }) => next({ ...context.order, declinedAt: iso(event.at) }, event.at)),
      recordRepairStart: assign(({ context, event }) => next({ ...context.order, repairStartedAt: context.order.repairStartedAt ?? iso(event.at) }, event.at)),
      recordRepaired: assign(({ context, event }) => {
        const e = eventOf(event, 'REPAIRED');
        return next({ ...context.order, repairedAt: iso(e.at), result: e.result, ...(e.fee !== undefined ? { fee: e.fee } : {}) }, e.at);
      }),
      recordSignature: assign(({ context, event }) => {
        const e = eventOf(event, 'SIGN');
        return next({ ...context.order, signedAt: iso(e.at), signedBy: e.by }, e.at);
      }),
      recordCopy: assign(({ context, event }) => {
        const e = eventOf(event, 'COPY');
        return next({ ...context.order, copies: { ...context.order.copies, [e.to]: iso(e.at) } }, e.at);
      }),
      recordCallback: assign(({ context, event }) => {
        const e = eventOf(event, 'CALLBACK');
        return next({ ...context.order, callbackAt: iso(e.at), callbackBy: e.by, callbackResult: e.result }, e.at);
      }),
      recordFeedback: assign(({ context, event }) => next({ ...context.order, feedbackAt: iso(event.at) }, event.at)),
      recordClosed: assign(({ context, event }) => next({ ...context.order, closedAt: iso(event.at) }, event.at)),
      recordParked: assign(({ context, event }) => {
        const e = eventOf(event, 'PARK');
        return next({ ...context.order, parkings: [...(context.order.parkings ?? []), { at: iso(e.at), reason: e.reason, reports: [] }] }, e.at);
      }),
      recordParkedExplained: assign(({ context, event }) => next(withParking(context.order, (p) => ({ ...p, explainedAt: p.explainedAt ?? iso(event.at) })), event.at)),
      recordParkedReport: assign(({ context, event }) => next(withParking(context.order, (p) => ({ ...p, reports: [...p.reports, iso(event.at)] })), event.at)),
      recordResumed: assign(({ context, event }) => next(withParking(context.order, (p) => ({ ...p, resumedAt: iso(event.at) })), event.at)),
      recordAbandoned: assign(({ context, event }) => next({ ...context.order, abandonedAt: iso(event.at) }, event.at)),
      checkDeadlines: assign(({ context, event }) => ({ violations: checkWorkOrder(context.order, { ...options, asOf: event.at }), checkedAt: iso(event.at) })),
    },
  }).createMachine({
    id: 'workOrder',
    version: '1',
    context: ({ input }) => {
      const intake = readIntake(input, { schema: workOrderSchema, what: text('工单', 'work order'), lifecycleFields: LIFECYCLE_FIELDS });
      return { order: intake, arrivalDue: null, violations: [], checkedAt: null, lastEventAt: iso(input.reportedAt) };
    },
    initial: 'reported',
    on: { CHECK_DEADLINES: { guard: 'validInstant', actions: 'checkDeadlines' } },
    states: {
      reported: {
        description: '客服部接客户电话或巡楼发现工程问题，填写派工单 / Reported: the desk fills in the work order',
        meta: { title: text('已报修', 'Reported'), source: cite('OFFICE', '派工单使用程序 1') },
        on: { DISPATCH: { guard: 'inOrder', target: 'dispatched', actions: 'recordDispatch' } },
      },
      dispatched: {
        description: '派工单交工程部，工程部填写维修单并安排维修 / Dispatched to engineering',
        meta: { title: text('已派工', 'Dispatched'), source: cite('OFFICE', '派工单使用程序 2、3') },
        on: {
          ARRIVE: { guard: 'inOrder', target: 'arrived', actions: 'recordArrival' },
          PARK: { guard: 'inOrder', target: 'parked', actions: 'recordParked' },
        },
      },
      arrived: {
        description: '工程人员到场；收费性维修先讲明收费及标准 / On site; a paid repair explains the charge first',
        meta: { title: text('已到场', 'On site'), source: cite('OFFICE', '派工单使用程序 3、4') },
        on: {
          EXPLAIN_CHARGE: { guard: 'paidRepair', actions: 'recordCharge' },
          CONSENT: { guard: 'chargeExplained', actions: 'recordConsent' },
          DISPUTE: { guard: 'awaitingConsent', target: 'disputed', actions: 'recordDispute' },
          START_REPAIR: { guard: 'mayStartRepair', target: 'repairing', actions: 'recordRepairStart' },
          PARK: { guard: 'inOrder', target: 'parked', actions: 'recordParked' },
        },
      },
      disputed: {
        description: '客户有异议：立即通知客服部人员到场一同处理 / Disputed: desk staff come on site',
        meta: { title: text('有异议', 'Disputed'), source: cite('OFFICE', '派工单使用程序 4') },
        on: {
          DESK_ON_SITE: { guard: 'inOrder', actions: 'recordDeskOnSite' },
          CONSENT: { guard: 'deskOnSite', target: 'arrived', actions: 'recordConsent' },
          DECLINE: { guard: 'deskOnSite', target: 'declined', actions: 'recordDecline' },
        },
      },
      repairing: {
        description: '维修中 / Repairing',
        meta: { title: text('维修中', 'Repairing'), source: cite('OFFICE', '派工单使用程序 2') },
        on: {
          REPAIRED: { guard: 'feeRecorded', target: 'awaitingSignature', actions: 'recordRepaired' },
          PARK: { guard: 'inOrder', target: 'parked', actions: 'recordParked' },
        },
      },
      awaitingSignature: {
        description: '按维修项目填写，客户确认并签字认可 / The customer confirms and signs',
        meta: { title: text('待客户签字', 'Awaiting signature'), source: cite('OFFICE', '派工单使用程序 5') },
        on: { SIGN: { guard: 'inOrder', target: 'distributing', actions: 'recordSignature' } },
      },
      distributing: {
        description: '维修单返回客户、客服部、财务部各一联 / Copies to customer, desk and finance',
        meta: { title: text('返单', 'Returning copies'), source: cite('OFFICE', '派工单使用程序 6') },
        on: {
          COPY: [
            { guard: 'completesCopies', target: 'callingBack', actions: 'recordCopy' },
            { guard: 'inOrder', actions: 'recordCopy' },
          ],
        },
      },
      callingBack: {
        description: '客服部回访征询意见并反馈工程部 / The desk calls back and feeds back to engineering',
        meta: { title: text('回访', 'Calling back'), source: cite('OFFICE', '派工单使用程序 7') },
        on: {
          CALLBACK: { guard: 'inOrder', actions: 'recordCallback' },
          FEED_BACK: { guard: 'inOrder', actions: 'recordFeedback' },
          CLOSE: { guard: 'canClose', target: 'closed', actions: 'recordClosed' },
        },
      },
      parked: {
        description: '死单/搁置工单：工程部反馈原因，客服部向客户说明，每日上报 / Parked: reason, explanation, daily report',
        meta: { title: text('搁置', 'Parked'), source: cite('OFFICE', '派工单使用程序 9') },
        on: {
          EXPLAIN_PARKED: { guard: 'inOrder', actions: 'recordParkedExplained' },
          REPORT_PARKED: { guard: 'inOrder', actions: 'recordParkedReport' },
          RESUME: { guard: 'inOrder', target: 'dispatched', actions: 'recordResumed' },
          ABANDON: { guard: 'parkedExplained', target: 'abandoned', actions: 'recordAbandoned' },
        },
      },
      closed: {
        type: 'final',
        description: '已结单 / Closed',
        meta: { title: text('已结单', 'Closed'), source: cite('OFFICE', '派工单使用程序 7') },
      },
      declined: {
        type: 'final',
        description: '客户不同意收费性维修 / The customer declined the paid repair',
        meta: { title: text('客户拒绝维修', 'Declined'), source: cite('OFFICE', '派工单使用程序 4') },
      },
      abandoned: {
        type: 'final',
        description: '死单作废（原因已向客户说明） / Abandoned dead order',
        meta: { title: text('死单作废', 'Abandoned'), source: cite('OFFICE', '派工单使用程序 9') },
      },
    },
  });
}

/** The work-order machine type. @example const m: WorkOrderMachine = workOrderMachine; */
export type WorkOrderMachine = ReturnType<typeof createWorkOrderMachine>;

/**
 * The work-order machine under the default policy.
 *
 * @example
 * const [snapshot] = initialTransition(workOrderMachine, order);
 */
export const workOrderMachine: WorkOrderMachine = /* @__PURE__ */ createWorkOrderMachine();

/**
 * Migrations of persisted work-order snapshots, keyed by the version they migrate from.
 *
 * @example
 * Object.keys(workOrderMigrations) // []
 */
export const workOrderMigrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Restores a persisted work-order envelope (object or JSON string) to a snapshot of
 * `machine` (default {@link workOrderMachine}); a foreign or corrupt envelope is
 * `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreWorkOrder(JSON.stringify(persist(before)));
 */
export function restoreWorkOrder(envelope: unknown, machine: WorkOrderMachine = workOrderMachine) {
  return restore(envelope, { machine, contextSchema: workOrderContextSchema, migrations: workOrderMigrations, invariant: workOrderStateProblems });
}

/**
 * Starts a work order from its record (pure): `[snapshot, actions]`, or the typed error
 * (`INVALID_INSTANT`, `INVALID_INPUT`) that `initialTransition` would hide in an error
 * snapshot.
 *
 * @example
 * const [snapshot] = startWorkOrder(record);
 */
export function startWorkOrder(record: WorkOrder, machine: WorkOrderMachine = workOrderMachine) {
  return startMachine(machine, record);
}
