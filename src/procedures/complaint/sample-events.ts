import type { ComplaintEvent } from './events';
import type { ComplaintRecord } from './schema';

/**
 * @internal One event of each kind and guard outcome of the complaint machine, all at `at`:
 * what path generation (`procedurePaths`, the tests) feeds the machine.
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
    { type: 'CLASSIFY', at, kind: 'major', reasonable: false, inScope: true },
    { type: 'CLASSIFY', at, kind: 'written', reasonable: true, inScope: false },
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

/**
 * @internal What tells complaint states apart for path generation: the intake checklist (it
 * gates CLASSIFY), the classification (it routes the report) and whether 汇报 was made (it
 * gates closing).
 */
export function complaintPathKey(context: { readonly record: ComplaintRecord }): unknown {
  const { record } = context;
  const c = record.classification;
  return [Object.keys(record.fiveClears ?? {}).sort(), c?.kind ?? null, c?.reasonable ?? null, c?.inScope ?? null, Boolean(record.report)];
}
