/**
 * `wuye-rules/special-services` — paid special services, the provision side (《物业客户服务类服务
 * 标准表》 特约服务 管理要求, 服务提供): displayed and reviewed prices, company approval of new
 * services, terms explained before and the customer's signature after, agreements for
 * long-term services. The follow-up side is `wuye-rules/follow-up`. No state machine, no
 * xstate, no luxon.
 *
 * @example
 * import { checkSpecialServices } from 'wuye-rules/special-services';
 * checkSpecialServices({ id: 'S-1', serviceItem: 'clean-2h', customer: '5栋302', completedAt: '2026-05-06T11:00:00+08:00' }, { asOf: '2026-05-07T00:00:00+08:00' }).length // 2
 *
 * @module
 */
export type { PriceReviewer, AgreementTerm, ServiceItem, SpecialServiceRecord } from './schema';
export { serviceItemSchema, specialServiceRecordSchema } from './schema';
export { specialServicesPacks, specialServicesParameters } from './policy';
export { checkSpecialServices, checkServiceCatalogue, specialServicesRules } from './rules';
export { specialServicesProcedure } from './procedure';
