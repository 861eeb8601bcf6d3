import type { LocalizedText } from './text';

/**
 * What the generated docs say about one procedure and the runtime does not carry: its summary,
 * the readings of the sources it takes as a whole, and the reading of each ambiguous
 * parameter and rule, by id. Kept off the procedure, parameter and rule objects, so a bundle
 * that checks records or steps cases pays nothing for this text; the docs generator
 * (`npm run docs`, `wuye-rules docs`) renders it next to the procedure.
 *
 * @example
 * const docs: ProcedureDocs = {
 *   name: 'pets', summary: text('宠物饲养管理', 'Pet keeping'), readings: [],
 *   parameters: { 'pets.bannedAnimals': text('条文列举……“等”：本库只查列出的种类。', 'The clause lists … "and the like": the library checks the listed kinds.') },
 *   rules: {},
 * };
 */
export interface ProcedureDocs {
  /** The procedure's name (its `ProcedureDefinition.name`). */
  readonly name: string;
  readonly summary: LocalizedText;
  /** Readings that concern the procedure as a whole. */
  readonly readings: readonly LocalizedText[];
  /** The reading of each ambiguous parameter, by parameter id. */
  readonly parameters: Readonly<Record<string, LocalizedText>>;
  /** The reading of each ambiguous rule, by rule id. */
  readonly rules: Readonly<Record<string, LocalizedText>>;
}
