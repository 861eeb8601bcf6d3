import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { visitorsPacks, visitorsParameters } from './policy';
import { checkVisitors, visitorsRules } from './rules';
import type { VisitorEntry } from './schema';
import { visitorEntrySchema } from './schema';

/**
 * The visitor register as data (no machine: registration is one record per visit).
 *
 * @example
 * visitorsProcedure.rules.length // 3
 */
export const visitorsProcedure = defineProcedure({
  name: 'visitors',
  title: text('来访人员登记', 'Visitor registration'),
  summary: text(
    '写字楼前台做好来访人员登记，阻止无关人员进入；放行的来访者须登记来访人、被访单位或人员和事由，拒绝进入的须记录原因。接待礼仪（起立、问候、五个一）见“首问负责制”。',
    'The office front desk registers visitors and keeps people with no business out: an admitted visitor is registered with who came, whom they visit and why; a refusal records its reason. Reception etiquette (stand, greet, the five ones) is in the first-responder procedure.',
  ),
  sources: [cite('OFFICE', '五.2'), cite('OFFICE', '二.5'), cite('OFFICE', '五.4')],
  parameters: [...CORE_PARAMETERS, ...Object.values(visitorsParameters)],
  packs: Object.values(visitorsPacks),
  rules: Object.values(visitorsRules) as Rule<never>[],
  readings: [
    text('一次来访即一条记录，没有先后步骤，故不设状态机。', 'One visit is one record with no ordered steps, so there is no machine.'),
    text('来访登记没有时限：检查仍须给出判断时刻（asOf），但判断时刻不改变结果。', 'The register has no time limit: a check still takes asOf, but asOf does not change the result.'),
  ],
  schemas: { entry: visitorEntrySchema },
  checkInput: { shapes: ['entry'], list: true },
  check: (record, options) => checkVisitors(Array.isArray(record) ? (record as VisitorEntry[]) : [record as VisitorEntry], options),
});
