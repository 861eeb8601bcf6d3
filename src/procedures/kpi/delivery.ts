import type { Deadline } from '../../core/deadline';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import { WuyeError } from '../../core/errors';
import { isIsoDate } from '../../core/iso-date';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { DeliveryMilestone } from './policy';
import { deliveryMilestones } from './policy';
import { endOfDayDeadline, shownZh, zoneOf } from './local-day';
import { addDays, addMonths } from './period';

const TITLES: Readonly<Record<DeliveryMilestone, LocalizedText>> = {
  serviceCentre: text('成立物业服务中心', 'Service centre set up'),
  managersInPlace: text('管理人员及专业技术人员到位', 'Managers and technicians in place'),
  securityCleanersInPlace: text('安全员、保洁员等到位', 'Security staff and cleaners in place'),
  deliveryPlan: text('制定交付工作计划', 'Delivery plan drawn up'),
  deliveryMaterials: text('完成交付资料及物资准备', 'Delivery materials and supplies ready'),
  postDeliveryEvaluation: text('公司对项目综合服务能力及体系运作的评估', "Company evaluation of the project's service capability"),
  deliveredCustomerInterviews: text('对所有已办理交付手续的客户访谈一次', 'Every delivered customer interviewed once'),
};

/**
 * A delivery milestone, a {@link Deadline} with what it is: `by` is the latest day
 * (included), `dueAt` 00:00 after it in the policy zone (exclusive); milestones after
 * delivery also carry `from` (the delivery date).
 *
 * @example
 * const m: DeliveryDue = { milestone: 'deliveryPlan', title: text('制定交付工作计划', 'Delivery plan drawn up'), side: 'before', by: '2026-07-01', dueAt: '2026-07-02T00:00:00+08:00', inclusive: false };
 */
export interface DeliveryDue extends Deadline {
  readonly milestone: DeliveryMilestone;
  readonly title: LocalizedText;
  readonly side: 'before' | 'after';
  readonly from?: string;
  /** The latest day (included). */
  readonly by: string;
}

/**
 * The dates of STD 房屋交付 around a delivery date (`'YYYY-MM-DD'`): what must be ready how
 * long before (service centre and managers 3 months, security and cleaners 1 month, plan 2
 * months, materials 2 weeks) and done how soon after (evaluation within 3 months, every
 * delivered customer interviewed within 6 months). Each is due at 00:00 after its last day in
 * the policy zone. A bad date is `INVALID_INPUT`.
 *
 * @example
 * deliveryDueDates('2026-09-01').find((d) => d.milestone === 'deliveryMaterials')
 * // { milestone: 'deliveryMaterials', side: 'before', by: '2026-08-18', dueAt: '2026-08-19T00:00:00+08:00', inclusive: false, … }
 */
export function deliveryDueDates(deliveryDate: string, policy?: Policy): DeliveryDue[] {
  if (!isIsoDate(deliveryDate)) {
    const input: unknown = deliveryDate;
    const shown = typeof input === 'string' ? input.slice(0, 64) : typeof input;
    throw new WuyeError('INVALID_INPUT', text(`交付日期应为“年-月-日”，如 2026-09-01，收到的是${shownZh(input)}`, `The delivery date must be 'YYYY-MM-DD': ${shown}`), { field: 'deliveryDate', input: shown });
  }
  const offsets = paramValue(policy, deliveryMilestones);
  const zone = zoneOf(policy);
  return (Object.keys(TITLES) as DeliveryMilestone[]).map((milestone) => {
    const o = offsets[milestone];
    const sign = o.side === 'before' ? -1 : 1;
    const by = o.unit === 'week' ? addDays(deliveryDate, sign * 7 * o.value) : addMonths(deliveryDate, sign * o.value);
    const deadline = endOfDayDeadline(by, zone);
    return o.side === 'before' ? { milestone, title: TITLES[milestone], side: o.side, by, ...deadline } : { milestone, title: TITLES[milestone], side: o.side, from: deliveryDate, by, ...deadline };
  });
}
