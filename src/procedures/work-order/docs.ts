import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'workOrder.criticalArrivalWithin': text(
    '“五分钟内赶到现场”：自派工（工程部接单）时起算，含第5分钟整——10:00:00 派工，10:05:00 到场为按时，10:05:01 为迟到（以内包含本数）。',
    '"On site within five minutes": counted from dispatch to engineering, the 5th minute included — dispatched 10:00:00, on site 10:05:00 is on time, 10:05:01 is late (以内 includes the number).',
  ),
  'workOrder.urgentArrivalWithin': text('自派工时起算，含第10分钟整。', 'Counted from dispatch, the 10th minute included.'),
  'workOrder.routineArrivalWithin': text('“根据人员情况尽量提早安排修理”没有数字：默认 null（不设时限）；主机可自定。', '"Scheduled as early as staff allow" has no number: default null (no limit); a host may set one.'),
  'workOrder.feeReportDay': text(
    '“每月25日由客服部统计维修费用”：本库读作当月25日为报送日，统计期为上月25日0时至当月25日0时（不含），按客户签字确认时间归属；各期首尾相接，不重不漏。报送须在25日当天内完成。',
    '"On the 25th of each month the desk totals the repair fees": the library reads the 25th as the day the total is due; the period runs from 00:00 on the 25th of the previous month to 00:00 on the 25th (exclusive), each order counted by the instant the customer signed; periods touch without gap or overlap. The report is due within the 25th.',
  ),
  'workOrder.parkedReportEveryDays': text(
    '“每日上报公司搁置原因”：自搁置当日起，按当地日历日，每个已结束的日（周期）内至少上报一次；恢复维修或作废后不再要求。',
    '"The reason is reported to the company daily": from the day the order is parked, each local calendar day (period) that has ended must hold at least one report; none is due after the order is resumed or abandoned.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * workOrderDocs.summary['zh-CN'].length > 0 // true
 */
export const workOrderDocs: ProcedureDocs = {
  name: 'work-order',
  summary: text(
    '从报修到结单：客服部填写派工单交工程部；特急单5分钟内、急单10分钟内到场，一般单尽早安排；收费性维修先讲明收费标准并经客户同意，有异议时客服部人员到场；客户签字，三联分送客户、客服部、财务部；客服部回访并反馈工程部；每月25日统计维修费用报财务部；死单、搁置工单说明原因并每日上报。',
    'From report to closing: the desk fills in the work order for engineering; critical orders on site within 5 minutes, urgent within 10, routine as early as staff allow; a paid repair explains the tariff and gets consent first, with desk staff on site if disputed; the customer signs, copies go to customer, desk and finance; the desk calls back and feeds back to engineering; fees are totalled for finance on the 25th; parked orders are explained and reported daily.',
  ),
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
  parameters: P,
  rules: {
    'work-order.late-arrival': P['workOrder.criticalArrivalWithin']!,
    'work-order.dispute-without-desk': text('“立即”没有数字：本库只检查客服部人员在客户同意或拒绝之前已到场。', '"At once" has no number: the library checks that desk staff were on site before the customer consented or declined.'),
    'work-order.fee-not-recorded': text(
      '收费性维修（派工单使用程序 4）结单时没有维修费用，就不会出现在每月25日的维修费用统计中（派工单使用程序 8），故为违规；与状态机的结单条件相同（完工事件须带费用）。',
      'A paid repair (派工单使用程序 4) closed with no fee drops out of the monthly fee statement on the 25th (派工单使用程序 8), hence a violation; the same condition as the machine’s close (the repair event of a paid order carries its fee).',
    ),
    'work-order.record-incomplete': text(
      '《业主/住户报修记录表》QR-001 的“维修结果”“回访人”“回访结果”栏，以及派工单使用程序 7 的回访征询意见：结单时须填写。未修理完成或未回访的，由各自的规则报告，此处不重复。',
      'QR-001 (业主/住户报修记录表) has columns for the result, who called back and the call-back result, and 派工单使用程序 7 has the desk ask the customer’s opinion: a closed order fills them. An order closed unrepaired or without a call-back is reported by those rules, not again here.',
    ),
    'work-order.parked-not-explained': text('条文未定时限：在说明之前，检查一直报告为警告。', 'The clause sets no time: until the explanation is recorded, the check reports it as a warning.'),
    'work-order.parked-not-reported': P['workOrder.parkedReportEveryDays']!,
    'work-order.fee-report-late': P['workOrder.feeReportDay']!,
  },
};
