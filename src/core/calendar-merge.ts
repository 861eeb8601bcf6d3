import type { CalendarData } from './calendar';
import type { LocalizedText } from './text';

/**
 * `base` with `added` laid over it: an added day off replaces a make-up working day on the same
 * date and the reverse; years are joined.
 *
 * @example
 * mergeCalendarData({ years: [2026], holidays: {}, workdays: { '2026-12-31': n } }, { years: [2027], holidays: { '2026-12-31': n }, workdays: {} }).workdays // {}
 */
export function mergeCalendarData(base: CalendarData, added: CalendarData): CalendarData {
  const holidays: Record<string, LocalizedText> = { ...base.holidays };
  const workdays: Record<string, LocalizedText> = { ...base.workdays };
  for (const [date, name] of Object.entries(added.holidays)) {
    holidays[date] = name;
    delete workdays[date];
  }
  for (const [date, name] of Object.entries(added.workdays)) {
    workdays[date] = name;
    delete holidays[date];
  }
  return { years: [...new Set([...base.years, ...added.years])], holidays, workdays };
}
