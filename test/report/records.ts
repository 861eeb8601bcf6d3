// A month of generated records for the report tests and the bench: deterministic (a seeded
// generator), with every shape the report reads — on-time and late steps, open cases,
// records of other months, paid repairs, return-visit ratings, host categories.
import type { ComplaintRecord } from '../../src/procedures/complaint/schema';
import type { ReturnVisitRecord } from '../../src/procedures/follow-up/schema';
import type { WorkOrder } from '../../src/procedures/work-order/schema';

/** A small deterministic generator (mulberry32), shared with the benches. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant of November 2026 (or of the day before it, for `day` 0), +08:00. */
export function nov(day: number, minutes: number): string {
  const d = day < 1 ? '2026-10-31' : day > 30 ? '2026-12-01' : `2026-11-${pad(day)}`;
  return `${d}T${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}:00+08:00`;
}

export const NAMES = ['王建国', '李秀英', '张伟', '刘洋', '陈静'];
export const CHANNELS = ['phone', 'visit', 'letter', 'email', 'online'] as const;
export const CATEGORIES = ['装修噪声', '电梯故障', '停车', '卫生'];

/** `n` complaints: most received in November, some in October (still open), with handled, notified, followed-up and closed ones. */
export function complaints(n: number, random = seeded(1)): ComplaintRecord[] {
  const out: ComplaintRecord[] = [];
  for (let i = 0; i < n; i++) {
    const day = random() < 0.1 ? 0 : 1 + Math.floor(random() * 28);
    const name = NAMES[i % NAMES.length]!;
    const received = nov(day, 9 * 60 + Math.floor(random() * 480));
    const unit = `${1 + (i % 9)}栋${1 + (i % 20)}0${1 + (i % 4)}`;
    const c: Record<string, unknown> = {
      id: `C-${i}`,
      receivedAt: received,
      channel: CHANNELS[i % CHANNELS.length],
      complainant: { name, unit },
      subject: `${unit}${name}反映${CATEGORIES[i % CATEGORIES.length]}问题，${name.slice(0, 1)}先生要求处理`,
      receiver: '李敏',
      ...(i % 7 === 0 ? {} : { category: CATEGORIES[i % CATEGORIES.length] }),
    };
    const handled = random() < 0.8;
    if (handled) {
      const at = (d: number, m: number) => nov(Math.min(30, Math.max(day, 1) + d), m);
      Object.assign(c, {
        documentNo: `TS-${i}`,
        fiveClears: { listened: received, clarified: received, recorded: received, followedThrough: at(1, 600), repliedClearly: at(2, 600) },
        classification: { at: received, kind: i % 11 === 0 ? 'major' : 'general', reasonable: true, inScope: true },
        dispatches: [{ at: received, department: '工程部' }],
        progressNotices: random() < 0.7 ? [{ at: at(random() < 0.8 ? 1 : 5, 600) }] : [],
        result: { at: at(2, 600), description: `已为${unit}${name}处理完毕，${name.slice(0, 1)}女士满意` },
        resultNotifiedAt: at(2, 660),
        ...(i % 11 === 0 ? { report: { at: received, to: '公司' } } : {}),
      });
      if (random() < 0.8) {
        Object.assign(c, random() < 0.9 ? { followUp: { at: at(3, 600), by: '周敏', result: `${name}表示满意`, satisfied: true } } : { followUpExemption: { at: at(3, 600), reason: 'unreachable' } });
        c['closedAt'] = at(3, 700);
      }
    }
    out.push(c as ComplaintRecord);
  }
  return out;
}

/** `n` work orders of November: dispatched, some late, some paid and signed with a fee, some still open. */
export function workOrders(n: number, random = seeded(2)): WorkOrder[] {
  const out: WorkOrder[] = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(random() * 29);
    const m = 8 * 60 + Math.floor(random() * 600);
    const urgency = (['critical', 'urgent', 'routine'] as const)[i % 3]!;
    const o: Record<string, unknown> = {
      id: `WO-${i}`,
      reportedAt: nov(day, m),
      location: `${1 + (i % 9)}栋${1 + (i % 20)}01`,
      ownerName: NAMES[i % NAMES.length],
      item: '水龙头漏水',
      receiver: '李敏',
      origin: 'customer-call',
      urgency,
      paid: i % 4 === 0,
      dispatchedAt: nov(day, m + 1),
      arrivedAt: nov(day, m + 1 + Math.floor(random() * 14)),
    };
    if (random() < 0.85) {
      Object.assign(o, {
        ...(o['paid'] ? { consentAt: nov(day, m + 20), fee: Math.round(random() * 30000) / 100 } : {}),
        repairStartedAt: nov(day, m + 25),
        repairedAt: nov(day, m + 60),
        result: '已更换阀芯',
        signedAt: nov(day, m + 61),
        signedBy: NAMES[i % NAMES.length],
        copies: { customer: nov(day, m + 61), desk: nov(day, m + 62), finance: nov(day, m + 62) },
        callbackAt: nov(Math.min(30, day + 1), 600),
        callbackBy: '周敏',
        callbackResult: '满意',
        feedbackAt: nov(Math.min(30, day + 1), 610),
        closedAt: nov(Math.min(30, day + 1), 620),
      });
    }
    out.push(o as WorkOrder);
  }
  return out;
}

const RATINGS = ['satisfied', 'fairlySatisfied', 'dissatisfied'] as const;
const VISIT_CATEGORIES = ['security', 'cleaningGreening', 'engineeringRepair', 'complaintHandling', 'serviceAttitude'] as const;

/** `n` QR-004 return visits, a tenth of them in October. */
export function returnVisits(n: number, random = seeded(3)): ReturnVisitRecord[] {
  const pick = () => RATINGS[random() < 0.7 ? 0 : random() < 0.7 ? 1 : 2]!;
  return Array.from({ length: n }, (_, i) => ({
    place: `${1 + (i % 9)}栋`,
    category: VISIT_CATEGORIES[i % VISIT_CATEGORIES.length]!,
    ratings: { punctuality: pick(), attitude: pick(), quality: pick() },
    date: random() < 0.1 ? '2026-10-20' : `2026-11-${pad(1 + (i % 30))}`,
  })) as ReturnVisitRecord[];
}
