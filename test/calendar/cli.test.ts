import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extendCalendar } from '../../src/core/calendar';
import { readCalendarDataFile } from '../../src/core/calendar-data-file';
import { chineseCalendar } from '../../src/core/chinese-calendar';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'wuye-calendar-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command line as a user runs it: a separate process, real files, a chosen "today". */
function cli(today: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', pathToFileURL(join(root, 'test/cli/preload/fixed-today.mjs')).href, join(root, 'src/cli/bin.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', TODAY: today } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

// A 2027 notice in the published form (weekdays as the 2027 calendar has them).
const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '国办发明电〔2026〕9号',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月20日（周六）上班。',
  '国务院办公厅',
  '2026年11月20日',
].join('\n');

describe('wuye-rules calendar import / check', () => {
  it('import prints the calendar data file; check reads it back and extends the calendar', () => {
    const imported = cli('2026-11-20', 'calendar', 'import', file('notice.txt', NOTICE_2027));
    expect(imported.code).toBe(0);
    const json = JSON.parse(imported.out) as unknown;
    const data = readCalendarDataFile(json);
    expect(data.sources).toEqual([{ year: 2027, title: '国务院办公厅关于2027年部分节假日安排的通知', documentNo: '国办发明电〔2026〕9号', issued: '2026-11-20' }]);
    expect(extendCalendar(chineseCalendar(), data).dayInfo('2027-02-20')).toMatchObject({ working: true, kind: 'make-up-workday' });

    const checked = cli('2026-12-02', 'calendar', 'check', file('2027.json', imported.out));
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('2027: 国务院办公厅关于2027年部分节假日安排的通知 国办发明电〔2026〕9号');
    expect(checked.out).toContain('11 days off, 1 make-up working days; the calendar now covers 2004–2027');
    expect(checked.err).toBe(''); // next year present: no warning
  });

  it('a notice with a wrong weekday is INVALID_NOTICE quoting the line, exit 2, nothing on stdout', () => {
    const r = cli('2026-11-20', 'calendar', 'import', file('bad.txt', NOTICE_2027.replace('2月20日（周六）', '2月20日（周五）')));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('INVALID_NOTICE');
    expect(r.err).toContain('二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月20日（周五）上班。');
  });

  it('check refuses a file that is not the format, naming the path', () => {
    const r = cli('2026-11-20', 'calendar', 'check', file('wrong.json', JSON.stringify({ format: 'wuye-rules/calendar-data@1', years: [2027], sources: [], holidays: { '2027-02-30': { 'zh-CN': '春节', en: 'Spring Festival' } }, workdays: {} })));
    expect(r.code).toBe(2);
    expect(r.err).toContain('INVALID_INPUT');
    expect(r.err).toContain('$.holidays["2027-02-30"]');
    expect(cli('2026-11-20', 'calendar', 'check', file('not.json', '{')).code).toBe(2);
    expect(cli('2026-11-20', 'calendar', 'frobnicate').code).toBe(2);
  });
});

describe('the coverage warning', () => {
  it('from 1 December, every command warns on stderr when next year is missing — stdout and exit code unchanged', () => {
    const policy = file('policy.json', JSON.stringify({ packs: ['ZH'] }));
    const november = cli('2026-11-30', 'check-policy', policy);
    const december = cli('2026-12-01', 'check-policy', policy);
    expect(november.err).not.toContain('warning');
    expect(december.err).toContain('warning: The business calendar ends on 2026-12-31 (30 days left) and has no schedule for 2027');
    expect(december.err).toContain('警告：业务日历的数据止于 2026-12-31');
    expect(december.out).toBe(november.out);
    expect(december.code).toBe(november.code);
    const bad = file('bad-policy.json', '{');
    expect(cli('2026-12-01', 'check-policy', bad).code).toBe(cli('2026-11-30', 'check-policy', bad).code);
  });
});
