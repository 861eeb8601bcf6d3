import { describe, expect, it } from 'vitest';
import { quietHoursDocs } from '../../src/procedures/quiet-hours/docs';
import { isWuyeError } from '../../src/core/errors';
import { composePolicy } from '../../src/core/policy';
import type { BusinessCalendar } from '../../src/core/calendar';
import type { Policy } from '../../src/core/policy';
import type { NoisyWorkObservation } from '../../src/procedures/quiet-hours/index';
import { checkQuietHours, quietHoursPacks, quietHoursProcedure, residentialQuietHoursExample } from '../../src/procedures/quiet-hours/index';
import { thrown } from '../core/helpers';

const LATER = '2026-12-31T00:00:00+08:00';
const checkNoisyWork = (observations: readonly NoisyWorkObservation[], policy?: Policy) => checkQuietHours(observations, { asOf: LATER, policy });

describe('checkQuietHours (quiet-hours.noisy-work-in-quiet-hours)', () => {
  it('reports noisy work inside a window, with the receipt of the windows used', () => {
    const [v, ...rest] = checkNoisyWork([
      { at: '2026-05-16T04:59:00Z', site: '12F-1203', activity: '电锤' },
      { at: '2026-05-16T13:00:00+08:00', site: '12F-1203', activity: '电锤' },
    ]);
    expect(rest).toEqual([]);
    expect(v!.ruleId).toBe('quiet-hours.noisy-work-in-quiet-hours');
    expect(v!.severity).toBe('error');
    expect(v!.source).toEqual({ document: '《写字楼物业客服工作制度范例》', clause: '二次装修检查标准 1' });
    expect(v!.message['zh-CN']).toBe('12F-1203 2026-05-16 12:59 在禁止时段内进行电锤，2026-05-16 13:00 起方可作业。');
    expect(v!.message.en).toContain('allowed again from 2026-05-16 13:00');
    expect(v!.data).toMatchObject({ observedAt: '2026-05-16T04:59:00Z', allowedFromAt: '2026-05-16T13:00:00+08:00' });
    const used = v!.data.parameters as Record<string, { value: unknown; from: string }>;
    expect(used['quietHours.forbiddenWindows']!.from).toBe('OFFICE');
    expect(used['quietHours.holidayRule']).toMatchObject({ value: 'by-weekday' });
  });

  it('a host policy is recorded as an override in the receipt', () => {
    const [v] = checkNoisyWork([{ at: '2026-05-18T12:30:00+08:00' }], residentialQuietHoursExample);
    expect((v!.data.parameters as Record<string, { from: string }>)['quietHours.forbiddenWindows']!.from).toBe('override');
    expect(v!.message.en).toContain('noisy or polluting work');
  });

  it('never null for a policy that forbids everything', () => {
    const never = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.forbiddenWindows': [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00' }] });
    const [v] = checkNoisyWork([{ at: '2026-05-18T12:30:00+08:00' }], never);
    expect(v!.data.allowedFromAt).toBeNull();
    expect(v!.message['zh-CN']).toBe('2026-05-18 12:30 在禁止时段内进行噪音/污染作业。');
  });

  it('bad observations are typed errors', () => {
    const codeOf = (value: unknown) => {
      try {
        checkNoisyWork(value as never);
      } catch (e) {
        return isWuyeError(e) ? e.code : 'OTHER';
      }
      return undefined;
    };
    expect(codeOf([{ at: '2026-05-18 12:30' }])).toBe('INVALID_INSTANT');
    expect(codeOf([{ site: 'x' }])).toBe('INVALID_INPUT'); // at missing
    expect(codeOf('nope')).toBe('INVALID_INPUT');
    const e = thrown(() => checkNoisyWork([{ at: '2026-05-18 12:30' }]), 'INVALID_INSTANT');
    expect(e.text['zh-CN']).toContain('作业时间');
  });

  it('asOf: only work observed by asOf is judged (the procedure has no time limit); asOf is required', () => {
    const saturdayNoon = [{ at: '2026-05-16T12:00:00+08:00', activity: '电锤' }];
    expect(checkQuietHours(saturdayNoon, { asOf: '2026-05-16T11:59:59+08:00' })).toEqual([]);
    expect(checkQuietHours(saturdayNoon, { asOf: '2026-05-16T12:00:00+08:00' })).toHaveLength(1);
    thrown(() => checkQuietHours(saturdayNoon, {} as never), 'INVALID_INPUT');
    thrown(() => checkQuietHours(saturdayNoon, { asOf: '2026-05-16' }), 'INVALID_INSTANT');
    expect(quietHoursDocs.readings.some((r) => r['zh-CN'].includes('没有时限') && r.en.includes('no time limit'))).toBe(true);
  });

  it('the policy and the calendar are passed through (a holiday rule reads the calendar)', () => {
    const asSunday = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'holidays-as-sunday' });
    const nationalDay = [{ at: '2026-10-01T10:00:00+08:00' }]; // a Thursday, a statutory holiday
    expect(checkQuietHours(nationalDay, { asOf: LATER })).toHaveLength(1);
    expect(checkQuietHours(nationalDay, { asOf: LATER, policy: asSunday })).toEqual([]);
    const noHolidays: BusinessCalendar = { id: 'no-holidays', dayInfo: (date) => ({ date, working: true, kind: 'weekday' }) };
    expect(checkQuietHours(nationalDay, { asOf: LATER, policy: asSunday, calendar: noHolidays })).toHaveLength(1);
  });

  it('the procedure object checks one observation or a list, with the same options', () => {
    const one = { at: '2026-05-16T12:00:00+08:00' };
    expect(quietHoursProcedure.check!(one as never, { asOf: LATER })).toHaveLength(1);
    expect(quietHoursProcedure.check!([one, one] as never, { asOf: LATER })).toHaveLength(2);
    expect(quietHoursProcedure.check!(one as never, { asOf: '2026-05-16T11:00:00+08:00' })).toEqual([]);
  });
});

describe('quietHoursProcedure (docs data)', () => {
  it('has both languages everywhere, sources for every parameter and rule, and marks the residential example', () => {
    const p = quietHoursProcedure;
    expect(p.name).toBe('quiet-hours');
    for (const t of [p.title, quietHoursDocs.summary, ...quietHoursDocs.readings, ...p.rules.map((r) => r.title), ...p.parameters.map((x) => x.title)]) {
      expect(t['zh-CN'].length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
    }
    for (const x of [...p.parameters, ...p.rules]) expect(x.source.clause.length).toBeGreaterThan(0);
    expect(p.parameters.map((x) => x.id)).toEqual(['core.zone', 'core.dayCounting', 'core.beyondCalendar', 'quietHours.forbiddenWindows', 'quietHours.holidayRule']);
    expect(quietHoursDocs.readings.some((r) => r['zh-CN'].includes('并非来源文件') && r.en.includes('not from the sources'))).toBe(true);
    expect(quietHoursDocs.readings.some((r) => r['zh-CN'].includes('08:00 禁止') && r.en.includes('18:00 allowed'))).toBe(true);
    expect(p.machine).toBeUndefined();
  });
});
