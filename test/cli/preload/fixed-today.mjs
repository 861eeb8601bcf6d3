// Preloaded into a command under test (node --import): the clock reads the instant TODAY names
// (an ISO date or instant), as faketime would, so a test chooses "today" without the CLI
// carrying a test hook. Only the current time changes; new Date(x) and Date.UTC are untouched.
import process from 'node:process';

const today = process.env.TODAY;
if (today) {
  const fixed = Date.parse(today.length === 10 ? `${today}T09:00:00+08:00` : today);
  if (Number.isNaN(fixed)) throw new Error(`TODAY is not a date: ${today}`);
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      super(...(args.length === 0 ? [fixed] : args));
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate;
}
