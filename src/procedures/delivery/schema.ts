import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { isoDateSchema } from '../../core/iso-date-schema';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { moveInSchema } from '../kpi/schema';

/**
 * The documents the other side provides (《写字楼物业客服工作制度范例》 物业接管程序 2): the building's
 * legal construction certificates (施工合法证明), completion certificates (竣工合法证明) and a
 * copy of its business licence (营业执照复印件).
 *
 * @example
 * takeoverDocumentSchema.parse('completionCertificates')
 */
export const takeoverDocumentSchema = z.enum(['constructionCertificates', 'completionCertificates', 'businessLicence']);
/** @example const d: TakeoverDocument = 'businessLicence'; */
export type TakeoverDocument = z.infer<typeof takeoverDocumentSchema>;

/**
 * The departments of the joint inspection (物业接管程序 3): 客服部, 安保部, 工程部.
 *
 * @example
 * inspectionDepartmentSchema.parse('security')
 */
export const inspectionDepartmentSchema = z.enum(['customerService', 'security', 'engineering']);
/** @example const d: InspectionDepartment = 'engineering'; */
export type InspectionDepartment = z.infer<typeof inspectionDepartmentSchema>;

/**
 * The handbooks issued to the owners (物业接管程序 5): 用户手册, 装修手册, 应急防护手册.
 *
 * @example
 * handbookSchema.parse('emergency')
 */
export const handbookSchema = z.enum(['user', 'renovation', 'emergency']);
/** @example const h: Handbook = 'renovation'; */
export type Handbook = z.infer<typeof handbookSchema>;

/**
 * A property takeover (物业接管) and its five steps: the contract with the developer or the
 * owners' committee and its copy sets, the documents received, the joint inspection, the
 * confirmation signed with the keys handed over, the handbooks issued. Extra host fields are
 * allowed and left untouched.
 *
 * @example
 * takeoverRecordSchema.parse({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00' })
 */
export const takeoverRecordSchema = z.looseObject({
  id: z.string().min(1),
  property: z.string().min(1),
  /** 售楼方 (the developer selling the building) or 楼宇业主委员会. */
  counterparty: z.looseObject({ kind: z.enum(['developer', 'owners-committee']), name: z.string().min(1) }),
  openedAt: instantSchema,
  /** Step 1: the contract, signed, with the number of copy sets prepared. */
  contract: z.object({ signedAt: instantSchema, copySets: z.number().int().nonnegative() }).optional(),
  /** Step 2: when each document was received. */
  documents: z.partialRecord(takeoverDocumentSchema, instantSchema).optional(),
  /** Step 3: the inspection and the departments that took part. */
  inspection: z.object({ at: instantSchema, departments: z.array(inspectionDepartmentSchema).min(1) }).optional(),
  /** Step 4: 房屋及设施确认书 signed; keys handed over and entrusted to management. */
  confirmation: z.object({ at: instantSchema, keysHandedOver: z.boolean() }).optional(),
  /** Step 5: when each handbook was issued. */
  handbooks: z.partialRecord(handbookSchema, instantSchema).optional(),
  completedAt: instantSchema.optional(),
});
/** A property takeover record. @example const t: TakeoverRecord = { id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00' }; */
export type TakeoverRecord = z.infer<typeof takeoverRecordSchema>;

/** @internal The fields a new takeover may not carry yet (they are the machine's to fill). */
export const TAKEOVER_LIFECYCLE_FIELDS = ['contract', 'documents', 'inspection', 'confirmation', 'handbooks', 'completedAt'] as const;

const doneOn = isoDateSchema.nullable().optional();

/**
 * What has been done around a delivery (STD 房屋交付, 客户沟通 客户访谈), each as the date it was
 * done (`'YYYY-MM-DD'`; absent or null when not yet), the move-ins with their visit dates,
 * and `asOf`, the day of the check (without it, nothing undone is judged overdue).
 *
 * @example
 * deliveryMilestoneLogSchema.parse({ serviceCentre: '2026-05-20', moveIns: [{ customer: '5栋302', date: '2026-09-05', visitedOn: '2026-09-10' }], asOf: '2026-09-15' })
 */
export const deliveryMilestoneLogSchema = z.looseObject({
  serviceCentre: doneOn,
  managersInPlace: doneOn,
  securityCleanersInPlace: doneOn,
  deliveryPlan: doneOn,
  deliveryMaterials: doneOn,
  postDeliveryEvaluation: doneOn,
  deliveredCustomerInterviews: doneOn,
  moveIns: z.array(z.looseObject({ ...moveInSchema.shape, visitedOn: doneOn })).optional(),
  asOf: isoDateSchema.optional(),
});
/** @example const log: DeliveryMilestoneLog = { deliveryPlan: '2026-06-25', asOf: '2026-07-01' }; */
export type DeliveryMilestoneLog = z.infer<typeof deliveryMilestoneLogSchema>;

/** @internal The documents, departments and handbooks of 物业接管程序, in both languages. */
export const TAKEOVER_ITEM_LABELS: Readonly<Record<TakeoverDocument | InspectionDepartment | Handbook, LocalizedText>> = {
  constructionCertificates: text('施工合法证明', 'construction certificates'),
  completionCertificates: text('竣工合法证明', 'completion certificates'),
  businessLicence: text('营业执照复印件', 'business-licence copy'),
  customerService: text('客服部', 'customer service'),
  security: text('安保部', 'security'),
  engineering: text('工程部', 'engineering'),
  user: text('用户手册', 'user handbook'),
  renovation: text('装修手册', 'renovation handbook'),
  emergency: text('应急防护手册', 'emergency handbook'),
};

/** @internal Labels of the takeover's, the events' and the milestone log's fields, for Chinese error texts and `data.missing`. */
export const DELIVERY_FIELD_LABELS: FieldLabels = {
  property: text('物业名称', 'property'),
  counterparty: text('移交方', 'counterparty'),
  contract: text('接管合同', 'contract'),
  signedAt: text('签订时间', 'signed at'),
  copySets: text('复印件套数', 'copy sets'),
  inspection: text('共同验收', 'joint inspection'),
  departments: text('验收部门', 'departments'),
  confirmation: text('房屋及设施确认书', 'confirmation'),
  keysHandedOver: text('钥匙交接', 'keys handed over'),
  handbooks: text('手册', 'handbooks'),
  completedAt: text('接管完成时间', 'completed at'),
  serviceCentre: text('成立服务中心', 'service centre set up'),
  managersInPlace: text('管理及技术人员到位', 'managers in place'),
  securityCleanersInPlace: text('安全员、保洁员到位', 'security and cleaners in place'),
  deliveryPlan: text('交付工作计划', 'delivery plan'),
  deliveryMaterials: text('交付资料及物资准备', 'delivery materials'),
  postDeliveryEvaluation: text('交付后评估', 'post-delivery evaluation'),
  deliveredCustomerInterviews: text('已交付客户访谈', 'delivered customer interviews'),
  moveIns: text('乔迁记录', 'move-ins'),
  customer: text('客户', 'customer'),
  date: text('日期', 'date'),
  visitedOn: text('拜访日期', 'visited on'),
};
