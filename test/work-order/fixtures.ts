import type { WorkOrder } from '../../src/procedures/work-order/index';

export const REPORTED = '2026-05-06T09:50:00+08:00';

/** A fresh QR-001 order (no lifecycle fields). */
export function newOrder(overrides: Partial<WorkOrder> = {}): WorkOrder {
  return {
    id: 'WO-1',
    serialNo: '0001',
    reportedAt: REPORTED,
    location: '12F 1203',
    ownerName: '陈女士',
    phone: '13800000000',
    item: '卫生间漏水',
    receiver: '李敏',
    origin: 'customer-call',
    urgency: 'urgent',
    paid: true,
    ...overrides,
  };
}

/** A complete, compliant paid order. */
export function completedOrder(overrides: Partial<WorkOrder> = {}): WorkOrder {
  return newOrder({
    dispatchedAt: '2026-05-06T10:00:00+08:00',
    arrivedAt: '2026-05-06T10:08:00+08:00',
    charge: { explainedAt: '2026-05-06T10:10:00+08:00', amount: 120, tariff: '水管维修 120元/处' },
    consentAt: '2026-05-06T10:12:00+08:00',
    repairStartedAt: '2026-05-06T10:15:00+08:00',
    repairedAt: '2026-05-06T11:00:00+08:00',
    result: '更换角阀',
    fee: 120,
    signedAt: '2026-05-06T11:05:00+08:00',
    signedBy: '陈女士',
    copies: { customer: '2026-05-06T11:05:00+08:00', desk: '2026-05-06T14:00:00+08:00', finance: '2026-05-06T14:00:00+08:00' },
    callbackAt: '2026-05-07T10:00:00+08:00',
    callbackBy: '张丽',
    callbackResult: '满意',
    feedbackAt: '2026-05-07T10:30:00+08:00',
    closedAt: '2026-05-07T10:30:00+08:00',
    ...overrides,
  });
}

type EventOption = { readonly shape: Readonly<Record<string, { safeParse: (v: unknown) => { success: boolean } }>> & { readonly type: { readonly value: string } } };

/**
 * Malformed variants of every event type of a discriminated event schema: an `at` without
 * offset, no `at`, and every required payload field of the wrong type (shared by the
 * contract tests of work-order and renovation).
 */
export function malformedEvents(options: readonly EventOption[], at: string): { type: string }[] {
  return options.flatMap((option) => {
    const type = option.shape.type.value;
    const required = Object.keys(option.shape).filter((k) => k !== 'type' && k !== 'at' && !option.shape[k]!.safeParse(undefined).success);
    const wrong = Object.fromEntries(required.map((k) => [k, { nested: true }]));
    return [{ type, at: at.replace('T', ' ').slice(0, 16) }, { type }, ...(required.length > 0 ? [{ type, at, ...wrong }] : [])];
  });
}
