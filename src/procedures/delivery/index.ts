/**
 * `wuye-rules/delivery` — property takeover (《写字楼物业客服工作制度范例》 物业接管程序, five steps)
 * and the delivery lead times (《物业客户服务类服务标准表》 房屋交付, 客户沟通 客户访谈).
 *
 * @example
 * import { deliveryReadiness, startTakeover } from 'wuye-rules/delivery';
 * deliveryReadiness('2026-09-01', { asOf: '2026-07-10' }).ready // false
 *
 * @module
 */
export * from './schema';
export * from './events';
export * from './policy';
export * from './rules';
export * from './readiness';
export * from './machine';
export * from './state-invariant';
export { deliveryProcedure } from './procedure';
