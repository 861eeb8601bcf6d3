import type { MoveOutEvent, MoveOutRequest, RequesterKind } from '../../src/procedures/move-out/index';

/** The instant the tests judge records at: long after every fixture. */
export const AS_OF = '2027-01-01T00:00:00+08:00';

/** Requested Wednesday 2026-05-06 09:30 in Shanghai. */
export const REQUESTED = '2026-05-06T09:30:00+08:00';

/** `m` minutes after the request, as +08:00 ISO (within the same day). */
export function after(m: number): string {
  const h = 9 + Math.floor((30 + m) / 60);
  const min = (30 + m) % 60;
  return `2026-05-06T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:00+08:00`;
}

/** A request; `kind` null leaves the requester's kind for the desk to find out. */
export function request(kind: RequesterKind | null = 'owner', overrides: Partial<MoveOutRequest> = {}): MoveOutRequest {
  return {
    id: 'MO-2026-0506-01',
    requestedAt: REQUESTED,
    unit: '3栋1201',
    requester: { name: kind === 'owner' ? '王建国' : kind === 'agent' ? '李四（租户）' : kind === 'contractor' ? '恒达装饰 陈工' : '来客', ...(kind ? { kind } : {}), phone: '13800000000' },
    ...overrides,
  };
}

/** The WI/FW-020 non-owner path for one item: ID + authorisation, items, owner phoned, pass. */
export function agentSingleItem(consented = true): MoveOutEvent[] {
  return [
    { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '电视机', quantity: 1 }] },
    { type: 'AGENT_DOCUMENTS_CHECKED', at: after(3), idDocument: '身份证 4401…', authorisation: '业主委托书 2026-05-05' },
    { type: 'OWNER_PHONED', at: after(6), consented, phone: '13900000000' },
    { type: 'PASS_SIGNED', at: after(8), passNo: 'P-0142', signedBy: '李四', issuedBy: '张丽' },
  ];
}

/** Several items that look like a move-out: assessment, finance (first unsettled, then settled), owner, pass. */
export function ownerMovingOut(): MoveOutEvent[] {
  return [
    { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '纸箱', quantity: 12 }, { name: '床', quantity: 1 }] },
    { type: 'MOVE_ASSESSED', at: after(2), likelyMoving: true },
    { type: 'FEES_CHECKED', at: after(5), settled: false, by: '财务 周敏' },
    { type: 'FEES_CHECKED', at: after(20), settled: true, by: '财务 周敏' },
    { type: 'OWNER_VERIFIED', at: after(22), idDocument: '身份证 4401…' },
    { type: 'PASS_SIGNED', at: after(25), passNo: 'P-0143', signedBy: '王建国', issuedBy: '张丽' },
  ];
}
