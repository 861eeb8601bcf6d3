import { assign, setup } from 'xstate';
import * as z from 'zod';
import { zoneParameter } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import { compareInstants, toIsoInstant } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import type { Migration } from '../../core/persistence';
import { restore } from '../../core/persistence';
import { readIntake } from '../../core/read-intake';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import { startMachine } from '../../core/start-machine';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { TakeoverEvent } from './events';
import { contractCopySets } from './policy';
import { takeoverStepGaps } from './rules';
import type { TakeoverRecord } from './schema';
import { TAKEOVER_LIFECYCLE_FIELDS, takeoverRecordSchema } from './schema';
import { takeoverStateProblems } from './state-invariant';

/**
 * The takeover machine's context: the record as it grows and the instant of the last event.
 *
 * @example
 * snapshot.context.record.contract?.copySets // 2
 */
export interface TakeoverContext {
  readonly record: TakeoverRecord;
  readonly lastEventAt: string;
}

/**
 * The zod schema of a takeover context, used to validate restored snapshots.
 *
 * @example
 * takeoverContextSchema.safeParse(snapshot.context).success // true
 */
export const takeoverContextSchema = z.object({ record: takeoverRecordSchema, lastEventAt: instantSchema });

/** Options of the takeover machine. @example const o: TakeoverMachineOptions = { policy: composePolicy(deliveryPacks.OFFICE) }; */
export interface TakeoverMachineOptions {
  readonly policy?: Policy | undefined;
}

/**
 * Each guard of the takeover machine with the clause behind it (every guard also refuses an
 * event earlier than the previous one).
 *
 * @example
 * takeoverGuards.jointInspection.source.clause // '物业接管程序 3'
 */
export const takeoverGuards: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>> = Object.freeze({
  contractWithCopies: { source: cite('OFFICE', '物业接管程序 1'), description: text('合同已签并备齐复印件套数', 'Contract signed with the copy sets') },
  documentsComplete: { source: cite('OFFICE', '物业接管程序 2'), description: text('证明文件已齐全', 'Every document received') },
  documentsIncomplete: { source: cite('OFFICE', '物业接管程序 2'), description: text('证明文件尚未齐全', 'Some document still missing') },
  jointInspection: { source: cite('OFFICE', '物业接管程序 3'), description: text('所列部门共同验收', 'Every listed department inspected together') },
  keysHandedOver: { source: cite('OFFICE', '物业接管程序 4'), description: text('确认书已签且钥匙已交接', 'Confirmation signed and keys handed over') },
  keysNotHandedOver: { source: cite('OFFICE', '物业接管程序 4'), description: text('确认书已签但钥匙未交接', 'Confirmation signed, keys not yet handed over') },
  handbooksComplete: { source: cite('OFFICE', '物业接管程序 5'), description: text('三本手册均已发放', 'Every handbook issued') },
  handbooksIncomplete: { source: cite('OFFICE', '物业接管程序 5'), description: text('手册尚未发齐', 'Some handbook not yet issued') },
});

type EventOf<T extends TakeoverEvent['type']> = Extract<TakeoverEvent, { type: T }>;
function eventOf<T extends TakeoverEvent['type']>(event: TakeoverEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new WuyeError('INVALID_INPUT', text(`意外事件 ${event.type}`, `Unexpected event ${event.type}`), { expected: type, found: event.type });
  return event as EventOf<T>;
}

const step = (zh: string, en: string, clause: string) => ({ description: `${zh} / ${en}`, meta: { title: text(zh, en), source: cite('OFFICE', clause) } });

/**
 * Builds the takeover machine (《写字楼物业客服工作制度范例》 物业接管程序): contracting →
 * collectingDocuments → inspecting → confirming → issuingHandbooks → completed. Each step
 * moves on only when it is complete under the policy; a step never happens before the one
 * it follows.
 *
 * @example
 * let [snapshot] = startTakeover({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00' });
 * [snapshot] = transition(takeoverMachine, snapshot, { type: 'SIGN_CONTRACT', at: '2026-03-02T10:00:00+08:00', copySets: 2 });
 */
export function createTakeoverMachine(options: TakeoverMachineOptions = {}) {
  const { policy } = options;
  if (policy !== undefined) assertPolicy(policy);
  const zone = paramValue(policy, zoneParameter);
  const iso = (at: string) => toIsoInstant(at, zone);
  const ordered = (context: TakeoverContext, event: TakeoverEvent) => instantSchema.safeParse(event.at).success && compareInstants(event.at, context.lastEventAt) >= 0;
  const merge = <K extends string>(existing: Partial<Record<K, string>> | undefined, items: readonly K[], at: string): Partial<Record<K, string>> => {
    const out: Partial<Record<K, string>> = { ...existing };
    for (const k of items) out[k] ??= iso(at);
    return out;
  };
  const withDocuments = (c: TakeoverContext, event: TakeoverEvent): TakeoverRecord => ({ ...c.record, documents: merge(c.record.documents, eventOf(event, 'RECEIVE_DOCUMENTS').documents, event.at) });
  const withHandbooks = (c: TakeoverContext, event: TakeoverEvent): TakeoverRecord => ({ ...c.record, handbooks: merge(c.record.handbooks, eventOf(event, 'ISSUE_HANDBOOKS').handbooks, event.at) });
  const next = (record: TakeoverRecord, at: string): TakeoverContext => ({ record, lastEventAt: iso(at) });
  const keys = (event: TakeoverEvent) => event.type === 'SIGN_CONFIRMATION' && event.keysHandedOver;

  return setup({
    types: {} as { context: TakeoverContext; events: TakeoverEvent; input: TakeoverRecord },
    guards: {
      contractWithCopies: ({ context, event }) => ordered(context, event) && event.type === 'SIGN_CONTRACT' && event.copySets >= paramValue(policy, contractCopySets),
      documentsComplete: ({ context, event }) => ordered(context, event) && takeoverStepGaps(withDocuments(context, event), 'documents', policy).length === 0,
      documentsIncomplete: ({ context, event }) => ordered(context, event) && takeoverStepGaps(withDocuments(context, event), 'documents', policy).length > 0,
      jointInspection: ({ context, event }) => {
        if (!ordered(context, event) || event.type !== 'INSPECT') return false;
        return takeoverStepGaps({ ...context.record, inspection: { at: event.at, departments: event.departments } }, 'inspection', policy).length === 0;
      },
      keysHandedOver: ({ context, event }) => ordered(context, event) && keys(event),
      keysNotHandedOver: ({ context, event }) => ordered(context, event) && !keys(event),
      handbooksComplete: ({ context, event }) => ordered(context, event) && takeoverStepGaps(withHandbooks(context, event), 'handbooks', policy).length === 0,
      handbooksIncomplete: ({ context, event }) => ordered(context, event) && takeoverStepGaps(withHandbooks(context, event), 'handbooks', policy).length > 0,
    },
    actions: {
      recordContract: assign(({ context, event }) => {
        const e = eventOf(event, 'SIGN_CONTRACT');
        return next({ ...context.record, contract: { signedAt: iso(e.at), copySets: e.copySets } }, e.at);
      }),
      recordDocuments: assign(({ context, event }) => next(withDocuments(context, event), event.at)),
      recordInspection: assign(({ context, event }) => {
        const e = eventOf(event, 'INSPECT');
        return next({ ...context.record, inspection: { at: iso(e.at), departments: [...e.departments] } }, e.at);
      }),
      recordConfirmation: assign(({ context, event }) => {
        const e = eventOf(event, 'SIGN_CONFIRMATION');
        return next({ ...context.record, confirmation: { at: iso(e.at), keysHandedOver: e.keysHandedOver } }, e.at);
      }),
      recordHandbooks: assign(({ context, event }) => next(withHandbooks(context, event), event.at)),
      recordCompleted: assign(({ context, event }) => next({ ...withHandbooks(context, event), completedAt: iso(event.at) }, event.at)),
    },
  }).createMachine({
    id: 'takeover',
    version: '1',
    context: ({ input }) => {
      const intake = readIntake(input, { schema: takeoverRecordSchema, what: text('接管记录', 'takeover record'), lifecycleFields: TAKEOVER_LIFECYCLE_FIELDS });
      return { record: intake, lastEventAt: iso(input.openedAt) };
    },
    initial: 'contracting',
    states: {
      contracting: {
        ...step('与售楼方或业主委员会签订合同，准备两套复印件', 'Signing the contract, two copy sets', '物业接管程序 1'),
        on: { SIGN_CONTRACT: { guard: 'contractWithCopies', target: 'collectingDocuments', actions: 'recordContract' } },
      },
      collectingDocuments: {
        ...step('取得施工、竣工合法证明及营业执照复印件', 'Collecting the certificates and licence copy', '物业接管程序 2'),
        on: {
          RECEIVE_DOCUMENTS: [
            { guard: 'documentsComplete', target: 'inspecting', actions: 'recordDocuments' },
            { guard: 'documentsIncomplete', actions: 'recordDocuments' },
          ],
        },
      },
      inspecting: {
        ...step('客服部、安保部、工程部共同验收', 'Joint inspection', '物业接管程序 3'),
        on: { INSPECT: { guard: 'jointInspection', target: 'confirming', actions: 'recordInspection' } },
      },
      confirming: {
        ...step('签订房屋及设施确认书，钥匙交接与委托管理', 'Signing the confirmation, handing over the keys', '物业接管程序 4'),
        on: {
          SIGN_CONFIRMATION: [
            { guard: 'keysHandedOver', target: 'issuingHandbooks', actions: 'recordConfirmation' },
            { guard: 'keysNotHandedOver', actions: 'recordConfirmation' },
          ],
        },
      },
      issuingHandbooks: {
        ...step('发放用户手册、装修手册、应急防护手册', 'Issuing the handbooks', '物业接管程序 5'),
        on: {
          ISSUE_HANDBOOKS: [
            { guard: 'handbooksComplete', target: 'completed', actions: 'recordCompleted' },
            { guard: 'handbooksIncomplete', actions: 'recordHandbooks' },
          ],
        },
      },
      completed: { type: 'final', ...step('接管完成', 'Takeover complete', '物业接管程序 5') },
    },
  });
}

/** The takeover machine type. @example const m: TakeoverMachine = takeoverMachine; */
export type TakeoverMachine = ReturnType<typeof createTakeoverMachine>;

/**
 * The takeover machine under the default policy (the OFFICE steps).
 *
 * @example
 * const [snapshot] = startTakeover(record);
 */
export const takeoverMachine: TakeoverMachine = /* @__PURE__ */ createTakeoverMachine();

/**
 * Migrations of persisted takeover snapshots, keyed by the version they migrate from.
 *
 * @example
 * Object.keys(takeoverMigrations) // []
 */
export const takeoverMigrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Restores a persisted takeover envelope (object or JSON text); a foreign or corrupt one is
 * `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreTakeover(JSON.stringify(persist(before)));
 */
export function restoreTakeover(envelope: unknown, machine: TakeoverMachine = takeoverMachine) {
  return restore(envelope, { machine, contextSchema: takeoverContextSchema, migrations: takeoverMigrations , invariant: takeoverStateProblems });
}

/**
 * Starts a takeover (pure): `[snapshot, actions]`, or a typed error for a bad record.
 *
 * @example
 * const [snapshot] = startTakeover({ id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00' });
 */
export function startTakeover(record: TakeoverRecord, machine: TakeoverMachine = takeoverMachine) {
  return startMachine(machine, record);
}
