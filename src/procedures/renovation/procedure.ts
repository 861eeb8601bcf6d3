import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { renovationEventSchema } from './events';
import { quietHoursRules } from '../quiet-hours/rules';
import { renovationCase } from './machine';
import { renovationPathKey, renovationSimpleEventsFor } from './path-model';
import { renovationRecordSchema, siteInspectionSchema, siteVisitSchema } from './schema';
import { renovationPacks, renovationChecklistParameters, renovationParameters } from './policy';
import { renovationChecklistRules, renovationControlsSchema } from './checklists';
import { signageInspectionSchema, signageRules } from './signage';
import { renovationRules } from './rules';

/**
 * The renovation procedure as data: what `npm run docs` renders and what a testing kit walks.
 *
 * @example
 * renovationProcedure.case?.machine.id // 'renovation'
 */
export const renovationProcedure = defineProcedure({
  name: 'renovation',
  title: text('装修申请、监管与验收', 'Renovation: approval, supervision and acceptance'),
  summary: text(
    '从申请到入住：审核施工单位资质，提交合同、方案、图纸，工程部审核（不通过则重新提交），签订承诺书与安全协议，办理出入证、动火证，取得消防安全许可后方可施工，签发装修许可证；施工期间装修管理员每3日、安全员每日巡查并记录，按二次装修检查标准检查现场；严重违章即时书面告知并制止，制止无效书面上报主管部门并留存证明；消防检测合格后提交竣工资料、共同验收、入住。',
    'From application to move-in: check the contractor, submit contract, plan and drawings, engineering review (rejection loops back), sign the commitment letter and safety agreement, issue worker passes and hot-work permits, no work before the fire-safety approval, issue the permit; during the works the renovation officer visits at least every 3 days and security daily, with records, and sites are inspected against the 二次装修检查标准; serious violations get a written notice and a stop at once, and a written report to the authority if ineffective, with evidence kept; after a passed fire inspection, completion documents, joint acceptance, move-in.',
  ),
  sources: [
    cite('OFFICE', '装修申请程序'),
    cite('OFFICE', '装修管理程序'),
    cite('OFFICE', '验收入住程序'),
    cite('OFFICE', '二次装修检查标准'),
    cite('STD', '装修服务'),
    cite('RULES', '装修管理流程'),
  ],
  parameters: [...CORE_PARAMETERS, ...Object.values(renovationParameters), ...Object.values(renovationChecklistParameters)],
  packs: Object.values(renovationPacks),
  rules: [...Object.values(renovationRules), ...Object.values(renovationChecklistRules), ...Object.values(signageRules)] as Rule<never>[],
  readings: [
    text(
      '灭火器：不满一个标准间按一间计——96.35 m² 需2个，96.36 m² 需4个，至少2个。',
      'Fire extinguishers: a started bay counts as a bay — 96.35 m² needs 2, 96.36 m² needs 4, never fewer than 2.',
    ),
    text(
      `二次装修检查标准第1项（禁噪时段）由禁噪时段程序的 ${quietHoursRules.noisyWorkInQuietHours.id} 规则检查，默认写字楼时段。`,
      `Item 1 of the 二次装修检查标准 (the quiet windows) is checked by the quiet-hours rule ${quietHoursRules.noisyWorkInQuietHours.id}, with the office windows by default.`,
    ),
    text(
      '负责部门各文件不同：写字楼范例由工程部负责申请、客服部负责监管与验收；《客服制度》由客服部受理申请。状态机只记录步骤，不限定部门。',
      'Who is responsible differs: the office example makes engineering responsible for the application and the desk for supervision and acceptance; 《客服制度》 has the desk receive the application. The machine records the steps, not the department.',
    ),
    text(
      '严重违章（标准表 装修服务 装修过程服务 6）：告知、制止、上报每一步都须留存证明材料；整改之前不得恢复施工或竣工。',
      'Serious violations (STD 装修服务 → 装修过程服务 6): each of notice, stop and report keeps its evidence; no work resumes and no completion until rectified.',
    ),
  ],
  case: renovationCase,
  schemas: { record: renovationRecordSchema, event: renovationEventSchema, siteVisit: siteVisitSchema, siteInspection: siteInspectionSchema, controls: renovationControlsSchema, signage: signageInspectionSchema },
  pathModel: {
    input: { id: 'R-EXAMPLE', unit: '12F 1203', areaM2: 150, appliedAt: '2026-05-11T09:00:00+08:00', owner: { name: '陈女士', phone: '13800000000' }, contractor: { name: '安居装饰', licenceNo: '91440300X' } },
    events: (snapshot) => renovationSimpleEventsFor(snapshot, '2026-05-11T10:00:00+08:00'),
    key: renovationPathKey,
  },
});
