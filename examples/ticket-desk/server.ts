// `node --import tsx examples/ticket-desk/server.ts`: the ticket desk as a process.
//   TICKET_DESK_DATA  PGlite data directory (default ./.ticket-desk-data); ignored with DATABASE_URL
//   DATABASE_URL      a PostgreSQL connection string: use that server instead of PGlite
//   PORT, HOST        where to listen (default 8787 on 127.0.0.1; PORT=0 picks a free port)
// Prints one line "ticket-desk listening on <url> (<engine>)" once it accepts requests, and
// stops cleanly on SIGTERM or SIGINT.
import { calendarCoverageWarning, chineseCalendar } from 'wuye-rules/calendar';
import { startTicketDesk } from './start';

const databaseUrl = process.env.DATABASE_URL || undefined;
const running = await startTicketDesk({
  ...(databaseUrl ? { databaseUrl } : { dataDir: process.env.TICKET_DESK_DATA || './.ticket-desk-data' }),
  port: Number(process.env.PORT ?? 8787),
  host: process.env.HOST || '127.0.0.1',
});
console.log(`ticket-desk listening on ${running.url} (${running.desk.db.engine})`);
// From 1 December: warn (stderr) when next year's 放假安排 is missing from the calendar.
const calendarWarning = calendarCoverageWarning(chineseCalendar(), new Date().toISOString());
if (calendarWarning) console.warn(`warning: ${calendarWarning.en}\n警告：${calendarWarning['zh-CN']}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
