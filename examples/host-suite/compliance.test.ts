// A host's vitest suite using wuye-rules/testing. (In your project: from 'wuye-rules/testing'.)
import { describe, expect, it } from 'vitest';
import { complaintProcedure } from 'wuye-rules/complaint';
import { assertCompliant, expectViolations, procedurePaths } from 'wuye-rules/testing';
import type { Ticket } from './ticket-desk';
import { ticketToComplaint } from './ticket-desk';

const ticket: Ticket = {
  ticketNo: 'WX-20260506-0031',
  openedAt: '2026-05-06T09:30:00+08:00',
  source: 'wechat',
  owner: { name: '王建国', room: '3栋1201', mobile: '13800000000' },
  text: '地库照明损坏',
  agent: '李敏',
};

describe('our ticket desk meets the complaint procedure', () => {
  it('a ticket answered and fixed the next day complies', () => {
    assertCompliant(ticketToComplaint({ ...ticket, firstReplyAt: '2026-05-06T10:00:00+08:00', resolution: '已更换灯管', closedAt: '2026-05-07T11:00:00+08:00' }), complaintProcedure, { asOf: '2026-05-20T00:00:00+08:00' });
  });
  it('a ticket left unanswered for 3 days is flagged as WI/FW-006.18 says', () => {
    const [notify] = expectViolations(ticketToComplaint(ticket), complaintProcedure, { asOf: '2026-05-09T09:30:01+08:00' }, [
      'complaint.notify-deadline',
      'complaint.complete-deadline',
      'complaint.investigate-deadline',
    ]).filter((v) => v.ruleId === 'complaint.notify-deadline');
    expect(notify?.source.clause).toBe('WI/FW-006.18');
  });
  it('our desk has a button for every step the procedure can take', () => {
    const deskButtons = ['LISTENED', 'CLARIFIED', 'RECORDED', 'CLASSIFY', 'REFER', 'EXPLAIN', 'REPORT', 'DISPATCH', 'NOTIFY_PROGRESS', 'RESOLVE', 'NOTIFY_RESULT', 'NOTIFY_IMPOSSIBLE', 'FOLLOW_UP', 'FOLLOW_UP_EXEMPT', 'CLOSE'];
    const used = new Set(procedurePaths(complaintProcedure).flatMap((p) => p.events.map((e) => e.type)));
    expect([...used].filter((type) => !deskButtons.includes(type))).toEqual([]);
  });
});
