import * as z from 'zod/mini';
import { isoDateMiniSchema as isoDateSchema } from '../../core/mini-schemas';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { periodSchema } from './period-schema';

export { periodSchema };

/**
 * @internal The ids of the six quality targets of 《客服制度》 碧桂园客服部质量目标分解, in its order.
 *
 * @example
 * KPI_IDS[3] // 'satisfactionRate'
 */
export const KPI_IDS = ['courtesyRate', 'responseRate', 'complaintFollowUpRate', 'satisfactionRate', 'feeCollectionRate', 'receiptHandlingRate'] as const;

/** A KPI id. @example const id: KpiId = 'complaintFollowUpRate'; */
export type KpiId = (typeof KPI_IDS)[number];

const rate = z.number().check(z.gte(0, { message: 'a rate is a fraction in [0, 1]' })).check(z.lte(1, { message: 'a rate is a fraction in [0, 1]' }));

/**
 * Observed rates by KPI id: fractions in [0, 1], each optional. An unknown id (a typo) or a
 * value outside [0, 1] (NaN, 85 for 85%) fails.
 *
 * @example
 * observedKpisSchema.safeParse({ satisfactionRate: 0.9 }).success  // true
 * observedKpisSchema.safeParse({ satisfactionRat: 0.9 }).success   // false
 */
export const observedKpisSchema = z.strictObject(Object.fromEntries(KPI_IDS.map((id) => [id, z.optional(rate)])) as Record<KpiId, z.ZodMiniOptional<typeof rate>>);
/** @example const o: ObservedKpis = { satisfactionRate: 0.87 }; */
export type ObservedKpis = Partial<Record<KpiId, number>>;

/**
 * What a cadence log entry records: the cadences of 《物业客户服务类服务标准表》 and
 * 《物业公司客服部岗位职责及各岗位人员规章制度》.
 *
 * @example
 * cadenceIdSchema.parse('communityActivity')
 */
export const cadenceIdSchema = z.enum([
  'depthInterview',
  'moveInVisit',
  'satisfactionSurvey',
  'ownersForum',
  'serviceReport',
  'publicComplaintSummary',
  'publicPropertyBriefing',
  'communityActivity',
  'biInspection',
  'committeeMeeting',
  'chairMeeting',
  'staffAppraisal',
]);
/** @example const c: CadenceId = 'biInspection'; */
export type CadenceId = z.infer<typeof cadenceIdSchema>;

/**
 * The facts about a project the cadences depend on: residential or not, public property
 * or not, the fee model (包干制 lump-sum or 酬金制 commission), whether it has an owners'
 * committee. Defaults: residential, not public property, commission, with a committee.
 *
 * @example
 * projectSchema.parse({ feeModel: 'lump-sum' })
 */
export const projectSchema = z.object({
  residential: z.optional(z.boolean()),
  publicProperty: z.optional(z.boolean()),
  feeModel: z.optional(z.enum(['lump-sum', 'commission'])),
  hasOwnersCommittee: z.optional(z.boolean()),
});
/** @example const p: Project = { feeModel: 'lump-sum' }; */
export type Project = z.infer<typeof projectSchema>;

/**
 * A move-in (乔迁) the visit of STD 客户访谈 2 is due for.
 *
 * @example
 * moveInSchema.parse({ customer: '5栋302', date: '2026-05-06' })
 */
export const moveInSchema = z.object({ customer: z.string().check(z.minLength(1)), date: isoDateSchema });
/** @example const m: MoveIn = { customer: '5栋302', date: '2026-05-06' }; */
export type MoveIn = z.infer<typeof moveInSchema>;

/**
 * One thing done: which cadence, on which date, by whom (depth interviews), with which
 * customer (depth interviews, move-in visits). Extra host fields are allowed.
 *
 * @example
 * cadenceEntrySchema.parse({ kind: 'depthInterview', date: '2026-05-06', by: '王主管', customer: '3栋1201' })
 */
export const cadenceEntrySchema = z.object({
  kind: cadenceIdSchema,
  date: isoDateSchema,
  by: z.optional(z.string().check(z.minLength(1))),
  customer: z.optional(z.string().check(z.minLength(1))),
});
/** @example const e: CadenceEntry = { kind: 'ownersForum', date: '2026-06-20' }; */
export type CadenceEntry = z.infer<typeof cadenceEntrySchema>;

/**
 * The log a host keeps of what was done in a period (`'YYYY'`, `'YYYY-Qn'` or `'YYYY-MM'`):
 * the entries, the people who owe depth interviews (project head, supervisors and above),
 * the move-ins, and the project's facts. Extra host fields are allowed.
 *
 * @example
 * cadenceLogSchema.parse({ period: '2026-Q2', entries: [], staff: ['王主管'], moveIns: [], project: { residential: true } })
 */
export const cadenceLogSchema = z.object({
  period: periodSchema,
  entries: z.array(cadenceEntrySchema),
  staff: z.optional(z.array(z.string().check(z.minLength(1)))),
  moveIns: z.optional(z.array(moveInSchema)),
  project: z.optional(projectSchema),
});
/** @example const l: CadenceLog = { period: '2026-Q2', entries: [] }; */
export type CadenceLog = z.infer<typeof cadenceLogSchema>;

/**
 * @internal What {@link cadenceDueDates} needs besides the period: the project's facts and the month's
 * move-ins.
 *
 * @example
 * cadenceContextSchema.parse({ project: { publicProperty: true } })
 */
export const cadenceContextSchema = z.object({ project: z.optional(projectSchema), moveIns: z.optional(z.array(moveInSchema)), staff: z.optional(z.array(z.string().check(z.minLength(1)))) });
/** @example const c: CadenceContext = { project: { feeModel: 'lump-sum' } }; */
export type CadenceContext = z.infer<typeof cadenceContextSchema>;

/** @internal Labels of the kpi records' fields, for Chinese error texts. */
export const KPI_FIELD_LABELS: FieldLabels = {
  period: text('期间', 'period'),
  entries: text('记录', 'entries'),
  date: text('日期', 'date'),
  customer: text('客户', 'customer'),
  staff: text('须访谈人员', 'staff'),
  moveIns: text('乔迁', 'move-ins'),
  project: text('项目情况', 'project'),
  residential: text('住宅项目', 'residential'),
  publicProperty: text('公共物业项目', 'public property'),
  feeModel: text('收费方式', 'fee model'),
  hasOwnersCommittee: text('有业主委员会', "has an owners' committee"),
  courtesyRate: text('礼貌待客率', 'courtesy rate'),
  responseRate: text('事务响应率', 'response rate'),
  complaintFollowUpRate: text('投诉回访率', 'complaint follow-up rate'),
  satisfactionRate: text('业户满意率', 'owner satisfaction rate'),
  feeCollectionRate: text('管理费催缴率', 'fee collection-notice rate'),
  receiptHandlingRate: text('有关票据处理率', 'receipt handling rate'),
};
