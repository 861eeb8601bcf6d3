import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { readIntake } from '../../src/core/read-intake';
import { text } from '../../src/core/text';
import { startParking } from '../../src/procedures/parking/index';
import { startWorkOrder } from '../../src/procedures/work-order/index';
import { application } from '../parking/fixtures';
import { newOrder } from '../work-order/fixtures';

const options = { schema: z.looseObject({ id: z.string() }), what: text('测试记录', 'test record'), lifecycleFields: ['closedAt'] };

describe('readIntake (every machine starts a case through it)', () => {
  it('returns a copy, never the host object, and leaves the host object unchanged', () => {
    const input = Object.freeze({ id: 'X', hostRef: { crm: 'X-77' } });
    const copy = readIntake(input, options);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.hostRef).not.toBe(input.hostRef);
  });
  it('refuses a missing input, an invalid one and one carrying lifecycle fields with INVALID_INPUT', () => {
    for (const bad of [undefined, { id: 1 }, { id: 'X', closedAt: '2026-05-06T10:00:00+08:00' }]) {
      expect(() => readIntake(bad as never, options)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
  it('turns a host field that cannot be copied into INVALID_INPUT, in every procedure', () => {
    expect(() => readIntake({ id: 'X', fn: () => 1 } as never, options)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => startParking({ ...application(), hostMeta: { toJSON: () => 1 } } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => startWorkOrder({ ...newOrder(), hostMeta: { toJSON: () => 1 } } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
