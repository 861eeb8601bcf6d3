import type { CaseContext } from '../../core/case-context';
import type { CaseSnapshot } from '../../core/case-procedure';
import { defineCaseProcedure } from '../../core/case-procedure';
import { zoneParameter } from '../../core/core-parameters';
import { toIsoInstant } from '../../core/instant';
import type { PersistedSnapshot } from '../../core/persistence';
import { paramValue } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { TrackedDeadline } from '../../core/tracked-deadline';
import type { WorkOrderEvent } from './events';
import { workOrderEventSchema } from './events';
import { arrivalDeadline, checkWorkOrder, mayStartRepair, missingCopiesOf, missingForClose } from './rules';
import type { Parking, WorkOrder } from './schema';
import { WORK_ORDER_FIELD_LABELS, WORK_ORDER_LIFECYCLE_FIELDS, workOrderSchema } from './schema';

const office = (clause: string) => cite('OFFICE', clause);

// The parking the order is in (the last one): what EXPLAIN_PARKED, REPORT_PARKED and RESUME change.
function withParking(order: WorkOrder, change: (p: Parking) => Parking): WorkOrder {
  const parkings = [...(order.parkings ?? [])];
  parkings[parkings.length - 1] = change(parkings[parkings.length - 1]!);
  return { ...order, parkings };
}

// Version 1 kept { order, arrivalDue, violations, checkedAt, lastEventAt }: the order is the
// record, and the deadlines are recomputed at the next step or check.
function fromVersion1(snapshot: PersistedSnapshot): PersistedSnapshot {
  const { order, arrivalDue: _recomputed, ...rest } = (snapshot.context ?? {}) as Record<string, unknown>;
  return { ...snapshot, context: { record: order, deadlines: [], violations: [], checkedAt: null, ...rest } };
}

/**
 * @internal The repair work order (《写字楼物业客服工作制度范例》 派工单使用程序, 《服务中心工作手册》
 * QR-001) as a case: reported → dispatched → arrived → (paid: charge explained → consent, or
 * dispute → desk staff on site) → repairing → awaitingSignature → distributing copies →
 * callingBack → closed; parked orders need a reason, an explanation and daily reports, and
 * are resumed or abandoned. The arrival deadline is tracked from the dispatch.
 */
export const workOrderCase = defineCaseProcedure<WorkOrder, WorkOrderEvent>({
  id: 'work-order',
  version: 2,
  formerIds: ['workOrder'],
  what: text('工单', 'work order'),
  record: workOrderSchema,
  labels: WORK_ORDER_FIELD_LABELS,
  lifecycleFields: WORK_ORDER_LIFECYCLE_FIELDS,
  openedAt: (r) => r.reportedAt,
  events: workOrderEventSchema,
  guards: {
    paidRepair: { source: office('派工单使用程序 4'), description: text('收费性维修：先讲明收费及收费标准', 'Paid repair: the charge and tariff are explained first'), test: (r) => r.paid },
    chargeExplained: { source: office('派工单使用程序 4'), description: text('已向客户讲明收费及收费标准', 'The charge and tariff were explained to the customer'), test: (r) => r.charge !== undefined },
    awaitingConsent: {
      source: office('派工单使用程序 4'),
      description: text('讲明收费后、客户同意之前方可提出异议', 'A dispute is raised after the charge is explained and before consent'),
      requires: ['chargeExplained'],
      test: (r) => r.consentAt === undefined,
    },
    deskOnSite: { source: office('派工单使用程序 4'), description: text('有异议时客服部人员到场后方可继续', 'After a dispute, go on only with desk staff on site'), test: (r) => r.dispute?.deskOnSiteAt !== undefined },
    mayStartRepair: { source: office('派工单使用程序 4'), description: text('收费性维修经客户同意后方可修理', 'No paid work before the customer consents'), test: (r) => mayStartRepair(r) },
    feeRecorded: {
      source: office('派工单使用程序 8'),
      description: text('收费性维修须记录维修费用（每月统计）', 'A paid repair records its fee (totalled monthly)'),
      test: (r, e) => e.type === 'REPAIRED' && (!r.paid || e.fee !== undefined),
    },
    completesCopies: {
      source: office('派工单使用程序 6'),
      description: text('客户、客服部、财务部各一联均已返回', 'One copy each returned to the customer, the desk and finance'),
      test: (r, e) => e.type === 'COPY' && missingCopiesOf({ ...r, copies: { ...r.copies, [e.to]: e.at } }).length === 0,
    },
    signed: { source: office('派工单使用程序 5'), description: text('客户已确认并签字认可', 'The customer confirmed and signed'), test: (r) => r.signedAt !== undefined },
    copiesReturned: { source: office('派工单使用程序 6'), description: text('维修单已返回客户、客服部、财务部各一联', 'A copy of the slip returned to the customer, the desk and finance'), test: (r) => missingCopiesOf(r).length === 0 },
    canClose: {
      source: office('派工单使用程序 7'),
      description: text('客服部回访客户后方可结单', 'Close only after the desk called the customer back'),
      requires: ['signed', 'copiesReturned'],
      test: (r) => missingForClose(r).length === 0,
    },
    parkedExplained: {
      source: office('派工单使用程序 9'),
      description: text('死单须工程部给出原因并向客户说明后方可作废', 'A dead order is abandoned only with the reason explained to the customer'),
      test: (r) => r.parkings?.at(-1)?.explainedAt !== undefined,
    },
  },
  updates: {
    DISPATCH: (r, _e, { at }) => ({ ...r, dispatchedAt: r.dispatchedAt ?? at }),
    ARRIVE: (r, _e, { at }) => ({ ...r, arrivedAt: r.arrivedAt ?? at }),
    EXPLAIN_CHARGE: (r, e, { at }) => {
      // A charge explained again (a new price) needs the customer's consent again.
      const { consentAt: _previousConsent, ...order } = r;
      return { ...order, charge: { explainedAt: at, amount: e.amount, tariff: e.tariff } };
    },
    CONSENT: (r, _e, { at }) => ({ ...r, consentAt: at }),
    DISPUTE: (r, _e, { at }) => ({ ...r, dispute: { at } }),
    DESK_ON_SITE: (r, _e, { at }) => ({ ...r, dispute: { at: r.dispute?.at ?? at, deskOnSiteAt: at } }),
    DECLINE: (r, _e, { at }) => ({ ...r, declinedAt: at }),
    START_REPAIR: (r, _e, { at }) => ({ ...r, repairStartedAt: r.repairStartedAt ?? at }),
    REPAIRED: (r, e, { at }) => ({ ...r, repairedAt: at, result: e.result, ...(e.fee !== undefined ? { fee: e.fee } : {}) }),
    SIGN: (r, e, { at }) => ({ ...r, signedAt: at, signedBy: e.by }),
    COPY: (r, e, { at }) => ({ ...r, copies: { ...r.copies, [e.to]: at } }),
    CALLBACK: (r, e, { at }) => ({ ...r, callbackAt: at, callbackBy: e.by, callbackResult: e.result }),
    FEED_BACK: (r, _e, { at }) => ({ ...r, feedbackAt: at }),
    CLOSE: (r, _e, { at }) => ({ ...r, closedAt: at }),
    PARK: (r, e, { at }) => ({ ...r, parkings: [...(r.parkings ?? []), { at, reason: e.reason, reports: [] }] }),
    EXPLAIN_PARKED: (r, _e, { at }) => withParking(r, (p) => ({ ...p, explainedAt: p.explainedAt ?? at })),
    REPORT_PARKED: (r, _e, { at }) => withParking(r, (p) => ({ ...p, reports: [...p.reports, at] })),
    RESUME: (r, _e, { at }) => withParking(r, (p) => ({ ...p, resumedAt: at })),
    ABANDON: (r, _e, { at }) => ({ ...r, abandonedAt: at }),
  },
  initial: 'reported',
  states: {
    reported: {
      title: text('已报修', 'Reported'),
      source: office('派工单使用程序 1'),
      on: { DISPATCH: { target: 'dispatched' } },
    },
    dispatched: {
      title: text('已派工', 'Dispatched'),
      source: office('派工单使用程序 2、3'),
      requires: (r) => (r.dispatchedAt ? [] : ['the dispatch']),
      on: { ARRIVE: { target: 'arrived' }, PARK: { target: 'parked' } },
    },
    arrived: {
      title: text('已到场', 'On site'),
      source: office('派工单使用程序 3、4'),
      requires: (r) => (r.arrivedAt ? [] : ['the arrival']),
      on: {
        EXPLAIN_CHARGE: { guard: 'paidRepair' },
        CONSENT: { guard: 'chargeExplained' },
        DISPUTE: { guard: 'awaitingConsent', target: 'disputed' },
        START_REPAIR: { guard: 'mayStartRepair', target: 'repairing' },
        PARK: { target: 'parked' },
      },
    },
    disputed: {
      title: text('有异议', 'Disputed'),
      source: office('派工单使用程序 4'),
      requires: (r) => (r.dispute ? [] : ['the dispute']),
      on: {
        DESK_ON_SITE: {},
        CONSENT: { guard: 'deskOnSite', target: 'arrived' },
        DECLINE: { guard: 'deskOnSite', target: 'declined' },
      },
    },
    repairing: {
      title: text('维修中', 'Repairing'),
      source: office('派工单使用程序 2'),
      requires: (r) => [...(r.repairStartedAt ? [] : ['the repair started']), ...(mayStartRepair(r) ? [] : ['the charge explained and consent for a paid order'])],
      on: { REPAIRED: { guard: 'feeRecorded', target: 'awaitingSignature' }, PARK: { target: 'parked' } },
    },
    awaitingSignature: {
      title: text('待客户签字', 'Awaiting signature'),
      source: office('派工单使用程序 5'),
      requires: (r) => repaired(r),
      on: { SIGN: { target: 'distributing' } },
    },
    distributing: {
      title: text('返单', 'Returning copies'),
      source: office('派工单使用程序 6'),
      requires: (r) => signed(r),
      on: { COPY: [{ guard: 'completesCopies', target: 'callingBack' }, {}] },
    },
    callingBack: {
      title: text('回访', 'Calling back'),
      source: office('派工单使用程序 7'),
      requires: (r) => [...signed(r), ...(missingCopiesOf(r).length === 0 ? [] : ['the three copies returned'])],
      on: { CALLBACK: {}, FEED_BACK: {}, CLOSE: { guard: 'canClose', target: 'closed' } },
    },
    parked: {
      title: text('搁置', 'Parked'),
      source: office('派工单使用程序 9'),
      requires: (r) => (r.parkings?.length ? [] : ['the parking']),
      on: {
        EXPLAIN_PARKED: {},
        REPORT_PARKED: {},
        RESUME: { target: 'dispatched' },
        ABANDON: { guard: 'parkedExplained', target: 'abandoned' },
      },
    },
    closed: {
      title: text('已结单', 'Closed'),
      source: office('派工单使用程序 7'),
      final: true,
      requires: (r) => [...repaired(r), ...missingForClose(r).map((m) => m.label.en), ...(r.closedAt ? [] : ['the closing'])],
    },
    declined: {
      title: text('客户拒绝维修', 'Declined'),
      source: office('派工单使用程序 4'),
      final: true,
      requires: (r) => (r.declinedAt ? [] : ['the refusal']),
    },
    abandoned: {
      title: text('死单作废', 'Abandoned'),
      source: office('派工单使用程序 9'),
      final: true,
      requires: (r) => (r.abandonedAt && r.parkings?.at(-1)?.explainedAt ? [] : ['the parking explained and abandoned']),
    },
  },
  deadlines: (record, options) => {
    if (!record.dispatchedAt) return [];
    const due = arrivalDeadline({ urgency: record.urgency, dispatchedAt: record.dispatchedAt }, options.policy, options.calendar);
    if (!due) return [];
    const zone = paramValue(options.policy, zoneParameter);
    const arrival: TrackedDeadline = {
      id: 'arrival',
      ruleId: 'work-order.late-arrival',
      startedAt: toIsoInstant(record.dispatchedAt, zone),
      ...due,
      metAt: record.arrivedAt ? toIsoInstant(record.arrivedAt, zone) : null,
      exempt: false,
    };
    return [arrival];
  },
  check: (record, options) => checkWorkOrder(record, options),
  migrations: { 1: fromVersion1 },
});

function repaired(r: WorkOrder): string[] {
  return [...(r.repairStartedAt ? [] : ['the repair started']), ...(r.repairedAt ? [] : ['the repair done'])];
}
function signed(r: WorkOrder): string[] {
  return [...repaired(r), ...(r.signedAt ? [] : ["the customer's signature"])];
}

/**
 * Builds the work-order machine for a policy and a business calendar (the arrival limits):
 * reported → dispatched → arrived → repairing → signature → copies → call-back → closed, with
 * the paid-repair consent, disputes and parked orders of 派工单使用程序. No timers: the host
 * sends `CHECK_DEADLINES` with `at`.
 *
 * @example
 * const machine = createWorkOrderMachine({ policy: composePolicy(workOrderPacks.OFFICE, { 'workOrder.routineArrivalWithin': { value: 24, unit: 'hour' } }) });
 * let [snapshot] = startWorkOrder(order, machine);
 */
export const createWorkOrderMachine = workOrderCase.create;

/** The work-order machine type. @example const m: WorkOrderMachine = workOrderMachine; */
export type WorkOrderMachine = ReturnType<typeof createWorkOrderMachine>;

/** A snapshot of the work-order machine. @example const s: WorkOrderSnapshot = startWorkOrder(order)[0]; */
export type WorkOrderSnapshot = CaseSnapshot<WorkOrder, WorkOrderEvent>;

/** The context of a work-order case: the order, its arrival deadline, the violations found. @example const c: WorkOrderContext = snapshot.context; */
export type WorkOrderContext = CaseContext<WorkOrder>;

/**
 * The work-order machine under the default policy (the OFFICE limits).
 *
 * @example
 * const [snapshot] = startWorkOrder(order);
 * const [next] = transition(workOrderMachine, snapshot, { type: 'DISPATCH', at: '2026-05-06T10:00:00+08:00' });
 */
export const workOrderMachine: WorkOrderMachine = workOrderCase.machine;

/**
 * Starts a work order from its QR-001 record (pure): `[snapshot, actions]`, or a typed error
 * (`INVALID_INSTANT`, `INVALID_INPUT`) for a bad record or one that already carries steps.
 *
 * @example
 * const [snapshot] = startWorkOrder({ id: 'WO-1', reportedAt: '2026-05-06T09:50:00+08:00', location: '12F 1203', ownerName: '陈女士', item: '卫生间漏水', receiver: '李敏', origin: 'customer-call', urgency: 'urgent', paid: true });
 */
export const startWorkOrder = workOrderCase.start;

/**
 * Restores a persisted work-order envelope (object or JSON text), migrating older versions
 * and the former machine id `workOrder`; a foreign or corrupt one, or a state its order does
 * not support, is `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreWorkOrder(JSON.stringify(persist(before)));
 */
export const restoreWorkOrder = workOrderCase.restore;

/**
 * Steps a work order: validates the event and returns the next snapshot, or the refusal (the
 * unmet step and its clause, in zh-CN and en) with the snapshot unchanged.
 *
 * @example
 * const r = stepWorkOrder(snapshot, { type: 'START_REPAIR', at: '2026-05-06T10:10:00+08:00' });
 * if (!r.accepted) r.refusal.reason['zh-CN'] // '未满足：收费性维修经客户同意后方可修理（…）'
 */
export const stepWorkOrder = workOrderCase.step;

/**
 * Validates a host's event before sending it: returns it unchanged, or throws
 * `INVALID_INSTANT` / `INVALID_INPUT` with a Chinese and an English text.
 *
 * @example
 * parseWorkOrderEvent({ type: 'PARK', at: '2026-05-06T11:00:00+08:00' }) // throws INVALID_INPUT (原因)
 */
export const parseWorkOrderEvent = workOrderCase.parseEvent;
