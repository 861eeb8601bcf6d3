import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { lostPropertyPacks, lostPropertyParameters } from './policy';
import { checkLostProperty, lostPropertyRules } from './rules';
import type { LostItem } from './schema';
import { lostItemSchema } from './schema';

/**
 * The lost-property procedure as data (no machine: the standard states principles, not steps).
 *
 * @example
 * lostPropertyProcedure.rules.length // 6
 */
export const lostPropertyProcedure = defineProcedure({
  name: 'lost-property',
  title: text('拾遗物品处置', 'Lost property'),
  sources: [cite('STD', '客户物品代管 2')],
  parameters: [...CORE_PARAMETERS, ...Object.values(lostPropertyParameters)],
  packs: Object.values(lostPropertyPacks),
  rules: Object.values(lostPropertyRules) as Rule<never>[],
  schemas: { record: lostItemSchema },
  check: (record, options) => checkLostProperty(record as LostItem, options),
});
