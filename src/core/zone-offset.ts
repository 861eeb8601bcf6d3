import { WuyeError } from './errors';
import { fixedOffset } from './iso';
import { text } from './text';

// Intl writes local mean time with seconds (Asia/Shanghai before 1901: GMT+08:05:43).
const OFFSET = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * @internal The offset of `zone` (minutes east of UTC) at an instant: arithmetic for fixed
 * zones (Asia/Shanghai since 1991, UTC, fixed offsets), the platform's `Intl` time-zone data
 * for any other IANA zone — no luxon. The zone is read when first used, never at import, so
 * a runtime with a weak `Intl` still imports every subpath. An unknown zone is
 * `INVALID_INPUT`.
 */
export function zoneOffsetAt(zone: string, epochMs: number): number {
  const fixed = fixedOffset(zone, epochMs);
  if (fixed !== undefined) return fixed;
  let format = formats.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      throw unknownZone(zone);
    }
    formats.set(zone, format);
  }
  const name = format.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = OFFSET.exec(name);
  if (!m) throw unknownZone(zone);
  return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60);
}

function unknownZone(zone: string): WuyeError {
  return new WuyeError('INVALID_INPUT', text(`未知时区：“${String(zone).slice(0, 64)}”`, `Unknown time zone: ${String(zone).slice(0, 64)}`), { zone: String(zone).slice(0, 64) });
}
