/**
 * `wuye-rules/complaint` — complaint handling with 五清楚一汇报 (《服务中心工作手册》 WI/FW-011…016,
 * 《物业客户服务类服务标准表》 投诉管理, 《物业公司客服部岗位职责及各岗位人员规章制度》 5.1/5.2).
 *
 * @example
 * import { complaintMachine, checkComplaint, complaintReplyDeadline } from 'wuye-rules/complaint';
 * complaintReplyDeadline('2026-05-06T09:30:00+08:00') // '2026-05-09T09:30:00+08:00'
 *
 * @module
 */
export * from './schema';
export * from './events';
export * from './policy';
export * from './rules';
export * from './redact';
export * from './machine';
export { complaintProcedure } from './procedure';
export * from './sample-events';
export * from './state-invariant';
