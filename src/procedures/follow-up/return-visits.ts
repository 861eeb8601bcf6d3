import * as z from 'zod/mini';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import type { Rating, ReturnVisitCategory, ReturnVisitRecord } from './schema';
import { FOLLOW_UP_FIELD_LABELS, monthSchema, returnVisitRecordSchema } from './schema';

/**
 * The QR-004 categories in the form's column order, with their labels.
 *
 * @example
 * RETURN_VISIT_CATEGORIES[0] // { id: 'security', label: { 'zh-CN': '治安工作', en: 'Security' } }
 */
export const RETURN_VISIT_CATEGORIES: readonly { readonly id: ReturnVisitCategory; readonly label: LocalizedText }[] = Object.freeze([
  { id: 'security', label: text('治安工作', 'Security') },
  { id: 'cleaningGreening', label: text('清洁绿化', 'Cleaning and greening') },
  { id: 'pestControlWaste', label: text('消杀清运', 'Pest control and waste removal') },
  { id: 'noise', label: text('噪声影响', 'Noise') },
  { id: 'engineeringRepair', label: text('工程维修', 'Engineering and repairs') },
  { id: 'complaintHandling', label: text('投诉处理', 'Complaint handling') },
  { id: 'serviceAttitude', label: text('服务态度', 'Service attitude') },
  { id: 'efficiency', label: text('工作效率', 'Efficiency') },
] as const);

/**
 * The QR-003 rated aspects (回访情况) with their labels: 守时, 态度, 质量.
 *
 * @example
 * RATED_ASPECTS.map((a) => a.label['zh-CN']) // ['守时', '态度', '质量']
 */
export const RATED_ASPECTS: readonly { readonly id: RatedAspect; readonly label: LocalizedText }[] = Object.freeze([
  { id: 'punctuality', label: text('守时', 'Punctuality') },
  { id: 'attitude', label: text('态度', 'Attitude') },
  { id: 'quality', label: text('质量', 'Quality') },
] as const);

/** A rated aspect of a return visit. @example const a: RatedAspect = 'quality'; */
export type RatedAspect = 'punctuality' | 'attitude' | 'quality';

/**
 * The ratings with their labels: 满意, 较满意, 不满意.
 *
 * @example
 * RATINGS.map((r) => r.label['zh-CN']) // ['满意', '较满意', '不满意']
 */
export const RATINGS: readonly { readonly id: Rating; readonly label: LocalizedText }[] = Object.freeze([
  { id: 'satisfied', label: text('满意', 'Satisfied') },
  { id: 'fairlySatisfied', label: text('较满意', 'Fairly satisfied') },
  { id: 'dissatisfied', label: text('不满意', 'Dissatisfied') },
] as const);

/** How many visits gave each rating. @example const c: RatingCounts = { satisfied: 3, fairlySatisfied: 1, dissatisfied: 0 }; */
export type RatingCounts = Readonly<Record<Rating, number>>;

/**
 * One row of the monthly table: a category (or the total), its number of visits, and the
 * ratings counted per aspect.
 *
 * @example
 * const row: ReturnVisitRow = { category: 'noise', label: text('噪声影响', 'Noise'), visits: 1, ratings: { punctuality: { satisfied: 1, fairlySatisfied: 0, dissatisfied: 0 }, attitude: …, quality: … } };
 */
export interface ReturnVisitRow {
  readonly category: ReturnVisitCategory | 'total';
  readonly label: LocalizedText;
  readonly visits: number;
  readonly ratings: Readonly<Record<RatedAspect, RatingCounts>>;
}

/**
 * 《服务中心工作手册》 QR-004 回访统计月统计表 for one month: a row for each of the eight
 * categories (always all eight, in the form's order), a total row, and how many records
 * were left out because they fall in another month.
 *
 * @example
 * summariseReturnVisits(records, '2026-05').rows.find((r) => r.category === 'noise')?.visits
 */
export interface ReturnVisitSummary {
  readonly month: string;
  readonly rows: readonly ReturnVisitRow[];
  readonly total: ReturnVisitRow;
  readonly otherMonths: number;
}

const recordsSchema = z.array(returnVisitRecordSchema);

/**
 * Turns QR-003 回访统计表 lines into the QR-004 monthly statistics (WI/FW-017 七: the
 * service centre tallies the month's follow-ups on the monthly form): per category, the
 * number of visits and the 满意 / 较满意 / 不满意 counts of 守时, 态度 and 质量. Records of other
 * months are counted in `otherMonths`, not in the table. Bad records or a month not written
 * `'YYYY-MM'` are `INVALID_INPUT`; the records are never changed.
 *
 * @example
 * const s = summariseReturnVisits([{ place: '3栋1201', category: 'engineeringRepair', ratings: { punctuality: 'satisfied', attitude: 'satisfied', quality: 'dissatisfied' }, date: '2026-05-06' }], '2026-05');
 * s.total.visits                      // 1
 * s.total.ratings.quality.dissatisfied // 1
 */
export function summariseReturnVisits(records: readonly ReturnVisitRecord[], month: string): ReturnVisitSummary {
  parseInput(monthSchema, month, text('月份', 'month'), FOLLOW_UP_FIELD_LABELS);
  parseInput(recordsSchema, records, text('回访统计表记录', 'return-visit records'), FOLLOW_UP_FIELD_LABELS);
  const counts = new Map<ReturnVisitCategory | 'total', { visits: number; ratings: Record<RatedAspect, Record<Rating, number>> }>();
  const blank = () => ({ visits: 0, ratings: { punctuality: zero(), attitude: zero(), quality: zero() } });
  for (const c of RETURN_VISIT_CATEGORIES) counts.set(c.id, blank());
  counts.set('total', blank());
  let otherMonths = 0;
  for (const r of records) {
    if (r.date.slice(0, 7) !== month) {
      otherMonths++;
      continue;
    }
    for (const key of [r.category, 'total'] as const) {
      const row = counts.get(key)!;
      row.visits++;
      for (const a of RATED_ASPECTS) row.ratings[a.id][r.ratings[a.id]]++;
    }
  }
  const rows = RETURN_VISIT_CATEGORIES.map((c) => ({ category: c.id, label: c.label, ...counts.get(c.id)! }));
  return { month, rows, total: { category: 'total', label: text('合计', 'Total'), ...counts.get('total')! }, otherMonths };
}

function zero(): Record<Rating, number> {
  return { satisfied: 0, fairlySatisfied: 0, dissatisfied: 0 };
}
