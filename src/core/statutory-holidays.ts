import type { LocalizedText } from './text';

/**
 * The holidays of 《全国年节及纪念日放假办法》 for which every citizen has days off, in the
 * order the State Council's yearly notices list them, each with its one-character code (as
 * the library's compact calendar data writes it).
 *
 * @example
 * STATUTORY_HOLIDAYS.map((h) => h.name['zh-CN']) // ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']
 */
export const STATUTORY_HOLIDAYS: readonly { readonly code: string; readonly name: LocalizedText }[] = Object.freeze([
  { code: '元', name: { 'zh-CN': '元旦', en: "New Year's Day" } },
  { code: '春', name: { 'zh-CN': '春节', en: 'Spring Festival' } },
  { code: '清', name: { 'zh-CN': '清明节', en: 'Tomb-sweeping Day' } },
  { code: '劳', name: { 'zh-CN': '劳动节', en: 'Labour Day' } },
  { code: '端', name: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' } },
  { code: '中', name: { 'zh-CN': '中秋节', en: 'Mid-autumn Festival' } },
  { code: '国', name: { 'zh-CN': '国庆节', en: 'National Day' } },
]);

// Other names the notices use for the same holidays (before 2008 and in some headings).
const ALIASES: Readonly<Record<string, string>> = { 五一: '劳动节', 国际劳动节: '劳动节', 五一国际劳动节: '劳动节', 十一: '国庆节', 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/**
 * The name of the days off of a notice heading such as "春节", "“五一”" or "中秋节、国庆节":
 * one statutory holiday, or two joined (中秋节 and 国庆节 when they fall together), in the
 * order of {@link STATUTORY_HOLIDAYS}. `undefined` for a name the 放假办法 does not list.
 *
 * @example
 * holidayName('“十一”')        // { 'zh-CN': '国庆节', en: 'National Day' }
 * holidayName('国庆节、中秋节') // { 'zh-CN': '中秋节、国庆节', en: 'Mid-autumn Festival and National Day' }
 * holidayName('植树节')        // undefined
 */
export function holidayName(heading: string): LocalizedText | undefined {
  const parts = heading
    .replace(/[“”"'‘’「」]/g, '')
    .split(/[、和及]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const found = parts.map((p) => STATUTORY_HOLIDAYS.find((h) => h.name['zh-CN'] === (ALIASES[p] ?? p)));
  if (found.length === 0 || found.some((h) => h === undefined)) return undefined;
  const sorted = STATUTORY_HOLIDAYS.filter((h) => found.includes(h));
  return sorted.length === 1 ? sorted[0]!.name : joinedName(sorted.map((h) => h.name));
}

/**
 * The name of days off shared by several holidays, e.g. 中秋节、国庆节.
 *
 * @example
 * joinedName([STATUTORY_HOLIDAYS[5].name, STATUTORY_HOLIDAYS[6].name]).en // 'Mid-autumn Festival and National Day'
 */
export function joinedName(names: readonly LocalizedText[]): LocalizedText {
  return { 'zh-CN': names.map((n) => n['zh-CN']).join('、'), en: names.map((n) => n.en).join(' and ') };
}
