import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * The copies 《写字楼物业客服工作制度范例》 办理车位程序 2 asks for: 驾驶证 (driving licence),
 * 行驶证 (vehicle licence) and 车辆保险单 (insurance policy).
 *
 * @example
 * parkingCopySchema.parse('insurance')
 */
export const parkingCopySchema = z.enum(['drivingLicence', 'vehicleLicence', 'insurance']);
/** One of the copies of 办理车位程序 2. @example const c: ParkingCopy = 'vehicleLicence'; */
export type ParkingCopy = z.infer<typeof parkingCopySchema>;

/**
 * A parking-space application (车位申请表, 办理车位程序 1) and what happened to it: the copies
 * received (each with the instant), the fee paid at finance with its receipt, the space
 * offered and confirmed, the permit (停车证) issued, or the application withdrawn. Extra host
 * fields are allowed and left untouched.
 *
 * @example
 * parkingApplicationSchema.parse({
 *   id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士', company: '华信科技' },
 *   vehicle: { plate: '粤B12345' }, leaseContractNo: 'L-2026-018',
 * })
 */
export const parkingApplicationSchema = z.looseObject({
  id: z.string().min(1),
  /** When the 车位申请表 was filled in (step 1). */
  appliedAt: instantSchema,
  applicant: z.looseObject({ name: z.string().min(1), company: z.string().optional(), unit: z.string().optional(), phone: z.string().optional() }),
  vehicle: z.looseObject({ plate: z.string().min(1) }),
  /** The lease (租赁合同) whose terms the application relies on (step 1). */
  leaseContractNo: z.string().min(1).optional(),
  /** The customer's need (e.g. near the lift), which the offered space answers (step 4). */
  requestedSpace: z.string().optional(),
  /** Step 2: when each copy was received. */
  copies: z.partialRecord(parkingCopySchema, instantSchema).optional(),
  /** Step 3: the parking fee paid at the finance department. */
  feePaid: z.object({ at: instantSchema, receiptNo: z.string().min(1) }).optional(),
  /** Step 4: the space offered and, once the customer agrees, confirmed. */
  space: z.object({ offeredAt: instantSchema, spaceNo: z.string().min(1), confirmedAt: instantSchema.optional() }).optional(),
  /** Step 5: the parking permit (停车证). */
  permit: z.object({ at: instantSchema, permitNo: z.string().min(1) }).optional(),
  withdrawn: z.object({ at: instantSchema, reason: z.string().min(1) }).optional(),
});
/** A parking-space application record. @example const a: ParkingApplication = { id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' } }; */
export type ParkingApplication = z.infer<typeof parkingApplicationSchema>;

/** @internal The fields a new application may not carry yet (they are the machine's to fill). */
export const PARKING_LIFECYCLE_FIELDS = ['copies', 'feePaid', 'space', 'permit', 'withdrawn'] as const;

/** @internal Labels of the application's fields, for Chinese error texts and `data.missing`. */
export const PARKING_FIELD_LABELS: FieldLabels = {
  applicant: text('申请人', 'applicant'),
  vehicle: text('车辆', 'vehicle'),
  plate: text('车牌号', 'plate'),
  company: text('公司', 'company'),
  leaseContractNo: text('租赁合同编号', 'lease contract number'),
  requestedSpace: text('车位需求', 'requested space'),
  copies: text('复印件', 'copies'),
  feePaid: text('车位费缴费记录', 'fee paid at finance'),
  receiptNo: text('收据号', 'receipt number'),
  space: text('车位', 'space'),
  spaceNo: text('车位号', 'space number'),
  offeredAt: text('提供车位时间', 'offered at'),
  confirmedAt: text('客户确认车位', 'confirmed by the customer'),
  permit: text('停车证', 'permit'),
  permitNo: text('停车证号', 'permit number'),
  withdrawn: text('撤回', 'withdrawal'),
};
