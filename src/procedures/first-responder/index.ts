/**
 * `wuye-rules/first-responder` — 首问负责制 (《服务中心工作手册》 WI/FW-009), limited-time service
 * (WI/FW-006.5/.7), phone etiquette (WI/FW-003, 《客服制度》 电话接听规范), reception (WI/FW-008,
 * 五个一 WI/FW-006.4), the desk never unmanned (WI/FW-001.3), forbidden phrases (WI/FW-003.3/.8/.10,
 * WI/FW-004.8/.10, WI/FW-009.2, WI/FW-018 一.4) and the fines of 管理处客服中心奖惩细则.
 *
 * @example
 * import { findForbiddenPhrases, checkCall, startFirstResponder } from 'wuye-rules/first-responder';
 * findForbiddenPhrases('这个我不知道，你去问开发商吧').length // 4 (one hit per list naming 不知道)
 *
 * @module
 */
export type { FirstResponderCase, HandOff } from './schema';
export { firstResponderCaseSchema } from './schema';
export type { FirstResponderEvent } from './events';
export { firstResponderEventSchema } from './events';
export type { AddedPhrase, CallNoteField } from './policy';
export { firstResponderPacks, firstResponderParameters, scriptParameters } from './policy';
export { firstResponderRules } from './rules';
export type { FirstResponderMachine, FirstResponderSnapshot } from './machine';
export { createFirstResponderMachine, firstResponderMachine, startFirstResponder, restoreFirstResponder, stepFirstResponder, parseFirstResponderEvent } from './machine';
export { checkFirstResponder } from './case-check';
export type { CallRecord } from './call';
export { callRecordSchema, checkCall } from './call';
export type { ReceptionVisit } from './reception';
export { receptionVisitSchema, checkReception } from './reception';
export type { DeskRoster } from './desk-roster';
export { deskRosterSchema, checkDeskStaffing } from './desk-roster';
export type { FineEvent, FineLine, Fines } from './fines';
export { fineEventSchema, finesFor } from './fines';
export type { PhraseHit } from './forbidden-phrases';
export { findForbiddenPhrases } from './forbidden-phrases';
export { firstResponderProcedure } from './procedure';
export type { EmailReply, FollowUpOpener, Greeting } from './scripts';
export { checkEmailReply, checkFollowUpOpener, checkGreeting, emailReplySchema, followUpOpenerSchema, greetingSchema, scriptRules } from './scripts';
export type { ServiceLine } from './service-line';
export { checkServiceLine, serviceLineRules, serviceLineSchema } from './service-line';
