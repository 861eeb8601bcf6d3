import { describe, expect, it } from 'vitest';
import { complaintDocs } from '../../src/procedures/complaint/docs';
import { composePolicy } from '../../src/core/policy';
import { formatValue } from '../../src/docs/format-value';
import { renderIndexPage } from '../../src/docs/index-page';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { allProcedures } from '../../src/docs/procedures';
import { complaintPacks, complaintProcedure } from '../../src/procedures/complaint/index';

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

describe('a procedure page rendered for a policy shows which parameters do not apply', () => {
  it('ZH alone: DEPT 5.2.3’s 48 hours are not applied; every page with packs states the rule', () => {
    const page = renderProcedurePage(complaintProcedure, 'en', composePolicy(complaintPacks.ZH));
    const row = page.split('\n').find((l) => l.startsWith('| `complaint.investigateWithin`'))!;
    expect(row).toContain('not applied (no composed pack sets it)');
    expect(page.split('\n').find((l) => l.startsWith('| `complaint.notifyWithin`'))).toContain('3 days (ZH WI/FW-006.18)');
    expect(renderProcedurePage(complaintProcedure, 'zh-CN', undefined, complaintDocs)).toContain('策略包不跨文件生效');
  });
});
