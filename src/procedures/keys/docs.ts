import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

const READING = text(
  '规定要求按公司“验收流程图”验收，但原文在“严格”后中断，流程图未见。本库以验收的通常要素为清单：按清单逐类、逐把点数相符，每把钥匙试开对应的锁，移交与接收双方在验收单上签字。',
  'The rule requires acceptance by the company\'s "acceptance flowchart", but the text breaks off after "严格" and the chart is not in the source. The library reads acceptance as its usual elements: each line counted against the list, each key tried in its lock, and the acceptance signed by both the handing and the receiving side.',
);

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'keys.registrationOnlyPurposes': text(
    '“若因开展返修、燃气开通等业务要求客户留用钥匙的，可不签订代管委托书，但须做好登记”：例外只免去代管委托书，改为登记；双方签字的交接、指定专人管理、使用登记仍然适用（从严）。清单中的用途以外一律按代管处理。',
    '"A key left for a repair, a gas connection or similar may go without a custody agreement, but must be registered": the exception waives only the agreement, replaced by a registration; the hand-over signed by both, the named keeper and the use log still apply (the stricter reading). Purposes outside this list are treated as custody.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * keysDocs.summary['zh-CN'].length > 0 // true
 */
export const keysDocs: ProcedureDocs = {
  name: 'keys',
  summary: text(
    '原则上不代管客户私人物品；特殊情况代管钥匙须双方签字交接、签订代管委托书、指定专人管理、使用有登记；因返修、燃气开通留用钥匙的可不签委托书，但须登记。施工部门移交的空置单元、样板房、信箱、设备房、办公室钥匙按清单验收。',
    "In principle no custody of customers' belongings; a key kept in a special case needs a hand-over signed by both, a custody agreement, a named keeper and a log of every use; a key left for a repair or gas connection needs no agreement but is registered. Keys handed over by the construction side (vacant units, show flats, mailboxes, plant rooms, offices) are accepted by checklist.",
  ),
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
  parameters: P,
  rules: {
    'keys.handover-count-mismatch': READING,
    'keys.handover-key-not-tried': READING,
    'keys.acceptance-unsigned': READING,
    'keys.custody-without-special-reason': text('“原则上”：特殊情况可以代管，故为警告；代管记录须写明特殊情况。', '"In principle": custody is possible in special cases, hence a warning; the record states the special circumstance (specialReason).'),
    'keys.agreement-missing': text('《服务中心工作手册》 QR-006 业主委托管理处保管钥匙单即此委托（手册仅列标题）。', '《服务中心工作手册》 QR-006 (the owner\'s request that the office keep the key) is this agreement (the handbook lists the title only).'),
    'keys.registration-missing': text('已签订代管委托书的，视为已登记。', 'A signed custody agreement counts as the registration.'),
    'keys.use-not-logged': text('每次使用一行（《服务中心工作手册》 QR-007 入户门钥匙外借记录表，手册仅列标题）：须有时间、使用人和用途；归还时间在钥匙仍外借时可空。', 'One line per use (《服务中心工作手册》 QR-007, title only in the handbook): the time, the user and the purpose; the return time may be empty while the key is out.'),
  },
};
