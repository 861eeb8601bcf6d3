import { describe, expect, it } from 'vitest';
import { isWuyeError, WuyeError } from '../../src/core/errors';
import { toIsoInstant } from '../../src/core/instant';
import { text } from '../../src/core/text';

const sample = () => new WuyeError('INVALID_INPUT', text('输入无效', 'Invalid input'), { field: 'n' });

describe('WuyeError', () => {
  it('is an Error with a stable code, both texts and frozen details', () => {
    const e = sample();
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('WuyeError');
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.text).toEqual({ 'zh-CN': '输入无效', en: 'Invalid input' });
    expect(e.message).toBe('INVALID_INPUT: Invalid input / 输入无效');
    expect(e.details).toEqual({ field: 'n' });
    expect(Object.isFrozen(e.details)).toBe(true);
  });

  it('copies the details it is given', () => {
    const details = { field: 'n' };
    const e = new WuyeError('INVALID_INPUT', text('输入无效', 'Invalid input'), details);
    details.field = 'changed';
    expect(e.details['field']).toBe('n');
    expect(new WuyeError('INVALID_INPUT', text('输入无效', 'Invalid input')).details).toEqual({});
  });
});

describe('isWuyeError', () => {
  it('recognises the class, with or without a code', () => {
    expect(isWuyeError(sample())).toBe(true);
    expect(isWuyeError(sample(), 'INVALID_INPUT')).toBe(true);
    expect(isWuyeError(sample(), 'INVALID_INSTANT')).toBe(false);
  });

  it('recognises errors thrown by the library', () => {
    let caught: unknown;
    try {
      toIsoInstant('2026-05-06T09:30:00');
    } catch (error) {
      caught = error;
    }
    expect(isWuyeError(caught, 'INVALID_INSTANT')).toBe(true);
  });

  it('recognises a copy from another bundle by its shape', () => {
    // What a WuyeError of the CJS build looks like to code holding the ESM class.
    const foreign = Object.assign(new Error('INVALID_POLICY: x / x'), { name: 'WuyeError', code: 'INVALID_POLICY', text: text('无效', 'invalid') });
    expect(foreign instanceof WuyeError).toBe(false);
    expect(isWuyeError(foreign)).toBe(true);
    expect(isWuyeError(foreign, 'INVALID_POLICY')).toBe(true);
    expect(isWuyeError(foreign, 'INVALID_SNAPSHOT')).toBe(false);
    expect(isWuyeError({ name: 'WuyeError', code: 'INVALID_INPUT', text: text('无效', 'invalid') })).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'WuyeError'],
    ['a plain Error', new Error('INVALID_INPUT')],
    ['an Error with a code but another name', Object.assign(new Error('x'), { code: 'INVALID_INPUT', text: text('无效', 'invalid') })],
    ['the right name without a code', { name: 'WuyeError', text: text('无效', 'invalid') }],
    ['the right name without a text', { name: 'WuyeError', code: 'INVALID_INPUT' }],
  ])('refuses %s', (_, value) => {
    expect(isWuyeError(value)).toBe(false);
  });
});
