import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * @internal The urgency of a work order (《写字楼物业客服工作制度范例》 派工单使用程序 3): `'critical'` 特急,
 * `'urgent'` 急, `'routine'` 一般.
 *
 * @example
 * urgencySchema.parse('critical')
 */
export const urgencySchema = z.enum(['critical', 'urgent', 'routine']);
/** A work order's urgency. @example const u: Urgency = 'urgent'; */
export type Urgency = z.infer<typeof urgencySchema>;

/**
 * @internal How an engineering problem was found (派工单使用程序 1): a customer's call or the desk's
 * floor patrol.
 *
 * @example
 * workOrderOriginSchema.parse('floor-patrol')
 */
export const workOrderOriginSchema = z.enum(['customer-call', 'floor-patrol']);

/** @internal The three copies of the completed repair slip (派工单使用程序 6). @example copyHolderSchema.parse('finance') */
export const copyHolderSchema = z.enum(['customer', 'desk', 'finance']);
/** Who holds a copy of the repair slip. @example const c: CopyHolder = 'desk'; */
export type CopyHolder = z.infer<typeof copyHolderSchema>;

/** @internal An amount in yuan (元), not negative. @example yuanSchema.parse(120.5) */
export const yuanSchema = z.number().finite().nonnegative();

const parkingSchema = z.object({
  /** When engineering parked the order (死单/搁置工单). */
  at: instantSchema,
  /** The reason engineering gave. */
  reason: z.string().min(1),
  /** When the desk explained it to the customer. */
  explainedAt: instantSchema.optional(),
  /** The daily reports of the reason to the company. */
  reports: z.array(instantSchema),
  resumedAt: instantSchema.optional(),
});

/** One parking of an order. @example const p: Parking = { at: '2026-05-06T11:00:00+08:00', reason: '待购配件', reports: [] }; */
export type Parking = z.infer<typeof parkingSchema>;

/**
 * A repair work order: the columns of 《服务中心工作手册》 QR-001 业主/住户报修记录表 (序号, 报修时间,
 * 报修地点, 业主姓名, 联络电话, 维修项目, 预约维修时间, 接待人, 维修结果, 回访人, 回访结果, 备注) and the
 * steps of 《写字楼物业客服工作制度范例》 派工单使用程序. Extra host fields are allowed and left
 * untouched.
 *
 * @example
 * workOrderSchema.parse({
 *   id: 'WO-1', reportedAt: '2026-05-06T09:50:00+08:00', location: '12F 1203', ownerName: '陈女士',
 *   item: '卫生间漏水', receiver: '李敏', origin: 'customer-call', urgency: 'urgent', paid: true,
 * })
 */
export const workOrderSchema = z.looseObject({
  id: z.string().min(1),
  /** 序号 */
  serialNo: z.string().optional(),
  /** 报修时间 */
  reportedAt: instantSchema,
  /** 报修地点 */
  location: z.string().min(1),
  /** 业主姓名 */
  ownerName: z.string().min(1),
  /** 联络电话 */
  phone: z.string().optional(),
  /** 维修项目 */
  item: z.string().min(1),
  /** 预约维修时间 */
  appointmentAt: instantSchema.optional(),
  /** 接待人 */
  receiver: z.string().min(1),
  origin: workOrderOriginSchema,
  urgency: urgencySchema,
  /** 收费性维修 (派工单使用程序 4) */
  paid: z.boolean(),
  dispatchedAt: instantSchema.optional(),
  arrivedAt: instantSchema.optional(),
  /** Charge and tariff explained before the repair (派工单使用程序 4). */
  charge: z.object({ explainedAt: instantSchema, amount: yuanSchema, tariff: z.string().min(1) }).optional(),
  consentAt: instantSchema.optional(),
  /** 如有异议，立即通知客户服务部人员到场 */
  dispute: z.object({ at: instantSchema, deskOnSiteAt: instantSchema.optional() }).optional(),
  declinedAt: instantSchema.optional(),
  repairStartedAt: instantSchema.optional(),
  repairedAt: instantSchema.optional(),
  /** 维修结果 */
  result: z.string().min(1).optional(),
  /** The repair fee charged, in yuan (totalled for finance on the 25th). */
  fee: yuanSchema.optional(),
  /** 客户确认并签字认可 */
  signedAt: instantSchema.optional(),
  signedBy: z.string().min(1).optional(),
  /** When each copy was returned (派工单使用程序 6). */
  copies: z.object({ customer: instantSchema.optional(), desk: instantSchema.optional(), finance: instantSchema.optional() }).optional(),
  callbackAt: instantSchema.optional(),
  /** 回访人 */
  callbackBy: z.string().min(1).optional(),
  /** 回访结果 */
  callbackResult: z.string().min(1).optional(),
  /** 向工程部反馈客户意见 (派工单使用程序 7) */
  feedbackAt: instantSchema.optional(),
  parkings: z.array(parkingSchema).optional(),
  abandonedAt: instantSchema.optional(),
  closedAt: instantSchema.optional(),
  /** 备注 */
  remarks: z.string().optional(),
});

/** A work order (see {@link workOrderSchema}). @example const o: WorkOrder = { id: 'WO-1', reportedAt: '2026-05-06T09:50:00+08:00', location: '12F', ownerName: '陈女士', item: '漏水', receiver: '李敏', origin: 'customer-call', urgency: 'urgent', paid: false }; */
export type WorkOrder = z.infer<typeof workOrderSchema>;

/** @internal The fields a new order may not carry yet (they are the machine's to fill). */
export const WORK_ORDER_LIFECYCLE_FIELDS = ['dispatchedAt', 'arrivedAt', 'charge', 'consentAt', 'dispute', 'declinedAt', 'repairStartedAt', 'repairedAt', 'signedAt', 'copies', 'callbackAt', 'feedbackAt', 'parkings', 'abandonedAt', 'closedAt'] as const;

/** @internal Labels of the order's and the events' fields, for Chinese error texts and `data.missing`. */
export const WORK_ORDER_FIELD_LABELS: FieldLabels = {
  serialNo: text('序号', 'serial number'),
  reportedAt: text('报修时间', 'reported at'),
  location: text('报修地点', 'location'),
  ownerName: text('业主姓名', "owner's name"),
  phone: text('联络电话', 'phone'),
  item: text('维修项目', 'repair item'),
  appointmentAt: text('预约维修时间', 'appointment'),
  receiver: text('接待人', 'receiver'),
  origin: text('报修来源', 'origin'),
  urgency: text('紧急程度', 'urgency'),
  paid: text('收费性维修', 'paid repair'),
  dispatchedAt: text('派工时间', 'dispatched at'),
  arrivedAt: text('到场时间', 'arrived at'),
  charge: text('收费说明', 'charge explained'),
  explainedAt: text('说明时间', 'explained at'),
  amount: text('金额', 'amount'),
  tariff: text('收费标准', 'tariff'),
  consentAt: text('客户同意时间', 'consent'),
  dispute: text('客户异议', 'dispute'),
  deskOnSiteAt: text('客服部人员到场时间', 'desk staff on site'),
  declinedAt: text('客户拒绝时间', 'declined at'),
  repairStartedAt: text('开始维修时间', 'repair started'),
  repairedAt: text('维修完成时间', 'repaired at'),
  result: text('维修结果', 'result'),
  fee: text('维修费用', 'fee'),
  signedAt: text('客户签字', "customer's signature"),
  signedBy: text('签字人', 'signed by'),
  copies: text('维修单各联', 'copies'),
  customer: text('客户联', "customer's copy"),
  desk: text('客服部联', "desk's copy"),
  finance: text('财务部联', "finance's copy"),
  callbackAt: text('客服部回访', 'call-back'),
  callbackBy: text('回访人', 'called back by'),
  callbackResult: text('回访结果', 'call-back result'),
  feedbackAt: text('反馈工程部时间', 'feedback to engineering'),
  parkings: text('搁置记录', 'parkings'),
  reports: text('搁置原因上报', 'reports'),
  resumedAt: text('恢复维修时间', 'resumed at'),
  abandonedAt: text('作废时间', 'abandoned at'),
  closedAt: text('结单时间', 'closed at'),
  remarks: text('备注', 'remarks'),
  by: text('经办人', 'by'),
  to: text('返单对象', 'to'),
  month: text('月份', 'month'),
  submittedAt: text('报送时间', 'submitted at'),
};
