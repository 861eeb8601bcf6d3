import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { ParkingEvent } from '../../src/procedures/parking/index';
import { checkParking, createParkingMachine, parkingMachine, parkingPacks, parseParkingEvent, restoreParking, startParking } from '../../src/procedures/parking/index';
import { after, application, fullLifecycle } from './fixtures';
const AS_OF = '2027-01-01T00:00:00+08:00';

function run(events: ParkingEvent[], machine = parkingMachine, input = application()) {
  let [s] = startParking(input, machine);
  for (const e of events) [s] = transition(machine, s, e);
  return s;
}

describe('parking machine (《写字楼物业客服工作制度范例》 办理车位程序)', () => {
  it('walks the five steps to a permit; the record passes every rule; host fields are kept', () => {
    const s = run(fullLifecycle());
    expect(s.value).toBe('issued');
    expect(s.status).toBe('done');
    const r = s.context.record;
    expect(r.copies).toEqual({ drivingLicence: after(5), vehicleLicence: after(5), insurance: after(60) });
    expect(r.feePaid).toEqual({ at: after(75), receiptNo: 'CW-0311' });
    expect(r.space).toEqual({ offeredAt: after(90), spaceNo: 'B1-007', confirmedAt: after(95) });
    expect(r.permit).toEqual({ at: after(100), permitNo: 'TC-2026-118' });
    expect((r as Record<string, unknown>).hostRef).toEqual({ crm: 'X-77' });
    expect(checkParking(r, { asOf: AS_OF })).toEqual([]);
  });

  it('stays collecting until every copy of step 2 is in; a copy handed in twice keeps its first instant', () => {
    const s = run([
      { type: 'SUBMIT_COPIES', at: after(1), copies: ['drivingLicence'] },
      { type: 'SUBMIT_COPIES', at: after(2), copies: ['drivingLicence', 'vehicleLicence'] },
    ]);
    expect(s.value).toBe('collectingCopies');
    expect(s.context.record.copies).toEqual({ drivingLicence: after(1), vehicleLicence: after(2) });
  });

  it('refuses to skip a step: no fee before the copies, no permit before the space is confirmed', () => {
    const early = run([{ type: 'PAY_FEE', at: after(1), receiptNo: 'CW-1' }]);
    expect(early.value).toBe('collectingCopies');
    expect(early.context.record.feePaid).toBeUndefined();
    const unconfirmed = run([...fullLifecycle().slice(0, 4), { type: 'ISSUE_PERMIT', at: after(200), permitNo: 'T' }]);
    expect(unconfirmed.value).toBe('confirmingSpace');
    expect(unconfirmed.context.record.permit).toBeUndefined();
  });

  it('a policy that needs only the two licences moves on without the insurance copy', () => {
    const machine = createParkingMachine({ policy: composePolicy(parkingPacks.OFFICE, { 'parking.requiredCopies': ['drivingLicence', 'vehicleLicence'] }) });
    expect(run([fullLifecycle()[0]!], machine).value).toBe('payingFee');
    expect(run([fullLifecycle()[0]!]).value).toBe('collectingCopies');
  });

  it('ignores an event earlier than the previous one, and one whose instant is bad', () => {
    const s = run([{ type: 'SUBMIT_COPIES', at: after(30), copies: ['drivingLicence', 'vehicleLicence', 'insurance'] }]);
    const [late] = transition(parkingMachine, s, { type: 'PAY_FEE', at: after(10), receiptNo: 'CW-1' });
    expect(late.value).toBe('payingFee');
    const [bad] = transition(parkingMachine, s, { type: 'PAY_FEE', at: '2026-05-06 11:00', receiptNo: 'CW-1' });
    expect(bad.value).toBe('payingFee');
    expect(bad.context).toEqual(s.context);
  });

  it('a withdrawal ends the case without a permit; the instants are written in the policy zone', () => {
    const s = run([{ type: 'WITHDRAW', at: '2026-05-06T03:00:00Z', reason: '租约未续' }]);
    expect(s.value).toBe('withdrawn');
    expect(s.context.record.withdrawn).toEqual({ at: '2026-05-06T11:00:00+08:00', reason: '租约未续' });
    expect(s.context.record.permit).toBeUndefined();
  });

  it('never changes the host record it started from (deep-frozen input)', () => {
    const input = deepFreeze(application());
    const copy = structuredClone(input);
    run(fullLifecycle(), parkingMachine, input);
    expect(input).toEqual(copy);
  });
});

describe('bad input is a typed error', () => {
  it.each([
    ['an instant without offset', { appliedAt: '2026-05-06T10:00:00' }, 'INVALID_INSTANT'],
    ['a missing plate', { vehicle: {} }, 'INVALID_INPUT'],
    ['a number for a name', { applicant: { name: 7 } }, 'INVALID_INPUT'],
    ['a lifecycle field on a new application', { permit: { at: '2026-05-06T10:00:00+08:00', permitNo: 'T' } }, 'INVALID_INPUT'],
  ])('%s', (_name, overrides, code) => {
    expect(() => startParking(application(overrides as never))).toThrowError(expect.objectContaining({ code }));
  });
  it('no input at all', () => {
    expect(() => startParking(undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('a host event is validated before it is sent', () => {
    expect(() => parseParkingEvent({ type: 'PAY_FEE', at: '2026-05-06 10:00', receiptNo: 'x' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => parseParkingEvent({ type: 'SUBMIT_COPIES', at: after(1), copies: [] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseParkingEvent({ type: 'FLY', at: after(1) })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const ok = { type: 'CONFIRM_SPACE', at: after(1), extra: 1 };
    expect(parseParkingEvent(ok)).toBe(ok);
  });
  it('a policy not made by composePolicy', () => {
    expect(() => createParkingMachine({ policy: { 'parking.requiredCopies': [] } as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => composePolicy(parkingPacks.OFFICE, { 'parking.requiredCopies': ['passport'] })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});

describe('persistence across the contract change', () => {
  it('a version-1 envelope ({ record, lastEventAt }) restores into the shared case context', () => {
    const record = { id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' }, copies: { drivingLicence: '2026-05-06T10:05:00+08:00', vehicleLicence: '2026-05-06T10:05:00+08:00', insurance: '2026-05-06T10:05:00+08:00' } };
    const v1 = { machine: 'parking', version: 1, snapshot: { status: 'active', value: 'payingFee', context: { record, lastEventAt: '2026-05-06T10:05:00+08:00' } } };
    const snapshot = restoreParking(JSON.stringify(v1));
    expect(snapshot.value).toBe('payingFee');
    expect(snapshot.context).toEqual({ record, lastEventAt: '2026-05-06T10:05:00+08:00', deadlines: [], violations: [], checkedAt: null });
  });
});
