import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'specialServices.priceBureauFiling': text('是否备案由当地政策决定：默认不检查，当地要求备案的项目设为 true。', 'Local policy decides whether to file: not checked by default; a project whose locality requires it sets true.'),
  'specialServices.agreementTerms': text('服务内容、服务期限、收费标准及双方权责“等”：本库检查这四项，主机可增加。', 'Content, term, fees and both sides’ responsibilities "and the like": the library checks these four; a host may add more.'),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * specialServicesDocs.summary['zh-CN'].length > 0 // true
 */
export const specialServicesDocs: ProcedureDocs = {
  name: 'special-services',
  summary: text(
    '收费标准经公司品质、财务部门审核后在显著位置公示；超出常规服务的新项目须经公司审批后方可提供；提供服务前向客户说明服务内容及收费标准，服务完毕后由客户在居家服务情况记录表上签字确认；长期服务须签订特约服务协议。回访（1个工作日内、抽样比例、100%回访情形）见 follow-up。',
    'Prices are reviewed by the company’s quality and finance departments and displayed prominently; a new service beyond the regular list needs company approval first; the service and its price are explained before it is provided and the customer signs the home-service record after it; a long-term service needs an agreement. Follow-ups (within 1 working day, sampling ratios, the 100% cases) are in follow-up.',
  ),
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
  parameters: P,
  rules: {
    'special-services.price-not-filed': P['specialServices.priceBureauFiling']!,
    'special-services.new-service-unapproved': text('“常规服务”即公司《常规服务价目表》上的项目；其余为新服务。审批须早于（或同时于）该服务的开始。', '"Regular" means on the company’s regular price list; anything else is a new service. The approval must come no later than the service starts.'),
    'special-services.terms-not-explained': text('说明须早于（或同时于）服务开始；没有开始时间时以完成时间为准。', 'The explanation must come no later than the service starts; without a start time, no later than its completion.'),
    'special-services.not-signed': text('“服务完毕后”签字：签字时间早于完成时间不算确认。', 'Signed "after the service": a signature dated before completion does not confirm it.'),
    'special-services.long-term-without-agreement': text(`“长期服务”没有定义，由主机在订单上标记 longTerm。${P['specialServices.agreementTerms']!['zh-CN']}`, `"Long-term" is not defined: the host marks the order longTerm. ${P['specialServices.agreementTerms']!.en}`),
    'special-services.new-item-not-flagged': text('回访比例由 wuye-rules/follow-up 计算，它读订单上的 newServiceItem 标记；目录中的新服务而订单未标记时，回访会被少抽。', 'The follow-up sample is computed by wuye-rules/follow-up from the order’s newServiceItem flag; an order of a new catalogue service without it would be under-sampled.'),
  },
};
