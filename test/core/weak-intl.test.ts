import { afterEach, describe, expect, it, vi } from 'vitest';
import { entries } from '../../tsup.config';

// A runtime with a weak Intl (an old WebView, a mini-program engine without time-zone data)
// must still import every subpath: zones are read when first used, never at import.
describe('importing with a weak Intl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it.each(Object.entries(entries))('%s imports with Intl.DateTimeFormat throwing', async (_name, source) => {
    const calls = vi.fn(() => {
      throw new RangeError('no time-zone data');
    });
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: calls });
    vi.resetModules();
    const module = (await import(`../../${source}`)) as Record<string, unknown>;
    expect(Object.keys(module).length).toBeGreaterThan(0);
    expect(calls).not.toHaveBeenCalled();
  });

  it('the Shanghai arithmetic still works there; only an Intl-backed zone fails, with a typed error', async () => {
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: () => { throw new RangeError('no time-zone data'); } });
    vi.resetModules();
    const { toIsoInstant } = await import('../../src/core/instant');
    const { addWorkingDays } = await import('../../src/core/working-days');
    expect(toIsoInstant('2026-05-06T01:30:00Z')).toBe('2026-05-06T09:30:00+08:00');
    expect(addWorkingDays('2026-09-30T10:00:00+08:00', 1)).toBe('2026-10-08T10:00:00+08:00');
    expect(() => toIsoInstant('2026-05-06T01:30:00Z', 'America/New_York')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
