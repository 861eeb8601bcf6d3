// 50 MB of records piped through `| head -1` and `| cat`: stdout is written with back-pressure
// (memory stays bounded while the reader is slower) and a reader that goes away ends the
// command quietly. A preload (test/cli/preload/max-rss.mjs, through NODE_OPTIONS) writes the CLI's
// peak RSS (process.resourceUsage().maxRSS) into the file MAX_RSS_FILE names, however it exits.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { intake } from '../complaint/fixtures';
import { cliBundle, root } from './run-cli';

const MAX_RSS = pathToFileURL(join(import.meta.dirname, 'preload', 'max-rss.mjs')).href;

const dir = mkdtempSync(join(tmpdir(), 'wuye-cli-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LIMIT_KB = 200 * 1024;

// Mostly lines a host exported badly (each one a line of JSON output), every 50th a late
// complaint (three violations): cheap to check, and more output than input.
const big = join(dir, 'big.jsonl');
const fd = openSync(big, 'w');
const bad = '{ not json: 王建国 3栋1201 楼上装修噪声，影响午休 }\n';
const chunk = Array.from({ length: 1000 }, (_, i) => (i % 50 === 0 ? `${JSON.stringify(intake({ id: `C-${i}` }))}\n` : bad)).join('');
let lines = 0;
while (statSync(big).size < 50 * 1024 * 1024) {
  writeSync(fd, chunk);
  lines += 1000;
}
closeSync(fd);

function pipe(sink: string) {
  const rss = join(dir, `${sink.replace(/\W/g, '')}.rss`);
  const err = join(dir, `${sink.replace(/\W/g, '')}.err`);
  const out = join(dir, `${sink.replace(/\W/g, '')}.out`);
  const r = spawnSync('bash', ['-c', `set -o pipefail; "$NODE" "$CLI" check complaint "$BIG" --as-of 2026-05-10T00:00:00+08:00 --json 2>"$ERR" | ${sink} >"$OUT"`], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE: process.execPath, CLI: cliBundle, BIG: big, ERR: err, OUT: out, MAX_RSS_FILE: rss, NODE_OPTIONS: `--import ${MAX_RSS}` },
  });
  return { code: r.status, maxRssKb: Number(readFileSync(rss, 'utf8')), err: readFileSync(err, 'utf8'), out: readFileSync(out, 'utf8') };
}

describe('a 50 MB records file through a pipe', () => {
  it('| head -1: the first line, then a quiet exit 141 (broken pipe), RSS under 200 MB', () => {
    const r = pipe('head -1');
    expect(r.out.split('\n')).toHaveLength(2);
    expect(JSON.parse(r.out)).toMatchObject({ line: 1, record: 'C-0', ruleId: 'complaint.notify-deadline' });
    expect(r.code).toBe(141);
    expect(r.err).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.maxRssKb).toBeGreaterThan(10 * 1024);
    expect(r.maxRssKb).toBeLessThan(LIMIT_KB);
  });
  it('| cat: every line, exit 1 (violations), RSS under 200 MB', () => {
    const r = pipe('cat');
    expect(r.code).toBe(1);
    const last = r.out.slice(r.out.lastIndexOf('\n', r.out.length - 2) + 1);
    const records = lines / 50;
    expect(JSON.parse(last)).toEqual({ summary: { records, malformed: lines - records, invalid: 0, errors: 3 * records, warnings: 0, infos: 0 } });
    expect(r.maxRssKb).toBeGreaterThan(10 * 1024);
    expect(r.maxRssKb).toBeLessThan(LIMIT_KB);
  });
});
