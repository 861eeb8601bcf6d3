/**
 * `wuye-rules/complaint` — complaint handling with 五清楚一汇报 (《服务中心工作手册》 WI/FW-011…016,
 * 《物业客户服务类服务标准表》 投诉管理, 《物业公司客服部岗位职责及各岗位人员规章制度》 5.1/5.2).
 *
 * @example
 * import { startComplaint, stepComplaint, checkComplaint, complaintReplyDeadline } from 'wuye-rules/complaint';
 * complaintReplyDeadline('2026-05-06T09:30:00+08:00') // { dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }
 *
 * @module
 */
export type { ComplaintChannel, ComplaintKind, ComplaintRecord } from './schema';
export { complaintRecordSchema } from './schema';
export type { ComplaintEvent } from './events';
export { complaintEventSchema } from './events';
export { complaintEscalationParameters, complaintPacks, complaintParameters } from './policy';
export { checkComplaint, complaintDeadlines, complaintReplyDeadline, complaintRules } from './rules';
export type { Redaction, RedactionResult } from './redact';
export { redactForPublication } from './redact';
export type { ComplaintContext, ComplaintMachine, ComplaintSnapshot } from './machine';
export { complaintMachine, createComplaintMachine, parseComplaintEvent, restoreComplaint, startComplaint, stepComplaint } from './machine';
export { complaintProcedure } from './procedure';
export type { ComplaintEscalation, EscalatedComplaint } from './escalation';
export { checkEscalation, complaintEscalationRules, complaintEscalationSchema } from './escalation';
