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
  sources: [cite('OFFICE', '五.2'), cite('OFFICE', '二.5'), cite('OFFICE', '五.4')],
  parameters: [...CORE_PARAMETERS, ...Object.values(visitorsParameters)],
  packs: Object.values(visitorsPacks),
  rules: Object.values(visitorsRules) as Rule<never>[],
  schemas: { entry: visitorEntrySchema },
  checkInput: { shapes: ['entry'], list: true },
  check: (record, options) => checkVisitors(Array.isArray(record) ? (record as VisitorEntry[]) : [record as VisitorEntry], options),
});
