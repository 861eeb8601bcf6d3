/**
 * A text in both languages the library speaks: Simplified Chinese and English.
 *
 * @example
 * const t: LocalizedText = { 'zh-CN': '投诉', en: 'complaint' };
 */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** A language the library writes in. @example const lang: Lang = 'zh-CN'; */
export type Lang = keyof LocalizedText;

/** Every language, in the order docs are written. @example LANGS.includes('en') // true */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/**
 * Builds a {@link LocalizedText}.
 *
 * @example
 * text('投诉', 'complaint') // { 'zh-CN': '投诉', en: 'complaint' }
 */
export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}
