/**
 * `wuye-rules/delivery` — property takeover (《写字楼物业客服工作制度范例》 物业接管程序, five steps)
 * and the delivery lead times (《物业客户服务类服务标准表》 房屋交付, 客户沟通 客户访谈).
 *
 * @example
 * import { deliveryReadiness, startDelivery, stepDelivery } from 'wuye-rules/delivery';
 * deliveryReadiness('2026-09-01', { asOf: '2026-07-10' }).ready // false
 *
 * @module
 */
export type { DeliveryMilestoneLog, Handbook, InspectionDepartment, TakeoverDocument, TakeoverRecord } from './schema';
export { deliveryMilestoneLogSchema, takeoverRecordSchema } from './schema';
export type { DeliveryEvent } from './events';
export { deliveryEventSchema } from './events';
export { deliveryPacks, deliveryParameters } from './policy';
export { checkDelivery, deliveryRules } from './rules';
export type { DeliveryMilestoneState, DeliveryReadiness, MilestoneStatus, MoveInVisitState } from './readiness';
export { deliveryReadiness } from './readiness';
export type { DeliveryMachine } from './machine';
export { createDeliveryMachine, deliveryMachine, startDelivery, restoreDelivery, stepDelivery, parseDeliveryEvent } from './machine';
export { deliveryProcedure } from './procedure';
