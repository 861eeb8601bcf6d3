/**
 * `wuye-rules/move-out` — the move-out pass 物品搬出放行 (《服务中心工作手册》 WI/FW-020, QR-005).
 *
 * @example
 * import { startMoveOut, checkMoveOut } from 'wuye-rules/move-out';
 * const [snapshot] = startMoveOut({ id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3栋1201', requester: { name: '王先生', kind: 'owner' } });
 *
 * @module
 */
export * from './schema';
export * from './events';
export * from './policy';
export * from './rules';
export * from './machine';
export * from './state-invariant';
export { moveOutProcedure, MOVE_OUT_SAMPLE_EVENTS } from './procedure';
