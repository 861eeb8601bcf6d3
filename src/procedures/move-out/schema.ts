import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * Who asks for the pass (《服务中心工作手册》 WI/FW-020): the owner 业主, someone else on the
 * owner's behalf 非业主 (a tenant, relative, mover…), or a renovation contractor 施工单位.
 *
 * @example
 * requesterKindSchema.parse('agent')
 */
export const requesterKindSchema = z.enum(['owner', 'agent', 'contractor']);
/** @example const k: RequesterKind = 'owner'; */
export type RequesterKind = z.infer<typeof requesterKindSchema>;

/**
 * One line of the items to be carried out (WI/FW-020 非业主 2 “问清要搬出物品”).
 *
 * @example
 * moveOutItemSchema.parse({ name: '旧沙发', quantity: 1 })
 */
export const moveOutItemSchema = z.looseObject({
  name: z.string().min(1),
  quantity: z.number().int().positive(),
});
/** @example const i: MoveOutItem = { name: '纸箱', quantity: 6 }; */
export type MoveOutItem = z.infer<typeof moveOutItemSchema>;

/**
 * Who signs the pass: the owner (业主署名), the non-owner requester (请客人署名) or the
 * renovation responsible person (装修责任人署名).
 *
 * @example
 * signerRoleSchema.parse('renovation-responsible')
 */
export const signerRoleSchema = z.enum(['owner', 'requester', 'renovation-responsible']);
/** @example const r: SignerRole = 'requester'; */
export type SignerRole = z.infer<typeof signerRoleSchema>;

/**
 * Why a pass was not issued: the owner refused on the phone (WI/FW-020 非业主 4), or the
 * host's own reason.
 *
 * @example
 * refusalReasonSchema.parse('owner-refused')
 */
export const refusalReasonSchema = z.enum(['owner-refused', 'other']);

/**
 * A move-out pass request and its record — 《服务中心工作手册》 QR-005 物品搬出放行通知单 (the
 * handbook gives the title only; the fields follow the steps of WI/FW-020). The checks the
 * desk makes are fields with the instant they were made. Extra host fields are kept.
 *
 * @example
 * moveOutRequestSchema.parse({ id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3栋1201', requester: { name: '王先生' } })
 */
export const moveOutRequestSchema = z.looseObject({
  id: z.string().min(1),
  requestedAt: instantSchema,
  /** 房号 of the unit the items leave. */
  unit: z.string().min(1),
  /**
   * Who asks. `kind` may be left out of a new request: the desk learns it from the items
   * (施工单位物品) and the documents shown (the owner's own ID, or an ID with 业主委托书), and the
   * machine records it. A kind given up front is enforced.
   */
  requester: z.looseObject({ name: z.string().min(1), kind: requesterKindSchema.optional(), phone: z.string().optional() }),
  /** 问清要搬出物品 / 填写物品搬出放行单: the items and when they were listed. */
  itemList: z.object({ at: instantSchema, items: z.array(moveOutItemSchema) }).optional(),
  /** 出示身份证 (+ 核查业主资料 for the owner). */
  identityCheck: z.object({ at: instantSchema, idDocument: z.string().min(1), ownerRecordChecked: z.boolean() }).optional(),
  /** 业主委托书 shown by a non-owner. */
  authorisation: z.object({ at: instantSchema, reference: z.string().min(1) }).optional(),
  /** 打电话向业主核实: whether the owner agreed. */
  ownerConfirmation: z.object({ at: instantSchema, consented: z.boolean(), phone: z.string().optional() }).optional(),
  /** 核实装修责任人身份 (contractor's items). */
  contractorCheck: z.object({ at: instantSchema, responsiblePerson: z.string().min(1), permitNo: z.string().optional() }).optional(),
  /** 判定是否有搬迁可能 (several items). */
  moveAssessment: z.object({ at: instantSchema, likelyMoving: z.boolean() }).optional(),
  /** 通知管理处财务人员，核查交费情况: each check and whether the fees were settled. */
  feeChecks: z.array(z.object({ at: instantSchema, settled: z.boolean(), by: z.string().min(1) })).optional(),
  /** The pass itself: number, signer and issuing clerk. */
  pass: z.object({ at: instantSchema, passNo: z.string().min(1), signedBy: z.string().min(1), signerRole: signerRoleSchema, issuedBy: z.string().min(1) }).optional(),
  refusal: z.object({ at: instantSchema, reason: refusalReasonSchema, note: z.string().optional() }).optional(),
  withdrawnAt: instantSchema.optional(),
});

/** A move-out pass request (see {@link moveOutRequestSchema}). @example const r: MoveOutRequest = { id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3栋1201', requester: { name: '王先生', kind: 'owner' } }; */
export type MoveOutRequest = z.infer<typeof moveOutRequestSchema>;

/** @internal The fields the desk fills in while handling a request; a new request may not carry them. */
export const MOVE_OUT_LIFECYCLE_FIELDS = ['itemList', 'identityCheck', 'authorisation', 'ownerConfirmation', 'contractorCheck', 'moveAssessment', 'feeChecks', 'pass', 'refusal', 'withdrawnAt'] as const;

/** @internal Labels of the request's and the events' fields, for Chinese error texts and `data.missing`. */
export const MOVE_OUT_FIELD_LABELS: FieldLabels = {
  requestedAt: text('申请时间', 'requested at'),
  requester: text('申请人', 'requester'),
  name: text('名称', 'name'),
  quantity: text('数量', 'quantity'),
  itemList: text('搬出物品清单', 'item list'),
  contractor: text('施工单位物品', "a contractor's items"),
  identityCheck: text('身份核实', 'identity check'),
  idDocument: text('身份证件', 'ID document'),
  ownerRecordChecked: text('已核查业主资料', 'owner records checked'),
  authorisation: text('业主委托书', "owner's authorisation"),
  reference: text('委托书编号', 'authorisation reference'),
  ownerConfirmation: text('电话向业主核实', 'owner phoned'),
  consented: text('业主是否同意', 'owner consented'),
  contractorCheck: text('装修责任人核实', 'renovation responsible person verified'),
  responsiblePerson: text('装修责任人', 'renovation responsible person'),
  permitNo: text('装修许可证号', 'renovation permit number'),
  moveAssessment: text('搬迁可能判定', 'move-out assessment'),
  likelyMoving: text('是否有搬迁可能', 'likely moving out'),
  feeChecks: text('财务核查交费记录', 'fee checks'),
  settled: text('费用是否结清', 'fees settled'),
  pass: text('物品搬出放行单', 'move-out pass'),
  passNo: text('放行单号', 'pass number'),
  signedBy: text('署名人', 'signed by'),
  signerRole: text('署名人身份', 'signer role'),
  issuedBy: text('签发人', 'issued by'),
  refusal: text('拒绝办理', 'refusal'),
  withdrawnAt: text('撤回时间', 'withdrawn at'),
};
