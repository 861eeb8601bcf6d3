// The complaint procedure as a Restate virtual object: one object per case key. Restate runs
// at most one exclusive handler per key at a time and keeps the object's state (the library's
// persisted envelope) in its own log, so any service process of a fleet can serve any case and
// a crashed process loses nothing. Each handler is a thin shell around the library's pure
// functions: restore → transition() → persist. (In your project, import from
// 'wuye-rules/complaint' and 'wuye-rules/testing'.)
import type { ObjectContext, ObjectSharedContext } from '@restatedev/restate-sdk';
import * as restate from '@restatedev/restate-sdk';
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import { transition } from 'xstate';
import * as z from 'zod';
import { explainRefusal, persist, WuyeError } from 'wuye-rules';
import { instantSchema, parseInput, text } from 'wuye-rules/authoring';
import type { CheckDeadlinesEvent, SnapshotEnvelope, TrackedDeadline, Violation } from 'wuye-rules';
import type { ComplaintContext, ComplaintEvent, ComplaintRecord } from 'wuye-rules/complaint';
import { complaintMachine, parseComplaintEvent, restoreComplaint, startComplaint } from 'wuye-rules/complaint';
import { caseError, refusedError, wuyeToTerminal } from './case-error';
import { lenientJson, requireJson } from './request-body';
import type { DeadlineTimer } from './deadline-timers';
import { pendingDeadlines, timersFor } from './deadline-timers';

/** The earliest of some ISO 8601 instants (each with its offset), as written. */
const earliest = (instants: readonly string[]): string | undefined => instants.reduce<string | undefined>((a, b) => (a === undefined || Date.parse(b) < Date.parse(a) ? b : a), undefined);

/** The name the object is registered under (ingress path `/ComplaintCase/<key>/<handler>`). */
export const COMPLAINT_CASE = 'ComplaintCase';

/**
 * What the object keeps per case key: the library's envelope `{ machine, version, snapshot }`
 * and the durable timers it has asked Restate for.
 *
 * @example
 * const s: ComplaintCaseState = { envelope: persist(snapshot), timers: [] };
 */
export type ComplaintCaseState = {
  envelope: SnapshotEnvelope;
  timers: DeadlineTimer[];
};

/**
 * A case as the object shows it: the state value, the deadlines and violations, the whole
 * context, the stored envelope's machine and version, and the timers scheduled so far.
 *
 * @example
 * const view: CaseView = await (await fetch(`${ingress}/ComplaintCase/C-1/get`, { method: 'POST' })).json();
 */
export interface CaseView {
  readonly key: string;
  readonly machine: string;
  readonly version: number;
  readonly state: StateValue;
  readonly status: string;
  readonly deadlines: readonly TrackedDeadline[];
  readonly nextDueAt: string | null;
  readonly violations: readonly Violation[];
  readonly checkedAt: string | null;
  readonly context: ComplaintContext;
  readonly timers: readonly DeadlineTimer[];
}

/** What an accepted event did: the case after it, the state before it, the timers it scheduled. */
export interface EventResult {
  readonly case: CaseView;
  readonly from: StateValue;
  readonly scheduled: readonly DeadlineTimer[];
}

/** The body of a `CHECK_DEADLINES` call: the instant to check as of (a timer's: the lapse). */
export interface CheckDeadlinesRequest {
  readonly at: string;
}

const checkDeadlinesSchema = z.object({ at: instantSchema });

// The shape of the object's own CHECK_DEADLINES handler, for the typed send client (naming
// `complaintCase` itself here would make its type refer to itself).
type CheckDeadlinesApi = { CHECK_DEADLINES: (ctx: ObjectContext, request: CheckDeadlinesRequest) => Promise<unknown> };

function view(key: string, envelope: SnapshotEnvelope, snapshot: AnyMachineSnapshot, timers: readonly DeadlineTimer[]): CaseView {
  const context = snapshot.context as ComplaintContext;
  return {
    key,
    machine: envelope.machine,
    version: envelope.version,
    state: snapshot.value,
    status: snapshot.status,
    deadlines: context.deadlines,
    nextDueAt: earliest(pendingDeadlines(context.deadlines).map((d) => d.dueAt)) ?? null,
    violations: context.violations,
    checkedAt: context.checkedAt,
    context,
    timers,
  };
}

async function load(ctx: ObjectSharedContext<ComplaintCaseState> | ObjectContext<ComplaintCaseState>): Promise<{ envelope: SnapshotEnvelope; snapshot: AnyMachineSnapshot; timers: DeadlineTimer[] }> {
  const envelope = await ctx.get('envelope');
  if (envelope === null) throw caseError({ code: 'NOT_FOUND', message: text(`没有案件 ${ctx.key}`, `No case ${ctx.key}`), details: { key: ctx.key } });
  return { envelope, snapshot: restoreComplaint(envelope), timers: (await ctx.get('timers')) ?? [] };
}

// A durable timer is Restate's, not the machine's: a one-way call to this same object's
// CHECK_DEADLINES handler, delivered after `delayMs` and carrying `at` = the lapse instant.
// Restate journals the send, so a retried or replayed handler does not send it twice.
function schedule(ctx: ObjectContext<ComplaintCaseState>, timers: readonly DeadlineTimer[]): void {
  const self = ctx.objectSendClient<CheckDeadlinesApi>({ name: COMPLAINT_CASE }, ctx.key);
  for (const timer of timers) {
    self.CHECK_DEADLINES({ at: timer.at }, restate.rpc.sendOpts({ delay: { milliseconds: timer.delayMs }, name: `deadline ${timer.deadline}` }));
  }
}

// restore → refuse or transition() → persist → store, and the timers for deadlines that
// started running. Nothing is stored before the event is known to be accepted.
function apply(ctx: ObjectContext<ComplaintCaseState>, loaded: { envelope: SnapshotEnvelope; snapshot: AnyMachineSnapshot; timers: DeadlineTimer[] }, event: ComplaintEvent | CheckDeadlinesEvent): EventResult {
  const { snapshot } = loaded;
  const enabled = snapshot.status === 'active' ? complaintMachine.getTransitionData(snapshot as never, event) : [];
  if (enabled.length === 0) throw refusedError(ctx.key, event, explainRefusal(complaintMachine, snapshot, event));
  const [next] = transition(complaintMachine, snapshot as never, event);
  if (next.status === 'error') throw (next as { error?: unknown }).error;
  const envelope = persist(next);
  const scheduled = next.status === 'active' ? timersFor((snapshot.context as ComplaintContext).deadlines, next.context.deadlines, event.at) : [];
  const timers = [...loaded.timers, ...scheduled];
  ctx.set('envelope', envelope);
  ctx.set('timers', timers);
  schedule(ctx, scheduled);
  return { case: view(ctx.key, envelope, next, timers), from: snapshot.value, scheduled };
}

/**
 * The complaint virtual object. Handlers (POST to the ingress, JSON bodies):
 * - `open(record)` — starts the machine from the intake record (its `id` must be the key),
 *   stores the envelope, schedules a timer per running deadline.
 * - `send(event)` — one complaint event with its `at`: validated, then restore →
 *   `transition()` → persist → store; a refused event is `EVENT_REFUSED` (guard and clause).
 * - `get()` — the case (shared: reads run alongside the exclusive handlers).
 * - `CHECK_DEADLINES({ at })` — what the durable timers call; a host may call it too.
 *
 * @example
 * await restate.serve({ services: [complaintCase], port: 9080 });
 */
export const complaintCase = restate.object({
  name: COMPLAINT_CASE,
  options: { asTerminalError: wuyeToTerminal },
  handlers: {
    open: restate.handlers.object.exclusive({ input: lenientJson }, async (ctx: ObjectContext<ComplaintCaseState>, body: unknown): Promise<EventResult> => {
      if ((await ctx.get('envelope')) !== null) throw caseError({ code: 'CASE_EXISTS', message: text(`案件 ${ctx.key} 已存在`, `Case ${ctx.key} already exists`), details: { key: ctx.key } });
      const [snapshot] = startComplaint(requireJson(body) as ComplaintRecord);
      const context = snapshot.context as ComplaintContext;
      if (context.record.id !== ctx.key) {
        throw new WuyeError('INVALID_INPUT', text(`受理记录编号 ${context.record.id} 与案件键 ${ctx.key} 不符`, `The record id ${context.record.id} is not the case key ${ctx.key}`), { key: ctx.key, id: context.record.id });
      }
      const envelope = persist(snapshot);
      const scheduled = timersFor([], context.deadlines, context.record.receivedAt);
      ctx.set('envelope', envelope);
      ctx.set('timers', scheduled);
      schedule(ctx, scheduled);
      return { case: view(ctx.key, envelope, snapshot, scheduled), from: snapshot.value, scheduled };
    }),

    send: restate.handlers.object.exclusive({ input: lenientJson }, async (ctx: ObjectContext<ComplaintCaseState>, body: unknown): Promise<EventResult> => {
      const event = parseComplaintEvent(requireJson(body));
      return apply(ctx, await load(ctx), event);
    }),

    get: restate.handlers.object.shared(async (ctx: ObjectSharedContext<ComplaintCaseState>): Promise<CaseView> => {
      const { envelope, snapshot, timers } = await load(ctx);
      return view(ctx.key, envelope, snapshot, timers);
    }),

    CHECK_DEADLINES: restate.handlers.object.exclusive({ input: lenientJson }, async (ctx: ObjectContext<ComplaintCaseState>, body: unknown): Promise<EventResult | { case: CaseView; skipped: 'closed' }> => {
      const { at } = parseInput(checkDeadlinesSchema, requireJson(body), 'deadline check');
      const loaded = await load(ctx);
      // A timer that fires after the case was closed has nothing left to check.
      if (loaded.snapshot.status !== 'active') return { case: view(ctx.key, loaded.envelope, loaded.snapshot, loaded.timers), skipped: 'closed' };
      return apply(ctx, loaded, { type: 'CHECK_DEADLINES', at });
    }),
  },
});
