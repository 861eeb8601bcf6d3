/**
 * `wuye-rules/follow-up` — follow-up visits and sampling ratios (《物业客户服务类服务标准表》
 * 特约服务 服务回访, 投诉管理 处理与回访; 《服务中心工作手册》 WI/FW-017, WI/FW-018, QR-003, QR-004).
 * Arithmetic only: no state machine, no xstate.
 *
 * @example
 * import { requiredFollowUpCount, planFollowUps } from 'wuye-rules/follow-up';
 * requiredFollowUpCount(101) // 21
 *
 * @module
 */
export * from './schema';
export * from './policy';
export * from './tiers';
export * from './sampling';
export * from './deadline';
export * from './complaint-follow-up';
export * from './return-visits';
export * from './rules';
export { followUpProcedure } from './procedure';
