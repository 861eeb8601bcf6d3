// addWorkingDays(at, 20) on the indexed Chinese calendar (a year index built once) against
// the obvious alternative: a day-by-day walk with luxon over the same chinese-days data.
import data from 'chinese-days/dist/chinese-days.json';
import { DateTime } from 'luxon';
import type { Comparison } from './harness';
import { addWorkingDays } from '../src/core/working-days';
import { chineseCalendar } from '../src/core/chinese-calendar';

const HOLIDAYS = data.holidays as Record<string, string>;
const WORKDAYS = data.workdays as Record<string, string>;

/** The baseline: step one day at a time in Asia/Shanghai, looking each date up in the data. */
function walkWorkingDays(at: string, n: number): string {
  let day = DateTime.fromISO(at, { setZone: true }).setZone('Asia/Shanghai');
  let left = n;
  while (left > 0) {
    day = day.plus({ days: 1 });
    const date = day.toISODate() as string;
    if (date in WORKDAYS || (!(date in HOLIDAYS) && day.weekday <= 5)) left--;
  }
  return day.toISO({ suppressMilliseconds: true }) as string;
}

// Starts spread over 2026, before and across Spring Festival, May Day and National Day.
const STARTS = ['2026-01-30T09:30:00+08:00', '2026-02-10T14:00:00+08:00', '2026-04-28T01:30:00Z', '2026-06-15T18:45:00+08:00', '2026-09-21T10:00:00-05:00', '2026-09-30T10:00:00+08:00', '2026-11-02T08:00:00+08:00'];
let i = 0;
let j = 0;

chineseCalendar(); // the index is built once, at first use: not part of the timing
for (const at of STARTS) {
  if (addWorkingDays(at, 20) !== walkWorkingDays(at, 20)) throw new Error(`bench sides disagree for ${at}`);
}

export default [
  {
    title: 'addWorkingDays(at, 20): indexed calendar vs a day-by-day luxon walk over the same data',
    subject: { name: 'addWorkingDays (index)', fn: () => addWorkingDays(STARTS[i++ % STARTS.length]!, 20) },
    baseline: { name: 'luxon day-by-day walk', fn: () => walkWorkingDays(STARTS[j++ % STARTS.length]!, 20) },
    minRatio: 10,
  },
] satisfies Comparison[];
