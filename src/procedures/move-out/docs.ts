import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'moveOut.multipleItemsFrom': text(
    '步骤图只分“单件物品放行”与“多件物品放行”：单件即1件，故默认2件起（含2件）为多件，须先判定是否有搬迁可能；件数为各行数量之和。管理处可调高此数。施工单位物品另走装修责任人分支，不作搬迁判定。',
    'The flowchart only separates "a single item" from "several items": one piece is single, so by default 2 pieces or more (2 included) are several and need the moving-out assessment first; pieces are the sum of the quantities. A management office may raise the number. A contractor\'s items follow the renovation-responsible-person branch and are not assessed.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * moveOutDocs.summary['zh-CN'].length > 0 // true
 */
export const moveOutDocs: ProcedureDocs = {
  name: 'move-out',
  summary: text(
    '办理物品搬出放行单：业主本人核实身份后签发；非业主须出示身份证及业主委托书、问清物品、电话向业主核实，业主不同意则拒绝办理；施工单位物品核实装修责任人；多件物品先判定是否有搬迁可能，有则由财务核查并结清费用后才可办理。',
    "Making out a move-out pass: for the owner, after verifying identity; a non-owner shows ID and the owner's authorisation, the items are listed and the owner is phoned — if the owner refuses, no pass; a contractor's items need the renovation responsible person verified; several items are first judged for a possible move-out, and if so finance confirms the fees are settled before the pass.",
  ),
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
  parameters: P,
  rules: {
    'move-out.items-not-listed': text('“问清要搬出物品”与“填写物品搬出放行单”：放行前须有物品清单（至少一项）。', '"Ask which items are carried out" and "fill in the pass": a list of at least one item precedes the pass.'),
    'move-out.wrong-signer': text('业主本人办理由业主署名；非业主办理请客人署名；施工单位物品由装修责任人署名。', 'An owner signs their own pass; a non-owner signs as requester; a contractor\'s pass is signed by the renovation responsible person.'),
  },
};
