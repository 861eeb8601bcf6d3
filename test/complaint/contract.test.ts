import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { persist } from '../../src/core/persistence';
import type { ComplaintEvent, ComplaintSnapshot } from '../../src/procedures/complaint/index';
import type { CheckDeadlinesEvent } from '../../src/core/case-procedure';
import { checkComplaint, complaintEventSchema, complaintRecordSchema, restoreComplaint, startComplaint, stepComplaint } from '../../src/procedures/complaint/index';
import { FIELD_LABELS } from '../../src/core/field-labels';
import { COMPLAINT_FIELD_LABELS } from '../../src/procedures/complaint/schema';
import { RECEIVED, after, generalLifecycle, intake } from './fixtures';

// No English word in a zh-CN text, but inside quotes (the host's own values, option names)
// and in clause numbers (WI/FW-016), which are data.
const allChinese = (zh: string) => expect(zh.replace(/"[^"]*"/g, '').replace(/WI\/FW-[\d.]+/g, '')).not.toMatch(/[A-Za-z]{2,}/);

function run(events: readonly (ComplaintEvent | CheckDeadlinesEvent)[]): ComplaintSnapshot {
  let [s] = startComplaint(intake());
  for (const e of events) {
    const r = stepComplaint(s, e);
    expect(r.accepted, `${e.type} at ${e.at}`).toBe(true);
    s = r.snapshot;
  }
  return s;
}

function thrown(f: () => unknown): { code: string; text: { 'zh-CN': string; en: string } } {
  try {
    f();
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a throw');
}

const intakeEvents = generalLifecycle().slice(0, 3);

describe('stepComplaint names the real reason of a refusal', () => {
  it('a CLASSIFY before the intake is refused as "intake not complete", not as the first CLASSIFY branch', () => {
    const [s] = startComplaint(intake());
    for (const kind of ['general', 'major', 'written'] as const) {
      const r = stepComplaint(s, { type: 'CLASSIFY', at: after(2), kind, reasonable: false, inScope: false });
      expect(r.accepted).toBe(false);
      if (r.accepted) return;
      expect(r.snapshot).toBe(s);
      expect(r.refusal).toMatchObject({ kind: 'guard', guard: 'intakeComplete', source: { document: '《服务中心工作手册》', clause: 'WI/FW-016' } });
      expect(r.refusal.guards.map((g) => g.guard)).toEqual(['intakeComplete']);
      expect(r.refusal.reason['zh-CN']).toContain('听清楚、问清楚、记清楚之后方可分类');
      allChinese(r.refusal.reason['zh-CN']);
    }
    // Half the intake is still not the intake.
    const listened = run([intakeEvents[0]!, intakeEvents[1]!]);
    const r = stepComplaint(listened, { type: 'CLASSIFY', at: after(6), kind: 'general', reasonable: true, inScope: true });
    expect(!r.accepted && r.refusal.guard).toBe('intakeComplete');
  });

  it('a CLOSE with an incomplete record names canClose and WI/FW-014.5; an unknown measure names measureExists', () => {
    const closing = run(generalLifecycle().slice(0, 11));
    const broken = restoreComplaint({ ...persist(closing), snapshot: { ...persist(closing).snapshot, value: 'handling' } });
    const measure = stepComplaint(broken, { type: 'COMPLETE_MEASURE', at: after(49 * 60), index: 5 });
    expect(!measure.accepted && measure.refusal).toMatchObject({ kind: 'guard', guard: 'measureExists', source: { clause: 'WI/FW-011 二.3' } });
    const done = stepComplaint(broken, { type: 'COMPLETE_MEASURE', at: after(49 * 60), index: 0 });
    expect(!done.accepted && done.refusal.guard).toBe('measureExists');
    const unreported = run([...intakeEvents, { type: 'CLASSIFY', at: after(6), kind: 'major', reasonable: true, inScope: true }]);
    const impossible = stepComplaint(unreported, { type: 'RESOLVE', at: after(7), result: '已处理' });
    expect(!impossible.accepted && impossible.refusal.kind).toBe('not-in-state');
  });

  it('an event earlier than the previous one is out of order', () => {
    const s = run([{ type: 'LISTENED', at: after(10) }]);
    const r = stepComplaint(s, { type: 'CLARIFIED', at: after(5) });
    expect(!r.accepted && r.refusal.kind).toBe('out-of-order');
    expect(r.snapshot).toBe(s);
  });
});

describe('a malformed event of every type is refused with the snapshot unchanged', () => {
  const receiving = run([]);
  const handling = run(generalLifecycle().slice(0, 5));
  const types = complaintEventSchema.options.map((o) => o.shape.type.value);

  it.each(types)('%s', (type) => {
    for (const s of [receiving, handling]) {
      for (const bad of [{ type, at: '2026-05-06 09:31' }, { type, at: after(30), index: -1, kind: 'urgent', satisfied: 'yes', falseDetails: 'contact', dueAt: 'tomorrow' }]) {
        if (complaintEventSchema.safeParse(bad).success) continue;
        const r = stepComplaint(s, bad);
        expect(r.accepted).toBe(false);
        expect(r.snapshot).toBe(s);
        if (!r.accepted) {
          expect(r.refusal.kind).toBe('invalid-event');
          allChinese(r.refusal.reason['zh-CN']);
        }
      }
    }
  });

  it('so is something that is not an event at all', () => {
    for (const bad of [null, 'LISTENED', [], { type: 'NOPE', at: after(1) }]) {
      const r = stepComplaint(receiving, bad);
      expect(r.accepted).toBe(false);
      expect(r.snapshot).toBe(receiving);
    }
  });
});

describe('after CLOSE the violations are the record as closed', () => {
  it('a 汇报 found missing at a check before it was made is no longer reported once the case closes', () => {
    const s = run([
      ...intakeEvents,
      { type: 'CLASSIFY', at: after(6), kind: 'major', reasonable: true, inScope: true },
      { type: 'CHECK_DEADLINES', at: after(8) },
    ]);
    expect(s.context.violations.map((v) => v.ruleId)).toEqual(['complaint.major-not-reported']);
    const closed = run([
      ...intakeEvents,
      { type: 'CLASSIFY', at: after(6), kind: 'major', reasonable: true, inScope: true },
      { type: 'CHECK_DEADLINES', at: after(8) },
      { type: 'REPORT', at: after(10), to: '管理处主任' },
      ...generalLifecycle().slice(4),
    ]);
    expect(closed.value).toBe('closed');
    expect(closed.context.violations).toEqual([]);
    expect(closed.context.checkedAt).toBe(closed.context.record.closedAt);
  });
});

describe('CHECK_DEADLINES is monotonic', () => {
  it('refuses a check older than the last one, and one before the receipt', () => {
    const s = run([{ type: 'CHECK_DEADLINES', at: '2026-05-08T09:30:01+08:00' }]);
    const stale = stepComplaint(s, { type: 'CHECK_DEADLINES', at: '2026-05-07T00:00:00+08:00' });
    expect(!stale.accepted && stale.refusal.kind).toBe('stale-check');
    expect(stale.snapshot.context.violations.map((v) => v.ruleId)).toEqual(['complaint.investigate-deadline']);
    const early = stepComplaint(run([]), { type: 'CHECK_DEADLINES', at: '2026-05-06T09:00:00+08:00' });
    expect(!early.accepted && early.refusal.kind).toBe('before-opening');
  });
});

describe('a version-1 envelope restores', () => {
  // Written by the machine before the case-procedure core: the same context shape.
  const v1 = {
    machine: 'complaint',
    version: 1,
    snapshot: {
      status: 'active',
      value: 'handling',
      context: {
        record: {
          ...intake(),
          documentNo: 'TS-2026-0142',
          fiveClears: { listened: after(1), clarified: after(3), recorded: after(5) },
          classification: { at: after(6), kind: 'general', reasonable: true, inScope: true },
        },
        deadlines: [
          { id: 'notify', ruleId: 'complaint.notify-deadline', startedAt: RECEIVED, dueAt: '2026-05-09T09:30:00+08:00', inclusive: true, metAt: null, exempt: false },
          { id: 'complete', ruleId: 'complaint.complete-deadline', startedAt: RECEIVED, dueAt: '2026-05-09T09:30:00+08:00', inclusive: true, metAt: null, exempt: false },
          { id: 'investigate', ruleId: 'complaint.investigate-deadline', startedAt: RECEIVED, dueAt: '2026-05-08T09:30:00+08:00', inclusive: true, metAt: null, exempt: false },
        ],
        violations: [],
        checkedAt: null,
        lastEventAt: after(6),
      },
    },
  };

  it('and steps on as a case of today', () => {
    const s = restoreComplaint(JSON.stringify(v1));
    expect(s.value).toBe('handling');
    expect(s.context).toEqual(run(generalLifecycle().slice(0, 4)).context);
    const r = stepComplaint(s, generalLifecycle()[4]!);
    expect(r.accepted && r.snapshot.context.deadlines.map((d) => d.id)).toEqual(['notify', 'complete', 'investigate', 'department']);
  });
});

describe('checkComplaint honours asOf', () => {
  it('a reply not yet due is no violation; after its deadline it is', () => {
    const record = intake({ dispatches: [{ at: after(5), department: '工程部' }], result: { at: after(60), description: '已处理' } });
    expect(checkComplaint(record, { asOf: '2026-05-09T09:30:00+08:00' })).toEqual([]);
    expect(checkComplaint(record, { asOf: '2026-05-09T09:30:01+08:00' }).map((v) => v.ruleId)).toEqual(['complaint.notify-deadline']);
  });
  it('asOf is required, and bad options are typed errors', () => {
    expect(thrown(() => checkComplaint(intake(), {} as never))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(thrown(() => checkComplaint(intake(), undefined as never))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(thrown(() => checkComplaint(intake(), { asOf: '2026-05-09' }))).toMatchObject({ code: 'INVALID_INSTANT' });
    expect(thrown(() => checkComplaint(intake(), { asOf: RECEIVED, policy: {} as never }))).toMatchObject({ code: 'INVALID_POLICY' });
  });
});

describe('errors a 客服主管 can read', () => {
  it('every field of the record and of every event has a Chinese label', () => {
    const names = new Set<string>();
    const walk = (schema: z.ZodType): void => {
      const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
      if (def.innerType) return walk(def.innerType);
      if (def.element) return walk(def.element);
      if (def.type === 'object') {
        for (const [name, field] of Object.entries((schema as z.ZodObject).shape)) {
          names.add(name);
          walk(field as z.ZodType);
        }
      }
    };
    walk(complaintRecordSchema);
    for (const option of complaintEventSchema.options) walk(option);
    // The complaint's own labels, or the core's common ones (parseInput and the docs read both).
    expect([...names].filter((n) => !COMPLAINT_FIELD_LABELS[n] && !FIELD_LABELS[n])).toEqual([]);
    for (const label of [...Object.values(COMPLAINT_FIELD_LABELS), ...Object.values(FIELD_LABELS)]) allChinese(label['zh-CN']);
  });

  it('a bad intake says what is wrong in Chinese (not "complaint intake record 无效：channel — Invalid option")', () => {
    const channel = thrown(() => startComplaint(intake({ channel: 'pigeon' as never })));
    expect(channel.code).toBe('INVALID_INPUT');
    expect(channel.text['zh-CN']).toMatch(/^投诉记录无效：投诉渠道：/);
    expect(channel.text.en).toContain('channel');
    const { name: _n, ...noName } = intake().complainant;
    for (const error of [
      channel,
      thrown(() => startComplaint(intake({ complainant: noName as never }))),
      thrown(() => startComplaint(intake({ receivedAt: '2026-05-06 09:30' }))),
      thrown(() => startComplaint(intake({ closedAt: RECEIVED }))),
      thrown(() => startComplaint(null as never)),
      thrown(() => checkComplaint(intake({ measures: [{ kind: 'remedial', description: '', dueAt: RECEIVED }] }), { asOf: RECEIVED })),
    ]) {
      allChinese(error.text['zh-CN']);
    }
    expect(thrown(() => startComplaint(intake({ complainant: noName as never }))).text['zh-CN']).toContain('投诉人的姓名');
  });
});
