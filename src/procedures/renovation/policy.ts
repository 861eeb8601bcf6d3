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

/**
 * The renovation slice of each source document's pack, derived from the parameters: the
 * office example (OFFICE), the service standard (STD) and 《客服制度》 (RULES, its document list).
 *
 * @example
 * const policy = composePolicy(renovationPacks.OFFICE, renovationPacks.STD, renovationPacks.RULES);
 */
export const renovationPacks: Readonly<Record<'OFFICE' | 'STD' | 'RULES', PolicyPack>> = derivePacks<'OFFICE' | 'STD' | 'RULES'>(renovationParameters);
