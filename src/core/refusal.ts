import type { CaseContext } from './case-context';
import type { CaseTransition } from './case-procedure';
import { caseMachineInfo } from './case-registry';
import type { WuyeError } from './errors';
import { WuyeError as WuyeErrorClass, isWuyeError } from './errors';
import { formatLocal, instantToEpochMs } from './instant';
import { isoToEpochMs } from './iso';
import type { Source } from './source';
import { DOCUMENTS, cite, formatSource } from './source';
import type { LocalizedText } from './text';
import { text } from './text';
import { INSTANT_MESSAGE, failedIssues, invalidInput } from './validate';

/**
 * Why an event was refused, from the first question a 客服主管 would ask:
 * - `ended`: the case is closed;
 * - `invalid-event`: the event is malformed (`error` is the typed validation error);
 * - `before-opening` / `stale-check`: a `CHECK_DEADLINES` dated before the case opened or
 *   before the last check;
 * - `out-of-order`: an event dated before the previous one;
 * - `not-in-state`: this state takes no such event;
 * - `guard`: a rule of the steps is not met — `guard` and `source` name it (the first unmet
 *   prerequisite, e.g. the intake before a classification), `guards` lists every one;
 * - `not-computable`: the step is allowed, but its deadlines or its judgement cannot be
 *   computed — `error` says why (`CALENDAR_NOT_COVERED`: a day past the calendar's data;
 *   add next year's notice, or set `core.beyondCalendar: 'weekdays'`).
 * `reason` says it in zh-CN (all Chinese: state and rule titles, no ids) and en.
 *
 * @example
 * const r: Refusal = { kind: 'guard', guard: 'intakeComplete', source: { document: '《服务中心工作手册》', clause: 'WI/FW-016' }, guards: [], reason: { 'zh-CN': '…', en: '…' } };
 */
export interface Refusal {
  readonly kind: 'ended' | 'invalid-event' | 'before-opening' | 'stale-check' | 'out-of-order' | 'not-in-state' | 'guard' | 'not-computable';
  readonly guard: string | null;
  readonly source?: Source;
  readonly guards: readonly { readonly guard: string; readonly source: Source }[];
  readonly reason: LocalizedText;
  readonly error?: WuyeError;
}

/** @internal Explains why a case machine refuses `event` in `snapshot` (see {@link Refusal}). */
export function explainCaseRefusal(machine: unknown, snapshot: { readonly status: string; readonly value: unknown; readonly context: unknown }, event: unknown): Refusal {
  const info = caseMachineInfo(machine)!;
  const { definition } = info;
  const context = snapshot.context as CaseContext<unknown>;
  const stateKey = typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
  const state = definition.states[stateKey];
  const title = state?.title ?? text(stateKey, stateKey);
  const type = typeof (event as { type?: unknown } | null)?.type === 'string' ? (event as { type: string }).type : '';
  const none = { guard: null, guards: [] };

  if (snapshot.status !== 'active') {
    return { kind: 'ended', ...none, reason: text(`流程已结束（${title['zh-CN']}），不再接受任何事件`, `The case has ended (${title.en}) and takes no more events: ${type || 'event'}`) };
  }
  const check = type === 'CHECK_DEADLINES';
  const schema = definition.events;
  const parsed = check ? undefined : schema.safeParse(event);
  const at = (event as { at?: unknown } | null)?.at;
  if (check ? typeof at !== 'string' || isoToEpochMs(at) === undefined : !parsed!.success) {
    const error = check
      ? invalidInput([{ code: 'custom', path: ['at'], message: INSTANT_MESSAGE, input: at } as never], text('期限检查事件', 'deadline check event'))
      : invalidInput(failedIssues(schema, event), text(`${definition.what['zh-CN']}事件`, `${definition.what.en} event`), definition.labels);
    return { kind: 'invalid-event', ...none, reason: error.text, error };
  }
  const atMs = instantToEpochMs(at);
  const notComputable = (final: boolean): Refusal | undefined => {
    const error = info.outcomeError(context, event, final);
    return error ? { kind: 'not-computable', ...none, reason: text(`无法计算期限或判定：${error.text['zh-CN']}`, `Cannot compute the deadlines or the judgement: ${error.text.en}`), error } : undefined;
  };
  if (check) {
    const opened = definition.openedAt(context.record) as string;
    if (atMs < instantToEpochMs(opened)) {
      return { kind: 'before-opening', ...none, reason: text(`检查时间 ${formatLocal(at as string, info.zone)} 早于立案时间 ${formatLocal(opened, info.zone)}`, `The check at ${at as string} is before the case opened (${opened})`) };
    }
    if (context.checkedAt === null || atMs >= instantToEpochMs(context.checkedAt)) return notComputable(false) ?? wouldAccept();
    return {
      kind: 'stale-check',
      ...none,
      reason: text(`检查时间 ${formatLocal(at as string, info.zone)} 早于上次检查 ${formatLocal(context.checkedAt, info.zone)}，已忽略（不回退较新的检查结果）`, `The check at ${at as string} is older than the last check (${context.checkedAt}); a stale check never undoes a newer one`),
    };
  }
  if (atMs < instantToEpochMs(context.lastEventAt)) {
    return {
      kind: 'out-of-order',
      ...none,
      source: cite('LIBRARY', 'events in time order'),
      reason: text(`事件时间 ${formatLocal(at as string, info.zone)} 早于上一事件 ${formatLocal(context.lastEventAt, info.zone)}`, `The event at ${at as string} is earlier than the previous event (${context.lastEventAt})`),
    };
  }
  const candidates = (state ? [state.on?.[type]].flat().filter(Boolean) : []) as CaseTransition[];
  if (candidates.length === 0) {
    return { kind: 'not-in-state', ...none, reason: text(`“${title['zh-CN']}”阶段不办理此事项`, `${title.en} does not take ${type}`) };
  }
  let error: WuyeError | undefined;
  const failing = (name: string, seen: readonly string[] = []): string | null => {
    const guard = definition.guards[name];
    if (!guard || seen.includes(name)) return name;
    for (const r of guard.requires ?? []) {
      const f = failing(r, [...seen, name]);
      if (f) return f;
    }
    try {
      return guard.test(context.record, event, { context, options: info.options }) ? null : name;
    } catch (e) {
      if (!isWuyeError(e)) throw e;
      error ??= e;
      return name;
    }
  };
  // Per branch, its first unmet prerequisite (null when every guard of the branch holds).
  const verdicts = candidates.map((t) => (t.guard ? failing(t.guard) : null));
  const refusing = verdicts.filter((g): g is string => g !== null);
  // A branch whose guards all hold is taken unless its outcome cannot be computed; the machine
  // then tries the next branch, so the explanation follows the branches in the same order.
  let uncomputable: Refusal | undefined;
  for (const [i, t] of candidates.entries()) {
    if (verdicts[i] !== null) continue;
    const refusal = notComputable(t.target !== undefined && definition.states[t.target]?.final === true);
    if (!refusal) return wouldAccept();
    uncomputable ??= refusal;
  }
  if (uncomputable) return uncomputable;
  // Each branch reports its first unmet prerequisite, so a CLASSIFY before intake names the intake.
  const first = refusing[0]!;
  const guards = [...new Set(refusing)].map((g) => ({ guard: g, source: definition.guards[g]!.source }));
  const g = definition.guards[first]!;
  return {
    kind: 'guard',
    guard: first,
    source: g.source,
    guards,
    reason: error
      ? text(`无法判断“${g.description['zh-CN']}”：${error.text['zh-CN']}`, `Cannot judge "${g.description.en}": ${error.text.en}`)
      : text(`未满足：${g.description['zh-CN']}${g.source.document === DOCUMENTS.LIBRARY ? '' : `（${formatSource(g.source)}）`}`, `Not met: ${g.description.en} (${formatSource(g.source)})`),
    ...(error ? { error } : {}),
  };
}

/**
 * Explains why a case machine refuses (or would refuse) `event` in `snapshot`: the real
 * reason, in zh-CN and en (see {@link Refusal}). What a host shows its user when a step is
 * not allowed; {@link stepCase} calls it for every refused event.
 *
 * @example
 * explainRefusal(complaintMachine, snapshot, { type: 'CLOSE', at: '2026-05-06T10:00:00+08:00' }).reason['zh-CN']
 * // '未满足：记录完整、已回访或豁免、重大投诉已汇报（《服务中心工作手册》 WI/FW-014.5）'
 */
export function explainRefusal(machine: unknown, snapshot: unknown, event: unknown): Refusal {
  if (!caseMachineInfo(machine)) throw notCaseMachine();
  if (!isSnapshot(snapshot)) throw notSnapshot();
  return explainCaseRefusal(machine, snapshot, event);
}

// Asked to explain a refusal of an event the machine takes: there is none.
function wouldAccept(): never {
  throw new WuyeErrorClass('INVALID_INPUT', text('此事件在当前阶段会被接受，没有拒绝原因可说明', 'The machine takes this event in this state: there is no refusal to explain'), { field: 'event' });
}

/** @internal */
export function notCaseMachine(): WuyeErrorClass {
  return new WuyeErrorClass('INVALID_INPUT', text('此状态机不是本库的流程状态机', 'This machine was not built by the library'), { field: 'machine' });
}

/** @internal */
export function notSnapshot(): WuyeErrorClass {
  return new WuyeErrorClass('INVALID_INPUT', text('需要一个流程快照（启动或恢复所得）', 'A case snapshot is needed (from start or restore)'), { field: 'snapshot' });
}

/** @internal Whether a value looks like a machine snapshot (status, value, context). */
export function isSnapshot(value: unknown): value is { readonly status: string; readonly value: unknown; readonly context: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as { status?: unknown; context?: unknown };
  return typeof s.status === 'string' && typeof s.context === 'object' && s.context !== null && 'value' in value;
}
