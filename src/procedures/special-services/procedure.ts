import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { specialServicesPacks, specialServicesParameters } from './policy';
import { checkSpecialServices, specialServicesRules } from './rules';
import type { SpecialServiceRecord } from './schema';
import { serviceItemSchema, specialServiceRecordSchema } from './schema';

/**
 * The special-services procedure (provision side) as data, for the docs generator.
 *
 * @example
 * specialServicesProcedure.rules.map((r) => r.id)
 */
export const specialServicesProcedure = defineProcedure({
  name: 'special-services',
  title: text('特约服务（有偿服务）', 'Paid special services'),
  summary: text(
    '收费标准经公司品质、财务部门审核后在显著位置公示；超出常规服务的新项目须经公司审批后方可提供；提供服务前向客户说明服务内容及收费标准，服务完毕后由客户在居家服务情况记录表上签字确认；长期服务须签订特约服务协议。回访（1个工作日内、抽样比例、100%回访情形）见 follow-up。',
    'Prices are reviewed by the company’s quality and finance departments and displayed prominently; a new service beyond the regular list needs company approval first; the service and its price are explained before it is provided and the customer signs the home-service record after it; a long-term service needs an agreement. Follow-ups (within 1 working day, sampling ratios, the 100% cases) are in follow-up.',
  ),
  sources: [cite('STD', '特约服务 管理要求 2、3'), cite('STD', '特约服务 服务提供 1、2')],
  parameters: [...CORE_PARAMETERS, ...Object.values(specialServicesParameters)],
  packs: Object.values(specialServicesPacks),
  rules: Object.values(specialServicesRules) as Rule<never>[],
  readings: [
    text(
      '回访部分（特约服务 服务回访）已在 wuye-rules/follow-up，不在此重复：订单记录沿用其 specialServiceOrderSchema，同一记录可交给 checkSpecialServiceFollowUps 与 planFollowUps。',
      'The follow-up side (特约服务 服务回访) lives in wuye-rules/follow-up and is not repeated here: the order record extends its specialServiceOrderSchema, so the same record goes to checkSpecialServiceFollowUps and planFollowUps.',
    ),
    text(
      '“说明在前、签字在后”按记录上的时刻检查，不设状态机：一张订单只有说明、服务、签字三个时刻，没有分支；说明与开始同一时刻算按时，签字与完成同一时刻算在完成之后。',
      '"Explain before, sign after" is checked on the record’s instants, with no state machine: an order has three instants (explained, served, signed) and no branches; an explanation at the very start is on time, and a signature at the moment of completion counts as after it.',
    ),
    text('公司建立特约服务控制程序（管理要求 1）是公司层面的制度，没有可对订单检查的内容。', 'The company’s special-service control procedure (管理要求 1) is a company-level document with nothing to check on an order.'),
    text(
      '提供服务的条款没有时限（回访的1个工作日在 follow-up）：订单按自身记录的时刻判断，检查仍须给出判断时刻（asOf），但判断时刻不改变结果。',
      'The provision clauses set no time limit (the 1-working-day follow-up is in follow-up): an order is judged on its own instants; a check still takes asOf, but asOf does not change the result.',
    ),
  ],
  schemas: { order: specialServiceRecordSchema, serviceItem: serviceItemSchema },
  // Orders are checked without the catalogue here (the command line reads one record a line).
  checkInput: { shapes: ['order'] },
  check: (record, options) => checkSpecialServices(record as SpecialServiceRecord, options),
});
