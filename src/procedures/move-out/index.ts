/**
 * `wuye-rules/move-out` — the move-out pass 物品搬出放行 (《服务中心工作手册》 WI/FW-020, QR-005).
 *
 * @example
 * import { startMoveOut, stepMoveOut, checkMoveOut } from 'wuye-rules/move-out';
 * const [snapshot] = startMoveOut({ id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3栋1201', requester: { name: '王先生', kind: 'owner' } });
 *
 * @module
 */
export type { MoveOutItem, MoveOutRequest, RequesterKind, SignerRole } from './schema';
export { moveOutRequestSchema } from './schema';
export type { MoveOutEvent } from './events';
export { moveOutEventSchema } from './events';
export { moveOutPacks, moveOutParameters } from './policy';
export { checkMoveOut, moveOutRules } from './rules';
export type { MoveOutMachine } from './machine';
export { createMoveOutMachine, moveOutMachine, startMoveOut, restoreMoveOut, stepMoveOut, parseMoveOutEvent } from './machine';
export { moveOutProcedure } from './procedure';
