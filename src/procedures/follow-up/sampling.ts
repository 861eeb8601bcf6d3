import { WuyeError } from '../../core/errors';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import type { FullFollowUpCase } from './policy';
import { fullFollowUpCases } from './policy';
import type { FullFollowUpFlags, SpecialServiceOrder } from './schema';
import { FOLLOW_UP_FIELD_LABELS, fullFollowUpFlagsSchema, planOrdersSchema } from './schema';
import type { FollowUpRequirement } from './tiers';
import { followUpRequirement } from './tiers';

const CASE_ORDER: readonly FullFollowUpCase[] = ['newLongTermAgreement', 'newServiceItem', 'newStaff', 'staffPreviouslyComplained'];

const CASE_TEXT: Readonly<Record<FullFollowUpCase, LocalizedText>> = {
  newLongTermAgreement: text('①新签长期服务协议的客户', '① customer with a newly signed long-term agreement'),
  newServiceItem: text('②新推出的服务项目', '② newly launched service item'),
  newStaff: text('③新服务人员提供服务', '③ service by new staff'),
  staffPreviouslyComplained: text('④上次服务曾被投诉过的服务人员提供的服务', '④ service by staff complained about last time'),
};

/**
 * @internal The 100%-follow-up cases an order's flags raise, in the order of STD ①–④ (only the
 * cases the policy keeps).
 *
 * @example
 * fullFollowUpReasons({ newStaff: true, newServiceItem: true }) // ['newServiceItem', 'newStaff']
 */
export function fullFollowUpReasons(flags: FullFollowUpFlags, policy?: Policy): readonly FullFollowUpCase[] {
  return reasonsFor(flags, paramValue(policy, fullFollowUpCases));
}

const NO_CASE: readonly FullFollowUpCase[] = Object.freeze([]);

function reasonsFor(flags: FullFollowUpFlags, cases: readonly FullFollowUpCase[]): readonly FullFollowUpCase[] {
  if (flags.newLongTermAgreement !== true && flags.newServiceItem !== true && flags.newStaff !== true && flags.staffPreviouslyComplained !== true) return NO_CASE;
  const out: FullFollowUpCase[] = [];
  for (const c of cases.length === 4 ? CASE_ORDER : CASE_ORDER.filter((x) => cases.includes(x))) if (flags[c] === true) out.push(c);
  return out;
}

/**
 * Whether an order must be followed up whatever the sample (STD 特约服务 服务回访 1 ①–④):
 * a new long-term agreement customer, a new service item, new service staff, or staff
 * complained about last time. Bad flags (not booleans) are `INVALID_INPUT`.
 *
 * @example
 * requiresFullFollowUp({ staffPreviouslyComplained: true }) // true
 * requiresFullFollowUp({})                                 // false
 */
export function requiresFullFollowUp(flags: FullFollowUpFlags, policy?: Policy): boolean {
  parseInput(fullFollowUpFlagsSchema, flags, text('回访情形标记', 'follow-up flags'), FOLLOW_UP_FIELD_LABELS);
  return fullFollowUpReasons(flags, policy).length > 0;
}

/**
 * Why an order is in the plan: a 100% case (with the cases), or the sample that tops the
 * plan up to the minimum count (with its ordering key).
 *
 * @example
 * const v: FollowUpVisit = { orderId: 'S-7', reason: 'sample', cases: [], sampleKey: 123456, explanation: { 'zh-CN': '…', en: '…' } };
 */
export interface FollowUpVisit {
  readonly orderId: string;
  readonly reason: 'full-follow-up' | 'sample';
  readonly cases: readonly FullFollowUpCase[];
  /** For a sampled order: its {@link sampleHash} (lower hashes are sampled first). */
  readonly sampleKey?: number;
  readonly explanation: LocalizedText;
}

/**
 * A month's follow-up plan: the requirement, the seed, and the orders to visit (in the
 * input's order), each with its reason.
 *
 * @example
 * planFollowUps(orders).visits.map((v) => v.orderId)
 */
export interface FollowUpPlan {
  readonly monthlyCount: number;
  readonly requirement: FollowUpRequirement;
  readonly seed: string;
  readonly fullCount: number;
  readonly sampledCount: number;
  readonly visits: readonly FollowUpVisit[];
}

/** Options of {@link planFollowUps}. @example const o: PlanOptions = { seed: '2026-05' }; */
export interface PlanOptions {
  /** Varies the sample: the same orders and seed always give the same plan. Default ''. */
  readonly seed?: string;
}

/**
 * @internal FNV-1a (32-bit) of a string's UTF-16 code units: a small, stable hash for ordering the
 * sample. Not cryptographic — the sample only has to be unbiased by the order ids' order
 * and repeatable.
 *
 * @example
 * fnv1a('') // 2166136261
 */
export function fnv1a(value: string, start = 0x811c9dc5): number {
  let h = start;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * @internal The sampling hash of an order id: the FNV-1a of the id, XOR the FNV-1a of the seed, then
 * the murmur3 finaliser so that ids differing only in their last character (S-1, S-2, …)
 * spread over the whole range instead of staying in id order.
 *
 * @example
 * sampleHash('S-1', '') !== sampleHash('S-1', 'other seed') // true
 */
export function sampleHash(id: string, seed: string): number {
  return mix((fnv1a(id) ^ fnv1a(seed)) >>> 0);
}

function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Keys are hash × 2^21 + position: unique, exact in a double, ordered by hash then position.
const POSITION_SPAN = 2 ** 21;

/**
 * Which orders of a month must be followed up: every order of a 100% case (STD 特约服务
 * 服务回访 1 ①–④), then — if they fall short of the minimum count — a deterministic sample
 * of the others: those with the lowest {@link sampleHash} of order id and `seed`. Same orders and
 * seed → same plan; no randomness. Each visit carries its reason. Orders are validated
 * (unique ids) and never changed.
 *
 * @example
 * const plan = planFollowUps([{ id: 'S-1', newStaff: true }, { id: 'S-2' }, { id: 'S-3' }, { id: 'S-4' }]);
 * plan.requirement.count // 2 (30% of 4 = 1.2 → 2)
 * plan.visits[0]         // { orderId: 'S-1', reason: 'full-follow-up', cases: ['newStaff'], … }
 */
export function planFollowUps(orders: readonly SpecialServiceOrder[], policy?: Policy, options: PlanOptions = {}): FollowUpPlan {
  // The fast check accepts exactly what the schema accepts (a test holds them together);
  // the schema runs only to word the error.
  const idHashes = hashPlanInput(orders);
  if (!idHashes) parseInput(planOrdersSchema, orders, text('特约服务单', 'special-service orders'), FOLLOW_UP_FIELD_LABELS);
  const seed = options.seed ?? '';
  if (typeof seed !== 'string') {
    throw new WuyeError('INVALID_INPUT', text('抽样种子须为文本', 'seed must be a string'), { field: 'seed' });
  }
  if (orders.length >= POSITION_SPAN) {
    throw new WuyeError('INVALID_INPUT', text(`一个月的订单数过多：${orders.length}`, `Too many orders for one month: ${orders.length}`), { count: orders.length });
  }
  const requirement = followUpRequirement(orders.length, policy);
  const kept = paramValue(policy, fullFollowUpCases);
  const total = orders.length;
  const seedHash = fnv1a(seed);
  // One pass: the 100% cases by position, and a sampling key for every other order.
  const casesAt = new Map<number, readonly FullFollowUpCase[]>();
  const keyAt = new Float64Array(total);
  const candidates = new Float64Array(total);
  let n = 0;
  for (let i = 0; i < total; i++) {
    const c = reasonsFor(orders[i]!, kept);
    if (c.length > 0) {
      casesAt.set(i, c);
      keyAt[i] = -1;
    } else {
      const key = mix((idHashes![i]! ^ seedHash) >>> 0) * POSITION_SPAN + i;
      keyAt[i] = key;
      candidates[n++] = key;
    }
  }
  const fullCount = casesAt.size;
  const toSample = Math.max(0, requirement.count - fullCount);
  // The `toSample` smallest keys (quickselect, O(n)); keys are unique.
  const threshold = toSample === 0 ? -1 : toSample >= n ? Infinity : kthSmallest(candidates.subarray(0, n), toSample - 1);

  const sampled = sampleText(requirement, fullCount, seed);
  const visits: FollowUpVisit[] = [];
  let sampledCount = 0;
  for (let i = 0; i < total; i++) {
    const key = keyAt[i]!;
    if (key < 0) {
      const c = casesAt.get(i)!;
      visits.push({ orderId: orders[i]!.id, reason: 'full-follow-up', cases: c, explanation: fullText(c) });
    } else if (key <= threshold) {
      sampledCount++;
      visits.push({ orderId: orders[i]!.id, reason: 'sample', cases: [], sampleKey: Math.floor(key / POSITION_SPAN), explanation: sampled });
    }
  }
  return { monthlyCount: orders.length, requirement, seed, fullCount, sampledCount, visits };
}

function fullText(cases: readonly FullFollowUpCase[]): LocalizedText {
  return text(
    `须100%回访：${cases.map((c) => CASE_TEXT[c]['zh-CN']).join('；')}（标准表 特约服务 服务回访 1）`,
    `Must be followed up (100%): ${cases.map((c) => CASE_TEXT[c].en).join('; ')} (STD 特约服务 服务回访 1)`,
  );
}

function sampleText(r: FollowUpRequirement, fullCount: number, seed: string): LocalizedText {
  const pct = `${Math.round(r.rate * 1000) / 10}%`;
  return text(
    `抽样：本月 ${r.monthlyCount} 单，最低回访比例 ${pct}，至少 ${r.count} 单；100%回访 ${fullCount} 单，其余按种子“${seed}”与单号的散列值由小到大抽取补足。`,
    `Sample: ${r.monthlyCount} orders this month, minimum ratio ${pct}, at least ${r.count}; ${fullCount} are 100% cases, the rest are drawn by the lowest hash of seed "${seed}" and order id.`,
  );
}

// Hoare-style quickselect with a median-of-three pivot: the k-th smallest (0-based) value.
// Deterministic; `a` is scrambled in place (callers pass a copy).
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function isFlag(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

/**
 * @internal Whether `orders` passes {@link planOrdersSchema}, checked without building zod's output
 * (100,000 orders a month validate in milliseconds). Never looser than the schema.
 *
 * @example
 * isPlanInput([{ id: 'S-1', newStaff: true }]) // true
 * isPlanInput([{ id: 'S-1' }, { id: 'S-1' }])  // false (duplicate id)
 */
export function isPlanInput(orders: unknown): boolean {
  return hashPlanInput(orders) !== null;
}

// Validates like planOrdersSchema and returns each id's FNV-1a (reused for the sample), or
// null. Duplicates are found with an open-addressing table keyed by that hash: strings are
// compared only when two hashes are equal.
function hashPlanInput(orders: unknown): Uint32Array | null {
  if (!Array.isArray(orders)) return null;
  const list = orders as unknown[];
  const hashes = new Uint32Array(list.length);
  let bits = 4;
  while (1 << bits < list.length * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return null;
    const r = o as Record<string, unknown>;
    const id = r.id;
    if (typeof id !== 'string' || id.length === 0) return null;
    if (!isFlag(r.newLongTermAgreement) || !isFlag(r.newServiceItem) || !isFlag(r.newStaff) || !isFlag(r.staffPreviouslyComplained)) return null;
    const h = fnv1a(id);
    // Fibonacci hashing: the top bits of h × 2^32/φ, so that similar ids do not cluster.
    let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    for (let j = table[slot]!; j !== -1; j = table[slot]!) {
      if (hashes[j] === h && (list[j] as { id: string }).id === id) return null;
      slot = (slot + 1) & mask;
    }
    table[slot] = i;
    hashes[i] = h;
  }
  return hashes;
}
