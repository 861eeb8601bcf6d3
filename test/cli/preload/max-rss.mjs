// Preloaded into a command under test (node --import): writes the process's peak resident set
// size (kB) to the file MAX_RSS_FILE names, on exit, whatever way it exits. The memory tests and
// the report bench measure the CLI this way, so the CLI itself carries no test hook.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
