import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/docs/format-value';
import { renderIndexPage } from '../../src/docs/index-page';
import { allProcedures } from '../../src/docs/procedures';

describe('due-day cadences as the docs render them', () => {
  it('a monthly report is due before the 5th of the month (STD 投诉管理 受理与回复 3, 物业服务报告 2), with no "first month"', () => {
    expect(formatValue({ every: 'month', beforeDay: 5 }, 'zh-CN')).toBe('每月5日前');
    expect(formatValue({ every: 'month', beforeDay: 5 }, 'en')).toBe('each month, before day 5');
  });
  it('a quarterly report is due before the 20th of the quarter’s first month (STD 物业服务报告)', () => {
    expect(formatValue({ every: 'quarter', beforeDay: 20 }, 'zh-CN')).toBe('每季度首月20日前');
    expect(formatValue({ every: 'quarter', beforeDay: 20 }, 'en')).toBe('each quarter, before day 20 of its first month');
  });
  it('the zh-CN index shows 每月5日前 and never 每月（首月）', () => {
    const page = renderIndexPage(allProcedures, 'zh-CN');
    expect(page).toContain('每月5日前');
    expect(page).not.toContain('（首月）');
  });
});
