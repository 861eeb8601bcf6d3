import type { AnyMachineSnapshot, EventObject, MachineSnapshot, MetaObject, ParameterizedObject, StateMachine, StateSchema } from 'xstate';
import { assign, setup, transition } from 'xstate';
import * as z from 'zod';
import type { CaseContext } from './case-context';
import { caseContextSchema } from './case-context';
import { caseMachineInfo, registerCaseMachine } from './case-registry';
import type { CheckOptions, MachineOptions } from './check-options';
import { zoneParameter } from './core-parameters';
import { WuyeError, isWuyeError } from './errors';
import type { IsoInstant } from './instant';
import { instantToEpochMs, parsingOnce } from './epoch-ms';
import { instantSchema } from './instant-schema';
import type { Migration, SnapshotEnvelope } from './persistence';
import { restore } from './persistence';
import { assertPolicy, paramValue } from './policy';
import type { Refusal } from './refusal';
import { explainCaseRefusal, isSnapshot, notCaseMachine, notSnapshot } from './refusal';
import { readIntake } from './read-intake';
import { requireObject } from './require-input';
import type { Violation } from './rule';
import type { Source } from './source';
import { startMachine } from './start-machine';
import type { LocalizedText } from './text';
import { text } from './text';
import type { TrackedDeadline } from './tracked-deadline';
import type { FieldLabels } from './validate';
import { failedIssues, invalidInput } from './validate';
import { NOT_PLAIN, plainContent, samePlainContent } from './plain-data';
import { isoInZone } from './zoned-iso';

/** Every event of a case carries its type and its instant. @example const e: CaseEvent = { type: 'PAY_FEE', at: '2026-05-06T10:30:00+08:00' }; */
export interface CaseEvent {
  readonly type: string;
  readonly at: string;
}

/**
 * The event every case machine takes in every open state: judge the deadlines as of `at`.
 * A check dated before the last check, or before the case opened, is refused (a late
 * delivery from a queue or a durable timer never undoes a newer check).
 *
 * @example
 * const e: CheckDeadlinesEvent = { type: 'CHECK_DEADLINES', at: '2026-05-10T09:00:00+08:00' };
 */
export interface CheckDeadlinesEvent {
  readonly type: 'CHECK_DEADLINES';
  readonly at: string;
}

/**
 * A guard of a case machine: the clause that makes it a rule, what it means in both
 * languages, the guards it presupposes (a refusal names the first of them that fails, so a
 * CLASSIFY before intake is explained as "intake not complete"), and the test itself.
 *
 * @example
 * const canIssue: CaseGuard<ParkingApplication, ParkingEvent> = { source: cite('OFFICE', '办理车位程序 5'), description: text('…', '…'), test: (record) => missingForPermit(record).length === 0 };
 */
export interface CaseGuard<R, E extends CaseEvent> {
  readonly source: Source;
  readonly description: LocalizedText;
  readonly requires?: readonly string[];
  readonly test: (record: R, event: E, env: CaseGuardEnv<R>) => boolean;
}

/** What a guard's test gets besides the record and the event: the whole context and the machine's options (its policy and calendar). @example const env: CaseGuardEnv<ParkingApplication> = { context: snapshot.context, options: {} }; */
export interface CaseGuardEnv<R> {
  readonly context: CaseContext<R>;
  readonly options: MachineOptions;
}

/** One transition of a case state: where it goes and the guard it needs. @example const t: CaseTransition = { target: 'issued', guard: 'canIssue' }; */
export interface CaseTransition {
  readonly target?: string;
  readonly guard?: string;
}

/**
 * A state of a case machine: its title and clause (the docs and refusals show them),
 * whether it ends the case, the events it takes, and what it requires of the record — the
 * state invariant a restored snapshot must satisfy.
 *
 * @example
 * const issued: CaseState<ParkingApplication> = { title: text('已发停车证', 'Permit issued'), source: cite('OFFICE', '办理车位程序 5'), final: true, requires: (r) => (r.permit ? [] : ['the permit']) };
 */
export interface CaseState<R> {
  readonly title: LocalizedText;
  readonly source: Source;
  readonly final?: boolean;
  readonly on?: Readonly<Record<string, CaseTransition | readonly CaseTransition[]>>;
  readonly requires?: (record: R) => readonly string[];
}

/**
 * What an event's update of the record gets besides the record and the event: the event's
 * instant written in the policy zone, the writer of other instants, and the machine's
 * options.
 *
 * @example
 * PAY_FEE: (record, event, { at }) => ({ ...record, feePaid: { at, receiptNo: event.receiptNo } })
 */
export interface CaseTools {
  readonly at: IsoInstant;
  readonly iso: (instant: string) => IsoInstant;
  readonly options: MachineOptions;
}

/** How each event type updates the record (an event type with no update only moves the state). @example const u: CaseUpdates<ParkingApplication, ParkingEvent> = { PAY_FEE: (r, e, { at }) => ({ ...r, feePaid: { at, receiptNo: e.receiptNo } }) }; */
export type CaseUpdates<R, E extends CaseEvent> = { readonly [K in E['type']]?: (record: R, event: Extract<E, { type: K }>, tools: CaseTools) => R };

/**
 * The declaration of a case procedure: everything that differs between procedures. The
 * core owns the rest — intake, whole-event validation, time order, zone normalisation,
 * `CHECK_DEADLINES`, deadlines, violations refreshed on close, persistence and refusals.
 *
 * @example
 * export const parkingCase = defineCaseProcedure({ id: 'parking', version: 2, what: text('车位申请', 'parking application'), record: parkingApplicationSchema, … });
 */
export interface CaseDefinition<R, E extends CaseEvent> {
  /** The machine id: the procedure's name, kebab-case. */
  readonly id: string;
  readonly version: number;
  /** Ids this machine had before: an envelope naming one of them is restored (and migrated). */
  readonly formerIds?: readonly string[];
  readonly what: LocalizedText;
  readonly record: z.ZodType<R>;
  readonly labels?: FieldLabels;
  /** The fields only the case's steps write: a new case may not carry them. */
  readonly lifecycleFields: readonly string[];
  readonly openedAt: (record: R) => string;
  readonly events: z.ZodType<E>;
  readonly guards: Readonly<Record<string, CaseGuard<R, E>>>;
  readonly updates: CaseUpdates<R, E>;
  readonly initial: string;
  readonly states: Readonly<Record<string, CaseState<R>>>;
  /**
   * The case's deadlines under the machine's options (none when the procedure has no limits):
   * a pure function of the record. The machine recomputes them only when a record field they
   * read has changed (see {@link buildCaseMachine}), and then passes the case's previous
   * deadlines, computed by the same machine under the same options: one with the same id and
   * start may keep its due time.
   */
  readonly deadlines?: (record: R, options: MachineOptions, previous?: readonly TrackedDeadline[]) => readonly TrackedDeadline[];
  /** The procedure's record check: what `CHECK_DEADLINES` and the close report. */
  readonly check: (record: R, options: CheckOptions) => Violation[];
  /**
   * The same check for a record the machine built (valid by construction: intake and every
   * event were validated) with its deadlines already computed under the machine's options:
   * no second schema pass over the record. Falls back to `check` when absent.
   */
  readonly checkValid?: (record: R, options: CheckOptions, deadlines: readonly TrackedDeadline[]) => Violation[];
  /** Migrations keyed by the version they migrate from. */
  readonly migrations?: Readonly<Record<number, Migration>>;
}

/** @internal A declaration of any record and event types. */
export type CaseDefinitionAny = CaseDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The result of one step: accepted with the next snapshot, or refused with the snapshot
 * unchanged and the reason — the guard and its clause, in zh-CN and en.
 *
 * @example
 * const r = stepParking(snapshot, { type: 'ISSUE_PERMIT', at: '…', permitNo: 'TC-1' });
 * if (!r.accepted) console.log(r.refusal.reason['zh-CN']);
 */
export type StepResult<S> = { readonly accepted: true; readonly snapshot: S } | { readonly accepted: false; readonly snapshot: S; readonly refusal: Refusal };

const checkDeadlinesSchema = z.object({ type: z.literal('CHECK_DEADLINES'), at: instantSchema });

/**
 * The machine type of a declaration: an xstate v5 machine whose context is
 * {@link CaseContext}, whose events are the procedure's plus `CHECK_DEADLINES`, and whose
 * input is the record. Use it with xstate's `transition`, `initialTransition` and
 * `createActor`.
 *
 * @example
 * const m: CaseMachine<ParkingApplication, ParkingEvent> = parkingMachine;
 */
export type CaseMachine<R, E extends CaseEvent> = StateMachine<
  CaseContext<R>,
  E | CheckDeadlinesEvent,
  {}, // eslint-disable-line @typescript-eslint/no-empty-object-type
  never,
  ParameterizedObject,
  ParameterizedObject,
  never,
  string,
  string,
  R,
  unknown,
  EventObject,
  MetaObject,
  StateSchema
>;

/** A snapshot of a case machine. @example const s: CaseSnapshot<ParkingApplication, ParkingEvent> = startParking(application)[0]; */
export type CaseSnapshot<R, E extends CaseEvent> = MachineSnapshot<CaseContext<R>, E | CheckDeadlinesEvent, {}, // eslint-disable-line @typescript-eslint/no-empty-object-type
   string, string, unknown, MetaObject, StateSchema>;

/** @internal Builds the xstate machine of a declaration under options. */
export function buildCaseMachine<R, E extends CaseEvent>(definition: CaseDefinition<R, E>, options: MachineOptions = {}): CaseMachine<R, E> {
  requireObject(options, text('状态机选项', 'machine options'), 'options');
  if (options.policy !== undefined) assertPolicy(options.policy);
  type Ev = E | CheckDeadlinesEvent;
  type Ctx = CaseContext<R>;
  const zone = paramValue(options.policy, zoneParameter);
  // Instants already written in the policy zone (the library's own, and most hosts') are
  // kept as they are after one validating scan; others are rewritten in the zone.
  const iso = isoInZone(zone);
  const deadlinesOf = deadlineTracker(definition.deadlines, options);
  const memoOf = eventMemos<Ctx>();
  // One validation of an event, whatever number of guards ask: a malformed event (an `at`
  // without offset, a missing or mistyped field) is refused, never half-applied.
  const whole = (memo: EventMemo<Ctx>, event: Ev) => (memo.ok ??= (event.type === 'CHECK_DEADLINES' ? checkDeadlinesSchema : definition.events).safeParse(event).success);
  // The instants a step reads, while the guards compare them (each checks the order against
  // the last event) and while it computes (every deadline recomputation and check reads the
  // record's instants again): parsed once, kept for later steps, and emptied once more than
  // 256 are kept.
  const instants = new Map<string, number>();
  const parsingOnceHere = <T>(compute: () => T): T => parsingOnce(compute, instants.size > 256 ? (instants.clear(), instants) : instants);
  const ms = (at: string) => parsingOnceHere(() => instantToEpochMs(at));

  // Each declared guard: the event is whole and in order, its prerequisites hold, its test
  // passes. A typed error inside a test refuses the event (the refusal names it).
  const guardImpl = (name: string, context: Ctx, event: Ev, seen: readonly string[] = []): boolean => {
    const guard = definition.guards[name];
    if (!guard || seen.includes(name)) return false;
    for (const required of guard.requires ?? []) if (!guardImpl(required, context, event, [...seen, name])) return false;
    try {
      return guard.test(context.record, event as E, { context, options });
    } catch (error) {
      if (isWuyeError(error)) return false;
      throw error;
    }
  };
  const checkable = (context: Ctx, at: string) =>
    ms(at) >= ms(definition.openedAt(context.record)) && (context.checkedAt === null || ms(at) >= ms(context.checkedAt));

  // The context an accepted event leads to, computed once while the guards judge it: the
  // updated record, its deadlines, and, on entering a final state, the violations (the
  // instants it reads parsed once, in the machine's memo). A typed error on the way (a
  // deadline on a day past the calendar's data) refuses the event, with the snapshot
  // unchanged, instead of throwing out of `transition()`.
  // Kept in the event's memo, so it is keyed by the event object and what it holds (a host that
  // changes an event object and sends it again gets a fresh judgement, never the outcome of
  // what the object held before).
  // The record the machine built is valid by construction (the intake and every event were
  // validated): the check runs without a second schema pass when the procedure offers one.
  const judged = (record: R, deadlines: readonly TrackedDeadline[], asOf: IsoInstant): Pick<Ctx, 'violations' | 'checkedAt'> => ({
    violations: definition.checkValid ? definition.checkValid(record, { ...options, asOf }, deadlines) : definition.check(record, { ...options, asOf }),
    checkedAt: asOf,
  });
  const compute = (context: Ctx, event: Ev, final: boolean): Partial<Ctx> => {
    const at = iso(event.at);
    if (event.type === 'CHECK_DEADLINES') {
      const deadlines = deadlinesOf(context.record, context.deadlines);
      return { deadlines, ...judged(context.record, deadlines, at) };
    }
    const update = (definition.updates as Record<string, ((r: R, e: Ev, t: CaseTools) => R) | undefined>)[event.type];
    const record = update ? update(context.record, event, { at, iso, options }) : context.record;
    const deadlines = deadlinesOf(record, context.deadlines);
    if (!final) return { record, deadlines, lastEventAt: at };
    // Closing judges the record as it was closed (a step done late is no longer "missing"),
    // as of the later of the close and the last check, so it never undoes a newer check.
    const asOf = context.checkedAt !== null && ms(context.checkedAt) > ms(at) ? context.checkedAt : at;
    return { record, deadlines, lastEventAt: at, ...judged(record, deadlines, asOf) };
  };
  const outcome = (memo: EventMemo<Ctx>, context: Ctx, event: Ev, final: boolean): Partial<Ctx> | WuyeError => {
    if (memo.next !== undefined && memo.context === context && memo.final === final) return memo.next;
    let next: Partial<Ctx> | WuyeError;
    try {
      next = parsingOnceHere(() => compute(context, event, final));
    } catch (error) {
      if (!isWuyeError(error)) throw error;
      next = error;
    }
    memo.context = context;
    memo.final = final;
    memo.next = next;
    return next;
  };
  const take = (next: Partial<Ctx> | WuyeError): Partial<Ctx> => {
    if (isWuyeError(next)) throw next;
    return next;
  };

  type GuardArgs = { context: Ctx; event: Ev };
  type Final = { final: boolean } | undefined;
  // A guard: the event is whole; a CHECK_DEADLINES (guard null) is not dated before the case
  // opened or the last check; any other event is in time order and passes its declared guard
  // (if any); and its outcome is computable. stepCase refuses an event that is not an object
  // before xstate sees it; a host calling transition() directly may send anything.
  const passes = ({ context, event }: GuardArgs, final: boolean, guard?: string | null): boolean => {
    if (typeof event !== 'object' || event === null) return false;
    const memo = memoOf(event);
    return (
      whole(memo, event) &&
      (guard === null
        ? event.type === 'CHECK_DEADLINES' && checkable(context, event.at)
        : event.type !== 'CHECK_DEADLINES' && ms(event.at) >= ms(context.lastEventAt) && (guard === undefined || guardImpl(guard, context, event))) &&
      !isWuyeError(outcome(memo, context, event, final))
    );
  };
  const guards: Record<string, (args: GuardArgs, params: Final) => boolean> = {
    inOrder: (args, params) => passes(args, params?.final ?? false),
    checkable: (args) => passes(args, false, null),
  };
  for (const name of Object.keys(definition.guards)) guards[name] = (args, params) => passes(args, params?.final ?? false, name);
  const taken = (context: Ctx, event: Ev, final: boolean) => take(outcome(memoOf(event), context, event, final));

  const states: Record<string, object> = {};
  for (const [key, state] of Object.entries(definition.states)) {
    const on: Record<string, object[]> = {};
    for (const [type, transitions] of Object.entries(state.on ?? {})) {
      const list = (Array.isArray(transitions) ? transitions : [transitions]) as CaseTransition[];
      on[type] = list.map((t) => {
        const final = t.target !== undefined && definition.states[t.target]?.final === true;
        return { ...(t.target ? { target: t.target } : {}), guard: { type: t.guard ?? 'inOrder', params: { final } }, actions: { type: 'apply', params: { final } } };
      });
    }
    states[key] = {
      description: `${state.title['zh-CN']} / ${state.title.en}`,
      meta: { title: state.title, source: state.source },
      ...(state.final ? { type: 'final' } : { on }),
    };
  }

  const machine = setup({
    types: {} as { context: Ctx; events: Ev; input: R },
    guards,
    actions: {
      // The guards computed the outcome; an action only takes it (computed here if asked without them).
      apply: assign(({ context, event }, params: Final) => taken(context, event, params?.final ?? false)),
      check: assign(({ context, event }) => taken(context, event, false)),
    },
  }).createMachine({
    id: definition.id,
    version: String(definition.version),
    context: ({ input }) => {
      const record = readIntake(input, { schema: definition.record, what: definition.what, lifecycleFields: definition.lifecycleFields, ...(definition.labels ? { labels: definition.labels } : {}) });
      return parsingOnceHere(() => ({ record, deadlines: deadlinesOf(record), violations: [], checkedAt: null, lastEventAt: iso(definition.openedAt(record)) }));
    },
    initial: definition.initial,
    on: { CHECK_DEADLINES: { guard: 'checkable', actions: 'check' } } as never,
    states: states as never,
  });
  answerInputlessStartsWithoutThrowing(machine);
  const built = machine as unknown as CaseMachine<R, E>;
  const outcomeError = (context: unknown, event: unknown, final: boolean) => {
    const next = outcome(memoOf(event as object), context as Ctx, event as Ev, final);
    return isWuyeError(next) ? next : undefined;
  };
  registerCaseMachine(built as never, { definition: definition as CaseDefinitionAny, options, zone, outcomeError });
  return built;
}

// xstate's pure transition() builds a throw-away actor on every call, and its constructor asks
// the machine for an initial snapshot without input. The context factory refuses a missing
// input by throwing INVALID_INPUT, which xstate catches and turns into an error snapshot —
// and a throw costs about as much as the step itself. So a start without input answers with
// that same error snapshot (the same typed error, `status: 'error'`, fresh context, children
// and history objects), made once by the factory's own throw and copied afterwards: a host
// that starts the machine without input sees exactly what it saw before. Any other start
// goes through xstate as it is.
function answerInputlessStartsWithoutThrowing(machine: { getInitialSnapshot: (...args: never[]) => unknown }): void {
  const start = machine.getInitialSnapshot as (this: unknown, actorScope: unknown, input?: unknown) => object;
  let inputless: object | undefined;
  machine.getInitialSnapshot = function (this: unknown, actorScope: unknown, input?: unknown) {
    if (input !== undefined) return start.call(this, actorScope, input);
    // readIntake throws for a missing input: this is always xstate's error snapshot.
    inputless ??= start.call(this, actorScope, input);
    return { ...inputless, context: {}, children: {}, historyValue: {} };
  } as never;
}

/**
 * What `defineCaseProcedure` gives a procedure: the machine factory and default machine,
 * and start, restore, step and event parsing — the same for every procedure.
 *
 * @example
 * const [snapshot] = parkingCase.start(application);
 */
export interface CaseProcedure<R, E extends CaseEvent> {
  readonly definition: CaseDefinition<R, E>;
  readonly create: (options?: MachineOptions) => CaseMachine<R, E>;
  readonly machine: CaseMachine<R, E>;
  readonly start: (record: R, machine?: CaseMachine<R, E>) => readonly [CaseSnapshot<R, E>, readonly unknown[]];
  readonly restore: (envelope: unknown, machine?: CaseMachine<R, E>) => CaseSnapshot<R, E>;
  readonly step: (snapshot: CaseSnapshot<R, E>, event: unknown, machine?: CaseMachine<R, E>) => StepResult<CaseSnapshot<R, E>>;
  readonly parseEvent: (event: unknown) => E | CheckDeadlinesEvent;
  readonly contextSchema: z.ZodType;
}

/**
 * Declares a case procedure once; the core builds its machine and the calls every
 * procedure shares. Guards, states and updates are declared next to each other, so the
 * docs, the refusals and the restore invariants cannot drift from the machine.
 *
 * @example
 * export const parkingCase = defineCaseProcedure({ id: 'parking', version: 2, what: text('车位申请', 'parking application'), record: parkingApplicationSchema, events: parkingEventSchema, … });
 * const [snapshot] = parkingCase.start(application);
 */
export function defineCaseProcedure<R, E extends CaseEvent>(definition: CaseDefinition<R, E>): CaseProcedure<R, E> {
  requireObject(definition, text('流程声明', 'case declaration'), 'definition');
  checkDeclaration(definition);
  const create = (options: MachineOptions = {}) => buildCaseMachine(definition, options);
  const machine = create();
  const contextSchema = caseContextSchema(definition.record);
  const invariant = (snapshot: { readonly value: unknown; readonly context: unknown }): string[] => {
    const state = typeof snapshot.value === 'string' ? definition.states[snapshot.value] : undefined;
    if (!state) return [`unknown state ${JSON.stringify(snapshot.value)}`];
    const record = (snapshot.context as { record?: R } | undefined)?.record;
    return record === undefined ? ['no record'] : [...(state.requires?.(record) ?? [])];
  };
  return Object.freeze({
    definition,
    create,
    machine,
    contextSchema,
    start: (record: R, m: CaseMachine<R, E> = machine) => startMachine(m as never, record as never) as unknown as readonly [CaseSnapshot<R, E>, readonly unknown[]],
    restore: (envelope: unknown, m: CaseMachine<R, E> = machine) =>
      restore(renamed(envelope, definition), { machine: m as never, contextSchema, ...(definition.migrations ? { migrations: definition.migrations } : {}), invariant }) as unknown as CaseSnapshot<R, E>,
    step: (snapshot: CaseSnapshot<R, E>, event: unknown, m: CaseMachine<R, E> = machine) => stepCase(m, snapshot, event),
    parseEvent: (event: unknown) => {
      const check = (event as { type?: unknown } | null)?.type === 'CHECK_DEADLINES';
      const schema = check ? checkDeadlinesSchema : (definition.events as z.ZodType);
      if (!schema.safeParse(event).success) throw invalidInput(failedIssues(schema, event), { 'zh-CN': `${definition.what['zh-CN']}事件`, en: `${definition.what.en} event` }, definition.labels);
      return event as E | CheckDeadlinesEvent;
    },
  });
}

/**
 * One step for production: validates the event, steps the case purely, and says why an
 * event was refused — the real reason (the event is malformed, out of time order, not
 * taken in this state, or the first unmet guard with its clause). A refused event leaves
 * the snapshot unchanged (a malformed event's typed error is in `refusal.error`, as is the
 * `CALENDAR_NOT_COVERED` of a deadline past the calendar's data: kind `not-computable`).
 *
 * @example
 * const result = stepCase(parkingMachine, snapshot, { type: 'ISSUE_PERMIT', at: '2026-05-06T11:00:00+08:00', permitNo: 'TC-1' });
 * result.accepted ? save(result.snapshot) : show(result.refusal.reason);
 */
export function stepCase<S extends AnyMachineSnapshot>(machine: unknown, snapshot: S, event: unknown): StepResult<S> {
  if (!caseMachineInfo(machine)) throw notCaseMachine();
  if (!isSnapshot(snapshot)) throw notSnapshot();
  const own = (snapshot as { machine?: { id?: unknown } }).machine?.id;
  if (own !== undefined && own !== (machine as { id: string }).id) throw notSnapshot();
  // Not an object with a string type (xstate would throw on it): refused as malformed.
  if (typeof event !== 'object' || event === null || Array.isArray(event) || typeof (event as { type?: unknown }).type !== 'string') {
    return { accepted: false, snapshot, refusal: explainCaseRefusal(machine, snapshot, event) };
  }
  const refusedBefore = snapshot.status !== 'active';
  const next = refusedBefore ? snapshot : (transition(machine as never, snapshot as never, event as never)[0] as unknown as S);
  if (next !== snapshot) return { accepted: true, snapshot: next };
  return { accepted: false, snapshot, refusal: explainCaseRefusal(machine, snapshot, event) };
}

// Deadlines recomputed only when what they read has changed. A computation reads the record
// through a proxy that notes each field it reads; the deadlines it returns are remembered
// with the record they came from and those fields. A later record whose noted fields hold
// the same values (updates are pure: what they change is a new object, what they keep is the
// same one) has the same deadlines — a pure function of the same inputs under the same
// options — so they are reused. Nothing to declare, so nothing can be forgotten: a new read
// is noted the next time the deadlines are computed, and a computation that enumerates the
// record (a spread, a schema pass) is never reused. Deadlines the machine did not compute
// (a restored snapshot's, possibly under another policy) are not known and are recomputed.
function deadlineTracker<R>(
  compute: ((record: R, options: MachineOptions, previous?: readonly TrackedDeadline[]) => readonly TrackedDeadline[]) | undefined,
  options: MachineOptions,
): (record: R, previous?: readonly TrackedDeadline[]) => readonly TrackedDeadline[] {
  if (!compute) return () => [];
  // Deadlines the machine computed → the fields the computation read and the values it saw.
  const known = new WeakMap<object, { readonly read: readonly PropertyKey[]; readonly values: readonly unknown[] }>();
  // A record is plain data (own enumerable fields over Object.prototype): a noted field is
  // found among its own keys, all read in one pass (a field read by name from records of many
  // shapes, most without it, is a slow lookup each time). A field not among them reads as
  // undefined: one noted with another value (an inherited one) counts as changed, so the
  // deadlines are recomputed, never kept wrongly. Anything else is read field by field.
  const unchanged = (record: R, inputs: { readonly read: readonly PropertyKey[]; readonly values: readonly unknown[] }) => {
    const r = record as Record<PropertyKey, unknown>;
    if (Object.getPrototypeOf(r) !== Object.prototype) {
      for (let i = 0; i < inputs.read.length; i++) if (r[inputs.read[i]!] !== inputs.values[i]) return false;
      return true;
    }
    const keys = Object.keys(r);
    const values = Object.values(r);
    for (let i = 0; i < inputs.read.length; i++) {
      const key = inputs.read[i]!;
      const at = typeof key === 'string' ? keys.indexOf(key) : -1;
      const now = at >= 0 ? values[at] : typeof key === 'string' ? undefined : r[key];
      if (now !== inputs.values[i]) return false;
    }
    return true;
  };
  return (record, previous) => {
    const inputs = previous && known.get(previous);
    if (inputs && unchanged(record, inputs)) return previous;
    const read: PropertyKey[] = [];
    const values: unknown[] = [];
    let whole = false;
    // A field's value is noted with it the first time it is read (the record does not change).
    const note = (target: Record<PropertyKey, unknown>, key: PropertyKey) => {
      if (read.includes(key)) return;
      read.push(key);
      values.push(target[key]);
    };
    // A record is plain data: its fields are read directly (no getter needs the proxy as receiver).
    const watched = new Proxy(record as Record<PropertyKey, unknown>, {
      get: (target, key) => (note(target, key), target[key]),
      has: (target, key) => (note(target, key), key in target),
      getOwnPropertyDescriptor: (target, key) => (note(target, key), Reflect.getOwnPropertyDescriptor(target, key)),
      ownKeys: (target) => ((whole = true), Reflect.ownKeys(target)),
    }) as R;
    const deadlines = inputs ? compute(watched, options, previous) : compute(watched, options);
    if (!whole) known.set(deadlines, { read, values });
    return deadlines;
  };
}

// What a machine knows of one event object: what it held when it was judged (its plain
// content), whether it is whole, and the outcome it leads to from one context. A memo whose
// event now holds something else is replaced, so a host that changes an event object and
// sends it again is judged afresh; an event that is not plain data (a cycle, a class
// instance) gets a memo of its own each time, never stored: it is judged afresh each time.
interface EventMemo<Ctx> {
  readonly content?: readonly unknown[];
  ok?: boolean;
  context?: Ctx;
  final?: boolean;
  next?: Partial<Ctx> | WuyeError;
}

function eventMemos<Ctx>(): (event: object) => EventMemo<Ctx> {
  const memos = new WeakMap<object, EventMemo<Ctx>>();
  return (event) => {
    const known = memos.get(event);
    if (known && samePlainContent(event, known.content!)) return known;
    const content = plainContent(event);
    if (content === NOT_PLAIN) return {};
    const memo = { content };
    memos.set(event, memo);
    return memo;
  };
}

// An envelope written under a former machine id is read as this machine's.
function renamed(envelope: unknown, definition: CaseDefinitionAny): unknown {
  let raw = envelope;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return envelope;
    }
  }
  const id = (raw as Partial<SnapshotEnvelope> | null)?.machine;
  if (typeof id === 'string' && definition.formerIds?.includes(id)) return { ...(raw as object), machine: definition.id };
  return raw;
}

// A declaration that names a guard, a target or an initial state it does not have is the
// library's own bug: found when the module loads, not when a host's case reaches it.
function checkDeclaration(definition: CaseDefinitionAny): void {
  const problems: string[] = [];
  for (const key of ['states', 'guards', 'updates', 'record', 'events'] as const) {
    if (typeof definition[key] !== 'object' || definition[key] === null) throw new WuyeError('INVALID_INPUT', text('流程声明不完整', 'The case declaration is incomplete'), { field: key });
  }
  if (!definition.states[definition.initial]) problems.push(`initial ${definition.initial}`);
  for (const [key, state] of Object.entries(definition.states)) {
    for (const [type, transitions] of Object.entries(state.on ?? {})) {
      for (const t of (Array.isArray(transitions) ? transitions : [transitions]) as CaseTransition[]) {
        if (t.guard && !definition.guards[t.guard]) problems.push(`${key}.${type}: guard ${t.guard}`);
        if (t.target && !definition.states[t.target]) problems.push(`${key}.${type}: target ${t.target}`);
      }
    }
  }
  for (const [name, guard] of Object.entries(definition.guards)) for (const r of guard.requires ?? []) if (!definition.guards[r]) problems.push(`${name} requires ${r}`);
  if (problems.length > 0) throw new WuyeError('INVALID_INPUT', text('流程声明引用了不存在的状态或守卫', `Case procedure ${String(definition.id)}: unknown ${problems.join(', ')}`), { problems });
}
