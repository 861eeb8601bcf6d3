import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { workOrderEventSchema } from './events';
import { workOrderCase } from './machine';
import { workOrderEventsFor, workOrderPathKey } from './path-model';
import { workOrderSchema } from './schema';
import { workOrderPacks, workOrderParameters } from './policy';
import { workOrderRules } from './rules';

/**
 * The work-order procedure as data: what `npm run docs` renders and what a testing kit walks.
 *
 * @example
 * workOrderProcedure.case?.machine.id // 'work-order'
 */
export const workOrderProcedure = defineProcedure({
  name: 'work-order',
  title: text('报修派工单', 'Repair work orders'),
  summary: text(
    '从报修到结单：客服部填写派工单交工程部；特急单5分钟内、急单10分钟内到场，一般单尽早安排；收费性维修先讲明收费标准并经客户同意，有异议时客服部人员到场；客户签字，三联分送客户、客服部、财务部；客服部回访并反馈工程部；每月25日统计维修费用报财务部；死单、搁置工单说明原因并每日上报。',
    'From report to closing: the desk fills in the work order for engineering; critical orders on site within 5 minutes, urgent within 10, routine as early as staff allow; a paid repair explains the tariff and gets consent first, with desk staff on site if disputed; the customer signs, copies go to customer, desk and finance; the desk calls back and feeds back to engineering; fees are totalled for finance on the 25th; parked orders are explained and reported daily.',
  ),
  sources: [cite('OFFICE', '派工单使用程序 1–9'), cite('ZH', 'QR-001')],
  parameters: [...CORE_PARAMETERS, ...Object.values(workOrderParameters)],
  packs: Object.values(workOrderPacks),
  rules: Object.values(workOrderRules) as Rule<never>[],
  readings: [
    text(
      '“五分钟内”“十分钟内”包含本数（以内，民法典第1259条）：10:00:00 派工，10:05:00 到场为按时，10:05:01 为迟到。',
      '"Within five / ten minutes" includes the number (以内, Civil Code art. 1259): dispatched 10:00:00, on site 10:05:00 is on time, 10:05:01 is late.',
    ),
    text(
      '记录字段取自《服务中心工作手册》QR-001 业主/住户报修记录表：序号、报修时间、报修地点、业主姓名、联络电话、维修项目、预约维修时间、接待人、维修结果、回访人、回访结果、备注。',
      "The record's fields are those of 《服务中心工作手册》 QR-001: serial no., time reported, place, owner's name, phone, repair item, appointment, receiver, result, call-back person, call-back result, remarks.",
    ),
    text(
      '客户拒绝收费性维修时工单以“客户拒绝”结束；死单须已向客户说明原因方可作废。两者都不经过签字和回访（无维修可签）。',
      'A customer who declines a paid repair ends the order as "declined"; a dead order is abandoned only once its reason was explained to the customer. Neither goes through signature and call-back (there is no repair to sign).',
    ),
  ],
  case: workOrderCase,
  schemas: { order: workOrderSchema, event: workOrderEventSchema },
  pathModel: {
    input: { id: 'WO-EXAMPLE', serialNo: '0001', reportedAt: '2026-05-06T09:50:00+08:00', location: '12F 1203', ownerName: '陈女士', phone: '13800000000', item: '卫生间漏水', receiver: '李敏', origin: 'customer-call', urgency: 'urgent', paid: true },
    events: (snapshot) => workOrderEventsFor(snapshot, '2026-05-06T10:00:00+08:00'),
    key: workOrderPathKey,
  },
});
