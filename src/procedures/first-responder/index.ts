/**
 * `wuye-rules/first-responder` — 首问负责制 (《服务中心工作手册》 WI/FW-009), limited-time service
 * (WI/FW-006.5/.7), phone etiquette (WI/FW-003, 《客服制度》 电话接听规范), reception (WI/FW-008,
 * 五个一 WI/FW-006.4), the desk never unmanned (WI/FW-001.3), forbidden phrases (WI/FW-003.3/.8/.10,
 * WI/FW-004.8/.10, WI/FW-009.2, WI/FW-018 一.4) and the fines of 管理处客服中心奖惩细则.
 *
 * @example
 * import { findForbiddenPhrases, checkCall, firstResponderMachine } from 'wuye-rules/first-responder';
 * findForbiddenPhrases('这个我不知道，你去问开发商吧').length // 4 (one hit per list naming 不知道)
 *
 * @module
 */
export * from './schema';
export * from './events';
export * from './policy';
export * from './rules';
export * from './phrase-lists';
export { TRADITIONAL_FORMS } from './phrases.generated';
export type { PhraseHit } from './forbidden-phrases';
export { findForbiddenPhrases, forbiddenPhraseViolations } from './forbidden-phrases';
export { normalizePhrase } from './phrase-scanner';
export * from './case-check';
export * from './call';
export * from './fines';
export * from './reception';
export * from './desk-roster';
export * from './machine';
export * from './state-invariant';
export { firstResponderProcedure } from './procedure';
export * from './sample-events';
