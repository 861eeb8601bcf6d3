// The core parameters' defaults as plain data (no zod, no imports but the zone): declared
// once here, read by core-parameters.ts and by the arithmetic (core-values.ts).
import { DEFAULT_ZONE } from './zone';

/**
 * @internal The default of each core parameter, by id (declared once: core-parameters.ts
 * reads them from here).
 */
export const CORE_DEFAULTS = {
  'core.zone': DEFAULT_ZONE as string,
  'core.dayCounting': 'rolling' as 'rolling' | 'civil-code',
  'core.beyondCalendar': 'error' as 'error' | 'weekdays',
};
