// One special-service order (and the four 100% flags), apart from schema.ts: special-services'
// order record is built on it, and that subpath must not bundle follow-up's other schemas and
// labels (module-level schemas are kept by a bundler whenever their module is imported).
import * as z from 'zod/mini';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';

/** @internal A refinement refusing a repeated id in a list of records. */
export function uniqueIds(what: string) {
  return (items: readonly { id: string }[], ctx: z.core.$RefinementCtx<readonly { id: string }[]>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate ${what} id ${item.id}` });
      seen.add(item.id);
    });
  };
}

/**
 * @internal The flags of STD 特约服务 服务回访 1 ①–④ that make an order need a 100% follow-up.
 *
 * @example
 * fullFollowUpFlagsSchema.parse({ newStaff: true })
 */
export const fullFollowUpFlagsSchema = z.object({
  /** ① 新签长期服务协议的客户 */
  newLongTermAgreement: z.optional(z.boolean()),
  /** ② 新推出的服务项目 */
  newServiceItem: z.optional(z.boolean()),
  /** ③ 新服务人员提供服务 */
  newStaff: z.optional(z.boolean()),
  /** ④ 上次服务曾被投诉过的服务人员提供的服务 */
  staffPreviouslyComplained: z.optional(z.boolean()),
});
/** @example const f: FullFollowUpFlags = { newServiceItem: true }; */
export type FullFollowUpFlags = z.infer<typeof fullFollowUpFlagsSchema>;

/**
 * One paid special service order (特约服务) of the month: its id, the four flags, and —
 * for checking — when it was completed and followed up. Extra host fields are allowed and
 * left untouched.
 *
 * @example
 * specialServiceOrderSchema.parse({ id: 'S-1', newStaff: true, completedAt: '2026-05-06T15:00:00+08:00' })
 */
export const specialServiceOrderSchema = z.extend(fullFollowUpFlagsSchema, {
  id: z.string().check(z.minLength(1)),
  completedAt: z.optional(instantSchema),
  followedUpAt: z.optional(z.nullable(instantSchema)),
});
/** @example const o: SpecialServiceOrder = { id: 'S-1' }; */
export type SpecialServiceOrder = z.infer<typeof specialServiceOrderSchema>;
