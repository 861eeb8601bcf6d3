import type { Duration } from '../../core/parameter';
import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import { durationMiniSchema } from '../../core/mini-schemas';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';

const holdSchema = z.nullable(durationMiniSchema(['hour', 'day', 'working-day']));

/**
 * @internal How long an unclaimed general item may be held before it goes to the police (null: the
 * standard sets no period).
 *
 * @example
 * paramValue(composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverGeneralAfter': { value: 30, unit: 'day' } }), handOverGeneralAfter) // { value: 30, unit: 'day' }
 */
export const handOverGeneralAfter = defineParameter<Duration | null>({
  id: 'lostProperty.handOverGeneralAfter',
  title: text('一般遗失物无人认领送交公安部门的期限', 'Hand an unclaimed general item to the police after'),
  unit: 'duration',
  schema: holdSchema,
  default: null,
  defaultFrom: 'STD',
  source: cite('STD', '客户物品代管 2'),
});

/**
 * @internal How long an unclaimed special item may be held before it goes to the police (null: the
 * standard sets no period).
 *
 * @example
 * paramValue(undefined, handOverSpecialAfter) // null
 */
export const handOverSpecialAfter = defineParameter<Duration | null>({
  id: 'lostProperty.handOverSpecialAfter',
  title: text('特殊遗失物无人认领送交公安部门的期限', 'Hand an unclaimed special item to the police after'),
  unit: 'duration',
  schema: holdSchema,
  default: null,
  defaultFrom: 'STD',
  source: cite('STD', '客户物品代管 2'),
});

/**
 * The parameters of the lost-property procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * lostPropertyParameters.handOverGeneralAfter.default // null (the standard sets no period)
 */
export const lostPropertyParameters = Object.freeze({ handOverGeneralAfter, handOverSpecialAfter });

/**
 * The lost-property slice of each source document's pack, derived from the parameters: the
 * standard states the principles but no period (both null).
 *
 * @example
 * const policy = composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverSpecialAfter': { value: 24, unit: 'hour' } });
 */
export const lostPropertyPacks: Readonly<Record<'STD', PolicyPack>> = derivePacks<'STD'>(lostPropertyParameters);
