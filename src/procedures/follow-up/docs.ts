import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'followUp.tiers': text(
    '“以上”“以下”包含本数（民法典第1259条），故各档上下限均含本数。分档重叠或留空时从严：100单同属“100–200”与“100以下”，取30%；201–299单不属任何一档，取相邻两档中较严的20%。比例为“至少”，所需回访数向上取整（如 101 单 × 20% = 20.2 → 21 单）。',
    '"以上" and "以下" include the number itself (Civil Code art. 1259), so every tier includes both bounds. Where tiers overlap or leave a gap the stricter applies: 100 orders are in both "100–200" and "100以下", so 30%; 201–299 orders fall in no tier, so the stricter neighbour, 20%. The ratio is a minimum, so the number of visits is rounded up (e.g. 101 orders × 20% = 20.2 → 21).',
  ),
  'followUp.fullFollowUpCases': text(
    '①新签长期服务协议的客户；②新推出的服务项目；③新服务人员提供的服务；④上次服务曾被投诉过的服务人员提供的服务。这些单全部回访，并计入最低回访数。',
    '① a customer with a newly signed long-term agreement; ② a newly launched service item; ③ a service by new staff; ④ a service by staff complained about last time. These orders are all visited, and they count towards the minimum.',
  ),
  'followUp.specialServiceWithin': text(
    '“1个工作日内”按业务日历（周末、法定节假日不计，调休上班日计入）：至完成后第1个工作日的同一时刻为止，含该时刻。',
    '"Within 1 working day" is counted on the business calendar (weekends and statutory holidays off, 调休 make-up days on): up to and including the same time on the first following working day.',
  ),
  'followUp.complaintRate': text(
    '“联系不上或不便回访的除外”：标明 unreachable 或 inconvenient 的投诉不计入分母。100% 即每一件未豁免的已结投诉都须回访。',
    '"Unreachable or inconvenient excepted": complaints marked unreachable or inconvenient leave the denominator. 100% means every closed complaint not excepted is followed up.',
  ),
  'followUp.phoneEveryDays': text(
    '“每七天对用户进行电话回访”读作：自列入回访名单之日（followUpFrom）或上一次电话回访之日起，第7日当日结束前须再有一次电话回访（第7日当天仍算按时）；逾期的，下一次从该到期日重新起算。按日期计，策略时区。',
    '"A phone follow-up every seven days" is read as: within 7 days of the day the customer joined the register (followUpFrom) or of the last phone follow-up, day 7 itself included; after a miss, the next is counted from the missed due day. Counted by date in the policy zone.',
  ),
  'followUp.monthlyModes': text(
    '“每个月对用户进行电话和上门回访”读作每个日历月每种方式至少一次（电话一次、上门一次）；只判断客户整月都在回访名单上的月份（followUpFrom 至 followUpUntil）。',
    '"Each month by phone and on site" is read as at least one of each mode per calendar month (one call, one visit); only months the customer is on the register for the whole month (followUpFrom to followUpUntil) are judged.',
  ),
  'followUp.agreeFirstModes': text(
    '“回访时间要事先和用户约定”：上门回访须记录约定日期（agreedOn），且不晚于回访日（同日约定仍算事先，记录只到日期）。电话回访以开场询问是否方便代替约定（WI/FW-018 一.1），默认不要求；主机可把 phone 加入此列表。',
    '"The follow-up time is agreed with the customer first": an on-site visit records the day it was agreed (agreedOn), no later than the visit (an agreement the same day counts, as records hold dates only). A phone follow-up asks whether it is convenient instead (WI/FW-018 一.1), so by default it needs no agreement; a host may add phone to this list.',
  ),
  'followUp.longTermVisitEvery': text(
    '“每季度应进行一次上门回访”读作每个日历季度至少一次上门回访；只判断协议整季有效的季度（longTermFrom 至 longTermUntil），于季度最后一日24时届满。',
    '"An on-site follow-up each quarter" is read as at least one on-site visit per calendar quarter; only quarters the agreement covers whole (longTermFrom to longTermUntil) are judged, each due at 24:00 of its last day.',
  ),
  'followUp.deliveredInterviewEvery': text(
    '“以后，每年至少…进行一次上门或电话访谈”读作：交付后半年内的首次访谈期（kpi.deliveryMilestones 的 deliveredCustomerInterviews，6个月）结束之后开始的每个日历年，至少一次上门或电话访谈；首次访谈期所跨的年份不另要求。',
    '"Thereafter at least once a year, on site or by phone" is read as: each calendar year that starts after the first six-month window (kpi.deliveryMilestones deliveredCustomerInterviews, 6 months) has ended needs at least one interview on site or by phone; the year(s) the first window spans need none besides it.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * followUpDocs.summary['zh-CN'].length > 0 // true
 */
export const followUpDocs: ProcedureDocs = {
  name: 'follow-up',
  summary: text(
    '特约服务完成后1个工作日内回访；按月单量的最低回访比例（300单以上10%、100–200单20%、100单以下30%），四种情形100%回访；确定性抽样计划；投诉处理完毕后100%回访（联系不上或不便回访的除外）；QR-003 回访统计表汇总为 QR-004 回访统计月统计表。',
    'Paid special services are followed up within 1 working day of completion; minimum follow-up ratios by monthly volume (300 or more 10%, 100–200 20%, under 100 30%), four cases at 100%; a deterministic sampling plan; 100% follow-up of closed complaints (unreachable or inconvenient excepted); QR-003 return-visit lines summarised into the QR-004 monthly table.',
  ),
  readings: [
    text(
      '检查（checkFollowUps）按判断时刻 asOf 进行，并使用策略与业务日历：asOf 之后的回访不计；特约服务的回访期限（完成后1个工作日）在 asOf 尚未届满的，不算违反——100%回访情形与最低回访数都等到期限届满再判断（未写完成时间的单按现状判断）。投诉回访来源未规定时限：asOf 之后结案的投诉不计入，asOf 时已结案而未回访的即为未回访。',
      'The check (checkFollowUps) judges as of asOf, with the policy and the business calendar: follow-ups after asOf do not count; a special-service follow-up whose deadline (1 working day after completion) has not passed at asOf is no violation — the 100% cases and the minimum count wait for the deadline (orders without a completion time are judged as they stand). The source sets no time limit for complaint follow-ups: complaints closed after asOf are left out, and one closed by asOf without a follow-up counts as not followed up.',
    ),
    text(
      '分档读法：以上、以下包含本数（民法典第1259条）；重叠或空档从严——100单取30%，201–299单取20%；所需回访数向上取整。单量须为非负整数，负数、小数、NaN、无穷均为 INVALID_INPUT 错误。',
      'Tier reading: 以上 and 以下 include the number itself (Civil Code art. 1259); overlaps and gaps take the stricter ratio — 100 orders → 30%, 201–299 → 20%; the number of visits is rounded up. Counts must be non-negative integers: negative, fractional, NaN or infinite counts are INVALID_INPUT errors.',
    ),
    text(
      '抽样计划（planFollowUps）：先列入全部须100%回访的单，它们计入最低回访数；不足部分从其余单中按单号与种子的散列值（FNV-1a 异或后经 murmur3 混合）由小到大抽取（散列相同时按输入顺序）。同一输入与种子必得同一计划，不使用随机数；换种子即换样本。',
      'Sampling plan (planFollowUps): every 100% case first, counted towards the minimum; any shortfall is drawn from the other orders by the lowest hash of order id and seed (FNV-1a, XORed, then the murmur3 finaliser; ties by input position). The same input and seed always give the same plan, without randomness; another seed draws another sample.',
    ),
    text(
      '回访月统计（summariseReturnVisits）：按 QR-004 的八类（治安工作、清洁绿化、消杀清运、噪声影响、工程维修、投诉处理、服务态度、工作效率）统计回访数，并分别统计守时、态度、质量的满意、较满意、不满意数；其他月份的记录不计入，只计数。',
      'Monthly statistics (summariseReturnVisits): visits counted under the eight QR-004 categories (security, cleaning and greening, pest control and waste, noise, engineering and repairs, complaint handling, service attitude, efficiency), with the satisfied / fairly satisfied / dissatisfied counts of punctuality, attitude and quality; records of other months are only counted, not tabled.',
    ),
    text(
      '回访频次（checkFollowUpCadences，记录有 contacts）：服务中心对回访名单上的客户每七天电话回访、每个日历月电话和上门各一次，上门回访须事先约定时间（WI/FW-017 一、二）；签订长期服务协议的客户每个日历季度上门一次（标准表 特约服务 服务回访 2）；已交付客户在交付后半年的首次访谈期之后，每个日历年至少一次上门或电话访谈（客户沟通 客户访谈 3）。每个窗口于最后一日24时（策略时区）届满，届满前不算违反；只判断客户整段都在名单或协议期内的月、季、年。',
      'Follow-up cadences (checkFollowUpCadences, a record with contacts): the service centre phones each customer on its register every seven days and calls and visits once each calendar month, a visit at a time agreed first (WI/FW-017 一、二); a long-term agreement customer gets an on-site visit each calendar quarter (STD 特约服务 服务回访 2); every delivered customer, after the first six-month window after delivery, is interviewed on site or by phone at least once each calendar year (客户沟通 客户访谈 3). Each window falls due at 24:00 of its last day (policy zone) and is no violation before; only months, quarters and years the customer spends whole on the register or under the agreement are judged.',
    ),
  ],
  parameters: P,
  rules: {
    'follow-up.phone-cadence': P['followUp.phoneEveryDays']!,
    'follow-up.monthly-cadence': P['followUp.monthlyModes']!,
    'follow-up.long-term-visit': P['followUp.longTermVisitEvery']!,
    'follow-up.delivered-interview': P['followUp.deliveredInterviewEvery']!,
    'follow-up.time-not-agreed': P['followUp.agreeFirstModes']!,
    'follow-up.full-follow-up': P['followUp.fullFollowUpCases']!,
    'follow-up.minimum-ratio': text(
      `${P['followUp.tiers']!['zh-CN']}比例按月计（“单/月”）：每个月的特约服务单分别按当月单量定档、分别判断，不同月份的单不合并计算；单的月份为其完成时间在策略时区（core.zone）的所在月；没有完成时间的单计入所查各单中最晚的月份（即所报告的月份），所有单都没有完成时间时计入判断时刻（asOf）所在月。按判断时刻计：已回访的单加上仍可按时回访的单（未过回访期限）仍不足最低回访数时，才违反。`,
      `${P['followUp.tiers']!.en} The ratio is monthly ("单/月"): each month's orders are tiered by that month's volume and judged on their own, never pooled with another month's; an order's month is the month of its completion in the policy zone (core.zone); an order with no completion time counts with the latest month among the orders checked (the month being reported), or the month of asOf when none has one. Judged as of asOf: a shortfall is a violation only when the follow-ups made plus those still in time (their deadline not passed) fall short of the minimum.`,
    ),
    'follow-up.special-service-deadline': P['followUp.specialServiceWithin']!,
    'follow-up.complaint-follow-up': P['followUp.complaintRate']!,
  },
};
