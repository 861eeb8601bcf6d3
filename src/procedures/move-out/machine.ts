import { assign, setup } from 'xstate';
import * as z from 'zod';
import { WuyeError } from '../../core/errors';
import { instantSchema } from '../../core/instant-schema';
import { isoToEpochMs } from '../../core/iso';
import type { Migration } from '../../core/persistence';
import { restore } from '../../core/persistence';
import { readIntake } from '../../core/read-intake';
import type { Policy } from '../../core/policy';
import { assertPolicy } from '../../core/policy';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import { startMachine } from '../../core/start-machine';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { MoveOutEvent } from './events';
import { expectedSigner, missingForPass, needsMoveAssessment } from './rules';
import type { MoveOutRequest, RequesterKind } from './schema';
import { MOVE_OUT_LIFECYCLE_FIELDS, moveOutRequestSchema } from './schema';
import { moveOutStateProblems } from './state-invariant';

/**
 * The move-out machine's context: the request record (QR-005 + the WI/FW-020 checks) and
 * the instant of the last event (events must come in time order).
 *
 * @example
 * snapshot.context.record.pass?.passNo // 'P-0142'
 */
export interface MoveOutContext {
  readonly record: MoveOutRequest;
  readonly lastEventAt: string;
}

/**
 * The zod schema of a move-out context, used to validate restored snapshots.
 *
 * @example
 * moveOutContextSchema.safeParse(snapshot.context).success // true
 */
export const moveOutContextSchema = z.object({ record: moveOutRequestSchema, lastEventAt: instantSchema });

/**
 * Each guard of the move-out machine with the clause behind it.
 *
 * @example
 * moveOutGuards.canIssue.source.clause // 'WI/FW-020'
 */
export const moveOutGuards: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>> = Object.freeze({
  inOrder: { source: cite('LIBRARY', 'events in time order'), description: text('事件时间不得早于上一事件', 'An event may not be earlier than the previous one') },
  contractorItems: { source: cite('ZH', 'WI/FW-020'), description: text('施工单位物品：由装修责任人办理', "A contractor's items: handled with the renovation responsible person") },
  singleItem: { source: cite('ZH', 'WI/FW-020'), description: text('单件物品（非施工单位）：直接核实身份', "One item (not a contractor's): straight to the identity check") },
  severalItems: { source: cite('ZH', 'WI/FW-020'), description: text('多件物品：先判定是否有搬迁可能', 'Several items: first judge whether the customer may be moving out') },
  likelyMoving: { source: cite('ZH', 'WI/FW-020'), description: text('有搬迁可能：通知财务核查交费情况', 'Possibly moving out: finance checks the fees') },
  feesSettled: { source: cite('ZH', 'WI/FW-020'), description: text('结清费用后，才可办理放行单', 'Only once the fees are settled may the pass be made out') },
  isOwner: { source: cite('ZH', 'WI/FW-020'), description: text('业主本人：出示身份证、核查业主资料（申请人记为业主）', 'The owner: ID shown, owner records checked (the requester is recorded as the owner)') },
  isAgent: { source: cite('ZH', 'WI/FW-020'), description: text('非业主：出示身份证及业主委托书（申请人记为非业主）', 'A non-owner: ID and the owner\'s authorisation (the requester is recorded as a non-owner)') },
  ownerConsents: { source: cite('ZH', 'WI/FW-020'), description: text('打电话向业主核实，业主同意', 'The owner, phoned, agrees') },
  canIssue: { source: cite('ZH', 'WI/FW-020'), description: text('所需核查全部完成方可签发放行单', 'Every required check is done before the pass is issued') },
});

/** Options of the move-out machine. @example const o: MoveOutOptions = { policy: composePolicy(moveOutPacks.ZH) }; */
export interface MoveOutOptions {
  readonly policy?: Policy;
}

type EventOf<T extends MoveOutEvent['type']> = Extract<MoveOutEvent, { type: T }>;
function eventOf<T extends MoveOutEvent['type']>(event: MoveOutEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new WuyeError('INVALID_INPUT', text(`意外事件 ${event.type}`, `Unexpected event ${event.type}`), { expected: type, found: event.type });
  return event as EventOf<T>;
}

/**
 * Builds the move-out pass machine (《服务中心工作手册》 WI/FW-020). States: listingItems →
 * (contractor) verifyingContractor | (several items) assessingMove → (possibly moving)
 * checkingFees → verifyingIdentity → (non-owner) confirmingWithOwner → signing → issued;
 * the owner refusing ends in refused; WITHDRAW ends any open request. The `canIssue` guard
 * re-checks every required check, so no path reaches `issued` having skipped one.
 *
 * @example
 * const machine = createMoveOutMachine({ policy: composePolicy(moveOutPacks.ZH, { 'moveOut.multipleItemsFrom': 5 }) });
 */
export function createMoveOutMachine(options: MoveOutOptions = {}) {
  const { policy } = options;
  if (policy !== undefined) assertPolicy(policy);
  const ordered = (context: MoveOutContext, event: MoveOutEvent): boolean => {
    const ms = typeof event.at === 'string' ? isoToEpochMs(event.at) : undefined;
    return ms !== undefined && ms >= isoToEpochMs(context.lastEventAt)!;
  };
  const next = (record: MoveOutRequest, at: string): Partial<MoveOutContext> => ({ record, lastEventAt: at });
  const kindOf = (context: MoveOutContext) => context.record.requester.kind;
  // A kind given up front is enforced; otherwise the event that identifies the requester sets it.
  const may = (context: MoveOutContext, kind: RequesterKind) => kindOf(context) === undefined || kindOf(context) === kind;
  const contractorItems = (context: MoveOutContext, event: MoveOutEvent) => (event.type === 'ITEMS_LISTED' && event.contractor === true) || kindOf(context) === 'contractor';
  const withKind = (record: MoveOutRequest, kind: RequesterKind): MoveOutRequest => ({ ...record, requester: { ...record.requester, kind } });

  // An open request may be withdrawn in any step; a final one (issued, refused) may not.
  const withdraw = { guard: 'inOrder', target: 'withdrawn', actions: 'recordWithdrawn' } as const;
  return setup({
    types: {} as { context: MoveOutContext; events: MoveOutEvent; input: MoveOutRequest },
    guards: {
      inOrder: ({ context, event }) => ordered(context, event),
      contractorItems: ({ context, event }) => ordered(context, event) && contractorItems(context, event) && may(context, 'contractor'),
      severalItems: ({ context, event }) => ordered(context, event) && !contractorItems(context, event) && event.type === 'ITEMS_LISTED' && needsMoveAssessment(kindOf(context), event.items, policy),
      singleItem: ({ context, event }) => ordered(context, event) && !contractorItems(context, event),
      likelyMoving: ({ context, event }) => ordered(context, event) && event.type === 'MOVE_ASSESSED' && event.likelyMoving,
      feesSettled: ({ context, event }) => ordered(context, event) && event.type === 'FEES_CHECKED' && event.settled,
      isOwner: ({ context, event }) => ordered(context, event) && may(context, 'owner'),
      isAgent: ({ context, event }) => ordered(context, event) && may(context, 'agent'),
      ownerConsents: ({ context, event }) => ordered(context, event) && event.type === 'OWNER_PHONED' && event.consented,
      canIssue: ({ context, event }) => ordered(context, event) && missingForPass(context.record, policy).length === 0,
    },
    actions: {
      recordItems: assign(({ context, event }) => {
        const e = eventOf(event, 'ITEMS_LISTED');
        const record = { ...context.record, itemList: { at: e.at, items: e.items.map((i) => ({ ...i })) } };
        return next(contractorItems(context, e) ? withKind(record, 'contractor') : record, e.at);
      }),
      recordAssessment: assign(({ context, event }) => {
        const e = eventOf(event, 'MOVE_ASSESSED');
        return next({ ...context.record, moveAssessment: { at: e.at, likelyMoving: e.likelyMoving } }, e.at);
      }),
      recordFeeCheck: assign(({ context, event }) => {
        const e = eventOf(event, 'FEES_CHECKED');
        return next({ ...context.record, feeChecks: [...(context.record.feeChecks ?? []), { at: e.at, settled: e.settled, by: e.by }] }, e.at);
      }),
      recordOwnerIdentity: assign(({ context, event }) => {
        const e = eventOf(event, 'OWNER_VERIFIED');
        return next(withKind({ ...context.record, identityCheck: { at: e.at, idDocument: e.idDocument, ownerRecordChecked: true } }, 'owner'), e.at);
      }),
      recordAgentDocuments: assign(({ context, event }) => {
        const e = eventOf(event, 'AGENT_DOCUMENTS_CHECKED');
        return next(withKind({ ...context.record, identityCheck: { at: e.at, idDocument: e.idDocument, ownerRecordChecked: false }, authorisation: { at: e.at, reference: e.authorisation } }, 'agent'), e.at);
      }),
      recordOwnerPhoned: assign(({ context, event }) => {
        const e = eventOf(event, 'OWNER_PHONED');
        const refused = !e.consented;
        return next(
          {
            ...context.record,
            ownerConfirmation: { at: e.at, consented: e.consented, ...(e.phone !== undefined ? { phone: e.phone } : {}) },
            ...(refused ? { refusal: { at: e.at, reason: 'owner-refused' as const } } : {}),
          },
          e.at,
        );
      }),
      recordContractor: assign(({ context, event }) => {
        const e = eventOf(event, 'CONTRACTOR_VERIFIED');
        return next({ ...context.record, contractorCheck: { at: e.at, responsiblePerson: e.responsiblePerson, ...(e.permitNo !== undefined ? { permitNo: e.permitNo } : {}) } }, e.at);
      }),
      recordPass: assign(({ context, event }) => {
        const e = eventOf(event, 'PASS_SIGNED');
        // canIssue guarantees the requester was identified (missingForPass reports 'requester').
        const pass = { at: e.at, passNo: e.passNo, signedBy: e.signedBy, signerRole: expectedSigner(kindOf(context)!), issuedBy: e.issuedBy };
        return next({ ...context.record, pass }, e.at);
      }),
      recordWithdrawn: assign(({ context, event }) => next({ ...context.record, withdrawnAt: event.at }, event.at)),
    },
  }).createMachine({
    id: 'move-out',
    version: '1',
    context: ({ input }) => {
      const intake = readIntake(input, { schema: moveOutRequestSchema, what: text('物品放行申请', 'move-out request'), lifecycleFields: MOVE_OUT_LIFECYCLE_FIELDS });
      return { record: intake, lastEventAt: input.requestedAt };
    },
    initial: 'listingItems',
    states: {
      listingItems: {
        description: '问清要搬出的物品：单件、多件或施工单位物品 / Listing the items: one, several, or a contractor\'s',
        meta: { title: text('问清搬出物品', 'Listing the items'), source: cite('ZH', 'WI/FW-020') },
        on: {
          WITHDRAW: withdraw,
          ITEMS_LISTED: [
            { guard: 'contractorItems', target: 'verifyingContractor', actions: 'recordItems' },
            { guard: 'severalItems', target: 'assessingMove', actions: 'recordItems' },
            { guard: 'singleItem', target: 'verifyingIdentity', actions: 'recordItems' },
          ],
        },
      },
      assessingMove: {
        description: '多件物品：判定是否有搬迁可能 / Several items: judging whether the customer may be moving out',
        meta: { title: text('判定是否有搬迁可能', 'Judging a possible move-out'), source: cite('ZH', 'WI/FW-020') },
        on: {
          WITHDRAW: withdraw,
          MOVE_ASSESSED: [
            { guard: 'likelyMoving', target: 'checkingFees', actions: 'recordAssessment' },
            { guard: 'inOrder', target: 'verifyingIdentity', actions: 'recordAssessment' },
          ],
        },
      },
      checkingFees: {
        description: '通知管理处财务人员核查交费情况，结清费用后才可办理 / Finance checks the fees; settled before the pass',
        meta: { title: text('财务核查交费', 'Finance checking the fees'), source: cite('ZH', 'WI/FW-020') },
        on: {
          WITHDRAW: withdraw,
          FEES_CHECKED: [
            { guard: 'feesSettled', target: 'verifyingIdentity', actions: 'recordFeeCheck' },
            { guard: 'inOrder', actions: 'recordFeeCheck' },
          ],
        },
      },
      verifyingIdentity: {
        description: '业主：出示身份证、核查业主资料；非业主：身份证及业主委托书 / Verifying identity',
        meta: { title: text('核实身份', 'Verifying identity'), source: cite('ZH', 'WI/FW-020') },
        on: {
          WITHDRAW: withdraw,
          OWNER_VERIFIED: { guard: 'isOwner', target: 'signing', actions: 'recordOwnerIdentity' },
          AGENT_DOCUMENTS_CHECKED: { guard: 'isAgent', target: 'confirmingWithOwner', actions: 'recordAgentDocuments' },
        },
      },
      confirmingWithOwner: {
        description: '查找业主资料，打电话向业主核实 / Phoning the owner to confirm',
        meta: { title: text('电话向业主核实', 'Phoning the owner'), source: cite('ZH', 'WI/FW-020') },
        on: {
          WITHDRAW: withdraw,
          OWNER_PHONED: [
            { guard: 'ownerConsents', target: 'signing', actions: 'recordOwnerPhoned' },
            { guard: 'inOrder', target: 'refused', actions: 'recordOwnerPhoned' },
          ],
        },
      },
      verifyingContractor: {
        description: '施工单位物品：核实装修责任人身份 / Verifying the renovation responsible person',
        meta: { title: text('核实装修责任人', 'Verifying the renovation responsible person'), source: cite('ZH', 'WI/FW-020') },
        on: { WITHDRAW: withdraw, CONTRACTOR_VERIFIED: { guard: 'inOrder', target: 'signing', actions: 'recordContractor' } },
      },
      signing: {
        description: '办理物品搬出放行单并请业主、客人或装修责任人署名 / Making out and signing the pass',
        meta: { title: text('办理放行单并署名', 'Making out and signing the pass'), source: cite('ZH', 'QR-005') },
        on: { WITHDRAW: withdraw, PASS_SIGNED: { guard: 'canIssue', target: 'issued', actions: 'recordPass' } },
      },
      issued: {
        type: 'final',
        description: '放行单已签发 / Pass issued',
        meta: { title: text('已放行', 'Pass issued'), source: cite('ZH', 'QR-005') },
      },
      refused: {
        type: 'final',
        description: '业主不同意，拒绝办理放行单 / The owner refused: no pass',
        meta: { title: text('拒绝办理', 'Refused'), source: cite('ZH', 'WI/FW-020') },
      },
      withdrawn: {
        type: 'final',
        description: '申请人撤回申请 / Withdrawn by the requester',
        meta: { title: text('已撤回', 'Withdrawn'), source: cite('LIBRARY', 'withdrawal') },
      },
    },
  });
}

/** The move-out machine type. @example const m: MoveOutMachine = moveOutMachine; */
export type MoveOutMachine = ReturnType<typeof createMoveOutMachine>;

/**
 * The move-out machine under the default policy.
 *
 * @example
 * const [snapshot] = startMoveOut(request);
 */
export const moveOutMachine: MoveOutMachine = /* @__PURE__ */ createMoveOutMachine();

/**
 * Migrations of persisted move-out snapshots, keyed by the version they migrate from.
 *
 * @example
 * Object.keys(moveOutMigrations) // []
 */
export const moveOutMigrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Restores a persisted move-out envelope (object or JSON text); a foreign or corrupt one is
 * an `INVALID_SNAPSHOT` error.
 *
 * @example
 * const snapshot = restoreMoveOut(JSON.stringify(persist(before)));
 */
export function restoreMoveOut(envelope: unknown, machine: MoveOutMachine = moveOutMachine) {
  return restore(envelope, { machine, contextSchema: moveOutContextSchema, migrations: moveOutMigrations , invariant: moveOutStateProblems });
}

/**
 * Starts a move-out request (pure): `[snapshot, actions]`, or a typed error for a bad request.
 *
 * @example
 * const [snapshot] = startMoveOut({ id: 'MO-1', requestedAt: '2026-05-06T09:30:00+08:00', unit: '3栋1201', requester: { name: '王先生', kind: 'owner' } });
 */
export function startMoveOut(request: MoveOutRequest, machine: MoveOutMachine = moveOutMachine) {
  return startMachine(machine, request);
}
