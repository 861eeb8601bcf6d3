import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { keysPacks, keysParameters } from './policy';
import { checkKeys, keysRules } from './rules';
import type { KeyCustody } from './schema';
import { constructionKeyHandoverSchema, keyCustodySchema } from './schema';

/**
 * The key procedure as data (no machine: custody and acceptance are checklists).
 *
 * @example
 * keysProcedure.rules.map((r) => r.id).includes('keys.agreement-missing') // true
 */
export const keysProcedure = defineProcedure({
  name: 'keys',
  title: text('钥匙代管与移交验收', 'Key custody and hand-over acceptance'),
  sources: [cite('STD', '客户物品代管 1'), cite('ZH', 'QR-006'), cite('ZH', 'QR-007'), cite('RULES', '钥匙管理规定 1')],
  parameters: [...CORE_PARAMETERS, ...Object.values(keysParameters)],
  packs: Object.values(keysPacks),
  rules: Object.values(keysRules) as Rule<never>[],
  schemas: { record: keyCustodySchema, handover: constructionKeyHandoverSchema },
  check: (record, options) => checkKeys(record as KeyCustody, options),
});
