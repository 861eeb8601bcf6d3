import { describe, expect, it } from 'vitest';
import { zoneParameter } from '../../src/core/core-parameters';
import { composePolicy } from '../../src/core/policy';
import { defineRule, violation } from '../../src/core/rule';
import { cite } from '../../src/core/source';
import { text } from '../../src/core/text';
import { complaintPacks, escalateTo, investigateWithin, notifyWithin } from '../../src/procedures/complaint/policy';
import { freezeAll, thrown } from './helpers';

// A test-only rule reading three parameters from three origins.
const lateNotice = defineRule<{ dueAt: string; at: string }>({
  id: 'test.late-notice',
  severity: 'error',
  source: cite('ZH', 'WI/FW-006.18'),
  title: text('3日内通知处理情况', 'Notify within 3 days'),
  parameters: [notifyWithin, investigateWithin, zoneParameter],
  message: (d) => text(`应在 ${d.dueAt} 前通知，实际 ${d.at}`, `Due by ${d.dueAt}, notified ${d.at}`),
});

describe('defineRule', () => {
  it('freezes the rule and its parameter list', () => {
    expect(Object.isFrozen(lateNotice)).toBe(true);
    expect(Object.isFrozen(lateNotice.parameters)).toBe(true);
  });
});

describe('violation', () => {
  const facts = freezeAll({ dueAt: '2026-05-09T09:30:00+08:00', at: '2026-05-10T10:00:00+08:00' });

  it('records every parameter value with its origin: pack and clause, override, or library default', () => {
    const policy = composePolicy(complaintPacks.ZH, complaintPacks.DEPT, { 'complaint.notifyWithin': { value: 2, unit: 'day' } });
    const v = violation(lateNotice, facts, policy);
    expect(v.data['parameters']).toEqual({
      'complaint.notifyWithin': { value: { value: 2, unit: 'day' }, from: 'override' },
      'complaint.investigateWithin': { value: { value: 48, unit: 'hour' }, from: 'DEPT', clause: '5.2.3' },
      'core.zone': { value: 'Asia/Shanghai', from: 'LIBRARY', clause: 'reading conventions: zone' },
    });
  });

  it('without a policy, records the defaults and the clauses they come from', () => {
    const v = violation(lateNotice, facts);
    expect(v.data['parameters']).toEqual({
      'complaint.notifyWithin': { value: { value: 3, unit: 'day' }, from: 'ZH', clause: 'WI/FW-006.18' },
      'complaint.investigateWithin': { value: { value: 48, unit: 'hour' }, from: 'DEPT', clause: '5.2.3' },
      'core.zone': { value: 'Asia/Shanghai', from: 'LIBRARY', clause: 'reading conventions: zone' },
    });
  });

  it('records the pack a value came from when packs disagree', () => {
    const rule = defineRule({ id: 'test.report', severity: 'warning', source: cite('ZH', 'WI/FW-014.7'), title: text('汇报', 'Report'), parameters: [escalateTo], message: () => text('未汇报', 'Not reported') });
    const used = (policy: Parameters<typeof violation>[2]) => (violation(rule, {}, policy).data['parameters'] as Record<string, unknown>)['complaint.escalateTo'];
    expect(used(composePolicy(complaintPacks.ZH, complaintPacks.STD))).toEqual({ value: text('公司投诉管理部门和管理层', "the company's complaint department and management"), from: 'STD', clause: '投诉管理 受理与回复 1' });
    expect(used(composePolicy(complaintPacks.STD, complaintPacks.ZH))).toMatchObject({ from: 'ZH', clause: 'WI/FW-014.7' });
  });

  it('carries the rule, the facts and the message in both languages; the facts are not mutated', () => {
    const v = violation(lateNotice, facts, composePolicy(complaintPacks.ZH));
    expect(v).toMatchObject({ ruleId: 'test.late-notice', severity: 'error', source: { document: '《服务中心工作手册》', clause: 'WI/FW-006.18' } });
    expect(v.data).toMatchObject(facts);
    expect(v.message).toEqual({ 'zh-CN': '应在 2026-05-09T09:30:00+08:00 前通知，实际 2026-05-10T10:00:00+08:00', en: 'Due by 2026-05-09T09:30:00+08:00, notified 2026-05-10T10:00:00+08:00' });
    expect(facts).toEqual({ dueAt: '2026-05-09T09:30:00+08:00', at: '2026-05-10T10:00:00+08:00' });
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it('a non-policy is INVALID_POLICY', () => {
    thrown(() => violation(lateNotice, facts, { 'complaint.notifyWithin': { value: 2, unit: 'day' } } as never), 'INVALID_POLICY');
  });
});
