import type { Duration } from '../core/parameter';
import { formatDuration } from '../core/parameter';
import type { Lang, LocalizedText } from '../core/text';

/**
 * A parameter value written for a reader: durations in words, texts in the page's
 * language, `null` as "not applied", anything else as JSON.
 *
 * @example
 * formatValue({ value: 3, unit: 'day' }, 'zh-CN') // '3日'
 * formatValue(null, 'en')                          // 'not applied'
 * formatValue({ every: 'month', atLeast: 2 }, 'en') // 'at least 2 a month'
 * formatValue({ every: 'month', beforeDay: 5 }, 'zh-CN') // '每月5日前'
 * formatValue({ every: 'quarter', beforeDay: 20 }, 'zh-CN') // '每季度首月20日前'
 */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === null) return lang === 'zh-CN' ? '不适用' : 'not applied';
  if (typeof value === 'object' && value !== null) {
    const v = value as Partial<Duration> & Partial<LocalizedText>;
    if (typeof v.value === 'number' && typeof v.unit === 'string' && Object.keys(value).length === 2) return formatDuration(v as Duration, lang);
    if (typeof v['zh-CN'] === 'string' && typeof v.en === 'string') return v[lang]!;
    const c = value as { every?: unknown; atLeast?: unknown; beforeDay?: unknown };
    const per = { month: ['每月', 'a month'], quarter: ['每季度', 'a quarter'], year: ['每年', 'a year'] } as Record<string, [string, string]>;
    const every = typeof c.every === 'string' ? per[c.every] : undefined;
    if (every && typeof c.atLeast === 'number') return lang === 'zh-CN' ? `${every[0]}至少${c.atLeast}次` : `at least ${c.atLeast} ${every[1]}`;
    if (every && typeof c.beforeDay === 'number') {
      // A monthly due day is in the month itself; a quarterly one in the quarter's first month.
      const first = c.every === 'quarter';
      return lang === 'zh-CN' ? `${every[0]}${first ? '首月' : ''}${c.beforeDay}日前` : `${every[1].replace('a ', 'each ')}, before day ${c.beforeDay}${first ? ' of its first month' : ''}`;
    }
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
