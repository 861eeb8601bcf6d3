import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import type { RenovationEvent, RenovationSnapshot } from '../../src/procedures/renovation/index';
import {
  checkRenovation,
  checkSiteInspection,
  checkSupervision,
  parseRenovationEvent,
  renovationEventSchema,
  renovationMachine,
  requiredFireExtinguishers,
  restoreRenovation,
  startRenovation,
  stepRenovation,
} from '../../src/procedures/renovation/index';
import { malformedEvents } from '../work-order/fixtures';
import { renovationSampleEvents } from '../../src/procedures/renovation/path-model';
import { application, completeFile } from './fixtures';

const at = '2026-05-11T10:00:00+08:00';
const noLatin = /^[^A-Za-z]*$/;

function run(events: RenovationEvent[]): RenovationSnapshot {
  let [s] = startRenovation(application());
  for (const e of events) {
    const r = stepRenovation(s, e);
    expect(r.accepted, e.type).toBe(true);
    s = r.snapshot;
  }
  return s;
}
const qualified: RenovationEvent = { type: 'CHECK_CONTRACTOR', at, licenceValid: true, qualified: true };

describe('renovation on the v1 contract', () => {
  it('an envelope of version 1 ({ record, violations, checkedAt, lastEventAt }) restores and steps on', () => {
    const s = run([qualified, { type: 'SUBMIT_DOCUMENTS', at, documents: ['plan'] }]);
    const { record, violations, checkedAt, lastEventAt } = s.context;
    const v1 = { machine: 'renovation', version: 1, snapshot: { ...persist(s).snapshot, context: { record, violations, checkedAt, lastEventAt } } };
    const restored = restoreRenovation(JSON.stringify(v1));
    expect(restored.value).toBe('documents');
    expect(restored.context).toEqual(s.context);
    const next = stepRenovation(restored, { type: 'SUBMIT_DOCUMENTS', at, documents: ['application-form', 'business-licence', 'qualification', 'contract', 'drawings'] });
    expect(next.accepted && next.snapshot.value).toBe('engineeringReview');
  });

  it('SUBMIT_DOCUMENTS without documents is refused as a malformed event (no untyped "Unable to evaluate guard"), the snapshot unchanged', () => {
    const s = run([qualified]);
    for (const bad of [{ type: 'SUBMIT_DOCUMENTS', at }, { type: 'SUBMIT_DOCUMENTS', at, documents: [] }, { type: 'SUBMIT_DOCUMENTS', at, documents: 'plan' }]) {
      const r = stepRenovation(s, bad);
      expect(r.accepted).toBe(false);
      expect(r.snapshot).toBe(s);
      if (r.accepted) continue;
      expect(r.refusal.kind).toBe('invalid-event');
      expect(r.refusal.reason['zh-CN']).toMatch(/^装修申请事件无效：申请资料/);
    }
    expect(() => parseRenovationEvent({ type: 'SUBMIT_DOCUMENTS', at })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('a malformed event of every type is refused with the snapshot unchanged', () => {
    const s = run([qualified]);
    for (const bad of malformedEvents(renovationEventSchema.options as never, at)) {
      const r = stepRenovation(s, bad);
      expect(r.accepted, JSON.stringify(bad)).toBe(false);
      expect(r.snapshot).toBe(s);
      if (!r.accepted) expect(r.refusal.kind).toBe('invalid-event');
    }
  });

  it('a guarded refusal names the real guard and its clause', () => {
    const toPermit = ['SUBMIT_DOCUMENTS', 'REVIEW', 'SIGN_COMMITMENT', 'SIGN_SAFETY_AGREEMENT', 'ISSUE_PASSES', 'FIRE_APPROVED', 'ISSUE_PERMIT'];
    // The sample events that move on (every document, an approval: the last of their type).
    const s = run([qualified, ...toPermit.map((type) => renovationSampleEvents(at).filter((e) => e.type === type).at(-1)!)]);
    expect(s.value).toBe('works');
    // Completing the works before they started names the start, not the violations.
    const early = stepRenovation(s, { type: 'WORKS_COMPLETED', at });
    expect(early.accepted).toBe(false);
    if (!early.accepted) {
      expect(early.refusal).toMatchObject({ kind: 'guard', guard: 'workStarted', source: { clause: '装修管理程序 1' } });
      expect(early.refusal.reason['zh-CN']).toContain('已开始施工');
    }
    let t = stepRenovation(s, { type: 'START_WORK', at }).snapshot;
    t = stepRenovation(t, { type: 'SERIOUS_VIOLATION', at, kind: 'load-bearing-wall', description: '拆除承重墙' }).snapshot;
    t = stepRenovation(t, { type: 'NOTICE_AND_STOP', at, noticeEvidence: ['通知书 017'], stopEvidence: ['照片'] }).snapshot;
    t = stepRenovation(t, { type: 'RECTIFIED', at }).snapshot;
    expect(t.value).toBe('works');
    for (const e of [{ type: 'WORKS_COMPLETED', at }, { type: 'FIRE_INSPECTION', at, passed: true }, { type: 'SUBMIT_COMPLETION_DOCUMENTS', at }] as const) t = stepRenovation(t, e).snapshot;
    expect(t.value).toBe('acceptance');
    // The acceptance without every party names its guard and clause.
    const accepting = stepRenovation(t, { type: 'JOINT_ACCEPTANCE', at, parties: ['engineering'], noticeSigned: true });
    expect(accepting.accepted).toBe(false);
    if (!accepting.accepted) expect(accepting.refusal).toMatchObject({ kind: 'guard', guard: 'acceptanceComplete', source: { clause: '验收入住程序 3' } });
  });

  it('checkRenovation honours asOf: work started before the approval is no violation before it happened', () => {
    const record = completeFile({ workStartedAt: '2026-05-15T09:00:00+08:00' });
    expect(checkRenovation(record, { asOf: '2026-05-15T08:59:59+08:00' })).toEqual([]);
    expect(checkRenovation(record, { asOf: '2026-05-15T09:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['renovation.work-before-fire-approval', 'renovation.work-before-permit']);
    expect(() => checkRenovation(record, {} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('checkSupervision honours asOf: a day under way is not judged yet', () => {
    const works = { from: '2026-05-11', visits: [{ at: '2026-05-11T10:00:00+08:00', role: 'renovation-officer' as const }] };
    expect(checkSupervision(works, { asOf: '2026-05-11T23:59:59+08:00' })).toEqual([]);
    expect(checkSupervision(works, { asOf: '2026-05-12T00:00:00+08:00' }).map((v) => [v.ruleId, v.data.from, v.data.days])).toEqual([['renovation.security-visits', '2026-05-11', 1]]);
    // Ongoing works (no `to`): the officer's three days are due only once they have passed.
    expect(checkSupervision(works, { asOf: '2026-05-14T12:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['renovation.security-visits']);
    expect(checkSupervision(works, { asOf: '2026-05-15T00:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['renovation.officer-visits', 'renovation.security-visits']);
    try {
      checkSupervision({ ...works, to: '2026-05-10' }, { asOf: '2026-05-15T00:00:00+08:00' });
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string; text: { 'zh-CN': string } }).code).toBe('INVALID_INPUT');
      expect((e as { text: { 'zh-CN': string } }).text['zh-CN'].replace(/\d+/g, '')).toMatch(noLatin);
    }
  });

  it('checkSiteInspection honours asOf: an inspection after asOf has found nothing yet', () => {
    const inspection = { at: '2026-05-18T10:00:00+08:00', site: '12F 1203', areaM2: 150, fireExtinguishers: 2 };
    expect(checkSiteInspection(inspection, { asOf: '2026-05-18T09:59:59+08:00' })).toEqual([]);
    expect(checkSiteInspection(inspection, { asOf: '2026-05-18T10:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['renovation.site-fire-extinguishers']);
    const [v] = checkSiteInspection({ ...inspection, fireExtinguishers: 4, misconduct: ['smoking'], disorder: ['loitering'] }, { asOf: '2026-05-18T10:00:00+08:00' }).map((x) => x.message['zh-CN']);
    expect(v).toBe('12F 1203（2026-05-18 10:00）：现场有不良行为（吸烟）。');
  });

  it('errors a 客服主管 can read: the zh-CN text is all Chinese', () => {
    const zh = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as { text: { 'zh-CN': string } }).text['zh-CN'];
      }
      return '';
    };
    for (const bad of [undefined, Number.NaN, { toString: () => { throw new Error('no'); } }, '100']) expect(zh(() => requiredFireExtinguishers(bad as never))).toMatch(noLatin);
    expect(zh(() => checkRenovation({ ...completeFile(), areaM2: -5 }, { asOf: at }))).toMatch(/^装修档案无效：面积（平方米）：/);
    expect(renovationMachine.id).toBe('renovation');
  });
});
