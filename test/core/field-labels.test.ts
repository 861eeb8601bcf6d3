// Chinese error texts label fields from the library's table by own entries only: a host's key
// that names a member of Object.prototype (constructor, toString) reads as an unlabelled field,
// never as the text of a function.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { isWuyeError } from '../../src/core/errors';
import { instantToEpochMs } from '../../src/core/epoch-ms';
import { parseInput, zhFieldPath } from '../../src/core/validate';
import { text } from '../../src/core/text';

const allChinese = (s: string) => !/[A-Za-z]/.test(s.replace(/“[^”]*”/g, ''));

describe('field labels in Chinese texts', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is an unlabelled field', (key) => {
    expect(zhFieldPath([key])).toBe('某字段：');
    expect(zhFieldPath(['items', 0, key])).toBe('物品第1项的某字段：');
  });

  it('a record keyed by a host reads as all Chinese', () => {
    const schema = z.record(z.string(), z.number());
    let caught: unknown;
    try {
      parseInput(schema, JSON.parse('{"constructor":"x"}'), text('记录', 'record'));
    } catch (e) {
      caught = e;
    }
    expect(isWuyeError(caught)).toBe(true);
    const zh = (caught as { text: { 'zh-CN': string } }).text['zh-CN'];
    expect(zh).not.toMatch(/function|native code/);
    expect(allChinese(zh)).toBe(true);
  });

  it('an instant field named like a prototype member', () => {
    let caught: unknown;
    try {
      instantToEpochMs('yesterday', 'constructor');
    } catch (e) {
      caught = e;
    }
    expect(isWuyeError(caught)).toBe(true);
    expect((caught as { text: { 'zh-CN': string } }).text['zh-CN']).toMatch(/^时间须为/);
  });
});
