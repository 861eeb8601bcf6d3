// The ticket desk's service logic, independent of HTTP: open a case, apply an event
// (load → transition() → save with optimistic concurrency, history and outbox in the same
// transaction), run the deadline check, list open items, render a case's history.
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import { transition } from 'xstate';
import * as z from 'zod';
import { instantSchema, parseInput, text } from 'wuye-rules/authoring';
import type { Refusal, SnapshotEnvelope, Violation } from 'wuye-rules';
import { explainRefusal, persist } from 'wuye-rules';
import type { CaseKind, CaseKindName, DeskDeadline, TimedEvent } from './case-kinds';
import { CASE_KINDS } from './case-kinds';
import type { Database, Sql } from './database';
import { DeskError } from './desk-error';

/** The earliest of some ISO 8601 instants (each with its offset), as written. */
const earliest = (instants: readonly string[]): string | undefined => instants.reduce<string | undefined>((a, b) => (a === undefined || Date.parse(b) < Date.parse(a) ? b : a), undefined);

/** A decision receipt: the rule, its clause, what it found and the parameter values it used. */
export interface Receipt {
  readonly ruleId: string;
  readonly severity: Violation['severity'];
  readonly document: string;
  readonly clause: string;
  readonly message: Violation['message'];
  readonly parameters: unknown;
  readonly facts: Readonly<Record<string, unknown>>;
}

/** A case as the desk shows it. */
export interface CaseView {
  readonly id: string;
  readonly kind: CaseKindName;
  readonly version: number;
  readonly machine: string;
  /** The machine version of the stored envelope (0 for a not yet rewritten v0 row). */
  readonly storedMachineVersion: number;
  readonly state: StateValue;
  readonly status: string;
  readonly deadlines: readonly DeskDeadline[];
  readonly nextDueAt: string | null;
  readonly violations: readonly Receipt[];
  readonly checkedAt: string | null;
  readonly context: unknown;
}

/** What an accepted event did. */
export interface EventResult {
  readonly case: CaseView;
  readonly from: StateValue;
  readonly newViolations: readonly Receipt[];
}

/** One entry of a case's history. */
export interface HistoryEntry {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly event: unknown;
  readonly stateBefore: StateValue | null;
  readonly stateAfter: StateValue;
  readonly receipts: readonly Receipt[];
}

/** An outbox row. */
export interface OutboxRow {
  readonly id: number;
  readonly caseId: string;
  readonly seq: number;
  readonly topic: string;
  readonly payload: unknown;
}

interface CaseRow {
  id: string;
  kind: CaseKindName;
  version: number;
  envelope: unknown;
  machine_version: number;
}

const openCaseSchema = z.object({ kind: z.enum(Object.keys(CASE_KINDS) as [CaseKindName, ...CaseKindName[]]), record: z.record(z.string(), z.unknown()) });
const checkDeadlinesSchema = z.object({ at: instantSchema });

/** The receipt of a violation: the Violation object's rule, clause and `data.parameters`. */
export function receiptOf(v: Violation): Receipt {
  const { parameters, ...facts } = v.data as { parameters?: unknown } & Record<string, unknown>;
  return { ruleId: v.ruleId, severity: v.severity, document: v.source.document, clause: v.source.clause, message: v.message, parameters: parameters ?? {}, facts };
}

// A violation is "new" when no violation of the same rule with the same facts (ignoring the
// instant of the check) was there before: a deadline missed at two checks is one finding.
// Keys are sorted: a snapshot read back from jsonb has its object keys in another order.
function findingKey(v: Violation): string {
  const { asOf: _asOf, parameters: _parameters, ...facts } = v.data as Record<string, unknown>;
  return `${v.ruleId}|${canonicalJson(facts)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function violationsOf(snapshot: AnyMachineSnapshot): Violation[] {
  const context = snapshot.context as { violations?: Violation[] };
  return [...(context.violations ?? [])];
}

function nextDue(deadlines: readonly DeskDeadline[]): string | null {
  return earliest(deadlines.filter((d) => d.metAt === null && !d.exempt).map((d) => d.dueAt)) ?? null;
}

/**
 * The desk over one database.
 *
 * @example
 * const desk = new TicketDesk(await openDatabase({ dataDir: './data' }));
 * await desk.openCase({ kind: 'complaint', record: intake });
 */
export class TicketDesk {
  constructor(readonly db: Database) {}

  private view(row: CaseRow, snapshot: AnyMachineSnapshot): CaseView {
    const kind = CASE_KINDS[row.kind];
    const deadlines = kind.deadlines(snapshot);
    const envelope = row.envelope as { machine?: unknown };
    return {
      id: row.id,
      kind: row.kind,
      version: row.version,
      machine: String(envelope.machine),
      storedMachineVersion: row.machine_version,
      state: snapshot.value,
      status: snapshot.status,
      deadlines,
      nextDueAt: nextDue(deadlines),
      violations: violationsOf(snapshot).map(receiptOf),
      checkedAt: (snapshot.context as { checkedAt?: string | null }).checkedAt ?? null,
      context: snapshot.context,
    };
  }

  private async loadRow(id: string, sql: Sql = this.db): Promise<CaseRow> {
    const { rows } = await sql.query<CaseRow>('SELECT id, kind, version, envelope, machine_version FROM cases WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) throw new DeskError(404, 'NOT_FOUND', text(`没有案件 ${id}`, `No case ${id}`), { id });
    if (!Object.hasOwn(CASE_KINDS, row.kind)) throw new DeskError(500, 'INTERNAL', text(`案件 ${id} 的类型未知：${row.kind}`, `Case ${id} has an unknown kind: ${row.kind}`), { id });
    return row;
  }

  /** Opens a case from `{ kind, record }`; the record's id is the case id. */
  async openCase(body: unknown): Promise<CaseView> {
    const request = parseInput(openCaseSchema, body, 'open-case request');
    const kind = CASE_KINDS[request.kind];
    const snapshot = kind.start(request.record);
    const id = kind.caseId(snapshot);
    const envelope = persist(snapshot);
    const deadlines = kind.deadlines(snapshot);
    const openedAt = kind.openedAt(snapshot);
    await this.db.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO cases (id, kind, version, envelope, machine_version, state, status, next_due_at, opened_at)
         VALUES ($1, $2, 1, $3::jsonb, $4, $5::jsonb, $6, $7::timestamptz, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, kind.kind, JSON.stringify(envelope), envelope.version, JSON.stringify(snapshot.value), snapshot.status, nextDue(deadlines), openedAt],
      );
      if (inserted.rowCount === 0) throw new DeskError(409, 'CASE_EXISTS', text(`案件 ${id} 已存在`, `Case ${id} already exists`), { id });
      await tx.query(
        `INSERT INTO case_events (case_id, seq, type, at, event, state_before, state_after, receipts) VALUES ($1, 1, 'OPENED', $2, $3::jsonb, NULL, $4::jsonb, '[]'::jsonb)`,
        [id, openedAt, JSON.stringify(request.record), JSON.stringify(snapshot.value)],
      );
      await tx.query(`INSERT INTO outbox (case_id, seq, topic, payload) VALUES ($1, 1, 'case.opened', $2::jsonb)`, [id, JSON.stringify({ kind: kind.kind, state: snapshot.value, deadlines })]);
    });
    return this.view({ id, kind: kind.kind, version: 1, envelope, machine_version: envelope.version }, snapshot);
  }

  /** The current view of a case (a stored older snapshot is migrated in memory). */
  async getCase(id: string): Promise<CaseView> {
    const row = await this.loadRow(id);
    return this.view(row, CASE_KINDS[row.kind].restore(row.envelope));
  }

  /**
   * Applies one event: validate → load → restore → refuse or transition() → save where the
   * row still has the version read (or `expectedVersion`, from If-Match). A concurrent writer
   * makes the UPDATE match no row: 409 VERSION_CONFLICT and nothing is written.
   */
  async sendEvent(id: string, body: unknown, expectedVersion?: number): Promise<EventResult> {
    const row = await this.loadRow(id);
    if (expectedVersion !== undefined && expectedVersion !== row.version) throw conflict(id, expectedVersion, row.version);
    const kind = CASE_KINDS[row.kind];
    const event = kind.parseEvent(body);
    const snapshot = kind.restore(row.envelope);
    const enabled = snapshot.status === 'active' ? kind.machine.getTransitionData(snapshot as never, event as never) : [];
    if (enabled.length === 0) throw refused(id, event, explainRefusal(kind.machine, snapshot, event));
    const [next, actions] = transition(kind.machine, snapshot, event as never) as [AnyMachineSnapshot, { type: string; params?: unknown }[]];
    if (next.status === 'error') throw (next as { error?: unknown }).error;
    return this.save(kind, row, snapshot, next, event, actions);
  }

  private async save(kind: CaseKind, row: CaseRow, before: AnyMachineSnapshot, next: AnyMachineSnapshot, event: TimedEvent, actions: readonly { type: string; params?: unknown }[]): Promise<EventResult> {
    const envelope: SnapshotEnvelope = persist(next);
    const deadlines = kind.deadlines(next);
    const seen = new Set(violationsOf(before).map(findingKey));
    const fresh = violationsOf(next).filter((v) => !seen.has(findingKey(v)));
    const receipts = fresh.map(receiptOf);
    const version = row.version + 1;
    await this.db.transaction(async (tx) => {
      const updated = await tx.query(
        `UPDATE cases SET envelope = $3::jsonb, version = version + 1, machine_version = $4, state = $5::jsonb, status = $6, next_due_at = $7::timestamptz, updated_at = now()
         WHERE id = $1 AND version = $2`,
        [row.id, row.version, JSON.stringify(envelope), envelope.version, JSON.stringify(next.value), next.status, nextDue(deadlines)],
      );
      if (updated.rowCount === 0) {
        const current = await tx.query<{ version: number }>('SELECT version FROM cases WHERE id = $1', [row.id]);
        throw conflict(row.id, row.version, current.rows[0]?.version ?? null);
      }
      await tx.query(`INSERT INTO case_events (case_id, seq, type, at, event, state_before, state_after, receipts) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8::jsonb)`, [
        row.id,
        version,
        event.type,
        event.at,
        JSON.stringify(event),
        JSON.stringify(before.value),
        JSON.stringify(next.value),
        JSON.stringify(receipts),
      ]);
      const outbox: [string, unknown][] = [];
      if (canonicalJson(before.value) !== canonicalJson(next.value) || before.status !== next.status) outbox.push(['case.transitioned', { type: event.type, at: event.at, from: before.value, to: next.value, status: next.status }]);
      for (const receipt of receipts) outbox.push(['violation.raised', receipt]);
      // The library's machines keep everything in the snapshot (assign); a machine that
      // declares its own actions would have them returned by transition() and relayed here.
      for (const action of actions) outbox.push(['machine.action', { type: action.type, params: action.params ?? null }]);
      for (const [topic, payload] of outbox) {
        await tx.query('INSERT INTO outbox (case_id, seq, topic, payload) VALUES ($1, $2, $3, $4::jsonb)', [row.id, version, topic, JSON.stringify(payload)]);
      }
    });
    return { case: this.view({ ...row, version, envelope, machine_version: envelope.version }, next), from: before.value, newViolations: receipts };
  }

  /**
   * Sends `CHECK_DEADLINES` with `at` to every open case, one at a time; a case written by
   * someone else meanwhile is reported as a conflict (it is checked at the next run).
   */
  async checkDeadlines(body: unknown): Promise<{ at: string; checked: { id: string; version: number; violations: number; newViolations: readonly Receipt[] }[]; conflicts: string[] }> {
    const { at } = parseInput(checkDeadlinesSchema, body, 'deadline check');
    const { rows } = await this.db.query<{ id: string }>(`SELECT id FROM cases WHERE status = 'active' ORDER BY id`);
    const checked: { id: string; version: number; violations: number; newViolations: readonly Receipt[] }[] = [];
    const conflicts: string[] = [];
    for (const { id } of rows) {
      try {
        const result = await this.sendEvent(id, { type: 'CHECK_DEADLINES', at });
        checked.push({ id, version: result.case.version, violations: result.case.violations.length, newViolations: result.newViolations });
      } catch (error) {
        if (error instanceof DeskError && error.code === 'VERSION_CONFLICT') conflicts.push(id);
        else throw error;
      }
    }
    return { at, checked, conflicts };
  }

  /** Open cases, the earliest unmet deadline first, with their deadlines and violations. */
  async listOpen(): Promise<CaseView[]> {
    const { rows } = await this.db.query<CaseRow>(`SELECT id, kind, version, envelope, machine_version FROM cases WHERE status = 'active' ORDER BY next_due_at ASC NULLS LAST, id`);
    return rows.map((row) => this.view(row, CASE_KINDS[row.kind].restore(row.envelope)));
  }

  /** A case's accepted events in order, each with the receipts of what it found, and the case now. */
  async history(id: string): Promise<{ case: CaseView; events: HistoryEntry[] }> {
    const current = await this.getCase(id);
    const { rows } = await this.db.query<{ seq: number; type: string; at: string; event: unknown; state_before: StateValue | null; state_after: StateValue; receipts: Receipt[] }>(
      'SELECT seq, type, at, event, state_before, state_after, receipts FROM case_events WHERE case_id = $1 ORDER BY seq',
      [id],
    );
    return { case: current, events: rows.map((r) => ({ seq: r.seq, type: r.type, at: r.at, event: r.event, stateBefore: r.state_before, stateAfter: r.state_after, receipts: r.receipts })) };
  }

  /** Outbox rows after `after` (by id), at most `limit`: what a relay would deliver next. */
  async outbox(after: number, limit: number): Promise<OutboxRow[]> {
    const { rows } = await this.db.query<{ id: number; case_id: string; seq: number; topic: string; payload: unknown }>('SELECT id, case_id, seq, topic, payload FROM outbox WHERE id > $1 ORDER BY id LIMIT $2', [after, limit]);
    return rows.map((r) => ({ id: r.id, caseId: r.case_id, seq: r.seq, topic: r.topic, payload: r.payload }));
  }
}

function conflict(id: string, expected: number, found: number | null): DeskError {
  return new DeskError(
    409,
    'VERSION_CONFLICT',
    text(`案件 ${id} 已被他人更新（期望版本 ${expected}，当前 ${found ?? '无'}）；请重新读取后再提交`, `Case ${id} was changed by someone else (expected version ${expected}, found ${found ?? 'none'}); reload and send again`),
    { id, expected, found },
  );
}

function refused(id: string, event: TimedEvent, refusal: Refusal & { readonly guards: readonly unknown[] }): DeskError {
  return new DeskError(
    422,
    'EVENT_REFUSED',
    text(`案件 ${id} 未接受事件 ${event.type}：${refusal.reason['zh-CN']}`, `Case ${id} refused event ${event.type}: ${refusal.reason.en}`),
    { id, event: event.type, guard: refusal.guard, ...(refusal.source ? { source: refusal.source } : {}), guards: refusal.guards },
  );
}
