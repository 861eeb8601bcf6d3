// The signage inspection of an office building (《写字楼物业客服工作制度范例》 标识检查标准 1–4),
// the standard printed next to the renovation site standard (二次装修检查标准): door plates,
// lobby and customer-area directories, floor signs and boundary plates, fire signs.
import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';

const state = z.enum(['ok', 'missing', 'damaged', 'outdated']);

/**
 * One signage inspection: the state of each of the four kinds of signs (`ok`, `missing`,
 * `damaged`, `outdated` — the last for directories not changed when tenants change).
 *
 * @example
 * signageInspectionSchema.parse({ id: 'S-1', at: '2026-05-06T09:00:00+08:00', doorPlates: 'ok', directories: 'outdated', floorSigns: 'ok', fireSigns: 'ok' })
 */
export const signageInspectionSchema = z.object({ id: z.string().min(1), at: instantSchema, doorPlates: state, directories: state, floorSigns: state, fireSigns: state });
/** @example const s: SignageInspection = { id: 'S-1', at: '2026-05-06T09:00:00+08:00', doorPlates: 'ok', directories: 'ok', floorSigns: 'ok', fireSigns: 'damaged' }; */
export type SignageInspection = z.infer<typeof signageInspectionSchema>;

const ITEMS = [
  ['doorPlates', '1', text('入住公司门牌', 'tenant door plates')],
  ['directories', '2', text('大堂前台及客户区域水牌', 'lobby and customer-area directories')],
  ['floorSigns', '3', text('楼层指示牌、工界标牌', 'floor signs and boundary plates')],
  ['fireSigns', '4', text('消防标志', 'fire signs')],
] as const;
const LABELS: FieldLabels = Object.fromEntries([['at', text('检查时间', 'at')], ...ITEMS.map(([k, , l]) => [k, l])]);

/**
 * The signage rule: a sign found missing, damaged or (directories) outdated.
 *
 * @example
 * signageRules.defect.source // { document: '《写字楼物业客服工作制度范例》', clause: '标识检查标准 1–4' }
 */
export const signageRules = Object.freeze({
  defect: defineRule<{ inspectionId: string; item: string; state: string; clause: string }>({
    id: 'renovation.signage-defect',
    severity: 'warning',
    source: cite('OFFICE', '标识检查标准 1–4'),
    title: text('标识齐全完好', 'Signs complete and intact'),
    parameters: [],
    message: (d) => text(`标识检查 ${d.inspectionId}：${d.item}（第${d.clause}条）为 ${d.state}。`, `Signage inspection ${d.inspectionId}: ${d.item} (item ${d.clause}) is ${d.state}.`),
  }),
}) satisfies Record<string, Rule<never>>;

/**
 * Checks a signage inspection (OFFICE 标识检查标准 1–4): one warning per kind of sign not `ok`.
 *
 * @example
 * checkSignage({ id: 'S-1', at: '2026-05-06T09:00:00+08:00', doorPlates: 'ok', directories: 'outdated', floorSigns: 'ok', fireSigns: 'ok' }, { asOf: '2026-05-06T10:00:00+08:00' }).map((v) => v.data.clause) // ['2']
 */
export function checkSignage(inspection: SignageInspection, options: CheckOptions): Violation[] {
  parseInput(signageInspectionSchema, inspection, text('标识检查', 'signage inspection'), LABELS);
  checkOptions(options);
  return applicable(ITEMS.filter(([k]) => inspection[k] !== 'ok').map(([k, clause, label]) =>
    violation(signageRules.defect, { inspectionId: inspection.id, item: label['zh-CN'], state: inspection[k], clause }, options.policy),
  ), options.policy);
}
