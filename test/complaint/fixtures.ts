import { DateTime } from 'luxon';
import type { ComplaintEvent, ComplaintRecord } from '../../src/procedures/complaint/index';

/** Received Wednesday 2026-05-06 09:30 in Shanghai (a working day after the 劳动节 holiday). */
export const RECEIVED = '2026-05-06T09:30:00+08:00';

export function intake(overrides: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    id: 'C-2026-0506-01',
    receivedAt: RECEIVED,
    channel: 'phone',
    complainant: { name: '王建国', unit: '3栋1201', phone: '13800000000' },
    subject: '楼上装修噪声，影响午休',
    receiver: '李敏',
    ...overrides,
  };
}

/** `at` minutes after receipt, as +08:00 ISO. */
export function after(minutes: number, from = RECEIVED): string {
  return DateTime.fromISO(from, { setZone: true }).plus({ minutes }).toISO({ suppressMilliseconds: true })!;
}

/** A complete general complaint's events, in order, each a few minutes apart. */
export function generalLifecycle(): ComplaintEvent[] {
  return [
    { type: 'LISTENED', at: after(1) },
    { type: 'CLARIFIED', at: after(3) },
    { type: 'RECORDED', at: after(5), documentNo: 'TS-2026-0142' },
    { type: 'CLASSIFY', at: after(6), kind: 'general', reasonable: true, inScope: true },
    { type: 'DISPATCH', at: after(10), department: '秩序维护部' },
    { type: 'NOTIFY_PROGRESS', at: after(60), note: '已联系装修户', nextReplyAt: after(24 * 60) },
    { type: 'ADD_MEASURE', at: after(70), kind: 'corrective', description: '装修户午间停止电锤作业', dueAt: after(26 * 60) },
    { type: 'COMPLETE_MEASURE', at: after(20 * 60), index: 0 },
    { type: 'RESOLVE', at: after(22 * 60), result: '装修户承诺12:00–14:00不施工，已签承诺书' },
    { type: 'NOTIFY_RESULT', at: after(23 * 60) },
    { type: 'FOLLOW_UP', at: after(48 * 60), by: '张丽', result: '已无午间噪声，满意', satisfied: true },
    { type: 'CLOSE', at: after(49 * 60) },
  ];
}
