import type { CaseContext } from '../../core/case-context';
import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { DeliveryEvent } from './events';
import { deliveryEventSchema } from './events';
import { deliveryCase } from './machine';
import { deliveryPacks, deliveryParameters } from './policy';
import { deliveryRules } from './rules';
import type { TakeoverRecord } from './schema';
import { deliveryMilestoneLogSchema, takeoverRecordSchema } from './schema';

const AT = '2026-03-02T09:00:00+08:00';

/** One sample event per guard outcome (one copy set, a partial inspection, no keys, …). */
const SAMPLE_EVENTS: DeliveryEvent[] = [
  { type: 'SIGN_CONTRACT', at: AT, copySets: 1 },
  { type: 'SIGN_CONTRACT', at: AT, copySets: 2 },
  { type: 'RECEIVE_DOCUMENTS', at: AT, documents: ['businessLicence'] },
  { type: 'RECEIVE_DOCUMENTS', at: AT, documents: ['constructionCertificates', 'completionCertificates', 'businessLicence'] },
  { type: 'INSPECT', at: AT, departments: ['security'] },
  { type: 'INSPECT', at: AT, departments: ['customerService', 'security', 'engineering'] },
  { type: 'SIGN_CONFIRMATION', at: AT, keysHandedOver: false },
  { type: 'SIGN_CONFIRMATION', at: AT, keysHandedOver: true },
  { type: 'ISSUE_HANDBOOKS', at: AT, handbooks: ['user'] },
  { type: 'ISSUE_HANDBOOKS', at: AT, handbooks: ['user', 'renovation', 'emergency'] },
];

/**
 * The takeover and delivery procedure as data, for the docs generator and a testing kit.
 *
 * @example
 * deliveryProcedure.case?.machine.id // 'delivery'
 */
export const deliveryProcedure = defineProcedure({
  name: 'delivery',
  title: text('物业接管与房屋交付', 'Property takeover and delivery'),
  summary: text(
    '物业接管五步：签订合同并准备两套复印件；取得施工、竣工合法证明及营业执照复印件；客服部、安保部、工程部共同验收；签订房屋及设施确认书、交接钥匙；发放用户手册、装修手册、应急防护手册。房屋交付的时间节点：提前三个月成立服务中心、管理及技术人员到位，安全员、保洁员提前一个月，交付计划至少提前两个月，交付资料提前两周；交付后三个月内评估，半年内访谈全部已交付客户，乔迁一周内上门拜访。',
    'Takeover in five steps: sign the contract with two copy sets; obtain the legal construction and completion certificates and the business-licence copy; inspect jointly (customer service, security, engineering); sign the confirmation and hand over the keys; issue the user, renovation and emergency handbooks. Delivery lead times: service centre and managers 3 months before, security and cleaners 1 month, the plan at least 2 months, the materials 2 weeks; the evaluation within 3 months after, every delivered customer interviewed within 6 months, a visit within a week of each move-in.',
  ),
  sources: [cite('OFFICE', '物业接管程序 1–5'), cite('STD', '房屋交付'), cite('STD', '客户沟通 客户访谈 2、3')],
  parameters: [...CORE_PARAMETERS, ...Object.values(deliveryParameters)],
  packs: Object.values(deliveryPacks),
  rules: Object.values(deliveryRules) as Rule<never>[],
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
  case: deliveryCase,
  schemas: { takeover: takeoverRecordSchema, event: deliveryEventSchema, milestones: deliveryMilestoneLogSchema },
  pathModel: {
    input: { id: 'T-EXAMPLE', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: AT },
    events: SAMPLE_EVENTS,
    // Documents and handbooks received so far, and the confirmation, decide the next step.
    key: (s) => {
      const r = (s.context as CaseContext<TakeoverRecord>).record;
      return [Object.keys(r.documents ?? {}).sort(), Object.keys(r.handbooks ?? {}).sort(), r.confirmation?.keysHandedOver ?? null];
    },
  },
});
