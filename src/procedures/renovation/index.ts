/**
 * `wuye-rules/renovation` — renovation approval, supervision and acceptance
 * (《写字楼物业客服工作制度范例》 装修申请/管理/验收入住程序 and 二次装修检查标准,
 * 《物业客户服务类服务标准表》 装修服务, 《客服制度》 装修管理流程).
 *
 * @example
 * import { requiredFireExtinguishers } from 'wuye-rules/renovation';
 * requiredFireExtinguishers(96.36) // 4
 *
 * @module
 */
export * from './schema';
export * from './events';
export * from './policy';
export { requiredFireExtinguishers } from './fire-extinguishers';
export { checkSupervision, renovationSupervisionRules } from './supervision';
export { inspectSite, renovationSiteRules } from './site-inspection';
export type { InspectSiteOptions } from './site-inspection';
export { checkRenovation, renovationRecordRules, missingBeforePermit, missingForAcceptance, missingDocuments, stepsWithoutEvidence, ACCEPTANCE_PARTIES } from './rules';
export * from './machine';
export { renovationProcedure } from './procedure';
export * from './path-model';
export * from './state-invariant';
