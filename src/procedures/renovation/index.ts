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
export type { RenovationRecord, RenovationDocument, SeriousViolation, SeriousViolationKind, SupervisorRole, SiteVisit, SiteInspection } from './schema';
export { renovationRecordSchema, siteVisitSchema, siteInspectionSchema } from './schema';
export type { RenovationEvent } from './events';
export { renovationEventSchema } from './events';
export { renovationPacks, renovationParameters } from './policy';
export { requiredFireExtinguishers } from './fire-extinguishers';
export type { SupervisionRecord } from './supervision';
export { checkSupervision } from './supervision';
export type { SiteInspectionOptions } from './site-inspection';
export { checkSiteInspection } from './site-inspection';
export { checkRenovation, renovationRules } from './rules';
export type { RenovationMachine, RenovationSnapshot, RenovationContext } from './machine';
export { createRenovationMachine, renovationMachine, startRenovation, restoreRenovation, stepRenovation, parseRenovationEvent } from './machine';
export { renovationProcedure } from './procedure';
export type { ControlDepartment } from './policy';
export { renovationChecklistParameters } from './policy';
export type { RenovationControls } from './checklists';
export { checkRenovationControls, renovationChecklistRules, renovationControlsSchema } from './checklists';
export type { SignageInspection } from './signage';
export { checkSignage, signageInspectionSchema, signageRules } from './signage';
