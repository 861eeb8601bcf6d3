import { toCaseContext } from '../../core/case-context';
import { defineCaseProcedure } from '../../core/case-procedure';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { MoveOutEvent } from './events';
import { moveOutEventSchema } from './events';
import { checkMoveOut, expectedSigner, missingForPass, needsMoveAssessment } from './rules';
import type { MoveOutRequest, RequesterKind } from './schema';
import { MOVE_OUT_FIELD_LABELS, MOVE_OUT_LIFECYCLE_FIELDS, moveOutRequestSchema } from './schema';

const zh = (clause = 'WI/FW-020') => cite('ZH', clause);

// A kind given up front is enforced; otherwise the event that identifies the requester sets it.
const may = (record: MoveOutRequest, kind: RequesterKind) => record.requester.kind === undefined || record.requester.kind === kind;
const contractorItems = (record: MoveOutRequest, event: MoveOutEvent) => (event.type === 'ITEMS_LISTED' && event.contractor === true) || record.requester.kind === 'contractor';
const withKind = (record: MoveOutRequest, kind: RequesterKind): MoveOutRequest => ({ ...record, requester: { ...record.requester, kind } });

// An open request may be withdrawn in any step; a final one (issued, refused) may not.
const WITHDRAW = { WITHDRAW: { target: 'withdrawn' } } as const;

/**
 * @internal The move-out pass (《服务中心工作手册》 WI/FW-020) as a case: listingItems →
 * (contractor) verifyingContractor | (several items) assessingMove → (possibly moving)
 * checkingFees → verifyingIdentity → (non-owner) confirmingWithOwner → signing → issued; the
 * owner refusing ends in refused; WITHDRAW ends any open request. The `canIssue` guard
 * re-checks every required check, so no path reaches `issued` having skipped one.
 */
export const moveOutCase = defineCaseProcedure<MoveOutRequest, MoveOutEvent>({
  id: 'move-out',
  version: 2,
  what: text('物品放行申请', 'move-out request'),
  record: moveOutRequestSchema,
  labels: MOVE_OUT_FIELD_LABELS,
  lifecycleFields: MOVE_OUT_LIFECYCLE_FIELDS,
  openedAt: (r) => r.requestedAt,
  events: moveOutEventSchema,
  guards: {
    contractorRequester: {
      source: zh(),
      description: text('申请人未登记为业主或非业主（施工单位物品由装修责任人办理）', "The requester is not recorded as the owner or a non-owner (a contractor's items go through the renovation responsible person)"),
      test: (record) => may(record, 'contractor'),
    },
    contractorItems: {
      source: zh(),
      description: text('施工单位物品：由装修责任人办理', "A contractor's items: handled with the renovation responsible person"),
      requires: ['contractorRequester'],
      test: (record, event) => contractorItems(record, event),
    },
    notContractorItems: {
      source: zh(),
      description: text('不是施工单位物品', "Not a contractor's items"),
      test: (record, event) => !contractorItems(record, event),
    },
    severalItems: {
      source: zh(),
      description: text('多件物品：先判定是否有搬迁可能', 'Several items: first judge whether the customer may be moving out'),
      requires: ['notContractorItems'],
      test: (record, event, { options }) => event.type === 'ITEMS_LISTED' && needsMoveAssessment(record.requester.kind, event.items, options.policy),
    },
    singleItem: {
      source: zh(),
      description: text('单件物品（非施工单位）：直接核实身份', "One item (not a contractor's): straight to the identity check"),
      requires: ['notContractorItems'],
      test: (record, event, { options }) => event.type === 'ITEMS_LISTED' && !needsMoveAssessment(record.requester.kind, event.items, options.policy),
    },
    likelyMoving: {
      source: zh(),
      description: text('有搬迁可能：通知财务核查交费情况', 'Possibly moving out: finance checks the fees'),
      test: (_record, event) => event.type === 'MOVE_ASSESSED' && event.likelyMoving,
    },
    feesSettled: {
      source: zh(),
      description: text('结清费用后，才可办理放行单', 'Only once the fees are settled may the pass be made out'),
      test: (_record, event) => event.type === 'FEES_CHECKED' && event.settled,
    },
    isOwner: {
      source: zh(),
      description: text('业主本人：出示身份证、核查业主资料（申请人记为业主）', 'The owner: ID shown, owner records checked (the requester is recorded as the owner)'),
      test: (record) => may(record, 'owner'),
    },
    isAgent: {
      source: zh(),
      description: text('非业主：出示身份证及业主委托书（申请人记为非业主）', "A non-owner: ID and the owner's authorisation (the requester is recorded as a non-owner)"),
      test: (record) => may(record, 'agent'),
    },
    ownerConsents: {
      source: zh(),
      description: text('打电话向业主核实，业主同意', 'The owner, phoned, agrees'),
      test: (_record, event) => event.type === 'OWNER_PHONED' && event.consented,
    },
    canIssue: {
      source: zh(),
      description: text('所需核查全部完成方可签发放行单', 'Every required check is done before the pass is issued'),
      test: (record, _event, { options }) => missingForPass(record, options.policy).length === 0,
    },
  },
  updates: {
    ITEMS_LISTED: (record, event, { at }) => {
      const listed = { ...record, itemList: { at, items: event.items.map((i) => ({ ...i })) } };
      return contractorItems(record, event) ? withKind(listed, 'contractor') : listed;
    },
    MOVE_ASSESSED: (record, event, { at }) => ({ ...record, moveAssessment: { at, likelyMoving: event.likelyMoving } }),
    FEES_CHECKED: (record, event, { at }) => ({ ...record, feeChecks: [...(record.feeChecks ?? []), { at, settled: event.settled, by: event.by }] }),
    OWNER_VERIFIED: (record, event, { at }) => withKind({ ...record, identityCheck: { at, idDocument: event.idDocument, ownerRecordChecked: true } }, 'owner'),
    AGENT_DOCUMENTS_CHECKED: (record, event, { at }) =>
      withKind({ ...record, identityCheck: { at, idDocument: event.idDocument, ownerRecordChecked: false }, authorisation: { at, reference: event.authorisation } }, 'agent'),
    OWNER_PHONED: (record, event, { at }) => ({
      ...record,
      ownerConfirmation: { at, consented: event.consented, ...(event.phone !== undefined ? { phone: event.phone } : {}) },
      ...(event.consented ? {} : { refusal: { at, reason: 'owner-refused' as const } }),
    }),
    CONTRACTOR_VERIFIED: (record, event, { at }) => ({ ...record, contractorCheck: { at, responsiblePerson: event.responsiblePerson, ...(event.permitNo !== undefined ? { permitNo: event.permitNo } : {}) } }),
    // canIssue guarantees the requester was identified (missingForPass reports 'requester').
    PASS_SIGNED: (record, event, { at }) => ({ ...record, pass: { at, passNo: event.passNo, signedBy: event.signedBy, signerRole: expectedSigner(record.requester.kind!), issuedBy: event.issuedBy } }),
    WITHDRAW: (record, _event, { at }) => ({ ...record, withdrawnAt: at }),
  },
  initial: 'listingItems',
  states: {
    listingItems: {
      title: text('问清搬出物品', 'Listing the items'),
      source: zh(),
      on: {
        ...WITHDRAW,
        ITEMS_LISTED: [
          { guard: 'contractorItems', target: 'verifyingContractor' },
          { guard: 'severalItems', target: 'assessingMove' },
          { guard: 'singleItem', target: 'verifyingIdentity' },
        ],
      },
    },
    assessingMove: {
      title: text('判定是否有搬迁可能', 'Judging a possible move-out'),
      source: zh(),
      requires: (r) => listed(r),
      on: { ...WITHDRAW, MOVE_ASSESSED: [{ guard: 'likelyMoving', target: 'checkingFees' }, { target: 'verifyingIdentity' }] },
    },
    checkingFees: {
      title: text('财务核查交费', 'Finance checking the fees'),
      source: zh(),
      requires: (r) => [...listed(r), ...(r.moveAssessment?.likelyMoving === true ? [] : ['a request judged a likely move-out'])],
      // Unsettled: recorded, the request stays here until finance reports the fees settled.
      on: { ...WITHDRAW, FEES_CHECKED: [{ guard: 'feesSettled', target: 'verifyingIdentity' }, {}] },
    },
    verifyingIdentity: {
      title: text('核实身份', 'Verifying identity'),
      source: zh(),
      requires: (r) => [...listed(r), ...feesSettledIfMoving(r)],
      on: {
        ...WITHDRAW,
        OWNER_VERIFIED: { guard: 'isOwner', target: 'signing' },
        AGENT_DOCUMENTS_CHECKED: { guard: 'isAgent', target: 'confirmingWithOwner' },
      },
    },
    confirmingWithOwner: {
      title: text('电话向业主核实', 'Phoning the owner'),
      source: zh(),
      requires: (r) => [...listed(r), ...feesSettledIfMoving(r), ...agentDocuments(r)],
      on: { ...WITHDRAW, OWNER_PHONED: [{ guard: 'ownerConsents', target: 'signing' }, { target: 'refused' }] },
    },
    verifyingContractor: {
      title: text('核实装修责任人', 'Verifying the renovation responsible person'),
      source: zh(),
      requires: (r) => [...listed(r), ...(r.requester.kind === 'contractor' ? [] : ["a contractor's items"])],
      on: { ...WITHDRAW, CONTRACTOR_VERIFIED: { target: 'signing' } },
    },
    signing: {
      title: text('办理放行单并署名', 'Making out and signing the pass'),
      source: zh('QR-005'),
      requires: (r) => [...listed(r), ...feesSettledIfMoving(r), ...identified(r)],
      on: { ...WITHDRAW, PASS_SIGNED: { guard: 'canIssue', target: 'issued' } },
    },
    issued: {
      title: text('已放行', 'Pass issued'),
      source: zh('QR-005'),
      final: true,
      requires: (r) => [...listed(r), ...feesSettledIfMoving(r), ...identified(r), ...(r.pass ? [] : ['the signed pass'])],
    },
    refused: {
      title: text('拒绝办理', 'Refused'),
      source: zh(),
      final: true,
      requires: (r) => [...listed(r), ...feesSettledIfMoving(r), ...agentDocuments(r), ...(r.ownerConfirmation?.consented === false && r.refusal ? [] : ["the owner's refusal"])],
    },
    withdrawn: {
      title: text('已撤回', 'Withdrawn'),
      source: cite('LIBRARY', 'withdrawal'),
      final: true,
      requires: (r) => (r.withdrawnAt ? [] : ['withdrawnAt']),
    },
  },
  check: (record, options) => checkMoveOut(record, options),
  // Version 1 kept only { record, lastEventAt }.
  migrations: { 1: toCaseContext },
});

// What the later states require of the request — what the guards and updates made true on the
// way in, so a hand-edited snapshot cannot skip a check. Whether several items need the
// assessment is a policy's, which a restore does not know: only a recorded "likely moving" is
// held to the settled fees.
function listed(r: MoveOutRequest): string[] {
  return r.itemList ? [] : ['the item list'];
}
function feesSettledIfMoving(r: MoveOutRequest): string[] {
  return r.moveAssessment?.likelyMoving === true && !(r.feeChecks ?? []).some((c) => c.settled) ? ['the fees settled for a likely move-out'] : [];
}
function agentDocuments(r: MoveOutRequest): string[] {
  return r.requester.kind === 'agent' && r.identityCheck && r.authorisation ? [] : ["a non-owner's ID and the owner's authorisation"];
}
// Whether the requester was identified the way its kind requires (owner, agent + owner's consent, contractor).
function identified(r: MoveOutRequest): string[] {
  const kind = r.requester.kind;
  const ok =
    kind === 'owner'
      ? r.identityCheck !== undefined
      : kind === 'agent'
        ? r.identityCheck !== undefined && r.authorisation !== undefined && r.ownerConfirmation?.consented === true
        : kind === 'contractor' && r.contractorCheck !== undefined;
  return ok ? [] : ['the requester identified for their kind'];
}

/**
 * Builds the move-out pass machine (《服务中心工作手册》 WI/FW-020) for a policy (from how many
 * pieces a request counts as several items).
 *
 * @example
 * const machine = createMoveOutMachine({ policy: composePolicy(moveOutPacks.ZH, { 'moveOut.multipleItemsFrom': 5 }) });
 * const [snapshot] = startMoveOut(request, machine);
 */
export const createMoveOutMachine = moveOutCase.create;

/** The move-out machine type. @example const m: MoveOutMachine = moveOutMachine; */
export type MoveOutMachine = ReturnType<typeof createMoveOutMachine>;

/**
 * The move-out machine under the default policy (2 pieces or more are several items).
 *
 * @example
 * const [snapshot] = startMoveOut(request);
 * const [next] = transition(moveOutMachine, snapshot, { type: 'ITEMS_LISTED', at: '2026-05-06T09:31:00+08:00', items: [{ name: '电视机', quantity: 1 }] });
 */
export const moveOutMachine: MoveOutMachine = moveOutCase.machine;

/**
 * Starts a move-out request (pure): `[snapshot, actions]`, or a typed error for a bad request.
 *
 * @example
 * const [snapshot] = startMoveOut({ id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3栋1201', requester: { name: '王先生', kind: 'owner' } });
 */
export const startMoveOut = moveOutCase.start;

/**
 * Restores a persisted move-out envelope (object or JSON text), migrating older versions; a
 * foreign or corrupt one, or a state its record does not support, is `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreMoveOut(JSON.stringify(persist(before)));
 */
export const restoreMoveOut = moveOutCase.restore;

/**
 * Steps a move-out request: validates the event and returns the next snapshot, or the
 * refusal (the unmet check and its clause, in zh-CN and en) with the snapshot unchanged.
 *
 * @example
 * const r = stepMoveOut(snapshot, { type: 'PASS_SIGNED', at: '2026-05-06T09:40:00+08:00', passNo: 'P-1', signedBy: '王先生', issuedBy: '张丽' });
 * if (!r.accepted) r.refusal.reason['zh-CN'] // '“核实身份”阶段不办理此事项'
 */
export const stepMoveOut = moveOutCase.step;

/**
 * Validates a host's event before sending it: returns it unchanged, or throws
 * `INVALID_INSTANT` / `INVALID_INPUT` with a Chinese and an English text.
 *
 * @example
 * parseMoveOutEvent({ type: 'WITHDRAW', at: '2026-05-06 09:31' }) // throws INVALID_INSTANT
 */
export const parseMoveOutEvent = moveOutCase.parseEvent;
