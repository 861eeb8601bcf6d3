import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { kpiDocs } from '../kpi/docs';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'delivery.contractCopySets': text('“准备两套复印件”读作至少两套。', '"Prepare two sets of copies" is read as at least two sets.'),
  'delivery.requiredDocuments': text('楼宇各类施工、竣工合法证明及营业执照复印件：三类齐全才组织验收。', 'The legal construction and completion certificates and the business-licence copy: all three before the inspection.'),
  'delivery.inspectionDepartments': text('“共同验收”：所列部门全部参加才算一次验收。', '"Inspect together": the inspection counts only if every listed department took part.'),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * deliveryDocs.summary['zh-CN'].length > 0 // true
 */
export const deliveryDocs: ProcedureDocs = {
  name: 'delivery',
  summary: text(
    '物业接管五步：签订合同并准备两套复印件；取得施工、竣工合法证明及营业执照复印件；客服部、安保部、工程部共同验收；签订房屋及设施确认书、交接钥匙；发放用户手册、装修手册、应急防护手册。房屋交付的时间节点：提前三个月成立服务中心、管理及技术人员到位，安全员、保洁员提前一个月，交付计划至少提前两个月，交付资料提前两周；交付后三个月内评估，半年内访谈全部已交付客户，乔迁一周内上门拜访。',
    'Takeover in five steps: sign the contract with two copy sets; obtain the legal construction and completion certificates and the business-licence copy; inspect jointly (customer service, security, engineering); sign the confirmation and hand over the keys; issue the user, renovation and emergency handbooks. Delivery lead times: service centre and managers 3 months before, security and cleaners 1 month, the plan at least 2 months, the materials 2 weeks; the evaluation within 3 months after, every delivered customer interviewed within 6 months, a visit within a week of each move-in.',
  ),
  readings: [
    text(
      '房屋交付的时间节点与乔迁拜访时限和 wuye-rules/kpi 共用同一组参数（kpi.deliveryMilestones、kpi.moveInVisitWithinDays）与同一日期计算（deliveryDueDates），不另设副本；乔迁拜访逾期沿用 kpi.cadence.moveInVisit 规则。',
      'The delivery lead times and the move-in visit share their parameters (kpi.deliveryMilestones, kpi.moveInVisitWithinDays) and date arithmetic (deliveryDueDates) with wuye-rules/kpi — no second copy; a late move-in visit is the kpi.cadence.moveInVisit rule.',
    ),
    text(
      '“提前N个月”“N个月内”以交付日推算的那一天为最迟日，当日完成仍算按时；未给 asOf 时，未完成的事项只列为 open，不判逾期。',
      '"N months ahead" and "within N months" end on the day counted from the delivery date, that day itself on time; without asOf, undone items are listed as open, not judged overdue.',
    ),
    text(
      '接管五步有先后：状态机只在一步完成后进入下一步；对主机另存的记录，checkDelivery 报告在后续步骤已发生时仍未完成的步骤，按判断时刻（asOf）时的记录判断：晚于判断时刻的步骤尚未发生。',
      'The five takeover steps are ordered: the machine moves on only once a step is complete; for records kept by the host, checkDelivery reports any step still incomplete when a later one happened, judging the record as it stood at asOf: a step dated after asOf has not happened yet.',
    ),
  ],
  // The kpi parameters and rule this procedure shares read as they do there.
  parameters: { ...P, 'kpi.deliveryMilestones': kpiDocs.parameters['kpi.deliveryMilestones']!, 'kpi.moveInVisitWithinDays': kpiDocs.parameters['kpi.moveInVisitWithinDays']! },
  rules: {
    'kpi.cadence-move-in-visit': kpiDocs.rules['kpi.cadence-move-in-visit']!,
    'delivery.takeover-contract': P['delivery.contractCopySets']!,
    'delivery.takeover-inspection': P['delivery.inspectionDepartments']!,
    'delivery.takeover-confirmation': text('确认书签订与“钥匙交接与委托管理”同属第4步：确认书已签但钥匙未交接，该步未完成。', 'The confirmation and "keys handed over and entrusted" are one step (4): a signed confirmation without the keys leaves it incomplete.'),
    'delivery.milestone-late': kpiDocs.parameters['kpi.deliveryMilestones']!,
    'delivery.milestone-premature': text('交付后的评估与访谈记在交付日之前，不计为已完成。', 'An evaluation or interview dated before the delivery does not count as done.'),
    'delivery.takeover-out-of-order': text('某一步的时间早于前一步即为顺序颠倒；时间相同视为按序。', 'A step dated before the previous one is out of order; equal instants are in order.'),
  },
};
