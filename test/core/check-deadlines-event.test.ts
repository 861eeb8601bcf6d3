// CHECK_DEADLINES is validated by hand (timers send it often): exactly what its schema accepts.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { isCheckDeadlinesEvent } from '../../src/core/case-procedure';
import { epochMsToIso } from '../../src/core/iso';
import { instantSchema } from '../../src/core/instant-schema';

const schema = z.object({ type: z.literal('CHECK_DEADLINES'), at: instantSchema });

// Instants in every written form, and near misses: a character changed, cut or added.
const written = fc.tuple(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.constantFrom(0, 480, -300, 330, 845)).map(([ms, offset]) => epochMsToIso(ms, offset));
const nearMiss = fc.tuple(written, fc.nat(40), fc.constantFrom('', '0', '9', ':', 'T', 'Z', '+', '-', ' ', '.', '5')).map(([s, i, c]) => s.slice(0, i % (s.length + 1)) + c + s.slice((i % (s.length + 1)) + (c === '' ? 1 : 0)));
const at = fc.oneof(written, nearMiss, fc.string(), fc.constantFrom('2026-02-30T09:00:00+08:00', '2026-05-06T24:00:00+08:00', '2026-05-06T09:30+0800', '2026-05-06T09:30:00.123456789Z'), fc.anything());

describe('isCheckDeadlinesEvent', () => {
  it('accepts exactly what the CHECK_DEADLINES schema accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom('CHECK_DEADLINES', 'CHECK', undefined), at, fc.boolean(), (type, instant, extra) => {
        const event = { type, at: instant, ...(extra ? { note: 1 } : {}) };
        expect(isCheckDeadlinesEvent(event), JSON.stringify(event)).toBe(schema.safeParse(event).success);
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses what is not an object, and an array carrying the fields', () => {
    const array = Object.assign([], { type: 'CHECK_DEADLINES', at: '2026-05-06T09:30:00+08:00' });
    for (const value of [null, undefined, 'CHECK_DEADLINES', 7, array]) {
      expect(isCheckDeadlinesEvent(value)).toBe(false);
      expect(schema.safeParse(value).success).toBe(false);
    }
    expect(isCheckDeadlinesEvent({ type: 'CHECK_DEADLINES', at: '2026-05-06T09:30:00+08:00' })).toBe(true);
  });
});
