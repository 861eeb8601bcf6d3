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
  summary: text(
    '原则上不代管客户私人物品；特殊情况代管钥匙须双方签字交接、签订代管委托书、指定专人管理、使用有登记；因返修、燃气开通留用钥匙的可不签委托书，但须登记。施工部门移交的空置单元、样板房、信箱、设备房、办公室钥匙按清单验收。',
    "In principle no custody of customers' belongings; a key kept in a special case needs a hand-over signed by both, a custody agreement, a named keeper and a log of every use; a key left for a repair or gas connection needs no agreement but is registered. Keys handed over by the construction side (vacant units, show flats, mailboxes, plant rooms, offices) are accepted by checklist.",
  ),
  sources: [cite('STD', '客户物品代管 1'), cite('ZH', 'QR-006'), cite('ZH', 'QR-007'), cite('RULES', '钥匙管理规定 1')],
  parameters: [...CORE_PARAMETERS, ...Object.values(keysParameters)],
  packs: Object.values(keysPacks),
  rules: Object.values(keysRules) as Rule<never>[],
  schemas: { record: keyCustodySchema, handover: constructionKeyHandoverSchema },
  check: (record, options) => checkKeys(record as KeyCustody, options),
  readings: [
    text(
      '《服务中心工作手册》 QR-006 业主委托管理处保管钥匙单、QR-007 入户门钥匙外借记录表只有标题（原文在其前结束）；本库以之命名代管委托与使用登记，字段依标准表的要求拟定。',
      '《服务中心工作手册》 QR-006 (owner asks the office to keep a key) and QR-007 (entrance-door key loan log) are titles only (the text ends before them); the library names the custody agreement and the use log after them, with fields from the standard table\'s requirements.',
    ),
    text(
      '返修、燃气开通的例外只免去代管委托书；双方签字交接、专人管理、使用登记照常适用（条文重叠时从严）。',
      'The repair / gas-connection exception waives only the custody agreement; the signed hand-over, the named keeper and the use log still apply (where the text overlaps, the stricter reading).',
    ),
    text(
      '代管与移交验收都没有时限：检查仍须给出判断时刻（asOf），但判断时刻不改变结果。',
      'Neither custody nor the hand-over acceptance has a time limit: a check still takes asOf, but asOf does not change the result.',
    ),
  ],
});
