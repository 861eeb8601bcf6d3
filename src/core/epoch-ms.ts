import { WuyeError } from './errors';
import { zhLabel } from './field-labels';
import { isoToEpochMs } from './iso';
import { text } from './text';

/**
 * @internal The epoch milliseconds of an instant — an ISO 8601 string with an offset, or a
 * valid luxon `DateTime` (read through its own `toMillis`, so luxon is not imported here:
 * arithmetic-only subpaths validate instants without it). Anything else is
 * `INVALID_INSTANT` naming the field.
 */
export function instantToEpochMs(input: unknown, field = 'at'): number {
  if (typeof input !== 'string') {
    const ms = dateTimeMillis(input);
    if (ms === undefined) throw invalidInstant(input, field);
    return ms;
  }
  const known = parsed?.get(input);
  if (known !== undefined) return known;
  const ms = isoToEpochMs(input);
  if (ms === undefined) throw invalidInstant(input, field);
  parsed?.set(input, ms);
  return ms;
}

// The memo of the outermost `parsingOnce` running, if any: each string is parsed once.
let parsed: Map<string, number> | undefined;

/**
 * @internal Runs `compute` with every ISO instant it reads through {@link instantToEpochMs}
 * parsed once: one step of a case, or one check, reads the same few instants again and again
 * (each deadline's start, due time and fulfilment against `asOf`, each earliest-of). The
 * answers are the same as without it. They are kept in `memo` (a fresh one by default,
 * forgotten when the call returns; a caller that passes its own keeps them, and bounds it).
 * Nested calls share the outer one's memo.
 *
 * @example
 * parsingOnce(() => instantToEpochMs('2026-05-06T09:30:00+08:00') - instantToEpochMs('2026-05-06T09:30:00+08:00')) // 0, one parse
 */
export function parsingOnce<T>(compute: () => T, memo: Map<string, number> = new Map()): T {
  if (parsed) return compute();
  parsed = memo;
  try {
    return compute();
  } finally {
    parsed = undefined;
  }
}

/** @internal The typed error of a bad instant: the field's label, the host's value quoted. */
export function invalidInstant(input: unknown, field: string): WuyeError {
  const shown = typeof input === 'string' ? input.slice(0, 64) : typeof input;
  return new WuyeError(
    'INVALID_INSTANT',
    text(
      `${zhLabel(field) ?? '时间'}须为带时区偏移的时刻（例如 2026-05-06T09:30:00+08:00），收到的是${typeof input === 'string' ? `“${shown}”` : '非文本值'}`,
      `${field} is not an ISO 8601 instant with an offset (e.g. 2026-05-06T09:30:00+08:00): ${shown}`,
    ),
    { field, input: shown },
  );
}

/** @internal Whether `value` is a luxon DateTime, read without importing luxon (its own `isLuxonDateTime` mark). */
export function isLuxonDateTime(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true;
}

// A valid luxon DateTime's epoch milliseconds, through its own toMillis().
function dateTimeMillis(value: unknown): number | undefined {
  if (!isLuxonDateTime(value)) return undefined;
  const dt = value as { isValid?: unknown; toMillis?: unknown };
  if (dt.isValid !== true || typeof dt.toMillis !== 'function') return undefined;
  const ms = (dt.toMillis as () => unknown).call(value);
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : undefined;
}
