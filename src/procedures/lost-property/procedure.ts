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
  summary: text(
    '拾遗物品区分一般遗失物和特殊遗失物，遵守优先返还权利人、妥善保管、公安部门最终处置的原则；失主认领时查验有效证件并登记。',
    'Found items are classed as general or special; the owner comes first, the item is kept safely, and the police make the final disposal; on a claim a valid ID is checked and logged.',
  ),
  sources: [cite('STD', '客户物品代管 2')],
  parameters: [...CORE_PARAMETERS, ...Object.values(lostPropertyParameters)],
  packs: Object.values(lostPropertyPacks),
  rules: Object.values(lostPropertyRules) as Rule<never>[],
  schemas: { record: lostItemSchema },
  check: (record, options) => checkLostProperty(record as LostItem, options),
  readings: [
    text(
      '标准表未界定“特殊遗失物”，由项目的处置管理办法界定（常见为现金、贵重物品、身份证件、银行卡）；本库只要求每件拾遗物品有分类，并允许两类设不同的送交期限。',
      'The standard does not define "special"; the project\'s disposal procedure does (commonly cash, valuables, identity documents, bank cards). The library only requires every found item to be classed, and lets the two classes have different hand-over periods.',
    ),
    text(
      '“查验有效证件并登记”读作三项：已查验、证件类型与号码已登记、登记人已签。',
      '"Check a valid ID and log it" is read as three things: the check made, the document type and number logged, and the person who logged it named.',
    ),
  ],
});
