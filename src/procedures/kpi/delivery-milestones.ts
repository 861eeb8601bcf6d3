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
});
