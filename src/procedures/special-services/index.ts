/**
 * `wuye-rules/special-services` — paid special services, the provision side (《物业客户服务类服务
 * 标准表》 特约服务 管理要求, 服务提供): displayed and reviewed prices, company approval of new
 * services, terms explained before and the customer's signature after, agreements for
 * long-term services. The follow-up side is `wuye-rules/follow-up`. No state machine, no xstate.
 *
 * @example
 * import { checkSpecialServiceOrder } from 'wuye-rules/special-services';
 * checkSpecialServiceOrder({ id: 'S-1', serviceItem: 'clean-2h', customer: '5栋302', completedAt: '2026-05-06T11:00:00+08:00' }).length // 2
 *
 * @module
 */
export * from './schema';
export * from './policy';
export * from './rules';
export { specialServicesProcedure } from './procedure';
