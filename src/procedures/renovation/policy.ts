import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { RenovationDocument } from './schema';
import { renovationDocumentSchema } from './schema';

/**
 * @internal 二次装修检查标准 4: the standard bay (标准间) for fire extinguishers, 96.35 m².
 *
 * @example
 * paramValue(undefined, extinguisherBayArea) // 96.35
 */
export const extinguisherBayArea = defineParameter<number>({
  id: 'renovation.extinguisherBayArea',
  title: text('灭火器配置标准间面积', 'Standard bay for fire extinguishers'),
  unit: 'm²',
  schema: z.number().positive().finite(),
  default: 96.35,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '二次装修检查标准 4'),
});

/**
 * @internal 二次装修检查标准 4: fire extinguishers per standard bay, at least 2.
 *
 * @example
 * paramValue(undefined, extinguishersPerBay) // 2
 */
export const extinguishersPerBay = defineParameter<number>({
  id: 'renovation.extinguishersPerBay',
  title: text('每标准间灭火器数量（至少）', 'Fire extinguishers per bay (at least)'),
  unit: 'count',
  schema: z.number().int().positive(),
  default: 2,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '二次装修检查标准 4'),
});

/**
 * @internal 《物业客户服务类服务标准表》 装修服务 → 装修过程服务 3: the renovation officer on site at least every 3 days.
 *
 * @example
 * paramValue(undefined, officerVisitEveryDays) // 3
 */
export const officerVisitEveryDays = defineParameter<number>({
  id: 'renovation.officerVisitEveryDays',
  title: text('装修管理员巡查间隔（日，至多）', 'Renovation officer on site at least every N days'),
  unit: 'day',
  schema: z.number().int().positive(),
  default: 3,
  defaultFrom: 'STD',
  source: cite('STD', '装修服务 装修过程服务 3'),
});

/**
 * @internal 《物业客户服务类服务标准表》 装修服务 → 装修过程服务 3: security on site at least daily.
 *
 * @example
 * paramValue(undefined, securityVisitEveryDays) // 1
 */
export const securityVisitEveryDays = defineParameter<number>({
  id: 'renovation.securityVisitEveryDays',
  title: text('安全员检查间隔（日，至多）', 'Security on site at least every N days'),
  unit: 'day',
  schema: z.number().int().positive(),
  default: 1,
  defaultFrom: 'STD',
  source: cite('STD', '装修服务 装修过程服务 3'),
});

const OFFICE_DOCUMENTS: readonly RenovationDocument[] = Object.freeze(['application-form', 'business-licence', 'qualification', 'contract', 'plan', 'drawings']);
const RULES_DOCUMENTS: readonly RenovationDocument[] = Object.freeze(['application-form', 'property-certificate-copy', 'contract-copy', 'qualification', 'business-licence']);

/**
 * @internal The documents an application needs before the engineering review.
 *
 * @example
 * paramValue(undefined, requiredDocuments) // ['application-form', 'business-licence', 'qualification', 'contract', 'plan', 'drawings']
 */
export const requiredDocuments = defineParameter<readonly RenovationDocument[]>({
  id: 'renovation.requiredDocuments',
  title: text('装修申请须提交的资料', 'Documents an application needs'),
  unit: 'list',
  schema: z.array(renovationDocumentSchema).min(1) as unknown as z.ZodType<readonly RenovationDocument[]>,
  default: OFFICE_DOCUMENTS,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '装修申请程序 1–3'),
  also: { RULES: [RULES_DOCUMENTS, '装修管理流程 1'] },
});

/**
 * The parameters of the renovation procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * renovationParameters.extinguisherBayArea.default // 96.35
 */
export const renovationParameters = Object.freeze({ extinguisherBayArea, extinguishersPerBay, officerVisitEveryDays, securityVisitEveryDays, requiredDocuments });

// ── Checklists (appended: OFFICE 装修管理程序 2–4、说明; STD 装修服务 装修服务准备 3, 装修过程服务 4、5) ──

/** A department that controls a renovation (OFFICE 装修管理程序 2–4). @example const d: ControlDepartment = 'security'; */
export type ControlDepartment = 'desk' | 'security' | 'engineering';

/**
 * @internal OFFICE 装修管理程序 2–4: what each department controls on a renovation — the desk
 * (site protection, hygiene, noise, schedule, overall), security (fire, order, access, hot
 * work), engineering (standards, electrics, public facilities, power safety, progress).
 *
 * @example
 * paramValue(undefined, controlLists).security // ['fire', 'order', 'access', 'hot-work']
 */
export const controlLists = defineParameter<Readonly<Record<ControlDepartment, readonly string[]>>>({
  id: 'renovation.controlLists',
  title: text('各部门装修控制事项', 'What each department controls on a renovation'),
  unit: 'checklist',
  schema: z.strictObject({ desk: z.array(z.string().min(1)).min(1), security: z.array(z.string().min(1)).min(1), engineering: z.array(z.string().min(1)).min(1) }),
  default: {
    desk: ['site-protection', 'hygiene', 'noise', 'schedule', 'overall'],
    security: ['fire', 'order', 'access', 'hot-work'],
    engineering: ['standards', 'electrics', 'public-facilities', 'power-safety', 'progress'],
  },
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '装修管理程序 2–4'),
});

/**
 * @internal STD 装修服务 装修服务准备 3: the common parts protected before works.
 *
 * @example
 * paramValue(undefined, protectedParts) // ['lobby', 'lift-hall', 'lift-car', 'special-floor']
 */
export const protectedParts = defineParameter<readonly string[]>({
  id: 'renovation.protectedParts',
  title: text('施工前须防护的共用部位', 'Common parts protected before works'),
  unit: 'checklist',
  schema: z.array(z.string().min(1)),
  default: ['lobby', 'lift-hall', 'lift-car', 'special-floor'],
  defaultFrom: 'STD',
  source: cite('STD', '装修服务 装修服务准备 3'),
});

/**
 * @internal STD 装修服务 装修过程服务 5: the acceptance tests a customer is reminded of for hidden works.
 *
 * @example
 * paramValue(undefined, hiddenWorkTests) // ['pipe-pressure', 'insulation', 'drainage']
 */
export const hiddenWorkTests = defineParameter<readonly string[]>({
  id: 'renovation.hiddenWorkTests',
  title: text('隐蔽工程验收提醒项目', 'Hidden-works acceptance tests the customer is reminded of'),
  unit: 'checklist',
  schema: z.array(z.string().min(1)).min(1),
  default: ['pipe-pressure', 'insulation', 'drainage'],
  defaultFrom: 'STD',
  source: cite('STD', '装修服务 装修过程服务 5'),
});

/**
 * The parameters of the renovation checklists, by name (see `checkRenovationControls`).
 *
 * @example
 * renovationChecklistParameters.protectedParts.default.length // 4
 */
export const renovationChecklistParameters = Object.freeze({ controlLists, protectedParts, hiddenWorkTests });

/**
 * The renovation slice of each source document's pack, derived from the parameters: the
 * office example (OFFICE), the service standard (STD) and 《客服制度》 (RULES, its document list).
 *
 * @example
 * const policy = composePolicy(renovationPacks.OFFICE, renovationPacks.STD, renovationPacks.RULES);
 */
export const renovationPacks: Readonly<Record<'OFFICE' | 'STD' | 'RULES', PolicyPack>> = derivePacks<'OFFICE' | 'STD' | 'RULES'>({ ...renovationParameters, ...renovationChecklistParameters });
