// The same host checks with node:test (run: node --import tsx --test examples/host-suite/compliance.node-test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complaintProcedure } from 'wuye-rules/complaint';
import { assertCompliant, ComplianceAssertionError, expectViolations } from 'wuye-rules/testing';
import { ticketToComplaint } from './ticket-desk';

const ticket = {
  ticketNo: 'TEL-20260506-0007',
  openedAt: '2026-05-06T09:30:00+08:00',
  source: 'hotline' as const,
  owner: { name: '李秀英', room: '6栋1802', mobile: '13900000000' },
  text: '高层水压不足',
  agent: '张丽',
};

describe('ticket desk (node:test)', () => {
  it('answered within 72 hours: compliant', () => {
    assertCompliant(ticketToComplaint({ ...ticket, firstReplyAt: '2026-05-09T09:30:00+08:00', resolution: '更换水泵', closedAt: '2026-05-08T09:00:00+08:00' }), complaintProcedure, { asOf: '2026-05-20T00:00:00+08:00' });
  });
  it('answered one second late: the kit fails the test with an AssertionError', () => {
    assert.throws(
      () => assertCompliant(ticketToComplaint({ ...ticket, firstReplyAt: '2026-05-09T09:30:01+08:00', resolution: '更换水泵', closedAt: '2026-05-08T09:00:00+08:00' }), complaintProcedure, { asOf: '2026-05-20T00:00:00+08:00' }),
      (e: unknown) => e instanceof ComplianceAssertionError && e.name === 'AssertionError' && /complaint\.notify-deadline/.test(e.message),
    );
  });
  it('expectViolations names what is missing', () => {
    const vs = expectViolations(ticketToComplaint(ticket), complaintProcedure, { asOf: '2026-05-08T09:30:01+08:00' }, ['complaint.investigate-deadline']);
    assert.equal(vs[0]?.source.clause, '5.2.3');
  });
});
