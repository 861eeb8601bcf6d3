import type { ComplaintEvent } from './events';

/**
 * One event of each kind and guard outcome of the complaint machine, all at `at`: what path
 * generation (`procedurePaths`, the tests) feeds the machine.
 *
 * @example
 * complaintSampleEvents('2026-05-06T09:30:00+08:00').filter((e) => e.type === 'CLASSIFY').length // 5
 */
export function complaintSampleEvents(at: string): ComplaintEvent[] {
  return [
    { type: 'LISTENED', at },
    { type: 'CLARIFIED', at },
    { type: 'RECORDED', at, documentNo: 'TS-1' },
    { type: 'CLASSIFY', at, kind: 'general', reasonable: true, inScope: true },
    { type: 'CLASSIFY', at, kind: 'major', reasonable: true, inScope: true },
    { type: 'CLASSIFY', at, kind: 'written', reasonable: true, inScope: true },
    { type: 'CLASSIFY', at, kind: 'general', reasonable: false, inScope: true },
    { type: 'CLASSIFY', at, kind: 'general', reasonable: true, inScope: false },
    { type: 'REFER', at, agency: '区住建局', explanation: '不属物业服务范围' },
    { type: 'EXPLAIN', at, explanation: '按规定执行' },
    { type: 'REPORT', at, to: '管理处主任' },
    { type: 'DISPATCH', at, department: '工程部' },
    { type: 'RESOLVE', at, result: '已修复' },
    { type: 'NOTIFY_RESULT', at },
    { type: 'NOTIFY_IMPOSSIBLE', at, falseDetails: ['contact'] },
    { type: 'FOLLOW_UP', at, by: '张丽', result: '满意', satisfied: true },
    { type: 'FOLLOW_UP', at, by: '张丽', result: '不满意', satisfied: false },
    { type: 'FOLLOW_UP_EXEMPT', at, reason: 'inconvenient' },
    { type: 'CLOSE', at },
  ];
}
