import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { LostItem } from '../../src/procedures/lost-property/index';
import type { CheckOptions } from '../../src/core/check-options';
import { checkLostProperty, handOverToPoliceDeadline, lostPropertyPacks, lostPropertyProcedure } from '../../src/procedures/lost-property/index';

const FOUND = '2026-05-06T09:30:00+08:00';
const item = (overrides: Partial<LostItem> = {}): LostItem => ({
  id: 'L-2026-0506-01',
  foundAt: FOUND,
  foundPlace: '3栋大堂',
  finder: '保安 赵强',
  description: '黑色钱包（内有身份证、现金）',
  itemClass: 'special',
  storage: { at: '2026-05-06T09:45:00+08:00', place: '客服中心保险柜', keeper: '客服主管 陈静' },
  ...overrides,
});
const claim = { at: '2026-05-07T10:00:00+08:00', claimant: '王建国', idChecked: true, idDocument: { type: '居民身份证', number: '4401…1234' }, loggedBy: '张丽' };
const police = { at: '2026-06-06T10:00:00+08:00', station: '天河派出所', receiptNo: 'TH-0606-3' };
// Everything recorded has happened by then (the old default of no asOf).
const AS_OF = '2027-01-01T00:00:00+08:00';
const checkLostItem = (i: LostItem, options: Partial<CheckOptions> = {}) => checkLostProperty(i, { asOf: AS_OF, ...options });
const ids = (i: LostItem, options?: Partial<CheckOptions>) => checkLostItem(i, options).map((v) => v.ruleId);

describe('checkLostProperty (《物业客户服务类服务标准表》 客户物品代管 2)', () => {
  it('classified, kept safely, claimed with the ID checked and logged: clean', () => {
    expect(checkLostItem(item({ claim }))).toEqual([]);
  });

  it('an unclassified item with no storage record', () => {
    const out = checkLostItem(item({ itemClass: undefined, storage: undefined }));
    expect(out.map((v) => v.ruleId)).toEqual(['lost-property.not-classified', 'lost-property.not-kept-safely']);
    expect(out[0]!.source).toEqual({ document: '《物业客户服务类服务标准表》', clause: '客户物品代管 2' });
  });

  it('an item claimed on the spot (same instant) needs no storage record; a second later does', () => {
    expect(ids(item({ storage: undefined, claim: { ...claim, at: FOUND } }))).toEqual([]);
    expect(ids(item({ storage: undefined, claim: { ...claim, at: '2026-05-06T09:30:01+08:00' } }))).toEqual(['lost-property.not-kept-safely']);
  });

  it('a claim lacking the ID check, the logged ID or the clerk', () => {
    const out = checkLostItem(item({ claim: { at: claim.at, claimant: '王建国', idChecked: false } }));
    expect(out.map((v) => v.ruleId)).toEqual(['lost-property.claim-id-not-checked']);
    expect(out[0]!.data.missing).toEqual([
      { field: 'claim.idChecked', label: { 'zh-CN': '查验有效证件', en: 'ID check' } },
      { field: 'claim.idDocument', label: { 'zh-CN': '证件登记', en: 'ID logged' } },
      { field: 'claim.loggedBy', label: { 'zh-CN': '登记人', en: 'logged by' } },
    ]);
    expect(out[0]!.message['zh-CN']).toBe('拾遗物品 L-2026-0506-01（黑色钱包（内有身份证、现金））认领时缺少：查验有效证件、证件登记、登记人。');
  });

  it('owner first: a police hand-over with no earlier search for the owner is a warning', () => {
    const [v] = checkLostItem(item({ policeHandOver: police }));
    expect(v).toMatchObject({ ruleId: 'lost-property.owner-not-sought', severity: 'warning' });
    expect(ids(item({ policeHandOver: police, ownerSearches: [{ at: '2026-05-06T10:00:00+08:00', means: '大堂张贴招领启事' }] }))).toEqual([]);
    expect(ids(item({ policeHandOver: police, ownerSearches: [{ at: '2026-06-07T10:00:00+08:00', means: '事后补贴' }] }))).toEqual(['lost-property.owner-not-sought']);
  });

  it('final disposal only by the police', () => {
    expect(ids(item({ otherDisposal: { at: police.at, how: '保洁员丢弃' } }))).toEqual(['lost-property.final-disposal-not-police']);
  });

  it('no hold period by default; a host period is checked per class, inclusive at the boundary', () => {
    const unclaimed = item({ ownerSearches: [{ at: FOUND, means: '招领' }] });
    expect(ids(unclaimed, { asOf: '2027-01-01T00:00:00+08:00' })).toEqual([]);
    const policy = composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverSpecialAfter': { value: 24, unit: 'hour' }, 'lostProperty.handOverGeneralAfter': { value: 30, unit: 'day' } });
    expect(ids(unclaimed, { policy, asOf: '2026-05-07T09:30:00+08:00' })).toEqual([]);
    const late = checkLostItem(unclaimed, { policy, asOf: '2026-05-07T09:30:01+08:00' });
    expect(late.map((v) => v.ruleId)).toEqual(['lost-property.unclaimed-not-handed-over']);
    expect(late[0]!.data).toMatchObject({ dueAt: '2026-05-07 09:30', parameters: { 'lostProperty.handOverSpecialAfter': { value: { value: 24, unit: 'hour' }, from: 'override' } } });
    // a general item under the same policy has 30 days
    expect(ids({ ...unclaimed, itemClass: 'general' }, { policy, asOf: '2026-06-05T09:30:00+08:00' })).toEqual([]);
    expect(ids({ ...unclaimed, itemClass: 'general' }, { policy, asOf: '2026-06-05T09:30:01+08:00' })).toEqual(['lost-property.unclaimed-not-handed-over']);
    // handed over late, or claimed: judged on the recorded facts
    expect(ids({ ...unclaimed, policeHandOver: { ...police, at: '2026-05-08T09:30:00+08:00' } }, { policy })).toEqual(['lost-property.unclaimed-not-handed-over']);
    // a late hand-over not yet made at asOf, and the period not yet over: nothing yet
    expect(ids({ ...unclaimed, policeHandOver: { ...police, at: '2026-05-08T09:30:00+08:00' } }, { policy, asOf: '2026-05-07T09:00:00+08:00' })).toEqual([]);
    expect(ids({ ...unclaimed, claim: { ...claim, at: '2026-05-07T09:00:00+08:00' } }, { policy, asOf: '2026-05-21T00:00:00+08:00' })).toEqual([]);
    expect(ids({ ...unclaimed, claim: { ...claim, at: '2026-05-20T10:00:00+08:00' } }, { policy, asOf: '2026-05-21T00:00:00+08:00' })).toEqual(['lost-property.unclaimed-not-handed-over']);
  });

  it('checkLostProperty honours asOf: judged before the due time no lateness, after it lateness (24 h, inclusive)', () => {
    const policy = composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverSpecialAfter': { value: 24, unit: 'hour' } });
    const unclaimed = item({ ownerSearches: [{ at: FOUND, means: '招领' }] });
    expect(checkLostProperty(unclaimed, { policy, asOf: '2026-05-06T23:00:00+08:00' })).toEqual([]);
    expect(checkLostProperty(unclaimed, { policy, asOf: '2026-05-07T01:30:00Z' })).toEqual([]); // the due instant itself, in UTC
    expect(checkLostProperty(unclaimed, { policy, asOf: '2026-05-08T00:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['lost-property.unclaimed-not-handed-over']);
    expect(lostPropertyProcedure.check!(unclaimed as never, { policy, asOf: '2026-05-08T00:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['lost-property.unclaimed-not-handed-over']);
    expect(() => checkLostProperty(unclaimed, { policy } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('handOverToPoliceDeadline: a Deadline under the policy, or null', () => {
    expect(handOverToPoliceDeadline(item())).toBeNull();
    expect(handOverToPoliceDeadline(item({ itemClass: undefined }), { policy: composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverGeneralAfter': { value: 3, unit: 'day' } }) })).toBeNull();
    const policy = composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverSpecialAfter': { value: 24, unit: 'hour' }, 'lostProperty.handOverGeneralAfter': { value: 3, unit: 'working-day' } });
    expect(handOverToPoliceDeadline(item(), { policy })).toEqual({ dueAt: '2026-05-07T09:30:00+08:00', inclusive: true });
    // 3 working days from Friday 2026-09-25 on the business calendar: 09-28, 09-29, 09-30
    expect(handOverToPoliceDeadline(item({ itemClass: 'general', foundAt: '2026-09-25T10:00:00+08:00' }), { policy })).toEqual({ dueAt: '2026-09-30T10:00:00+08:00', inclusive: true });
    expect(() => handOverToPoliceDeadline(item(), { policy: {} as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => handOverToPoliceDeadline(item(), { calendar: {} as never })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('asOf ignores what had not happened yet', () => {
    expect(ids(item({ claim: { ...claim, idChecked: false } }), { asOf: '2026-05-06T12:00:00+08:00' })).toEqual([]);
    expect(ids(item({ claim: { ...claim, idChecked: false } }), { asOf: '2026-05-08T12:00:00+08:00' })).toEqual(['lost-property.claim-id-not-checked']);
  });

  it('bad input is a typed error; the record is unchanged and host fields kept', () => {
    expect(() => checkLostItem(item({ foundAt: '2026-05-06T09:30' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkLostItem({ ...item(), itemClass: 'valuable' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkLostItem(item(), { asOf: 'tomorrow' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkLostItem(item(), { policy: {} as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverGeneralAfter': { value: 30, unit: 'minute' } })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    const i = deepFreeze({ ...item({ claim }), cctvClip: 'cam3-0930' });
    const copy = structuredClone(i);
    checkLostItem(i);
    expect(i).toEqual(copy);
  });

  it('properties: deterministic, input untouched, and later asOf never removes a violation', () => {
    const policy = composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverSpecialAfter': { value: 2, unit: 'day' }, 'lostProperty.handOverGeneralAfter': { value: 10, unit: 'day' } });
    const arb = fc.record({
      cls: fc.option(fc.constantFrom('general' as const, 'special' as const), { nil: undefined }),
      stored: fc.boolean(),
      claimed: fc.option(fc.record({ h: fc.integer({ min: 0, max: 600 }), checked: fc.boolean(), logged: fc.boolean() }), { nil: undefined }),
      police: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
      searched: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
      a: fc.integer({ min: 0, max: 800 }),
      b: fc.integer({ min: 0, max: 800 }),
    });
    const hours = (h: number) => new Date(Date.parse(FOUND) + h * 3_600_000).toISOString();
    fc.assert(
      fc.property(arb, (f) => {
        const i: LostItem = deepFreeze(
          item({
            itemClass: f.cls,
            storage: f.stored ? { at: FOUND, place: '柜', keeper: '陈' } : undefined,
            ...(f.claimed ? { claim: { at: hours(f.claimed.h), claimant: '王', idChecked: f.claimed.checked, ...(f.claimed.logged ? { idDocument: { type: '身份证', number: '1' }, loggedBy: '张' } : {}) } } : {}),
            ...(f.police !== undefined ? { policeHandOver: { at: hours(f.police), station: '派出所' } } : {}),
            ...(f.searched !== undefined ? { ownerSearches: [{ at: hours(f.searched), means: '招领' }] } : {}),
          }),
        );
        const copy = structuredClone(i);
        const early = ids(i, { policy, asOf: hours(Math.min(f.a, f.b)) });
        expect(ids(i, { policy, asOf: hours(Math.min(f.a, f.b)) })).toEqual(early);
        const late = ids(i, { policy, asOf: hours(Math.max(f.a, f.b)) });
        for (const id of early) expect(late).toContain(id);
        expect(i).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });

  it('the procedure lists the core parameters first and has no machine', () => {
    expect(lostPropertyProcedure.parameters.slice(0, 2).map((p) => p.id)).toEqual(['core.zone', 'core.dayCounting']);
    expect(lostPropertyProcedure.machine).toBeUndefined();
  });
});

describe('lostPropertyProcedure.check', () => {
  it('is checkLostProperty as of the instant given', () => {
    const i = item({ claim: { ...claim, idChecked: false } });
    expect(lostPropertyProcedure.check!(i as never, { asOf: '2026-05-06T12:00:00+08:00' })).toEqual([]);
    expect(lostPropertyProcedure.check!(i as never, { asOf: '2026-05-08T12:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['lost-property.claim-id-not-checked']);
  });
});
