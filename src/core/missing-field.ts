import type { LocalizedText } from './text';

/**
 * A field a record still lacks, as every rule and guard reports it in `data.missing`: the
 * field's path in the record and its label in both languages.
 *
 * @example
 * const m: MissingField = { field: 'complainant.unit', label: { 'zh-CN': '投诉人房号', en: "complainant's unit" } };
 */
export interface MissingField {
  readonly field: string;
  readonly label: LocalizedText;
}

/**
 * Builds a {@link MissingField}.
 *
 * @example
 * missingField('feePaid', text('缴费记录', 'fee payment')) // { field: 'feePaid', label: { 'zh-CN': '缴费记录', en: 'fee payment' } }
 */
export function missingField(field: string, label: LocalizedText): MissingField {
  return { field, label };
}

/**
 * The labels of some missing fields joined for a message, in one language.
 *
 * @example
 * joinLabels([missingField('feePaid', text('缴费记录', 'fee payment'))], 'zh-CN') // '缴费记录'
 */
export function joinLabels(missing: readonly MissingField[], lang: 'zh-CN' | 'en'): string {
  return missing.map((m) => m.label[lang]).join(lang === 'zh-CN' ? '、' : ', ');
}
