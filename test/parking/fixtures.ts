import type { ParkingApplication, ParkingEvent } from '../../src/procedures/parking/index';

/** Applied Wednesday 2026-05-06 10:00 in Shanghai. */
export const APPLIED = '2026-05-06T10:00:00+08:00';

/** A 车位申请表 as a host keeps it, with a field of its own (`hostRef`). */
export function application(overrides: Partial<ParkingApplication> = {}): ParkingApplication {
  return {
    id: 'P-2026-0506-01',
    appliedAt: APPLIED,
    applicant: { name: '陈女士', company: '华信科技', unit: 'A座1205', phone: '13900000000' },
    vehicle: { plate: '粤B12345' },
    leaseContractNo: 'L-2026-018',
    requestedSpace: '靠近电梯',
    hostRef: { crm: 'X-77' },
    ...overrides,
  };
}

/** `minutes` after the application, +08:00. */
export function after(minutes: number): string {
  const ms = Date.parse(APPLIED) + minutes * 60_000 + 8 * 3_600_000;
  return `${new Date(ms).toISOString().slice(0, 19)}+08:00`;
}

/** The five steps of 办理车位程序 in order, the copies handed in on two visits. */
export function fullLifecycle(): ParkingEvent[] {
  return [
    { type: 'SUBMIT_COPIES', at: after(5), copies: ['drivingLicence', 'vehicleLicence'] },
    { type: 'SUBMIT_COPIES', at: after(60), copies: ['insurance'] },
    { type: 'PAY_FEE', at: after(75), receiptNo: 'CW-0311' },
    { type: 'OFFER_SPACE', at: after(80), spaceNo: 'B1-023' },
    { type: 'DECLINE_SPACE', at: after(85) },
    { type: 'OFFER_SPACE', at: after(90), spaceNo: 'B1-007' },
    { type: 'CONFIRM_SPACE', at: after(95) },
    { type: 'ISSUE_PERMIT', at: after(100), permitNo: 'TC-2026-118' },
  ];
}
