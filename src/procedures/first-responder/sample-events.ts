import type { FirstResponderEvent } from './events';

/**
 * One event of each kind and guard outcome of the first-responder machine, all at `at`:
 * what path generation (`procedurePaths`, the tests) feeds the machine.
 *
 * @example
 * firstResponderSampleEvents('2026-05-06T10:00:00+08:00').length // 13
 */
export function firstResponderSampleEvents(at: string): FirstResponderEvent[] {
  return [
  { type: 'HANDLE', at },
  { type: 'REQUEST_APPROVAL', at, approver: '管理处主任' },
  { type: 'APPROVAL_DECIDED', at, approved: true },
  { type: 'APPROVAL_DECIDED', at, approved: false, note: '不在物业服务范围' },
  { type: 'HAND_OFF', at, department: '工程部' },
  { type: 'CHASE', at, note: '电话催办' },
  { type: 'REPORT_BACK', at, department: '工程部', result: '已更换灯管', beyondCapacity: false },
  { type: 'REPORT_BACK', at, department: '工程部', result: '需更换线路，超出能力', beyondCapacity: true },
  { type: 'REPORT_BACK', at, department: '保安部', result: '不是我们', beyondCapacity: false },
  { type: 'ESCALATE', at, to: '管理处主任' },
  { type: 'SUPERIOR_REPLIED', at, by: '管理处主任', answer: '下周一更换线路，届时通知您' },
  { type: 'REPLY', at, answer: '灯管已更换，请您查看' },
  { type: 'CLOSE', at },
  ];
}
