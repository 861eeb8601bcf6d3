import { WuyeError } from './errors';
import type { TimeUnit } from './parameter';
import { text } from './text';

/** @internal Throws `INVALID_INPUT` unless `units` is a non-empty list of time units (the duration schemas' argument). */
export function assertTimeUnits(units: readonly TimeUnit[]): void {
  if (!Array.isArray(units) || units.length === 0 || !units.every((u) => ['minute', 'hour', 'day', 'working-day'].includes(u as string))) {
    throw new WuyeError('INVALID_INPUT', text('时长单位须为分钟、小时、日或工作日之一', 'Units must be minute, hour, day or working-day'), { field: 'units' });
  }
}
