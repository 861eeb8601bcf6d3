import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { composePolicy, isWuyeError } from '../../src/index';
import { deepFreeze } from '../../src/core/policy';
import type { CallRecord, DeskRoster, FineEvent, ReceptionVisit } from '../../src/procedures/first-responder/index';
import { checkCall, checkDeskStaffing, checkReception, finesFor, firstResponderPacks } from '../../src/procedures/first-responder/index';

const goodCall: CallRecord = {
  kind: 'service',
  id: 'T-1',
  rings: 3,
  organisation: '华侨城服务中心',
  greeting: '您好！华侨城服务中心',
  note: { time: '2026-05-06 09:30', place: '3栋1201', name: '王先生', phone: '13800000000', matter: '厨房漏水', readBack: true },
  hungUpFirst: 'customer',
  staffWords: '请把您具体地址告诉我们，我们立即派人前往为您提供上门服务。',
};
// Every record here happened on 2026-05-06: judged the day after.
const AS_OF = { asOf: '2026-05-07T00:00:00+08:00' } as const;
const fields = (missing: unknown) => (missing as { field: string }[]).map((m) => m.field);
const zhLabels = (missing: unknown) => (missing as { label: { 'zh-CN': string } }[]).map((m) => m.label['zh-CN']);
const ids = (vs: { ruleId: string }[]) => vs.map((v) => v.ruleId);
const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('checkCall (WI/FW-003)', () => {
  it('a compliant call has no violation; the third ring is within three rings', () => {
    expect(checkCall(goodCall, AS_OF)).toEqual([]);
  });

  it('the fourth ring is late (以内 includes the number)', () => {
    expect(checkCall({ ...goodCall, rings: 4 }, AS_OF)).toMatchObject([{ ruleId: 'first-responder.answer-rings', data: { rings: 4, limit: 3, parameters: { 'firstResponder.answerWithinRings': { value: 3 } } } }]);
  });

  it('a greeting without the organisation, or with 喂', () => {
    expect(ids(checkCall({ ...goodCall, greeting: '您好' }, AS_OF))).toEqual(['first-responder.greeting-name']);
    // 喂 is no greeting: the organisation's name after it is not enough (issue 15).
    expect(ids(checkCall({ ...goodCall, greeting: '喂，华侨城服务中心' }, AS_OF))).toEqual(['first-responder.greeting-name', 'first-responder.phone-wei']);
    expect(checkCall({ ...goodCall, organisation: '凯鸿物业', greeting: '你好！凯鸿 物业。' }, AS_OF)).toEqual([]);
  });

  // Issue 15: ZH WI/FW-003.2 ("您好!华侨城服务中心") and RULES 电话接听规范 ② ("你好!凯鸿物业。",
  // "您好!保安室。") greet and name; neither depends on the script the names are written in.
  it.each([
    ['华侨城服务中心', '您好！華僑城服務中心'],
    ['華僑城服務中心', '您好！华侨城服务中心'],
    ['凯鸿物业', '你好!凱鴻物業。'],
    ['凱鴻物業', '你好!凯鸿物业。'],
    ['保安室', '您好!保安室。'],
    ['凯鸿物业', '新年好！你好，凯鸿物业。'],
  ])('a greeting in either script names %s: %s', (organisation, greeting) => {
    expect(checkCall({ ...goodCall, organisation, greeting }, AS_OF)).toEqual([]);
  });

  it.each([
    ['华侨城服务中心', '华侨城服务中心'],
    ['华侨城服务中心', '華僑城服務中心。'],
    ['凯鸿物业', '凯鸿物业，请讲'],
  ])('the organisation %s alone, with no 您好, fails: %s', (organisation, greeting) => {
    const violations = checkCall({ ...goodCall, organisation, greeting }, AS_OF);
    expect(violations).toMatchObject([{ ruleId: 'first-responder.greeting-name', data: { named: true, greeted: false } }]);
    expect(violations[0]!.message['zh-CN']).toContain('未问候');
  });

  it('any organisation name written in traditional characters is named by a simplified greeting, and the reverse', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const name = fc.array(fc.constantFrom(...'华侨城服务中心凯鸿物业保安室碧桂园万科管理处客户联络广场花园东区'), { minLength: 2, maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(name, (organisation) => {
        expect(checkCall({ ...goodCall, organisation, greeting: `您好！${toTraditional(organisation)}` }, AS_OF)).toEqual([]);
        expect(checkCall({ ...goodCall, organisation: toTraditional(organisation), greeting: `你好，${organisation}。` }, AS_OF)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a greeting in traditional characters still needs the right organisation', () => {
    expect(checkCall({ ...goodCall, organisation: '凯鸿物业', greeting: '您好！華僑城服務中心' }, AS_OF)).toMatchObject([{ ruleId: 'first-responder.greeting-name', data: { named: false, greeted: true } }]);
  });

  it('the note must hold time, place, name, phone and matter, read back', () => {
    const [partial] = checkCall({ ...goodCall, note: { ...goodCall.note!, phone: ' ', readBack: false } }, AS_OF);
    expect(partial).toMatchObject({ ruleId: 'first-responder.call-note', data: { missing: [{ field: 'note.phone', label: { 'zh-CN': '电话', en: 'phone' } }], readBack: false } });
    expect(partial!.message['zh-CN']).toBe('来电 T-1：记录缺少电话，未向对方复述。');
    const noNote = { ...goodCall, note: undefined } as CallRecord;
    const [none] = checkCall(noNote, AS_OF);
    expect(none!.ruleId).toBe('first-responder.call-note');
    expect(fields(none!.data.missing)).toEqual(['note.time', 'note.place', 'note.name', 'note.phone', 'note.matter']);
    expect(zhLabels(none!.data.missing)).toEqual(['时间', '地点', '姓名', '电话', '事项']);
    const fewer = composePolicy(firstResponderPacks.ZH, { 'firstResponder.callNoteFields': ['name', 'matter'] });
    expect(checkCall({ ...goodCall, note: { name: '王先生', matter: '漏水', readBack: true } }, { ...AS_OF, policy: fewer })).toEqual([]);
  });

  it('the customer hangs up first; forbidden phrases in the staff’s words', () => {
    expect(ids(checkCall({ ...goodCall, hungUpFirst: 'staff' }, AS_OF))).toEqual(['first-responder.customer-hangs-up-first']);
    expect(ids(checkCall({ ...goodCall, staffWords: '我没时间！改天再通知你' }, AS_OF))).toEqual(['first-responder.work-taboo', 'first-responder.complaint-taboo']);
  });

  it('private calls: none in general, an urgent one at most 3 minutes', () => {
    const call = (urgent: boolean, end: string): CallRecord => ({ kind: 'private', id: 'P-1', urgent, startedAt: '2026-05-06T10:00:00+08:00', endedAt: end });
    expect(checkCall(call(true, '2026-05-06T10:03:00+08:00'), AS_OF)).toEqual([]);
    expect(checkCall(call(true, '2026-05-06T10:03:01+08:00'), AS_OF)).toMatchObject([{ ruleId: 'first-responder.private-call', severity: 'warning', data: { urgent: true, limitMinutes: 3 } }]);
    expect(checkCall(call(false, '2026-05-06T10:00:30+08:00'), AS_OF)).toMatchObject([{ ruleId: 'first-responder.private-call', data: { urgent: false } }]);
    expect(isWuyeError(errorOf(() => checkCall(call(true, '2026-05-06T09:59:00+08:00'), AS_OF)), 'INVALID_INPUT')).toBe(true);
  });

  it('bad input is a typed error; the record is not changed', () => {
    expect(isWuyeError(errorOf(() => checkCall({ ...goodCall, rings: -1 }, AS_OF)), 'INVALID_INPUT')).toBe(true);
    expect(isWuyeError(errorOf(() => checkCall('call' as never, AS_OF)), 'INVALID_INPUT')).toBe(true);
    expect(isWuyeError(errorOf(() => checkCall({ kind: 'private', id: 'P', urgent: true, startedAt: '10:00', endedAt: '10:01' } as never, AS_OF)), 'INVALID_INSTANT')).toBe(true);
    const frozen = deepFreeze(structuredClone(goodCall));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.boolean(), (rings, staff) => {
        const call = { ...frozen, rings, hungUpFirst: staff ? ('staff' as const) : ('customer' as const) };
        expect(checkCall(call, AS_OF)).toEqual(checkCall(call, AS_OF));
        expect(checkCall(call, AS_OF).some((v) => v.ruleId === 'first-responder.answer-rings')).toBe(rings > 3);
      }),
    );
    expect(frozen).toEqual(goodCall);
  });
});

describe('finesFor (《客服制度》 管理处客服中心奖惩细则)', () => {
  const at = '2026-05-06T09:00:00+08:00';
  it('15 yuan each occurrence; several appearance faults at once are one fine', () => {
    const events: FineEvent[] = [
      { at, staff: '李敏', offences: ['no-uniform', 'no-badge'] },
      { at, staff: '李敏', offences: ['phone-rings'], rings: 4 },
      { at, staff: '张伟', offences: ['phone-phrasing'] },
    ];
    const fines = finesFor(events);
    expect(fines.total).toBe(45);
    expect(fines.byStaff).toEqual({ 李敏: 30, 张伟: 15 });
    expect(fines.lines.map((l) => [l.event, l.clause, l.amount, l.source.clause])).toEqual([
      [0, 'appearance', 15, '管理处客服中心奖惩细则 一.1'],
      [1, 'phone', 15, '管理处客服中心奖惩细则 一.2'],
      [2, 'phone', 15, '管理处客服中心奖惩细则 一.2'],
    ]);
  });

  it('"超过三次" excludes three: the third ring is not fined, the fourth is', () => {
    expect(finesFor([{ at, staff: '李敏', offences: ['phone-rings'], rings: 3 }]).total).toBe(0);
    expect(finesFor([{ at, staff: '李敏', offences: ['phone-rings'], rings: 4 }]).total).toBe(15);
  });

  it('amounts are parameters', () => {
    const policy = composePolicy(firstResponderPacks.RULES, { 'firstResponder.appearanceFine': 20, 'firstResponder.phoneFine': 10 });
    expect(finesFor([{ at, staff: 'a', offences: ['untidy'] }, { at, staff: 'a', offences: ['phone-phrasing', 'phone-rings'], rings: 9 }], policy).total).toBe(30);
    expect(isWuyeError(errorOf(() => composePolicy(firstResponderPacks.RULES, { 'firstResponder.phoneFine': -1 })), 'INVALID_POLICY')).toBe(true);
  });

  it('the total is the sum of the lines for any events, and bad events are typed errors', () => {
    const event = fc.record({ at: fc.constant(at), staff: fc.constantFrom('a', 'b', '__proto__'), offences: fc.array(fc.constantFrom('no-uniform', 'no-badge', 'untidy', 'improper-bearing', 'phone-rings', 'phone-phrasing') as fc.Arbitrary<FineEvent['offences'][number]>, { minLength: 1, maxLength: 4 }), rings: fc.integer({ min: 0, max: 8 }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 10 }), (events) => {
        const fines = finesFor(deepFreeze(events));
        expect(fines.total).toBe(fines.lines.length * 15);
        expect(Object.values(fines.byStaff).reduce((s, x) => s + x, 0)).toBe(fines.total);
      }),
    );
    expect(isWuyeError(errorOf(() => finesFor([{ at, staff: 'a', offences: [] }])), 'INVALID_INPUT')).toBe(true);
    expect(isWuyeError(errorOf(() => finesFor('x' as never)), 'INVALID_INPUT')).toBe(true);
  });
});

describe('reception (WI/FW-008, 五个一 WI/FW-006.4)', () => {
  const visit: ReceptionVisit = { id: 'V-1', purpose: 'consultation', stoodUp: true, greeted: true, offeredSeat: true, offeredWater: true, smiled: true, satisfactoryReply: true, waitedForGuest: true, posture: 'standing', thankedAndSawOff: true };
  it('a complete visit is clean; a frozen record is read, not changed', () => {
    const frozen = deepFreeze(structuredClone({ ...visit, offeredWater: false }));
    expect(checkReception(visit, AS_OF)).toEqual([]);
    expect(checkReception(frozen, AS_OF)).toEqual(checkReception(frozen, AS_OF));
    expect(frozen).toEqual({ ...visit, offeredWater: false });
  });
  it('lists what the five ones and the steps lack', () => {
    const both = checkReception({ ...visit, offeredWater: false, greeted: false }, AS_OF);
    expect(both.map((v) => [v.ruleId, zhLabels(v.data.missing)])).toEqual([
      ['first-responder.five-ones', ['问一声好', '倒一杯水']],
      ['first-responder.reception-steps', ['微笑问候']],
    ]);
    expect(both[0]!.data.missing).toEqual([{ field: 'greeted', label: { 'zh-CN': '问一声好', en: 'a greeting' } }, { field: 'offeredWater', label: { 'zh-CN': '倒一杯水', en: 'a glass of water' } }]);
    const steps = checkReception({ ...visit, posture: 'sitting', secondGuest: { askedToWait: false } }, AS_OF);
    expect(steps.map((v) => [v.ruleId, zhLabels(v.data.missing), fields(v.data.missing)])).toEqual([['first-responder.reception-steps', ['咨询时保持站立', '请第二位客人稍候'], ['posture', 'secondGuest.askedToWait']]]);
    expect(checkReception({ ...visit, purpose: 'paperwork', posture: 'sitting' }, AS_OF)).toEqual([]);
    expect(checkReception({ ...visit, purpose: 'payment', paymentTakenBy: 'desk' }, AS_OF).map((v) => zhLabels(v.data.missing))).toEqual([['财务人员收费']]);
  });
  it('bad input is a typed error, in Chinese', () => {
    const error = errorOf(() => checkReception({ ...visit, stoodUp: 'yes' } as never, AS_OF));
    expect(isWuyeError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as { text: { 'zh-CN': string } }).text['zh-CN']).toMatch(/^来访接待记录无效：起立：/);
    expect(isWuyeError(errorOf(() => checkReception(visit, {} as never)), 'INVALID_INPUT')).toBe(true);
  });
});

describe('the desk is never unmanned (WI/FW-001.3) and staff arrive early (WI/FW-006.8)', () => {
  const day = (hm: string) => `2026-05-06T${hm}:00+08:00`;
  const roster: DeskRoster = {
    from: day('08:30'),
    to: day('17:30'),
    shifts: [
      { staff: '李敏', start: day('08:30'), end: day('13:00'), arrivedAt: day('08:20') },
      { staff: '张伟', start: day('12:30'), end: day('17:30'), arrivedAt: day('12:20'), absences: [{ start: day('14:00'), end: day('14:30') }] },
      { staff: '王芳', start: day('14:00'), end: day('17:30') },
    ],
  };
  it('a covered roster is clean; a frozen roster is read, not changed', () => {
    expect(checkDeskStaffing(roster, AS_OF)).toEqual([]);
    const frozen = deepFreeze(structuredClone({ ...roster, shifts: roster.shifts.slice(1) }));
    expect(checkDeskStaffing(frozen, AS_OF)).toHaveLength(1);
    expect(frozen).toEqual({ ...roster, shifts: roster.shifts.slice(1) });
  });
  it('reports each gap with its instants', () => {
    const gappy = { ...roster, shifts: [roster.shifts[0]!, roster.shifts[1]!] };
    expect(checkDeskStaffing(gappy, AS_OF).map((v) => [v.ruleId, v.data.from, v.data.to])).toEqual([['first-responder.desk-unmanned', day('14:00'), day('14:30')]]);
    expect(checkDeskStaffing({ ...roster, shifts: [] }, AS_OF)).toMatchObject([{ data: { from: day('08:30'), to: day('17:30'), staffed: 0, required: 1 } }]);
    const two = composePolicy(firstResponderPacks.ZH, { 'firstResponder.minDeskStaff': 2 });
    expect(checkDeskStaffing(roster, { ...AS_OF, policy: two }).map((v) => [v.data.from, v.data.to, v.data.staffed])).toEqual([
      [day('08:30'), day('12:30'), 1],
      [day('13:00'), day('14:30'), 1],
    ]);
  });
  it('a late arrival is a warning, and the desk counts from the arrival', () => {
    const late = { ...roster, shifts: [{ ...roster.shifts[0]!, arrivedAt: day('08:45') }, roster.shifts[1]!, roster.shifts[2]!] };
    expect(checkDeskStaffing(late, AS_OF).map((v) => v.ruleId)).toEqual(['first-responder.arrive-early', 'first-responder.desk-unmanned']);
    expect(checkDeskStaffing(late, AS_OF)[1]!.data).toMatchObject({ from: day('08:30'), to: day('08:45') });
    expect(checkDeskStaffing({ ...roster, shifts: [{ ...roster.shifts[0]!, arrivedAt: day('08:20') }, roster.shifts[1]!, roster.shifts[2]!] }, AS_OF)).toEqual([]);
  });
  it('a shift ending before it starts is INVALID_INPUT', () => {
    expect(isWuyeError(errorOf(() => checkDeskStaffing({ ...roster, shifts: [{ staff: 'x', start: day('10:00'), end: day('09:00') }] }, AS_OF)), 'INVALID_INPUT')).toBe(true);
  });
});

describe('the record checks honour asOf', () => {
  const day = (hm: string) => `2026-05-06T${hm}:00+08:00`;
  it('a private call: not judged before it starts, counted up to asOf while it goes on', () => {
    const call: CallRecord = { kind: 'private', id: 'P-1', urgent: true, startedAt: day('10:00'), endedAt: day('10:05') };
    expect(checkCall(call, { asOf: day('09:59') })).toEqual([]);
    expect(checkCall(call, { asOf: day('10:03') })).toEqual([]);
    expect(checkCall(call, { asOf: '2026-05-06T10:03:01+08:00' })).toMatchObject([{ ruleId: 'first-responder.private-call', data: { minutes: 3.02 } }]);
    expect(checkCall(call, { asOf: day('11:00') })).toMatchObject([{ ruleId: 'first-responder.private-call', data: { minutes: 5 } }]);
  });

  it('a roster: gaps only up to asOf, a late arrival only once the time to arrive has passed', () => {
    const roster: DeskRoster = {
      from: day('08:30'),
      to: day('17:30'),
      shifts: [
        { staff: '李敏', start: day('08:30'), end: day('12:00'), arrivedAt: day('08:20') },
        { staff: '张伟', start: day('14:00'), end: day('17:30'), arrivedAt: day('13:55') },
      ],
    };
    expect(checkDeskStaffing(roster, { asOf: day('11:00') })).toEqual([]);
    expect(checkDeskStaffing(roster, { asOf: day('13:00') }).map((v) => [v.data.from, v.data.to])).toEqual([[day('12:00'), day('13:00')]]);
    // 张伟 had to be there by 13:50: at 13:50 not yet late (inclusive), at 13:51 late.
    expect(checkDeskStaffing(roster, { asOf: day('13:50') }).map((v) => v.ruleId)).toEqual(['first-responder.desk-unmanned']);
    expect(checkDeskStaffing(roster, { asOf: day('13:51') }).map((v) => v.ruleId)).toEqual(['first-responder.arrive-early', 'first-responder.desk-unmanned']);
    expect(checkDeskStaffing(roster, { asOf: day('18:00') }).map((v) => [v.ruleId, v.data.from ?? null, v.data.to ?? null])).toEqual([
      ['first-responder.arrive-early', null, null],
      ['first-responder.desk-unmanned', day('12:00'), day('14:00')],
    ]);
    expect(isWuyeError(errorOf(() => checkDeskStaffing(roster, { asOf: '13:00' })), 'INVALID_INSTANT')).toBe(true);
  });

  it('a shift ending before it starts is explained in Chinese', () => {
    const error = errorOf(() => checkDeskStaffing({ from: day('08:30'), to: day('17:30'), shifts: [{ staff: '李敏', start: day('10:00'), end: day('09:00') }] }, AS_OF));
    expect((error as { text: { 'zh-CN': string } }).text['zh-CN']).toBe('第1个班次（李敏）的结束早于开始');
  });
});
