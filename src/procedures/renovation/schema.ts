import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * @internal The documents of a renovation application: 装修申请表, the contractor's 营业执照 and
 * 资质证明, 装修合同, 装修方案, 设计图 (《写字楼物业客服工作制度范例》 装修申请程序 1–3), and the
 * copies 《客服制度》 装修管理流程 adds (房屋产权证、装修合同复印件).
 *
 * @example
 * renovationDocumentSchema.parse('drawings')
 */
export const renovationDocumentSchema = z.enum(['application-form', 'business-licence', 'qualification', 'contract', 'plan', 'drawings', 'property-certificate-copy', 'contract-copy']);
/** A renovation document kind. @example const d: RenovationDocument = 'plan'; */
export type RenovationDocument = z.infer<typeof renovationDocumentSchema>;

/**
 * @internal The serious violations of 《物业客户服务类服务标准表》 装修服务 → 装修过程服务 6: removing load-bearing walls,
 * digging basements, storing dangerous goods, occupying common parts or green space,
 * parking in fire lanes repeatedly despite warnings, blocking fire lanes for long,
 * multi-storey add-ons, other acts against the contract, law or 管理规约 touching many
 * owners' interests.
 *
 * @example
 * seriousViolationKindSchema.parse('load-bearing-wall')
 */
export const seriousViolationKindSchema = z.enum(['load-bearing-wall', 'basement-digging', 'dangerous-goods', 'occupying-common-parts', 'fire-lane-parking', 'fire-lane-blocking', 'illegal-structure', 'other']);
/** A serious-violation kind. @example const k: SeriousViolationKind = 'dangerous-goods'; */
export type SeriousViolationKind = z.infer<typeof seriousViolationKindSchema>;

/** @internal Evidence kept of a step (photo, document number, …): at least one item. @example evidenceSchema.parse(['整改通知书 2026-017']) */
export const evidenceSchema = z.array(z.string().min(1)).min(1);

/**
 * @internal One serious violation and how it was handled: written notice and stop at once; if
 * ineffective, a written report to the authority; the evidence of each step kept.
 *
 * @example
 * seriousViolationSchema.parse({ at: '2026-05-10T10:00:00+08:00', kind: 'load-bearing-wall', description: '拆除承重墙' })
 */
export const seriousViolationSchema = z.object({
  at: instantSchema,
  kind: seriousViolationKindSchema,
  description: z.string().min(1),
  notice: z.object({ at: instantSchema, evidence: z.array(z.string().min(1)) }).optional(),
  stop: z.object({ at: instantSchema, evidence: z.array(z.string().min(1)) }).optional(),
  ineffectiveAt: instantSchema.optional(),
  report: z.object({ at: instantSchema, authority: z.string().min(1), evidence: z.array(z.string().min(1)) }).optional(),
  rectifiedAt: instantSchema.optional(),
});
/** A serious violation record. @example const v: SeriousViolation = { at: '2026-05-10T10:00:00+08:00', kind: 'other', description: '…' }; */
export type SeriousViolation = z.infer<typeof seriousViolationSchema>;

/**
 * @internal Who visited a renovation site (《物业客户服务类服务标准表》 装修服务 → 装修过程服务 3): the renovation
 * officer (装修管理员) or security (安全员).
 *
 * @example
 * supervisorRoleSchema.parse('security')
 */
export const supervisorRoleSchema = z.enum(['renovation-officer', 'security']);
/** A supervising role. @example const r: SupervisorRole = 'renovation-officer'; */
export type SupervisorRole = z.infer<typeof supervisorRoleSchema>;

/**
 * A recorded site visit. Extra host fields are allowed and left untouched.
 *
 * @example
 * siteVisitSchema.parse({ at: '2026-05-10T10:00:00+08:00', role: 'security', by: '王强' })
 */
export const siteVisitSchema = z.looseObject({ at: instantSchema, role: supervisorRoleSchema, by: z.string().optional(), note: z.string().optional() });
/** A site visit. @example const v: SiteVisit = { at: '2026-05-10T10:00:00+08:00', role: 'security' }; */
export type SiteVisit = z.infer<typeof siteVisitSchema>;

/**
 * A renovation file (分户装修管理档案): the application (owner + contractor) and every step
 * from the checks to move-in, each with its instant. Extra host fields are allowed.
 *
 * @example
 * renovationRecordSchema.parse({ id: 'R-1', unit: '12F 1203', appliedAt: '2026-05-04T09:00:00+08:00', owner: { name: '陈女士' }, contractor: { name: '安居装饰' } })
 */
export const renovationRecordSchema = z.looseObject({
  id: z.string().min(1),
  unit: z.string().min(1),
  areaM2: z.number().positive().finite().optional(),
  appliedAt: instantSchema,
  owner: z.object({ name: z.string().min(1), phone: z.string().optional() }),
  contractor: z.object({ name: z.string().min(1), licenceNo: z.string().optional() }),
  contractorChecks: z.array(z.object({ at: instantSchema, licenceValid: z.boolean(), qualified: z.boolean() })).optional(),
  documents: z.partialRecord(renovationDocumentSchema, instantSchema).optional(),
  reviews: z.array(z.object({ at: instantSchema, approved: z.boolean(), notes: z.string().optional() })).optional(),
  commitmentSignedAt: instantSchema.optional(),
  safetyAgreementSignedAt: instantSchema.optional(),
  passes: z.object({ at: instantSchema, workerPasses: z.number().int().nonnegative(), hotWorkPermits: z.number().int().nonnegative() }).optional(),
  fireApproval: z.object({ at: instantSchema, reference: z.string().min(1) }).optional(),
  permit: z.object({ at: instantSchema, permitNo: z.string().min(1) }).optional(),
  workStartedAt: instantSchema.optional(),
  visits: z.array(siteVisitSchema).optional(),
  seriousViolations: z.array(seriousViolationSchema).optional(),
  worksCompletedAt: instantSchema.optional(),
  fireInspections: z.array(z.object({ at: instantSchema, passed: z.boolean() })).optional(),
  completionDocumentsAt: instantSchema.optional(),
  acceptance: z.object({ at: instantSchema, parties: z.array(z.string().min(1)), noticeSigned: z.boolean() }).optional(),
  movedInAt: instantSchema.optional(),
});
/** A renovation record. @example const r: RenovationRecord = { id: 'R-1', unit: '12F', appliedAt: '2026-05-04T09:00:00+08:00', owner: { name: '陈女士' }, contractor: { name: '安居装饰' } }; */
export type RenovationRecord = z.infer<typeof renovationRecordSchema>;

/**
 * One inspection against 《写字楼物业客服工作制度范例》 二次装修检查标准 1–6. Each finding is a
 * boolean "observed"; extra host fields are allowed.
 *
 * @example
 * siteInspectionSchema.parse({ at: '2026-05-11T10:00:00+08:00', site: '12F 1203', areaM2: 150, fireExtinguishers: 4 })
 */
export const siteInspectionSchema = z.looseObject({
  at: instantSchema,
  site: z.string().min(1),
  areaM2: z.number(),
  fireExtinguishers: z.number().int().nonnegative(),
  /** 1: 油漆、电锤、剔凿等有污染和噪音的作业 in progress */
  noisyWork: z.boolean().optional(),
  /** 2: 大量灰尘、碎屑，大量堆积施工垃圾 */
  debris: z.boolean().optional(),
  /** 3: the walls and floor from the site door to the freight lift protected */
  corridorProtected: z.boolean().optional(),
  /** 4: 吸烟、饮酒、赌博 */
  misconduct: z.array(z.enum(['smoking', 'drinking', 'gambling'])).optional(),
  /** 5: workers using guest toilets or passenger lifts */
  guestFacilitiesUsed: z.array(z.enum(['guest-toilet', 'passenger-lift'])).optional(),
  /** 6: 大声喧哗、追逐打闹; outside the site 坐卧、闲逛、窥探、触动毁坏公共设施 */
  disorder: z.array(z.enum(['shouting', 'horseplay', 'loitering', 'peeking', 'facility-damage'])).optional(),
});
/** A site inspection. @example const i: SiteInspection = { at: '2026-05-11T10:00:00+08:00', site: '12F', areaM2: 96.35, fireExtinguishers: 2 }; */
export type SiteInspection = z.infer<typeof siteInspectionSchema>;

/** @internal The fields a new application may not carry yet (they are the machine's to fill). */
export const RENOVATION_LIFECYCLE_FIELDS = ['contractorChecks', 'documents', 'reviews', 'commitmentSignedAt', 'safetyAgreementSignedAt', 'passes', 'fireApproval', 'permit', 'workStartedAt', 'visits', 'seriousViolations', 'worksCompletedAt', 'fireInspections', 'completionDocumentsAt', 'acceptance', 'movedInAt'] as const;

/** @internal Labels of the file's, the events' and the inspections' fields, for Chinese error texts and `data.missing`. */
export const RENOVATION_FIELD_LABELS: FieldLabels = {
  unit: text('装修单元', 'unit'),
  areaM2: text('面积（平方米）', 'area (m²)'),
  owner: text('业主', 'owner'),
  contractor: text('施工单位', 'contractor'),
  licenceNo: text('营业执照号', 'licence number'),
  contractorChecks: text('施工单位资质审核', 'contractor check'),
  licenceValid: text('营业执照有效', 'licence valid'),
  qualified: text('资质合格', 'qualified'),
  documents: text('申请资料', 'documents'),
  'application-form': text('装修申请表', 'application form'),
  'business-licence': text('营业执照', 'business licence'),
  qualification: text('资质证明', 'qualification'),
  contract: text('装修合同', 'contract'),
  plan: text('装修方案', 'plan'),
  drawings: text('设计图', 'drawings'),
  'property-certificate-copy': text('房屋产权证复印件', 'property certificate copy'),
  'contract-copy': text('装修合同复印件', 'contract copy'),
  reviews: text('工程部审核通过', 'engineering approval'),
  approved: text('审核结论', 'approved'),
  notes: text('审核意见', 'notes'),
  commitmentSignedAt: text('装修承诺书', 'commitment letter'),
  safetyAgreementSignedAt: text('施工安全协议书', 'safety agreement'),
  passes: text('出入证与动火证', 'passes and hot-work permits'),
  workerPasses: text('出入证数量', 'worker passes'),
  hotWorkPermits: text('动火证数量', 'hot-work permits'),
  fireApproval: text('消防安全许可', 'fire-safety approval'),
  reference: text('许可文号', 'reference'),
  permit: text('装修许可证', 'renovation permit'),
  permitNo: text('许可证号', 'permit number'),
  workStartedAt: text('开工时间', 'work started'),
  visits: text('巡查记录', 'visits'),
  role: text('巡查人员', 'role'),
  seriousViolations: text('严重违章', 'serious violations'),
  notice: text('书面告知', 'notice'),
  stop: text('制止', 'stop'),
  evidence: text('证明材料', 'evidence'),
  noticeEvidence: text('告知证明材料', 'notice evidence'),
  stopEvidence: text('制止证明材料', 'stop evidence'),
  ineffectiveAt: text('制止无效时间', 'ineffective at'),
  report: text('书面上报', 'report'),
  authority: text('主管部门', 'authority'),
  rectifiedAt: text('整改时间', 'rectified at'),
  worksCompletedAt: text('竣工时间', 'works completed'),
  fireInspections: text('消防检测合格', 'passed fire inspection'),
  passed: text('检测结论', 'passed'),
  completionDocumentsAt: text('竣工资料', 'completion documents'),
  acceptance: text('共同验收', 'joint acceptance'),
  parties: text('验收各方', 'parties'),
  noticeSigned: text('验收合格通知书已签署', 'acceptance notice signed'),
  'customer-service': text('客服部', 'customer service'),
  engineering: text('工程部', 'engineering'),
  security: text('安保部', 'security'),
  movedInAt: text('入住时间', 'moved in'),
  site: text('装修现场', 'site'),
  fireExtinguishers: text('灭火器数量', 'fire extinguishers'),
  noisyWork: text('噪音作业', 'noisy work'),
  debris: text('灰尘与垃圾', 'debris'),
  corridorProtected: text('通道保护', 'corridor protected'),
  misconduct: text('不良行为', 'misconduct'),
  guestFacilitiesUsed: text('使用客用设施', 'guest facilities used'),
  disorder: text('不当行为', 'disorder'),
  from: text('开始日期', 'from'),
  to: text('结束日期', 'to'),
};
