import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'visitors.requiredFields': text(
    '条文只写“做好来访人员登记”，没有列出登记项目：默认值是本库的选择，不是条文的规定（与 firstResponder.approvalAnswerWithin 相同）。本库把登记读作至少记下来访人、被访单位或人员、来访事由及时间；是否登记证件号由各楼宇决定（加入 idNumber）。OFFICE 策略包不设此值，主机可覆盖。',
    'The clause only says "register visitors" and names no field: the default is the library\'s choice, not the text (as firstResponder.approvalAnswerWithin). The library reads a registration as at least who came, whom they visit, why, and when; whether an ID number is recorded is the building\'s choice (add idNumber). The OFFICE pack sets no value; a host overrides it.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * visitorsDocs.summary['zh-CN'].length > 0 // true
 */
export const visitorsDocs: ProcedureDocs = {
  name: 'visitors',
  summary: text(
    '写字楼前台做好来访人员登记，阻止无关人员进入；放行的来访者须登记来访人、被访单位或人员和事由，拒绝进入的须记录原因。接待礼仪（起立、问候、五个一）见“首问负责制”。',
    'The office front desk registers visitors and keeps people with no business out: an admitted visitor is registered with who came, whom they visit and why; a refusal records its reason. Reception etiquette (stand, greet, the five ones) is in the first-responder procedure.',
  ),
  readings: [
    text('一次来访即一条记录，没有先后步骤，故不设状态机。', 'One visit is one record with no ordered steps, so there is no machine.'),
    text('来访登记没有时限：检查仍须给出判断时刻（asOf），但判断时刻不改变结果。', 'The register has no time limit: a check still takes asOf, but asOf does not change the result.'),
  ],
  parameters: P,
  rules: {
    'visitors.registration-incomplete': P['visitors.requiredFields']!,
    'visitors.unrelated-admitted': text('“无关人员”读作登记中没有被访单位或人员的来访者：既然说不出找谁，就不应放行。', 'A person "with no business" is read as a visitor whose entry names nobody visited: whoever cannot say whom they visit is not let in.'),
    'visitors.refusal-unexplained': text('拒绝进入是前台的正当职责，但须留有原因，以备查询与投诉处理。', 'Refusing entry is the desk\'s duty, but the reason is kept, for enquiries and complaints.'),
  },
};
