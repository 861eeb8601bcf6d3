import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { followUpCadenceParameters, followUpPacks, followUpParameters } from './policy';
import type { FollowUpCadenceLog } from './cadences';
import { checkFollowUpCadences, followUpCadenceLogSchema, followUpCadenceRules } from './cadences';
import { checkFollowUps, followUpRules } from './rules';
import type { FollowUpMonth } from './schema';
import { closedComplaintSchema, followUpMonthSchema, returnVisitRecordSchema, specialServiceOrderSchema } from './schema';

/**
 * The follow-up procedure as data: what the docs generator renders (no machine: it is
 * arithmetic on a month's records).
 *
 * @example
 * followUpProcedure.rules.map((r) => r.id) // ['follow-up.full-follow-up', 'follow-up.minimum-ratio', …]
 */
export const followUpProcedure = defineProcedure({
  name: 'follow-up',
  title: text('回访与抽样', 'Follow-up visits and sampling'),
  summary: text(
    '特约服务完成后1个工作日内回访；按月单量的最低回访比例（300单以上10%、100–200单20%、100单以下30%），四种情形100%回访；确定性抽样计划；投诉处理完毕后100%回访（联系不上或不便回访的除外）；QR-003 回访统计表汇总为 QR-004 回访统计月统计表。',
    'Paid special services are followed up within 1 working day of completion; minimum follow-up ratios by monthly volume (300 or more 10%, 100–200 20%, under 100 30%), four cases at 100%; a deterministic sampling plan; 100% follow-up of closed complaints (unreachable or inconvenient excepted); QR-003 return-visit lines summarised into the QR-004 monthly table.',
  ),
  sources: [
    cite('STD', '特约服务 服务回访 1–3'),
    cite('STD', '投诉管理 处理与回访 3'),
    cite('STD', '客户沟通 客户访谈 3'),
    cite('ZH', 'WI/FW-017'),
    cite('ZH', 'WI/FW-018'),
    cite('ZH', 'QR-003'),
    cite('ZH', 'QR-004'),
  ],
  parameters: [...CORE_PARAMETERS, ...Object.values(followUpParameters), ...Object.values(followUpCadenceParameters)],
  packs: Object.values(followUpPacks),
  schemas: { record: followUpMonthSchema, specialServiceOrder: specialServiceOrderSchema, closedComplaint: closedComplaintSchema, returnVisit: returnVisitRecordSchema, cadenceLog: followUpCadenceLogSchema },
  // A record with contacts is a cadence log (checkFollowUpCadences); anything else a month's records.
  checkInput: { shapes: ['record', 'cadenceLog'] },
  check: (record, options) =>
    typeof record === 'object' && record !== null && 'contacts' in (record as object) ? checkFollowUpCadences(record as FollowUpCadenceLog, options) : checkFollowUps(record as FollowUpMonth, options),
  rules: [...Object.values(followUpRules), ...Object.values(followUpCadenceRules)] as Rule<never>[],
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
});
