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
 */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === null) return lang === 'zh-CN' ? '不适用' : 'not applied';
  if (typeof value === 'object' && value !== null) {
    const v = value as Partial<Duration> & Partial<LocalizedText>;
    if (typeof v.value === 'number' && typeof v.unit === 'string' && Object.keys(value).length === 2) return formatDuration(v as Duration, lang);
    if (typeof v['zh-CN'] === 'string' && typeof v.en === 'string') return v[lang]!;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
