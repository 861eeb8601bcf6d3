import type { AnyMachineSnapshot, AnyStateMachine, SnapshotFrom } from 'xstate';
import * as z from 'zod';
import { WuyeError } from './errors';
import { text } from './text';

/**
 * A persisted snapshot: the machine's id, its version and the snapshot as plain JSON.
 *
 * @example
 * const envelope: SnapshotEnvelope = { machine: 'complaint', version: 1, snapshot: { status: 'active', value: 'receiving', context: { … } } };
 */
export interface SnapshotEnvelope {
  readonly machine: string;
  readonly version: number;
  readonly snapshot: PersistedSnapshot;
}

/** The JSON part of an envelope. @example const s: PersistedSnapshot = { status: 'active', value: 'receiving', context: {} }; */
export interface PersistedSnapshot {
  readonly status: 'active' | 'done' | 'error' | 'stopped';
  readonly value: unknown;
  readonly context: unknown;
  readonly output?: unknown;
  readonly historyValue?: unknown;
}

/**
 * Turns a snapshot of version `from` into one of version `from + 1`.
 *
 * @example
 * const migrations: Record<number, Migration> = { 1: (s) => ({ ...s, context: { ...(s.context as object), added: [] } }) };
 */
export type Migration = (snapshot: PersistedSnapshot) => PersistedSnapshot;

/**
 * How to restore one machine: the machine, migrations keyed by the version they migrate
 * from, and a schema the restored context must satisfy.
 *
 * @example
 * const options: RestoreOptions<typeof complaintMachine> = { machine: complaintMachine, contextSchema: complaintContextSchema };
 */
export interface RestoreOptions<M extends AnyStateMachine> {
  readonly machine: M;
  readonly migrations?: Readonly<Record<number, Migration>>;
  readonly contextSchema?: z.ZodType;
  /**
   * What the state value requires of the context (e.g. "handling a major complaint needs its
   * 汇报"): the problems found, empty when the snapshot is one the machine could have reached.
   * A hand-edited envelope cannot put a case past the steps its guards demand.
   */
  readonly invariant?: (snapshot: { readonly value: unknown; readonly context: unknown; readonly status: string }) => readonly string[];
}

const envelopeSchema = z.strictObject({
  machine: z.string().min(1),
  version: z.number().int().positive(),
  snapshot: z.looseObject({
    status: z.enum(['active', 'done', 'error', 'stopped']),
    value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    context: z.unknown(),
    output: z.unknown().optional(),
    historyValue: z.unknown().optional(),
  }),
});

/**
 * The version of a machine, from its `version` config (a positive integer string).
 *
 * @example
 * machineVersion(complaintMachine) // 1
 */
export function machineVersion(machine: AnyStateMachine): number {
  const version = Number(machine.version ?? '1');
  if (!Number.isInteger(version) || version < 1) {
    throw new WuyeError('INVALID_INPUT', text(`状态机“${machine.id}”的版本号须为正整数`, `Machine ${machine.id} must have a positive integer version`), { machine: machine.id });
  }
  return version;
}

/**
 * Persists a machine snapshot as a JSON-safe envelope `{ machine, version, snapshot }`.
 * Does not mutate the snapshot.
 *
 * @example
 * const envelope = persist(snapshot);
 * localStorage.setItem(id, JSON.stringify(envelope));
 */
export function persist(snapshot: AnyMachineSnapshot): SnapshotEnvelope {
  const machine = snapshot?.machine as AnyStateMachine | undefined;
  if (!machine || typeof machine.getPersistedSnapshot !== 'function') {
    throw new WuyeError('INVALID_INPUT', text('保存需要一个状态机快照', 'persist needs a state-machine snapshot'), {});
  }
  const persisted = machine.getPersistedSnapshot(snapshot) as unknown as Record<string, unknown>;
  const { status, value, context, output, historyValue } = persisted;
  let plain: PersistedSnapshot;
  try {
    plain = JSON.parse(JSON.stringify({ status, value, context, output, historyValue })) as PersistedSnapshot;
  } catch (error) {
    throw new WuyeError('INVALID_INPUT', text('快照含有无法写成文本的数据（如大整数或循环引用）', 'The snapshot holds data that cannot be written as JSON (a BigInt, a cycle, …)'), { reason: error instanceof Error ? error.message : String(error) });
  }
  return { machine: machine.id, version: machineVersion(machine), snapshot: plain };
}

/**
 * Restores an envelope (object or JSON string) to a snapshot of `options.machine`: checks
 * the envelope, migrates older versions step by step, validates the context and resolves
 * the state. A foreign machine, a version from the future, a missing migration, an unknown
 * state or a corrupt context is an `INVALID_SNAPSHOT` error.
 *
 * @example
 * const snapshot = restore(JSON.parse(stored), { machine: complaintMachine });
 * const [next] = transition(complaintMachine, snapshot, { type: 'CHECK_DEADLINES', at: '2026-05-10T09:00:00+08:00' });
 */
export function restore<M extends AnyStateMachine>(envelope: unknown, options: RestoreOptions<M>): SnapshotFrom<M> {
  const { machine } = options;
  let raw = envelope;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      throw corrupt(machine.id, 'not JSON');
    }
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) throw corrupt(machine.id, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const { machine: id, version } = parsed.data;
  if (id !== machine.id) {
    throw new WuyeError('INVALID_SNAPSHOT', text(`快照属于状态机“${id}”，不是“${machine.id}”`, `The snapshot belongs to machine "${id}", not "${machine.id}"`), { expected: machine.id, found: id });
  }
  const current = machineVersion(machine);
  if (version > current) {
    throw new WuyeError('INVALID_SNAPSHOT', text(`快照版本 ${version} 新于状态机版本 ${current}`, `Snapshot version ${version} is newer than the machine's version ${current}`), { machine: id, version, current });
  }
  let snapshot = structuredClone(parsed.data.snapshot) as PersistedSnapshot;
  for (let v = version; v < current; v++) {
    const migrate = options.migrations?.[v];
    if (!migrate) {
      throw new WuyeError('INVALID_SNAPSHOT', text(`缺少从版本 ${v} 到 ${v + 1} 的迁移`, `No migration from version ${v} to ${v + 1}`), { machine: id, from: v });
    }
    snapshot = migrate(snapshot);
  }
  if (options.contextSchema) {
    const ctx = options.contextSchema.safeParse(snapshot.context);
    if (!ctx.success) throw corrupt(id, `context: ${ctx.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const problems = options.invariant?.({ value: snapshot.value, context: snapshot.context, status: snapshot.status }) ?? [];
  if (problems.length > 0) throw corrupt(id, `state ${JSON.stringify(snapshot.value)} does not fit its context: ${problems.join('; ')}`);
  try {
    return machine.resolveState({
      value: snapshot.value as never,
      context: snapshot.context as never,
      status: snapshot.status,
      output: snapshot.output as never,
      historyValue: reviveHistoryValue(machine, snapshot.historyValue) as never,
    }) as SnapshotFrom<M>;
  } catch (error) {
    throw corrupt(id, error instanceof Error ? error.message : String(error));
  }
}

function corrupt(machine: string, reason: string): WuyeError {
  return new WuyeError('INVALID_SNAPSHOT', text(`快照信封无效或已损坏`, `Invalid snapshot envelope: ${reason}`), { machine, reason });
}

// xstate persists history as { [historyStateId]: [{ id: stateNodeId }, …] }; resolveState
// needs the state nodes back. An unknown id throws, which restore reports as INVALID_SNAPSHOT.
function reviveHistoryValue(machine: AnyStateMachine, history: unknown): Record<string, unknown[]> {
  if (typeof history !== 'object' || history === null) return {};
  const revived: Record<string, unknown[]> = {};
  for (const [key, nodes] of Object.entries(history as Record<string, unknown>)) {
    if (!Array.isArray(nodes)) throw new Error(`historyValue.${key} is not a list`);
    revived[key] = nodes.map((node: { id?: unknown } | null) => machine.getStateNodeById(String(node?.id)));
  }
  return revived;
}
