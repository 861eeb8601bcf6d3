import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

const READING = text(
  '标准表只要求区分一般与特殊遗失物并“明确遗失物的处置管理办法”，未给期限，故默认 null（不检查）；项目在处置管理办法中写明无人认领多久后送交公安部门，即以覆盖值设定。自拾得时起算；“N日”按 core.dayCounting 计算。',
  'The standard only asks for general and special items to be told apart and for a written disposal procedure; it sets no period, so the default is null (not checked). A project that states in its procedure how long an unclaimed item is held before it goes to the police sets it as an override. Counted from the finding; "N days" follows core.dayCounting.',
);

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'lostProperty.handOverGeneralAfter': READING,
  'lostProperty.handOverSpecialAfter': READING,
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * lostPropertyDocs.summary['zh-CN'].length > 0 // true
 */
export const lostPropertyDocs: ProcedureDocs = {
  name: 'lost-property',
  summary: text(
    '拾遗物品区分一般遗失物和特殊遗失物，遵守优先返还权利人、妥善保管、公安部门最终处置的原则；失主认领时查验有效证件并登记。',
    'Found items are classed as general or special; the owner comes first, the item is kept safely, and the police make the final disposal; on a claim a valid ID is checked and logged.',
  ),
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
  parameters: P,
  rules: {
    'lost-property.not-kept-safely': text('失主认领或送交公安之前，记录须写明存放地点和保管人；拾得当场即被失主认领的，不要求。', 'Until claimed or handed to the police, the record names the place and the keeper; an item claimed on the spot needs neither.'),
    'lost-property.owner-not-sought': text('送交公安部门之前，应有寻找失主的记录（张贴招领、联系业主等）。“原则”性要求，故为警告。', 'Before the police hand-over there should be a record of looking for the owner (a notice, contacting residents). A principle, hence a warning.'),
    'lost-property.unclaimed-not-handed-over': text(
      '期限内无人认领即应送交公安部门：物品在到期之后才被认领、送交或处置，或截至判断时刻仍在管理处且已过期，均为违反；判断时刻尚未到期的不算违反；期限为 null 时不检查。“以内”含本数。',
      'Unclaimed within the period, the item goes to the police: an item claimed, handed over or disposed of only after the due time, or still at the centre past it as of asOf, is a breach; before the due time it is not; a null period is not checked. "Within" includes the end.',
    ),
  },
};
