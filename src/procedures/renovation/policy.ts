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
  reading: text(
    '“每96.35平方米（标准间）至少摆放2个”：不满一个标准间的部分按一间计（至少数向上取整）——96.35 m² 需2个，96.36 m² 需4个；面积须为正的有限数。',
    '"At least 2 for each 96.35 m² (standard bay)": a started bay counts as a bay (minimum counts round up) — 96.35 m² needs 2, 96.36 m² needs 4; the area must be a positive finite number.',
  ),
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
  reading: text(
    '“每三天至少巡查一次”：本库读作装修期间任意连续3个日历日内至少有一次巡查记录（滑动窗口，较严格的读法）；按当地日历日计，首尾日包含在内；巡查之后不足3日的期末余段不计。“至少一次”对整个装修期都成立：不足3日即结束的装修，也须至少有一次巡查记录；仍在施工的装修，满3日后才判断。',
    '"At least once every three days": the library reads any 3 consecutive calendar days of the works as holding at least one recorded visit (a sliding window, the stricter reading); local calendar days, first and last day included; a closing stretch shorter than 3 days after a visit is not counted. "At least once" binds the whole works: works that end in fewer than 3 days still need one recorded visit; works still under way are judged once 3 days have passed.',
  ),
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
  reading: text('“每天至少检查一次”：装修期间每个日历日至少一次检查记录。', '"At least once a day": every calendar day of the works holds at least one recorded check.'),
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
  reading: text(
    '写字楼范例：装修申请表、营业执照、资质证明、装修合同、装修方案及设计图。《客服制度》装修管理流程另列房屋产权证复印件、装修合同复印件（其原文在“营业”处截断，按营业执照计）。',
    'Office example: application form, business licence, qualification, contract, plan and drawings. 《客服制度》 装修管理流程 lists copies of the property certificate and of the renovation contract (its text breaks off at "营业", read as the business licence).',
  ),
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
  reading: text(
    '客服部：现场保护、卫生检查、噪音控制、施工计划、综合检查；安保部：防火、治安、人员出入、动火检查；工程部：施工规范、电器工程、公共设施、用电安全、进度控制。每次检查读作一张清单：该部门的每一项都须检查到。',
    'Desk: site protection, hygiene, noise, schedule, overall; security: fire, order, access, hot work; engineering: standards, electrics, public facilities, power safety, progress. Each inspection is read as a checklist: every item of its department is checked.',
  ),
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
  reading: text(
    '“提前对可能造成损坏的共用部位（大堂、电梯厅、电梯轿厢、特殊材质地面等）采取防护措施”：列出的部位须在开工（worksStartedAt）前防护；项目没有的部位（如无特殊材质地面）由主机在记录的 notApplicable 中注明。',
    '"Protect, in advance, the common parts that may be damaged (lobby, lift hall, lift car, special floors…)": each listed part is protected before the works start (worksStartedAt); a part the project lacks is marked in the record\'s notApplicable.',
  ),
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
  reading: text(
    '“主动提示客户进行装修隐蔽工程验收，如水管打压、线路绝缘检测、地漏和排水管道的通水等”：每项隐蔽工程（装修过程服务 4：防水、改线改管等）须有记录，并在覆盖前提醒客户这三项测试。',
    '"Remind the customer of hidden-works acceptance: pipe pressure tests, insulation tests, running water through drains…": each hidden work (装修过程服务 4: waterproofing, rerouted wiring or pipes…) is recorded, and before it is covered the customer is reminded of these three tests.',
  ),
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
