import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { checkEmailReply, checkFollowUpOpener, checkGreeting, checkServiceLine, firstResponderPacks, firstResponderProcedure, scriptRules, serviceLineRules } from '../../src/procedures/first-responder/index';
import type { ServiceLine } from '../../src/procedures/first-responder/index';

const ASOF = { asOf: '2026-12-01T00:00:00+08:00' };
const caller = { organisation: '华侨城服务中心', department: '客服部', name: '李敏' };
const missing = (vs: ReturnType<typeof checkFollowUpOpener>) => vs.flatMap((v) => (v.data.missing as { field: string }[]).map((m) => m.field));

describe('WI/FW-018 一.1: the follow-up call opener', () => {
  it('the recommended opener passes, in simplified or traditional punctuation and spacing', () => {
    expect(checkFollowUpOpener({ opener: '您好，我是华侨城服务中心客服部的李敏，不知道您现在是否方便？', caller }, ASOF)).toEqual([]);
    expect(checkFollowUpOpener({ opener: '您好! 我是 華僑城服務中心… 不對', caller: { ...caller, organisation: '華僑城服務中心' } }, ASOF).map((v) => v.ruleId)).toEqual(['first-responder.follow-up-opener']);
  });
  it('names each missing part: unit, department, name, the convenience question', () => {
    expect(missing(checkFollowUpOpener({ opener: '您好，我是李敏。', caller }, ASOF))).toEqual(['organisation', 'department', 'convenient']);
    expect(missing(checkFollowUpOpener({ opener: '您好，华侨城服务中心客服部李敏。', caller }, { ...ASOF, policy: composePolicy(firstResponderPacks.ZH, { 'firstResponder.openerAsksConvenience': false }) }))).toEqual([]);
  });
});

describe('WI/FW-018 二: the e-mail reply format', () => {
  const reply = { subject: '关于3栋电梯停运的回复（工程部）', signature: '李敏\n客服部\n华侨城服务中心', handlingDepartment: '工程部', sender: caller };
  it('subject with the matter and the handling department, signature with name, department and company', () => {
    expect(checkEmailReply(reply, ASOF)).toEqual([]);
    expect(checkEmailReply({ ...reply, subject: '工程部' }, ASOF).map((v) => v.ruleId)).toEqual(['first-responder.email-subject']);
    expect(checkEmailReply({ ...reply, subject: '关于3栋电梯停运的回复' }, ASOF).map((v) => v.ruleId)).toEqual(['first-responder.email-subject']);
    const [v] = checkEmailReply({ ...reply, signature: '李敏' }, ASOF);
    expect(missing([v!])).toEqual(['department', 'organisation']);
  });
});

describe('电话接听规范 ②b、②c: the security room and holidays', () => {
  it('the security room answers "您好！保安室。"', () => {
    expect(checkGreeting({ answeredAt: '2026-05-06T09:00:00+08:00', desk: 'security', greeting: '您好！保安室。' }, ASOF)).toEqual([]);
    expect(checkGreeting({ answeredAt: '2026-05-06T09:00:00+08:00', desk: 'security', greeting: '您好 保安室' }, ASOF)).toEqual([]);
    expect(checkGreeting({ answeredAt: '2026-05-06T09:00:00+08:00', desk: 'security', greeting: '喂，保安室' }, ASOF).map((v) => v.ruleId)).toEqual(['first-responder.security-room-greeting']);
    expect(checkGreeting({ answeredAt: '2026-05-06T09:00:00+08:00', desk: 'office', greeting: '你好！凯鸿物业。' }, ASOF)).toEqual([]);
  });
  it('good wishes on a statutory holiday of the business calendar, the day read in the policy zone', () => {
    // 2026-10-01 is National Day; 2026-10-10 a 调休 make-up working day; 2026-09-30 an ordinary day.
    const on = (answeredAt: string, greeting = '你好！凯鸿物业。') => checkGreeting({ answeredAt, desk: 'office', greeting }, ASOF).map((v) => v.ruleId);
    expect(on('2026-10-01T09:00:00+08:00')).toEqual(['first-responder.festive-greeting']);
    expect(on('2026-10-01T09:00:00+08:00', '你好！凯鸿物业，国庆快乐！')).toEqual([]);
    expect(on('2026-01-01T09:00:00+08:00', '你好！凯鸿物业。新年好！')).toEqual([]);
    expect(on('2026-10-10T09:00:00+08:00')).toEqual([]);
    // 23:59 on 30 September in Shanghai is 15:59 UTC: not yet the holiday.
    expect(on('2026-09-30T15:59:00Z')).toEqual([]);
    expect(on('2026-09-30T16:00:00Z')).toEqual(['first-responder.festive-greeting']);
    // Not judged before it happened.
    expect(checkGreeting({ answeredAt: '2026-10-01T09:00:00+08:00', desk: 'office', greeting: '你好' }, { asOf: '2026-09-01T00:00:00+08:00' })).toEqual([]);
  });
});

describe('STD 投诉管理 总要求 2, 客户沟通 基本要求 1: the 24-hour service line', () => {
  const day: ServiceLine = {
    phone: '0755-12345678',
    from: '2026-05-06T00:00:00+08:00',
    to: '2026-05-07T00:00:00+08:00',
    shifts: [
      { staff: '李敏', start: '2026-05-06T00:00:00+08:00', end: '2026-05-06T12:00:00+08:00' },
      { staff: '王强', start: '2026-05-06T12:00:00+08:00', end: '2026-05-07T00:00:00+08:00' },
    ],
    published: [{ where: '大堂公告栏', at: '2026-05-01T09:00:00+08:00', complaintChannels: true }],
  };
  it('staffed every instant of the day and published before it: no violation', () => {
    expect(checkServiceLine(day, { asOf: '2026-05-07T00:00:00+08:00' })).toEqual([]);
  });
  it('a one-minute gap is a violation with its instants; judged up to asOf', () => {
    const gap = { ...day, shifts: [day.shifts[0]!, { ...day.shifts[1]!, start: '2026-05-06T12:01:00+08:00' }] };
    const vs = checkServiceLine(gap, { asOf: '2026-05-07T00:00:00+08:00' });
    expect(vs.map((v) => [v.ruleId, v.data.from, v.data.to])).toEqual([['first-responder.service-line-unstaffed', '2026-05-06T12:00:00+08:00', '2026-05-06T12:01:00+08:00']]);
    expect(vs[0]?.source).toEqual({ document: '《物业客户服务类服务标准表》', clause: '投诉管理 总要求 2' });
    expect(checkServiceLine(gap, { asOf: '2026-05-06T12:00:00+08:00' })).toEqual([]);
  });
  it('published after the period began, or without the complaint channels, is a violation', () => {
    expect(checkServiceLine({ ...day, published: [{ where: '微信群', at: '2026-05-06T08:00:00+08:00', complaintChannels: true }] }, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['first-responder.service-line-unpublished']);
    expect(checkServiceLine({ ...day, published: [{ where: '大堂公告栏', at: '2026-05-01T09:00:00+08:00' }] }, { asOf: '2026-05-07T00:00:00+08:00' })[0]?.data.complaintChannels).toBe(true);
  });
  it('the new rules are in the procedure (docs)', () => {
    expect(firstResponderProcedure.rules).toEqual(expect.arrayContaining([...Object.values(scriptRules), ...Object.values(serviceLineRules)]));
  });
});
