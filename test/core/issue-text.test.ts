// The texts of bad input (parseInput → WuyeError): every zod issue code our schemas can raise,
// in both languages, the same whether the schema is classic zod or zod/mini.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import type { WuyeError } from '../../src/core/errors';
import { issueText } from '../../src/core/issue-text';
import { text } from '../../src/core/text';
import { INSTANT_MESSAGE, invalidInput, parseInput } from '../../src/core/validate';
import { instantSchema } from '../../src/core/instant-schema';
import { instantMiniSchema } from '../../src/core/mini-schemas';
import { thrown } from './helpers';
import { de, en } from 'zod/locales';
import { composePolicy } from '../../src/core/policy';
import { complaintProcedure } from '../../src/procedures/complaint/procedure';
import { complaintPacks, startComplaint, stepComplaint } from '../../src/procedures/complaint/index';
import { intake } from '../complaint/fixtures';

const record = text('记录', 'record');
const fail = (schema: z.core.$ZodType, value: unknown, code: 'INVALID_INPUT' | 'INVALID_INSTANT' = 'INVALID_INPUT'): WuyeError =>
  thrown(() => parseInput(schema, value, record), code);
/** No Latin letter once quoted values and keys are set aside. */
const allChinese = (zh: string) => !/[A-Za-z]/.test(zh.replace(/"[^"]*"/g, ''));
const issues = (e: WuyeError) => e.details['issues'] as { code: string; path: PropertyKey[]; message: string }[];

// [case, classic schema, zod/mini schema, input, issue code, zh-CN text, en text]
const CASES: ReadonlyArray<readonly [string, z.core.$ZodType, z.core.$ZodType, unknown, string, string, string]> = [
  ['missing field', z.object({ unit: z.string() }), zm.object({ unit: zm.string() }), {}, 'invalid_type', '记录无效：房号：必填，未填写', 'Invalid record: unit — Required: expected string, received undefined'],
  ['wrong type', z.object({ unit: z.string() }), zm.object({ unit: zm.string() }), { unit: 12 }, 'invalid_type', '记录无效：房号：应为文本，实际为数字', 'Invalid record: unit — Invalid input: expected string, received number'],
  ['null', z.object({ n: z.number() }), zm.object({ n: zm.number() }), { n: null }, 'invalid_type', '记录无效：某字段：应为数字，实际为空值', 'Invalid record: n — Invalid input: expected number, received null'],
  ['NaN', z.number(), zm.number(), Number.NaN, 'invalid_type', '记录无效：应为数字，实际为非数字', 'Invalid record: (root) — Invalid input: expected number, received NaN'],
  ['not an integer', z.int(), zm.int(), 1.5, 'invalid_type', '记录无效：应为整数，实际为数字', 'Invalid record: (root) — Invalid input: expected int, received number'],
  ['list expected', z.array(z.string()), zm.array(zm.string()), 'x', 'invalid_type', '记录无效：应为列表，实际为文本', 'Invalid record: (root) — Invalid input: expected array, received string'],
  ['boolean expected', z.boolean(), zm.boolean(), {}, 'invalid_type', '记录无效：应为是或否，实际为对象', 'Invalid record: (root) — Invalid input: expected boolean, received object'],
  ['empty text', z.string().min(1), zm.string().check(zm.minLength(1)), '', 'too_small', '记录无效：不能为空', 'Invalid record: (root) — Too small: expected string to have >=1 characters'],
  ['short text', z.string().min(3), zm.string().check(zm.minLength(3)), 'ab', 'too_small', '记录无效：不小于 3 个字符', 'Invalid record: (root) — Too small: expected string to have >=3 characters'],
  ['exact length', z.string().length(4), zm.string().check(zm.length(4)), 'abc', 'too_small', '记录无效：应为 4 个字符', 'Invalid record: (root) — Too small: expected string to have exactly 4 characters'],
  ['positive', z.number().positive(), zm.number().check(zm.positive()), 0, 'too_small', '记录无效：大于 0', 'Invalid record: (root) — Too small: expected number to be >0'],
  ['at least', z.number().gte(1), zm.number().check(zm.gte(1)), 0, 'too_small', '记录无效：不小于 1', 'Invalid record: (root) — Too small: expected number to be >=1'],
  ['empty list', z.array(z.string()).min(1), zm.array(zm.string()).check(zm.minLength(1)), [], 'too_small', '记录无效：不小于 1 项', 'Invalid record: (root) — Too small: expected array to have >=1 items'],
  ['long text', z.string().max(2), zm.string().check(zm.maxLength(2)), 'abc', 'too_big', '记录无效：不大于 2 个字符', 'Invalid record: (root) — Too big: expected string to have <=2 characters'],
  ['at most', z.number().lte(1), zm.number().check(zm.lte(1)), 2, 'too_big', '记录无效：不大于 1', 'Invalid record: (root) — Too big: expected number to be <=1'],
  ['below', z.number().lt(1), zm.number().check(zm.lt(1)), 1, 'too_big', '记录无效：小于 1', 'Invalid record: (root) — Too big: expected number to be <1'],
  ['big set', z.set(z.string()).max(1), zm.set(zm.string()).check(zm.maxSize(1)), new Set(['a', 'b']), 'too_big', '记录无效：不大于 1 项', 'Invalid record: (root) — Too big: expected set to have <=1 items'],
  ['pattern', z.string().regex(/^\d{4}$/), zm.string().check(zm.regex(/^\d{4}$/)), 'ab', 'invalid_format', '记录无效：格式不正确，应匹配 "/^\\d{4}$/"', 'Invalid record: (root) — Invalid string: must match pattern /^\\d{4}$/'],
  ['starts with', z.string().startsWith('WO-'), zm.string().check(zm.startsWith('WO-')), 'x', 'invalid_format', '记录无效：格式不正确，应以 "WO-" 开头', 'Invalid record: (root) — Invalid string: must start with "WO-"'],
  ['ends with', z.string().endsWith('号'), zm.string().check(zm.endsWith('号')), 'x', 'invalid_format', '记录无效：格式不正确，应以 "号" 结尾', 'Invalid record: (root) — Invalid string: must end with "号"'],
  ['includes', z.string().includes('栋'), zm.string().check(zm.includes('栋')), 'x', 'invalid_format', '记录无效：格式不正确，应包含 "栋"', 'Invalid record: (root) — Invalid string: must include "栋"'],
  ['a named format', z.email(), zm.email(), 'x', 'invalid_format', '记录无效：格式不正确', 'Invalid record: (root) — Invalid email'],
  ['multiple of', z.number().multipleOf(5), zm.number().check(zm.multipleOf(5)), 3, 'not_multiple_of', '记录无效：应为 5 的倍数', 'Invalid record: (root) — Invalid number: must be a multiple of 5'],
  ['unknown keys', z.strictObject({ unit: z.string() }), zm.strictObject({ unit: zm.string() }), { unit: '1', colour: 'red', size: 2 }, 'unrecognized_keys', '记录无效：含未知字段："colour"、"size"', 'Invalid record: (root) — Unrecognized keys: "colour", "size"'],
  ['unknown key', z.strictObject({}), zm.strictObject({}), { colour: 'red' }, 'unrecognized_keys', '记录无效：含未知字段："colour"', 'Invalid record: (root) — Unrecognized key: "colour"'],
  ['one value', z.literal('open'), zm.literal('open'), 'closed', 'invalid_value', '记录无效：应为 "open"', 'Invalid record: (root) — Invalid input: expected "open"'],
  ['one of', z.object({ channel: z.enum(['phone', 'visit']) }), zm.object({ channel: zm.enum(['phone', 'visit']) }), { channel: 'fax' }, 'invalid_value', '记录无效：渠道：应为以下之一："phone"、"visit"', 'Invalid record: channel — Invalid option: expected one of "phone"|"visit"'],
  ['literal true', z.literal(true), zm.literal(true), false, 'invalid_value', '记录无效：应为 是', 'Invalid record: (root) — Invalid input: expected true'],
  ['union', z.union([z.string(), z.number()]), zm.union([zm.string(), zm.number()]), true, 'invalid_union', '记录无效：不符合要求', 'Invalid record: (root) — Invalid input'],
  ['discriminator', z.discriminatedUnion('type', [z.object({ type: z.literal('a') }), z.object({ type: z.literal('b') })]), zm.discriminatedUnion('type', [zm.object({ type: zm.literal('a') }), zm.object({ type: zm.literal('b') })]), { type: 'c' }, 'invalid_union', '记录无效：事件类型：应为以下之一："a"、"b"', "Invalid record: type — Invalid discriminator value. Expected 'a' | 'b'"],
  ['more than one match', z.xor([z.string(), z.string().min(1)]), zm.xor([zm.string(), zm.string().check(zm.minLength(1))]), 'x', 'invalid_union', '记录无效：不符合要求', 'Invalid record: (root) — Invalid input: more than one option matched'],
  ['record key', z.record(z.string().min(2), z.number()), zm.record(zm.string().check(zm.minLength(2)), zm.number()), { a: 1 }, 'invalid_key', '记录无效：某字段：键名无效（不小于 2 个字符）', 'Invalid record: a — Invalid key in record'],
  ['map value', z.map(z.object({}), z.number()), zm.map(zm.object({}), zm.number()), new Map([[{}, 'x']]), 'invalid_element', '记录无效：值无效（应为数字，实际为文本）', 'Invalid record: (root) — Invalid value in map'],
  ['refinement', z.string().refine(() => false), zm.string().check(zm.refine(() => false)), 'x', 'custom', '记录无效：不符合要求', 'Invalid record: (root) — Invalid input'],
  ['refinement in English', z.string().refine(() => false, 'no duplicates'), zm.string().check(zm.refine(() => false, 'no duplicates')), 'x', 'custom', '记录无效：不符合要求', 'Invalid record: (root) — no duplicates'],
  ['refinement in Chinese', z.string().refine(() => false, '编号不可重复'), zm.string().check(zm.refine(() => false, '编号不可重复')), 'x', 'custom', '记录无效：编号不可重复', 'Invalid record: (root) — 编号不可重复'],
];

describe('the texts of each zod issue, classic zod and zod/mini alike', () => {
  it.each(CASES)('%s', (_name, classic, mini, input, code, zh, en) => {
    const a = fail(classic, input);
    const b = fail(mini, input);
    expect(issues(a)[0]!.code).toBe(code);
    expect(a.text).toEqual({ 'zh-CN': zh, en });
    // The same texts and the same English issue messages whichever flavour the schema is.
    expect(b.text).toEqual(a.text);
    expect(issues(b)).toEqual(issues(a));
    expect(allChinese(a.text['zh-CN'])).toBe(true);
  });

  it('covers every issue code zod raises', () => {
    const codes = new Set(CASES.map((c) => c[4]));
    for (const code of ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'not_multiple_of', 'unrecognized_keys', 'invalid_union', 'invalid_key', 'invalid_element', 'invalid_value', 'custom']) {
      expect(codes, code).toContain(code);
    }
  });

  it('every issue of the input keeps its code, path and the English message', () => {
    const e = fail(z.object({ unit: z.string(), items: z.array(z.object({ n: z.int() })) }), { items: [{ n: 1 }, { n: 'x' }] });
    expect(issues(e)).toEqual([
      { code: 'invalid_type', path: ['unit'], message: 'Required: expected string, received undefined' },
      { code: 'invalid_type', path: ['items', 1, 'n'], message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('an instant field is INVALID_INSTANT, with its own texts, in both flavours', () => {
    for (const schema of [z.object({ at: instantSchema }), zm.object({ at: instantMiniSchema })]) {
      const e = fail(schema, { at: '2026-05-06 09:30' }, 'INVALID_INSTANT');
      expect(e.text['zh-CN']).toBe('记录无效：时间：应为带时区偏移的时刻，如 2026-05-06T09:30:00+08:00');
      expect(e.text.en).toBe(`Invalid record: at — ${INSTANT_MESSAGE}`);
    }
  });

  it("issues from a classic schema's own safeParse (no input kept) read what was received from zod's English", () => {
    const schema = z.object({ unit: z.string() });
    const missing = invalidInput(schema.safeParse({}).error!.issues, record);
    expect(missing.text['zh-CN']).toBe('记录无效：房号：必填，未填写');
    const wrong = invalidInput(schema.safeParse({ unit: 1 }).error!.issues, record);
    expect(wrong.text['zh-CN']).toBe('记录无效：房号：应为文本，实际为数字');
  });
});

describe('issueText', () => {
  it('a custom message written by a host in English stays in the English text only', () => {
    expect(issueText({ code: 'custom', path: [], message: 'max must be ≥ min' })).toEqual({ 'zh-CN': '不符合要求', en: 'max must be ≥ min' });
  });
  it('values of other kinds: bigints as zod writes them, null in words', () => {
    expect(issueText({ code: 'invalid_value', values: [10n, null], path: [], message: '' })).toEqual({ 'zh-CN': '应为以下之一：10、空值', en: 'Invalid option: expected one of 10n|null' });
    expect(issueText({ code: 'invalid_value', values: [undefined], path: [], message: '' })['zh-CN']).toBe('应为 未填写');
  });
  it('a received built-in object by its name; ±Infinity by name', () => {
    expect(issueText({ code: 'invalid_type', expected: 'string', input: new Date(0), path: [], message: '' }).en).toBe('Invalid input: expected string, received Date');
    expect(issueText({ code: 'invalid_type', expected: 'number', input: -Infinity, path: [], message: '' })).toEqual({ 'zh-CN': '应为数字，实际为无穷大', en: 'Invalid input: expected number, received -Infinity' });
  });
  it("never names a tag the host's value gives itself (Symbol.toStringTag)", () => {
    const evil = { [Symbol.toStringTag]: 'Evil__proto__' };
    expect(issueText({ code: 'invalid_type', expected: 'string', input: evil, path: [], message: '' })).toEqual({ 'zh-CN': '应为文本，实际为对象', en: 'Invalid input: expected string, received object' });
  });
  it('an unknown issue code reads as invalid input', () => {
    expect(issueText({ code: 'something_new', path: [], message: '' } as never)).toEqual({ 'zh-CN': '不符合要求', en: 'Invalid input' });
  });
});

describe("the library's wording wherever input is refused, whatever zod locale the host set", () => {
  const event = { type: 'RECORDED', at: '2026-05-06T09:35:00+08:00' };
  const eventTexts = () => thrown(() => complaintProcedure.case!.parseEvent(event), 'INVALID_INPUT').text;
  it('a case event with a missing field reads as a record does, in both languages', () => {
    expect(eventTexts()).toEqual({ 'zh-CN': '投诉记录事件无效：投诉文件编号：必填，未填写', en: 'Invalid complaint record event: documentNo — Required: expected string, received undefined' });
  });
  it('the same under a host zod locale (z.config(de())), and a refused step says the same', () => {
    const before = eventTexts();
    z.config(de());
    try {
      expect(eventTexts()).toEqual(before);
      const [snapshot] = startComplaint(intake());
      const refused = stepComplaint(snapshot, event);
      expect(refused.accepted).toBe(false);
      expect(refused.accepted ? undefined : refused.refusal.error?.text).toEqual(before);
      expect(thrown(() => composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': { value: -1, unit: 'day' } }), 'INVALID_POLICY').text.en).toContain('Too small');
    } finally {
      z.config(en());
    }
  });
  it('a schema that refuses once and passes when asked again (a host refinement with state): parseInput takes the second answer; no issues at all is still a typed error', () => {
    let calls = 0;
    const flaky = z.string().refine(() => calls++ > 0, '第一次不行');
    expect(parseInput(flaky, 'a', record)).toBe('a');
    const e = invalidInput([], record);
    expect([e.code, e.text]).toEqual(['INVALID_INPUT', text('记录无效：不符合要求', 'Invalid record: (root) — Invalid input')]);
  });
  it("a message the schema gives stands in Chinese too when it is Chinese (classic and mini)", () => {
    expect(fail(z.string().min(3, '至少三个字'), 'a').text).toEqual(text('记录无效：至少三个字', 'Invalid record: (root) — 至少三个字'));
    expect(fail(zm.string().check(zm.minLength(3, '至少三个字')), 'a').text).toEqual(text('记录无效：至少三个字', 'Invalid record: (root) — 至少三个字'));
    expect(fail(z.string().refine(() => false, '须为 "HH:mm" 格式'), 'a').text['zh-CN']).toBe('记录无效：须为 "HH:mm" 格式');
    expect(fail(z.string().min(3, 'at least three'), 'a').text['zh-CN']).toBe('记录无效：不小于 3 个字符');
  });
});
