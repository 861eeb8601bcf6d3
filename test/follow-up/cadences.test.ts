import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import type { Policy } from '../../src/core/policy';
import { checkFollowUpCadences, followUpPacks, followUpProcedure } from '../../src/procedures/follow-up/index';
import type { FollowUpCadenceLog, FollowUpContact } from '../../src/procedures/follow-up/index';

const LATER = '2030-01-01T00:00:00+08:00';
const found = (log: FollowUpCadenceLog, asOf = LATER, policy?: Policy) => checkFollowUpCadences(log, { asOf, policy }).map((v) => `${v.ruleId}@${String(v.data.by ?? v.data.date)}${v.data.mode ? `/${String(v.data.mode)}` : ''}`);
const phone = (date: string): FollowUpContact => ({ customer: 'A', date, mode: 'phone' });
const visit = (date: string, agreedOn: string | undefined = date): FollowUpContact => ({ customer: 'A', date, mode: 'on-site', ...(agreedOn ? { agreedOn } : {}) });

describe('WI/FW-017 一: a phone follow-up every seven days', () => {
  const log = (calls: string[], followUpUntil = '2026-05-14'): FollowUpCadenceLog => ({ period: '2026-05', customers: [{ id: 'A', followUpFrom: '2026-05-01', followUpUntil }], contacts: calls.map(phone) });

  it('day 7 is on time, day 8 is late; after a miss the next is counted from the missed due day', () => {
    expect(found(log(['2026-05-08', '2026-05-14']))).toEqual([]);
    expect(found(log(['2026-05-09', '2026-05-14']))).toEqual(['follow-up.phone-cadence@2026-05-08/phone']);
    // The miss on the 8th restarts the count: the 9th is within 7 days of it, the 15th is due next.
    expect(found(log(['2026-05-09'], '2026-05-15'))).toEqual(['follow-up.phone-cadence@2026-05-08/phone']);
    expect(found(log(['2026-05-09'], '2026-05-16'))).toEqual(['follow-up.phone-cadence@2026-05-08/phone', 'follow-up.phone-cadence@2026-05-16/phone']);
  });

  it('a due day not yet over at asOf is no violation (24:00 of day 7, policy zone)', () => {
    const none = log([]);
    expect(found(none, '2026-05-08T23:59:59+08:00')).toEqual([]);
    expect(found(none, '2026-05-09T00:00:00+08:00')).toEqual(['follow-up.phone-cadence@2026-05-08/phone']);
    const v = checkFollowUpCadences(none, { asOf: '2026-05-09T00:00:00+08:00' })[0]!;
    expect(v.data).toMatchObject({ customer: 'A', from: '2026-05-02', by: '2026-05-08', dueAt: '2026-05-09T00:00:00+08:00' });
    expect(v.data.parameters).toEqual({ 'followUp.phoneEveryDays': { value: 7, from: 'ZH', clause: 'WI/FW-017 一' } });
  });

  it('an on-site visit is not a phone follow-up; another customer\'s call does not count', () => {
    const l = log([]);
    expect(found({ ...l, contacts: [visit('2026-05-05'), { customer: 'B', date: '2026-05-05', mode: 'phone' }] }, '2026-05-09T00:00:00+08:00')).toEqual(['follow-up.phone-cadence@2026-05-08/phone']);
  });
});

describe('WI/FW-017 一、二: a call and a visit each month, at a time agreed first', () => {
  const may = (contacts: FollowUpContact[], followUpFrom = '2026-05-01'): FollowUpCadenceLog => ({
    period: '2026-05',
    customers: [{ id: 'A', followUpFrom, followUpUntil: '2026-05-31' }],
    contacts: [...['2026-05-07', '2026-05-14', '2026-05-21', '2026-05-28'].map(phone), ...contacts],
  });

  it('a month with both a call and an agreed visit passes; without the visit it fails for on-site', () => {
    expect(found(may([visit('2026-05-31', '2026-05-20')]))).toEqual([]);
    expect(found(may([]))).toEqual(['follow-up.monthly-cadence@2026-05-31/on-site']);
    expect(found(may([]), '2026-05-31T23:59:59+08:00')).toEqual([]);
  });

  it('only whole months on the register are judged', () => {
    expect(found(may([], '2026-05-02')).filter((x) => x.startsWith('follow-up.monthly'))).toEqual([]);
  });

  it('a visit agreed the same day is agreed first; agreed after it, or never, is not', () => {
    expect(found(may([visit('2026-05-20', '2026-05-20')]))).toEqual([]);
    expect(found(may([visit('2026-05-20', '2026-05-21')]))).toEqual(['follow-up.time-not-agreed@2026-05-20/on-site']);
    expect(found(may([{ customer: 'A', date: '2026-05-20', mode: 'on-site' }]))).toEqual(['follow-up.time-not-agreed@2026-05-20/on-site']);
    // Phone calls ask whether it is convenient instead (WI/FW-018 一.1), unless the host adds them.
    const strict = composePolicy(followUpPacks.ZH, { 'followUp.agreeFirstModes': ['phone', 'on-site'] });
    expect(found(may([visit('2026-05-20')]), LATER, strict)).toHaveLength(4);
  });
});

describe('STD 特约服务 服务回访 2: a visit each quarter to long-term agreement customers', () => {
  const year = (contacts: FollowUpContact[], longTermFrom = '2026-01-01'): FollowUpCadenceLog => ({ period: '2026', customers: [{ id: 'A', longTermFrom }], contacts });
  it('each whole quarter of the agreement needs an on-site visit; a call does not count', () => {
    expect(found(year([visit('2026-03-31'), phone('2026-05-01'), visit('2026-07-01')]))).toEqual([
      'follow-up.long-term-visit@2026-06-30/on-site',
      'follow-up.long-term-visit@2026-12-31/on-site',
    ]);
    expect(found(year([visit('2026-04-01'), visit('2026-07-01'), visit('2026-10-01')], '2026-01-02'))).toEqual([]);
  });
});

describe('STD 客户沟通 客户访谈 3: every delivered customer yearly after the first six months', () => {
  const of = (deliveredOn: string, period: string, contacts: FollowUpContact[] = []): FollowUpCadenceLog => ({ period, customers: [{ id: 'A', deliveredOn }], contacts });
  it('the first calendar year starting after the six-month window is judged; by phone or on site', () => {
    // Delivered 2025-06-30: the first window ends 2025-12-30, so 2026 is the first yearly one.
    expect(found(of('2025-06-30', '2026'))).toEqual(['follow-up.delivered-interview@2026-12-31/phone or on-site']);
    expect(found(of('2025-06-30', '2026', [phone('2026-12-31')]))).toEqual([]);
    // Delivered 2025-07-01: the first window ends 2026-01-01, inside 2026, so 2026 needs nothing more.
    expect(found(of('2025-07-01', '2026'))).toEqual([]);
    expect(found(of('2025-07-01', '2027'))).toEqual(['follow-up.delivered-interview@2027-12-31/phone or on-site']);
  });
});

describe('the follow-up procedure', () => {
  it('checks a record with contacts as a cadence log and lists the cadence rules', () => {
    const log = Object.freeze({ period: '2026-05', customers: Object.freeze([Object.freeze({ id: 'A', followUpFrom: '2026-05-01' })]), contacts: Object.freeze([]) });
    expect(followUpProcedure.check!(log as never, { asOf: '2026-05-09T00:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['follow-up.phone-cadence']);
    expect(followUpProcedure.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['follow-up.phone-cadence', 'follow-up.monthly-cadence', 'follow-up.time-not-agreed', 'follow-up.long-term-visit', 'follow-up.delivered-interview']));
  });
  it('bad input is INVALID_INPUT', () => {
    expect(() => checkFollowUpCadences({ period: '2026-05', customers: [], contacts: [{ customer: 'A', date: '2026-05-32', mode: 'phone' }] }, { asOf: LATER })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkFollowUpCadences({ period: '2026-05', customers: [], contacts: [{ customer: 'A', date: '2026-05-03', mode: 'visit' as never }] }, { asOf: LATER })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
