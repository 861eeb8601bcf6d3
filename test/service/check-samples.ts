// One record of every shape a procedure's check reads, keyed by its component in the OpenAPI
// document (`<procedure>.<name>`, as in docs/schemas), with the asOf (and, for a procedure with
// no default pack, the request policy) it is checked under. Case procedures' records come from
// their path model; these are the check-only ones. Values from the procedures' own tests.
export interface CheckSample {
  readonly record: unknown;
  readonly asOf: string;
  readonly policy?: { readonly packs: readonly string[] };
  /** Sent as a list as well (the check takes one record or a list of them). */
  readonly list?: true;
}

const AT = '2026-05-06T09:30:00+08:00';
const LATER = '2026-07-01T00:00:00+08:00';

export const CHECK_SAMPLES: Readonly<Record<string, CheckSample>> = {
  'kpi.observed': { record: { satisfactionRate: 0.84, courtesyRate: 1 }, asOf: LATER },
  'kpi.cadenceLog': { record: { period: '2026-Q2', entries: [] }, asOf: LATER },
  'kpi.reportingLog': { record: { period: '2026-06', reports: [{ kind: 'complaintMonthlySummary', date: '2026-06-30' }] }, asOf: LATER },
  'follow-up.record': {
    record: { specialServiceOrders: [{ id: 'S-1', completedAt: '2026-05-15T15:00:00+08:00', followedUpAt: '2026-05-18T10:00:00+08:00' }, { id: 'S-2' }], closedComplaints: [{ id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00', followedUpAt: null }] },
    asOf: '2026-06-01T00:00:00+08:00',
  },
  'follow-up.cadenceLog': { record: { period: '2026-05', customers: [{ id: 'A', followUpFrom: '2026-05-01', followUpUntil: '2026-05-14' }], contacts: [{ customer: 'A', date: '2026-05-09', mode: 'phone' }] }, asOf: LATER },
  'customer-records.request': {
    record: { id: 'RA-1', at: AT, requester: { name: '工程部 刘强', role: 'engineer' }, action: 'view', purpose: '核对报修地址', file: { ref: '3栋1201 业主档案', medium: 'paper', keeper: '资料员 孙娜' } },
    asOf: AT,
  },
  'special-services.order': {
    record: { id: 'S-2026-0506-01', serviceItem: 'clean-2h', customer: '5栋302', explainedAt: '2026-05-06T08:50:00+08:00', startedAt: '2026-05-06T09:00:00+08:00', completedAt: '2026-05-06T11:00:00+08:00', signedAt: '2026-05-06T11:05:00+08:00', hostRef: 42 },
    asOf: LATER,
  },
  'quiet-hours.record': { record: { at: '2026-05-16T04:59:00Z', site: '12F-1203', activity: '电锤' }, asOf: LATER, list: true },
  'visitors.entry': { record: { at: '2026-05-06T09:10:00+08:00', name: '赵先生', visiting: '12F', admitted: true }, asOf: LATER, list: true },
  'keys.record': {
    record: { id: 'K-2026-01', unit: '3栋1201', owner: '王建国', purpose: 'custody', specialReason: '业主出国半年，委托定期开窗通风', receivedAt: AT, handover: { at: AT, handedBy: '王建国', receivedBy: '张丽', customerSigned: true, staffSigned: true }, keeper: '客服主管 陈静' },
    asOf: LATER,
  },
  'lost-property.record': {
    record: { id: 'L-2026-0506-01', foundAt: AT, foundPlace: '3栋大堂', finder: '保安 赵强', description: '黑色钱包（内有身份证、现金）', itemClass: 'special', storage: { at: '2026-05-06T09:45:00+08:00', place: '客服中心保险柜', keeper: '客服主管 陈静' } },
    asOf: LATER,
  },
  'pets.record': { record: { id: 'PET-1', unit: '5栋302', animal: 'dog', hostTag: '登记于2026-04' }, asOf: LATER, policy: { packs: ['RULES'] } },
};
