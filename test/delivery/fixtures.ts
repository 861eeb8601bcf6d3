import type { DeliveryEvent, TakeoverRecord } from '../../src/procedures/delivery/index';

/** The instant the tests judge records at: long after every fixture. */
export const AS_OF = '2027-01-01T00:00:00+08:00';

/** Opened Monday 2026-03-02 09:00 in Shanghai. */
export const OPENED = '2026-03-02T09:00:00+08:00';

/** A takeover as a host keeps it, with a field of its own (`hostRef`). */
export function takeover(overrides: Partial<TakeoverRecord> = {}): TakeoverRecord {
  return { id: 'T-2026-01', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: OPENED, hostRef: { erp: 7 }, ...overrides };
}

/** `days` days after opening, at 10:00 +08:00. */
export function day(days: number): string {
  const d = new Date(Date.UTC(2026, 2, 2 + days));
  return `${d.toISOString().slice(0, 10)}T10:00:00+08:00`;
}

/** The five steps of 物业接管程序 in order; documents and handbooks in two batches. */
export function fullTakeover(): DeliveryEvent[] {
  return [
    { type: 'SIGN_CONTRACT', at: day(0), copySets: 2 },
    { type: 'RECEIVE_DOCUMENTS', at: day(2), documents: ['constructionCertificates', 'businessLicence'] },
    { type: 'RECEIVE_DOCUMENTS', at: day(5), documents: ['completionCertificates'] },
    { type: 'INSPECT', at: day(8), departments: ['customerService', 'security', 'engineering'] },
    { type: 'SIGN_CONFIRMATION', at: day(10), keysHandedOver: true },
    { type: 'ISSUE_HANDBOOKS', at: day(12), handbooks: ['user'] },
    { type: 'ISSUE_HANDBOOKS', at: day(13), handbooks: ['renovation', 'emergency'] },
  ];
}
