import type { CaseContext } from '../../core/case-context';
import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { MoveOutEvent } from './events';
import { moveOutEventSchema } from './events';
import { moveOutCase } from './machine';
import { moveOutPacks, moveOutParameters } from './policy';
import { missingForPass, moveOutRules } from './rules';
import type { MoveOutRequest } from './schema';
import { moveOutRequestSchema } from './schema';

const AT = '2026-05-06T09:30:00+08:00';

/** One sample event per guard outcome (their `at` is restamped along each generated path). */
const SAMPLE_EVENTS: readonly MoveOutEvent[] = Object.freeze([
  { type: 'ITEMS_LISTED', at: AT, items: [{ name: '电视机', quantity: 1 }] },
  { type: 'ITEMS_LISTED', at: AT, items: [{ name: '纸箱', quantity: 8 }] },
  { type: 'ITEMS_LISTED', at: AT, items: [{ name: '余料', quantity: 8 }], contractor: true },
  { type: 'MOVE_ASSESSED', at: AT, likelyMoving: true },
  { type: 'MOVE_ASSESSED', at: AT, likelyMoving: false },
  { type: 'FEES_CHECKED', at: AT, settled: false, by: '财务' },
  { type: 'FEES_CHECKED', at: AT, settled: true, by: '财务' },
  { type: 'OWNER_VERIFIED', at: AT, idDocument: '身份证' },
  { type: 'AGENT_DOCUMENTS_CHECKED', at: AT, idDocument: '身份证', authorisation: '业主委托书' },
  { type: 'OWNER_PHONED', at: AT, consented: true },
  { type: 'OWNER_PHONED', at: AT, consented: false },
  { type: 'CONTRACTOR_VERIFIED', at: AT, responsiblePerson: '装修负责人' },
  { type: 'PASS_SIGNED', at: AT, passNo: 'P-EXAMPLE', signedBy: '签名人', issuedBy: '客服' },
  { type: 'WITHDRAW', at: AT },
] satisfies MoveOutEvent[]);

/**
 * The move-out pass procedure as data, for the docs generator and testing kits.
 *
 * @example
 * moveOutProcedure.case?.machine.id // 'move-out'
 */
export const moveOutProcedure = defineProcedure({
  name: 'move-out',
  title: text('物品搬出放行', 'Move-out pass'),
  summary: text(
    '办理物品搬出放行单：业主本人核实身份后签发；非业主须出示身份证及业主委托书、问清物品、电话向业主核实，业主不同意则拒绝办理；施工单位物品核实装修责任人；多件物品先判定是否有搬迁可能，有则由财务核查并结清费用后才可办理。',
    "Making out a move-out pass: for the owner, after verifying identity; a non-owner shows ID and the owner's authorisation, the items are listed and the owner is phoned — if the owner refuses, no pass; a contractor's items need the renovation responsible person verified; several items are first judged for a possible move-out, and if so finance confirms the fees are settled before the pass.",
  ),
  sources: [cite('ZH', 'WI/FW-020'), cite('ZH', 'QR-005'), cite('ZH', 'WI/FW-008')],
  parameters: [...CORE_PARAMETERS, ...Object.values(moveOutParameters)],
  packs: Object.values(moveOutPacks),
  rules: Object.values(moveOutRules) as Rule<never>[],
  readings: [
    text(
      '步骤图先按“单件物品 / 多件物品 / 施工单位物品”分流，故本库先问清物品（非业主步骤2“问清要搬出物品”即此清单），再按申请人分支核查。',
      'The flowchart first splits by "one item / several items / a contractor\'s items", so the library lists the items first (the non-owner step 2 "ask which items" is that list), then checks by requester.',
    ),
    text(
      '多件物品且有搬迁可能时，财务核查在身份核实之前（“结清费用后，才可办理”）；财务确认未结清的，申请停留在核查交费状态，直至结清或撤回。',
      'For several items that may be a move-out, the finance check comes before the identity checks ("only after the fees are settled"); while finance finds fees unsettled the request stays in checking-fees until settled or withdrawn.',
    ),
    text(
      '核查须在签发之前：checkMoveOut 对签发时刻之后才做的核查视为未做。QR-005 物品搬出放行通知单在手册中只有标题，字段依 WI/FW-020 的步骤拟定。',
      'Checks must precede the pass: checkMoveOut treats a check made after the pass as not made. QR-005 is only a title in the handbook; its fields follow the WI/FW-020 steps.',
    ),
    text(
      '程序没有时限数字：检查按判断时刻（asOf）时的记录进行，签发时间晚于判断时刻的放行单尚未签发，不作判断。',
      'The procedure states no time limits: a record is judged as it stood at asOf, so a pass dated after asOf is not issued yet and is not judged.',
    ),
    text(
      '“撤回”（withdrawn）不在步骤图中：本库加上它，使未办完的申请（如当日无法结清费用）可以结束；已签发或已拒绝的申请不能撤回。',
      '"Withdrawn" is not in the flowchart: the library adds it so that an open request (say, fees that cannot be settled today) can end; an issued or refused one cannot be withdrawn.',
    ),
  ],
  case: moveOutCase,
  schemas: { record: moveOutRequestSchema, event: moveOutEventSchema },
  pathModel: {
    // The requester's kind is left for the desk to find out, so one input reaches every state.
    input: { id: 'MO-EXAMPLE', requestedAt: AT, unit: '3栋1201', requester: { name: '来客' } } satisfies MoveOutRequest,
    events: SAMPLE_EVENTS,
    // What the record still lacks for a pass gates canIssue; the owner's answer and the kind split the rest.
    key: (s) => {
      const record = (s.context as CaseContext<MoveOutRequest>).record;
      return [missingForPass(record), record.ownerConfirmation?.consented ?? null, record.requester.kind ?? null];
    },
  },
});
