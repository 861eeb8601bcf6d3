import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';

/**
 * The documents of a renovation application: 装修申请表, the contractor's 营业执照 and
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
 * The serious violations of 《物业客户服务类服务标准表》 装修服务程序 6: removing load-bearing walls,
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

/** Evidence kept of a step (photo, document number, …): at least one item. @example evidenceSchema.parse(['整改通知书 2026-017']) */
export const evidenceSchema = z.array(z.string().min(1)).min(1);

/**
 * One serious violation and how it was handled: written notice and stop at once; if
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
 * Who visited a renovation site (《物业客户服务类服务标准表》 装修服务程序 3): the renovation
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
