/**
 * `wuye-rules/follow-up` — follow-up visits and sampling ratios (《物业客户服务类服务标准表》
 * 特约服务 服务回访, 投诉管理 处理与回访; 《服务中心工作手册》 WI/FW-017, WI/FW-018, QR-003, QR-004).
 * Arithmetic only: no state machine, no xstate.
 *
 * @example
 * import { requiredFollowUpCount, planFollowUps, checkFollowUps } from 'wuye-rules/follow-up';
 * requiredFollowUpCount(101) // 21
 *
 * @module
 */
export type { ClosedComplaint, FollowUpMonth, FullFollowUpFlags, Rating, ReturnVisitCategory, ReturnVisitRecord, SpecialServiceOrder } from './schema';
export { closedComplaintSchema, followUpMonthSchema, returnVisitRecordSchema, specialServiceOrderSchema } from './schema';
export type { FollowUpTier, FullFollowUpCase } from './policy';
export { followUpCadenceParameters, followUpPacks, followUpParameters } from './policy';
export type { ContactMode } from './policy';
export type { FollowUpRequirement, TierMatch } from './tiers';
export { followUpRequirement, requiredFollowUpCount, requiredFollowUpRate } from './tiers';
export type { FollowUpPlan, FollowUpVisit, PlanOptions } from './sampling';
export { planFollowUps, requiresFullFollowUp } from './sampling';
export { specialServiceFollowUpDeadline } from './deadline';
export type { ComplaintFollowUpTally } from './complaint-follow-up';
export { tallyComplaintFollowUps } from './complaint-follow-up';
export type { RatedAspect, RatingCounts, ReturnVisitRow, ReturnVisitSummary } from './return-visits';
export { RATED_ASPECTS, RATINGS, RETURN_VISIT_CATEGORIES, summariseReturnVisits } from './return-visits';
export { checkFollowUps, followUpRules } from './rules';
export { followUpProcedure } from './procedure';
export type { CadenceCustomer, FollowUpCadenceFacts, FollowUpCadenceLog, FollowUpContact, NotAgreedFacts } from './cadences';
export { cadenceCustomerSchema, checkFollowUpCadences, followUpCadenceLogSchema, followUpCadenceRules, followUpContactSchema } from './cadences';
