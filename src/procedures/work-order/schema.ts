import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';

/**
 * The urgency of a work order (《写字楼物业客服工作制度范例》 派工单使用程序 3): `'critical'` 特急,
 * `'urgent'` 急, `'routine'` 一般.
 *
 * @example
 * urgencySchema.parse('critical')
 */
export const urgencySchema = z.enum(['critical', 'urgent', 'routine']);
/** A work order's urgency. @example const u: Urgency = 'urgent'; */
export type Urgency = z.infer<typeof urgencySchema>;

/**
 * How an engineering problem was found (派工单使用程序 1): a customer's call or the desk's
 * floor patrol.
 *
 * @example
 * workOrderOriginSchema.parse('floor-patrol')
 */
export const workOrderOriginSchema = z.enum(['customer-call', 'floor-patrol']);

/** The three copies of the completed repair slip (派工单使用程序 6). @example copyHolderSchema.parse('finance') */
export const copyHolderSchema = z.enum(['customer', 'desk', 'finance']);
/** Who holds a copy of the repair slip. @example const c: CopyHolder = 'desk'; */
export type CopyHolder = z.infer<typeof copyHolderSchema>;

/** An amount in yuan (元), not negative. @example yuanSchema.parse(120.5) */
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
