import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { quietHoursRules } from '../quiet-hours/rules';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'renovation.extinguisherBayArea': text(
    '“每96.35平方米（标准间）至少摆放2个”：不满一个标准间的部分按一间计（至少数向上取整）——96.35 m² 需2个，96.36 m² 需4个；面积须为正的有限数。',
    '"At least 2 for each 96.35 m² (standard bay)": a started bay counts as a bay (minimum counts round up) — 96.35 m² needs 2, 96.36 m² needs 4; the area must be a positive finite number.',
  ),
  'renovation.officerVisitEveryDays': text(
    '“每三天至少巡查一次”：本库读作装修期间任意连续3个日历日内至少有一次巡查记录（滑动窗口，较严格的读法）；按当地日历日计，首尾日包含在内；巡查之后不足3日的期末余段不计。“至少一次”对整个装修期都成立：不足3日即结束的装修，也须至少有一次巡查记录；仍在施工的装修，满3日后才判断。',
    '"At least once every three days": the library reads any 3 consecutive calendar days of the works as holding at least one recorded visit (a sliding window, the stricter reading); local calendar days, first and last day included; a closing stretch shorter than 3 days after a visit is not counted. "At least once" binds the whole works: works that end in fewer than 3 days still need one recorded visit; works still under way are judged once 3 days have passed.',
  ),
  'renovation.securityVisitEveryDays': text('“每天至少检查一次”：装修期间每个日历日至少一次检查记录。', '"At least once a day": every calendar day of the works holds at least one recorded check.'),
  'renovation.requiredDocuments': text(
    '写字楼范例：装修申请表、营业执照、资质证明、装修合同、装修方案及设计图。《客服制度》装修管理流程另列房屋产权证复印件、装修合同复印件（其原文在“营业”处截断，按营业执照计）。',
    'Office example: application form, business licence, qualification, contract, plan and drawings. 《客服制度》 装修管理流程 lists copies of the property certificate and of the renovation contract (its text breaks off at "营业", read as the business licence).',
  ),
  'renovation.controlLists': text(
    '客服部：现场保护、卫生检查、噪音控制、施工计划、综合检查；安保部：防火、治安、人员出入、动火检查；工程部：施工规范、电器工程、公共设施、用电安全、进度控制。每次检查读作一张清单：该部门的每一项都须检查到。',
    'Desk: site protection, hygiene, noise, schedule, overall; security: fire, order, access, hot work; engineering: standards, electrics, public facilities, power safety, progress. Each inspection is read as a checklist: every item of its department is checked.',
  ),
  'renovation.protectedParts': text(
    '“提前对可能造成损坏的共用部位（大堂、电梯厅、电梯轿厢、特殊材质地面等）采取防护措施”：列出的部位须在开工（worksStartedAt）前防护；项目没有的部位（如无特殊材质地面）由主机在记录的 notApplicable 中注明。',
    '"Protect, in advance, the common parts that may be damaged (lobby, lift hall, lift car, special floors…)": each listed part is protected before the works start (worksStartedAt); a part the project lacks is marked in the record\'s notApplicable.',
  ),
  'renovation.hiddenWorkTests': text(
    '“主动提示客户进行装修隐蔽工程验收，如水管打压、线路绝缘检测、地漏和排水管道的通水等”：每项隐蔽工程（装修过程服务 4：防水、改线改管等）须有记录，并在覆盖前提醒客户这三项测试。',
    '"Remind the customer of hidden-works acceptance: pipe pressure tests, insulation tests, running water through drains…": each hidden work (装修过程服务 4: waterproofing, rerouted wiring or pipes…) is recorded, and before it is covered the customer is reminded of these three tests.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * renovationDocs.summary['zh-CN'].length > 0 // true
 */
export const renovationDocs: ProcedureDocs = {
  name: 'renovation',
  summary: text(
    '从申请到入住：审核施工单位资质，提交合同、方案、图纸，工程部审核（不通过则重新提交），签订承诺书与安全协议，办理出入证、动火证，取得消防安全许可后方可施工，签发装修许可证；施工期间装修管理员每3日、安全员每日巡查并记录，按二次装修检查标准检查现场；严重违章即时书面告知并制止，制止无效书面上报主管部门并留存证明；消防检测合格后提交竣工资料、共同验收、入住。',
    'From application to move-in: check the contractor, submit contract, plan and drawings, engineering review (rejection loops back), sign the commitment letter and safety agreement, issue worker passes and hot-work permits, no work before the fire-safety approval, issue the permit; during the works the renovation officer visits at least every 3 days and security daily, with records, and sites are inspected against the 二次装修检查标准; serious violations get a written notice and a stop at once, and a written report to the authority if ineffective, with evidence kept; after a passed fire inspection, completion documents, joint acceptance, move-in.',
  ),
  readings: [
    text(
      '灭火器：不满一个标准间按一间计——96.35 m² 需2个，96.36 m² 需4个，至少2个。',
      'Fire extinguishers: a started bay counts as a bay — 96.35 m² needs 2, 96.36 m² needs 4, never fewer than 2.',
    ),
    text(
      `二次装修检查标准第1项（禁噪时段）由禁噪时段程序的 ${quietHoursRules.noisyWorkInQuietHours.id} 规则检查，默认写字楼时段。`,
      `Item 1 of the 二次装修检查标准 (the quiet windows) is checked by the quiet-hours rule ${quietHoursRules.noisyWorkInQuietHours.id}, with the office windows by default.`,
    ),
    text(
      '负责部门各文件不同：写字楼范例由工程部负责申请、客服部负责监管与验收；《客服制度》由客服部受理申请。状态机只记录步骤，不限定部门。',
      'Who is responsible differs: the office example makes engineering responsible for the application and the desk for supervision and acceptance; 《客服制度》 has the desk receive the application. The machine records the steps, not the department.',
    ),
    text(
      '严重违章（标准表 装修服务 装修过程服务 6）：告知、制止、上报每一步都须留存证明材料；整改之前不得恢复施工或竣工。',
      'Serious violations (STD 装修服务 → 装修过程服务 6): each of notice, stop and report keeps its evidence; no work resumes and no completion until rectified.',
    ),
  ],
  parameters: P,
  rules: {
    'renovation.control-list-incomplete': P['renovation.controlLists']!,
    'renovation.common-parts-unprotected': P['renovation.protectedParts']!,
    'renovation.hidden-works-not-reminded': P['renovation.hiddenWorkTests']!,
    'renovation.fine-not-settled': text(
        '说明 1–2：监管部门罚款，违规通知交客服部汇总，统一交财务部结算。原文无时限：本库读作至验收（acceptedAt）时每笔罚款都已由客服部汇总、财务部结算，且先汇总后结算；验收前只检查先后次序。',
        '说明 1–2: the supervising department fines, the desk collects the notices, finance settles them. No time is given: the library reads it as every fine collected by the desk and settled by finance by acceptance (acceptedAt), collection first; before acceptance only the order is checked.',
      ),
    'renovation.serious-violation-not-stopped': text('“即时”没有数字：发现后书面告知与制止均须记录在案，未记录即报告。', '"At once" has no number: once found, both the written notice and the stop must be on record; until they are, the check reports it.'),
    'renovation.signage-defect': text(
        '门牌（1）、消防标志（4）须齐全完好；水牌（2）还须随租户变化及时更换（outdated 即未更换）；楼层指示牌、工界标牌（3）须完好（缺失也算不完好）。检查记录由主机提供，每类一个结论。',
        'Door plates (1) and fire signs (4) are complete and intact; directories (2) are also changed as tenants change (outdated = not changed); floor and boundary signs (3) are intact (a missing one is not intact). The host supplies the inspection, one finding per kind.',
      ),
    'renovation.site-corridor-unprotected': text('检查记录未写明通道是否已保护时不作判断；写明未保护时为违规。', 'When the inspection does not state corridorProtected, nothing is concluded; false is a violation.'),
    'renovation.site-fire-extinguishers': P['renovation.extinguisherBayArea']!,
    'renovation.officer-visits': P['renovation.officerVisitEveryDays']!,
    'renovation.security-visits': P['renovation.securityVisitEveryDays']!,
  },
};
