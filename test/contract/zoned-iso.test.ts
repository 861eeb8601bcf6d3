// The ISO fast path of the machines: an instant already written as the library writes it in
// the zone is kept as it is; any other is rewritten — always what toIsoInstant gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToIso } from '../../src/core/iso';
import { toIsoInstant } from '../../src/core/instant';
import { isoInZone } from '../../src/core/zoned-iso';

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Kolkata'];
// The library's form in several offsets, and other valid ways of writing the same instant
// (+00:00 for Z, .000, an offset without colon, no seconds).
const variants = (ms: number) => [0, 480, -300, 330, 600].flatMap((offset) => {
  const s = epochMsToIso(ms, offset);
  const cut = s.endsWith('Z') ? s.length - 1 : s.length - 6;
  const [time, off] = [s.slice(0, cut), s.slice(cut)];
  return [s, `${time}${off === 'Z' ? '+00:00' : off}`, time.length === 19 ? `${time}.000${off}` : s, off === 'Z' ? s : `${time}${off.replace(':', '')}`, `${time.slice(0, 16)}${off}`];
});

describe('isoInZone', () => {
  it('gives what toIsoInstant gives, for every written form and zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.boolean(), (base, withMs) => {
        const ms = withMs ? base : base - (base % 1000);
        for (const zone of ZONES) for (const s of variants(ms)) expect(isoInZone(zone)(s), `${zone} ${s}`).toBe(toIsoInstant(s, zone));
      }),
      { numRuns: 200 },
    );
  });

  it('returns the very string when it is already in the zone’s form, and refuses what is not an instant', () => {
    const s = '2026-05-06T09:30:00+08:00';
    expect(isoInZone('Asia/Shanghai')(s)).toBe(s);
    expect(isoInZone('UTC')(s)).toBe('2026-05-06T01:30:00Z');
    expect(isoInZone('Asia/Shanghai')('2026-05-06T09:30:00.000+08:00')).toBe(s);
    expect(() => isoInZone('Asia/Shanghai')('2026-05-06 09:30')).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
  });
});
