/**
 * `wuye-rules/work-order` — repair work orders (《写字楼物业客服工作制度范例》 派工单使用程序,
 * 《服务中心工作手册》 QR-001): arrival deadlines, the order's steps as a machine, the rules,
 * and the monthly repair-fee total for finance.
 *
 * @example
 * import { arrivalDeadline } from 'wuye-rules/work-order';
 * arrivalDeadline({ urgency: 'critical', dispatchedAt: '2026-05-06T10:00:00+08:00' })?.dueAt // '2026-05-06T10:05:00+08:00'
 *
 * @module
 */
export type { WorkOrder, Urgency, CopyHolder, Parking } from './schema';
export { workOrderSchema } from './schema';
export type { WorkOrderEvent } from './events';
export { workOrderEventSchema } from './events';
export { workOrderPacks, workOrderParameters } from './policy';
export type { RepairFeeReport } from './rules';
export { arrivalDeadline, checkWorkOrder, checkRepairFeeReport, repairFeeReport, workOrderRules } from './rules';
export type { WorkOrderMachine, WorkOrderSnapshot, WorkOrderContext } from './machine';
export { createWorkOrderMachine, workOrderMachine, startWorkOrder, restoreWorkOrder, stepWorkOrder, parseWorkOrderEvent } from './machine';
export { workOrderProcedure } from './procedure';
