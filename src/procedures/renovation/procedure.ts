import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { renovationEventSchema } from './events';
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
  case: renovationCase,
  schemas: { record: renovationRecordSchema, event: renovationEventSchema, siteVisit: siteVisitSchema, siteInspection: siteInspectionSchema, controls: renovationControlsSchema, signage: signageInspectionSchema },
  pathModel: {
    input: { id: 'R-EXAMPLE', unit: '12F 1203', areaM2: 150, appliedAt: '2026-05-11T09:00:00+08:00', owner: { name: '陈女士', phone: '13800000000' }, contractor: { name: '安居装饰', licenceNo: '91440300X' } },
    events: (snapshot) => renovationSimpleEventsFor(snapshot, '2026-05-11T10:00:00+08:00'),
    key: renovationPathKey,
  },
});
