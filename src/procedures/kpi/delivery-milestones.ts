// The delivery lead times (STD 房屋交付), in a module of their own: kpi's delivery dates, the
// delivery procedure's readiness and follow-up's yearly interview of delivered customers all
// read this one parameter, and follow-up must not bundle the rest of kpi's policy to get it.
import * as z from 'zod/mini';
import { defineParameter } from '../../core/parameter';
import { cite } from '../../core/source';
import { text } from '../../core/text';

/** A delivery milestone's offset from the delivery date. @example const o: DeliveryOffset = { value: 3, unit: 'month', side: 'before' }; */
export interface DeliveryOffset {
  readonly value: number;
  readonly unit: 'month' | 'week';
  readonly side: 'before' | 'after';
}

/** The delivery milestones of STD 房屋交付. @example const id: DeliveryMilestone = 'serviceCentre'; */
export type DeliveryMilestone = 'serviceCentre' | 'managersInPlace' | 'securityCleanersInPlace' | 'deliveryPlan' | 'deliveryMaterials' | 'postDeliveryEvaluation' | 'deliveredCustomerInterviews';

const offsetSchema = z.strictObject({ value: z.int().check(z.positive()), unit: z.enum(['month', 'week']), side: z.enum(['before', 'after']) });

/**
 * @internal STD 房屋交付 lead times: the service centre set up ≥ 3 months before delivery, managers and
 * technicians in place 3 months before, security and cleaners 1 month before, the delivery
 * plan ≥ 2 months before, the materials 2 weeks before (the unnumbered line after 交付前 item 9);
 * after delivery, the evaluation within 3 months and every delivered customer interviewed
 * within 6 months (STD 客户访谈 3).
 *
 * @example
 * paramValue(undefined, deliveryMilestones).deliveryPlan // { value: 2, unit: 'month', side: 'before' }
 */
export const deliveryMilestones = defineParameter<Readonly<Record<DeliveryMilestone, DeliveryOffset>>>({
  id: 'kpi.deliveryMilestones',
  title: text('房屋交付前后的时间节点', 'Lead times around a delivery'),
  unit: 'offsets',
  schema: z.strictObject({
    serviceCentre: offsetSchema,
    managersInPlace: offsetSchema,
    securityCleanersInPlace: offsetSchema,
    deliveryPlan: offsetSchema,
    deliveryMaterials: offsetSchema,
    postDeliveryEvaluation: offsetSchema,
    deliveredCustomerInterviews: offsetSchema,
  }),
  default: {
    serviceCentre: { value: 3, unit: 'month', side: 'before' },
    managersInPlace: { value: 3, unit: 'month', side: 'before' },
    securityCleanersInPlace: { value: 1, unit: 'month', side: 'before' },
    deliveryPlan: { value: 2, unit: 'month', side: 'before' },
    deliveryMaterials: { value: 2, unit: 'week', side: 'before' },
    postDeliveryEvaluation: { value: 3, unit: 'month', side: 'after' },
    deliveredCustomerInterviews: { value: 6, unit: 'month', side: 'after' },
  },
  defaultFrom: 'STD',
  source: cite('STD', '房屋交付 交付前 2、7 及 9 之后未编号一行，交付后 2；客户沟通 客户访谈 3'),
  reading: text(
    '“提前N个月”为最迟日期：交付日往前推N个月的同一日（该月无此日取月末），当日完成仍算按时；“交付后N个月内”至交付日往后推N个月的同一日（含）。“半年”读作6个月。交付资料提前两周准备出自交付前第9项之后未编号的一行（第9项本身是地产相关投诉的反馈渠道，不设时限）。',
    '"N months ahead" gives a latest date: the same day N months before delivery (the month\'s last day where that day does not exist), that day itself on time; "within N months after delivery" runs to the same day N months later, included. "Half a year" is read as 6 months. The materials two weeks ahead come from the unnumbered line after item 9 of 交付前 (item 9 itself is about the channels for developer-related complaints and sets no time).',
  ),
});
