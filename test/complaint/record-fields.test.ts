// 《服务中心工作手册》 WI/FW-011 一.2: "建立投诉记录表，对每一份投诉或意见均给予统计。统计内容包含
// 用户名、楼座号、投诉文件（信件、传真、电话及面谈正式统计）编号、投诉性质或内容摘要、处理结果、回访结果等。"
import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../../src/procedures/complaint/index';
import { checkComplaint, startComplaint, stepComplaint } from '../../src/procedures/complaint/index';
import { after, generalLifecycle, intake } from './fixtures';

const withoutUnit = (r: ComplaintRecord): ComplaintRecord => {
  const { unit: _unit, ...complainant } = r.complainant;
  return { ...r, complainant };
};
function closedRecord(record = intake()): ComplaintRecord {
  let [s] = startComplaint(record);
  for (const e of generalLifecycle()) s = stepComplaint(s, e).snapshot;
  expect(s.value).toBe('closed');
  return s.context.record;
}
const incomplete = (r: ComplaintRecord) => checkComplaint(r, { asOf: after(50 * 60) }).find((v) => v.ruleId === 'complaint.record-incomplete');

describe('WI/FW-011 一.2: the complaint log lists the complainant’s unit (楼座号)', () => {
  it('checkComplaint reports a closed complaint without the unit as an incomplete record', () => {
    const closed = closedRecord();
    expect(incomplete(closed)).toBeUndefined();
    const v = incomplete(withoutUnit(closed));
    expect(v?.data.missing).toEqual([{ field: 'complainant.unit', label: { 'zh-CN': '楼座房号', en: 'unit' } }]);
    expect(v?.message['zh-CN']).toContain('缺少：楼座房号。');
  });

  it('a referred complaint is counted in the log too: it needs the unit and the document number', () => {
    const referred: ComplaintRecord = {
      ...withoutUnit(intake()),
      fiveClears: { listened: after(1), clarified: after(2), recorded: after(3) },
      classification: { at: after(4), kind: 'general', reasonable: true, inScope: false },
      referral: { at: after(5), agency: '区住建局', explanation: '不属物业服务范围' },
      closedAt: after(5),
    };
    expect(incomplete(referred)?.data.missing).toEqual([
      { field: 'complainant.unit', label: { 'zh-CN': '楼座房号', en: 'unit' } },
      { field: 'documentNo', label: { 'zh-CN': '投诉文件编号', en: 'document number' } },
    ]);
    expect(incomplete({ ...referred, complainant: intake().complainant, documentNo: 'TS-9' })).toBeUndefined();
  });

  it('the machine refuses to close without the unit, and 记清楚 (RECORDED) can supply it', () => {
    const events = generalLifecycle();
    let [s] = startComplaint(withoutUnit(intake()));
    for (const e of events.slice(0, -1)) s = stepComplaint(s, e).snapshot;
    const close = stepComplaint(s, events.at(-1)!);
    expect(close.accepted).toBe(false);
    if (!close.accepted) expect(close.refusal.guard).toBe('canClose');

    [s] = startComplaint(withoutUnit(intake()));
    for (const e of events) s = stepComplaint(s, e.type === 'RECORDED' ? { ...e, unit: '3栋1201' } : e).snapshot;
    expect(s.value).toBe('closed');
    expect(s.context.record.complainant).toEqual(intake().complainant);
    expect(s.context.violations.map((v) => v.ruleId)).not.toContain('complaint.record-incomplete');
  });
});
