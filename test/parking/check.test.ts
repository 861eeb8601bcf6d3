import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { ParkingApplication, ParkingCopy } from '../../src/procedures/parking/index';
import type { Policy } from '../../src/core/policy';
import { checkParking, parkingPacks } from '../../src/procedures/parking/index';
import { missingForPermit } from '../../src/procedures/parking/rules';
import { after, application } from './fixtures';
const AS_OF = '2027-01-01T00:00:00+08:00';

const ALL: ParkingCopy[] = ['drivingLicence', 'vehicleLicence', 'insurance'];
const complete = (overrides: Partial<ParkingApplication> = {}): ParkingApplication =>
  application({
    copies: { drivingLicence: after(5), vehicleLicence: after(5), insurance: after(5) },
    feePaid: { at: after(10), receiptNo: 'CW-1' },
    space: { offeredAt: after(15), spaceNo: 'B1-007', confirmedAt: after(20) },
    permit: { at: after(25), permitNo: 'TC-1' },
    ...overrides,
  });
const ids = (r: ParkingApplication, policy?: { policy?: Policy }) => checkParking(r, { asOf: AS_OF, ...policy }).map((v) => v.ruleId);

describe('checkParking (host records kept elsewhere)', () => {
  it('a complete record in order has no violation', () => {
    expect(checkParking(complete(), { asOf: AS_OF })).toEqual([]);
  });

  it('a permit without the insurance copy names the missing copy and the parameter used', () => {
    const [v] = checkParking(complete({ copies: { drivingLicence: after(5), vehicleLicence: after(5) } }), { asOf: AS_OF });
    expect(v).toMatchObject({ ruleId: 'parking.copies-missing', severity: 'error', source: { document: '《写字楼物业客服工作制度范例》', clause: '办理车位程序 2' }, data: { missing: ['insurance'] } });
    expect(v!.message['zh-CN']).toContain('车辆保险单');
    expect(v!.data.parameters).toEqual({ 'parking.requiredCopies': { value: ALL, from: 'OFFICE', clause: '办理车位程序 2' } });
  });

  it('a permit without the fee, or without the confirmation', () => {
    const { feePaid: _f, ...noFee } = complete();
    expect(ids(noFee)).toEqual(['parking.fee-unpaid']);
    expect(ids(complete({ space: { offeredAt: after(15), spaceNo: 'B1-007' } }))).toEqual(['parking.space-unconfirmed']);
  });

  it('an unfinished application without a permit is not a violation', () => {
    expect(ids(application({ copies: { drivingLicence: after(5) } }))).toEqual([]);
    expect(missingForPermit(application()).map((m) => m.field)).toEqual(['copies', 'feePaid', 'space.confirmedAt']);
  });

  it('steps out of order are a warning; equal instants are in order (boundary)', () => {
    const same = complete({ feePaid: { at: after(5), receiptNo: 'CW-1' } });
    expect(ids(same)).toEqual([]);
    const early = complete({ feePaid: { at: after(4), receiptNo: 'CW-1' } });
    const v = checkParking(early, { asOf: AS_OF });
    expect(v.map((x) => x.ruleId)).toEqual(['parking.out-of-order']);
    expect(v[0]!.data).toMatchObject({ step: 'feePaid', previous: 'copies' });
    expect(v[0]!.severity).toBe('warning');
    // The same instant written in UTC is not "earlier".
    expect(ids(complete({ feePaid: { at: '2026-05-06T02:05:00Z', receiptNo: 'CW-1' } }))).toEqual([]);
  });

  it('a missing lease reference is a warning under OFFICE, nothing when the host turns it off', () => {
    const { leaseContractNo: _l, ...noLease } = complete();
    expect(ids(noLease)).toEqual(['parking.lease-reference-missing']);
    expect(ids(noLease, { policy: composePolicy(parkingPacks.OFFICE, { 'parking.leaseReferenceRequired': false }) })).toEqual([]);
  });

  it('bad records are typed errors', () => {
    expect(() => checkParking(complete({ feePaid: { at: '2026-05-06', receiptNo: 'x' } }), { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkParking({ id: 'P' } as never, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkParking(null as never, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkParking(complete({ copies: { passport: after(1) } as never }), { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('properties', () => {
  const record = fc
    .record({
      copies: fc.subarray(ALL),
      fee: fc.boolean(),
      confirmed: fc.boolean(),
      permit: fc.boolean(),
      minutes: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 5, maxLength: 5 }),
    })
    .map(({ copies, fee, confirmed, permit, minutes }) =>
      application({
        copies: Object.fromEntries(copies.map((c) => [c, after(minutes[0]!)])),
        ...(fee ? { feePaid: { at: after(minutes[1]!), receiptNo: 'CW' } } : {}),
        space: { offeredAt: after(minutes[2]!), spaceNo: 'B1', ...(confirmed ? { confirmedAt: after(minutes[3]!) } : {}) },
        ...(permit ? { permit: { at: after(minutes[4]!), permitNo: 'T' } } : {}),
      }),
    );

  it('a permit draws an error exactly when missingForPermit is not empty', () => {
    fc.assert(
      fc.property(record, (r) => {
        const errors = checkParking(r, { asOf: AS_OF }).filter((v) => v.severity === 'error');
        expect(errors.length > 0).toBe(r.permit !== undefined && missingForPermit(r).length > 0);
      }),
    );
  });

  it('same input, same output; the deep-frozen record is unchanged', () => {
    fc.assert(
      fc.property(record, (r) => {
        const copy = structuredClone(r);
        const frozen = deepFreeze(structuredClone(r));
        expect(checkParking(frozen, { asOf: AS_OF })).toEqual(checkParking(frozen, { asOf: AS_OF }));
        expect(frozen).toEqual(copy);
      }),
    );
  });
});
