import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';

/**
 * @internal From how many pieces a request is “多件物品放行” (several items), which needs the
 * “判定是否有搬迁可能” assessment (《服务中心工作手册》 WI/FW-020).
 *
 * @example
 * paramValue(undefined, multipleItemsFrom) // 2
 */
export const multipleItemsFrom = defineParameter<number>({
  id: 'moveOut.multipleItemsFrom',
  title: text('“多件物品”起算件数', 'Pieces from which a request counts as several items'),
  unit: 'pieces',
  schema: z.number().int().min(2),
  default: 2,
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-020'),
});

/**
 * The parameters of the move-out procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * moveOutParameters.multipleItemsFrom.default // 2
 */
export const moveOutParameters = Object.freeze({ multipleItemsFrom });

/**
 * The move-out slice of each source document's pack (only 《服务中心工作手册》 states it),
 * derived from the parameters.
 *
 * @example
 * const policy = composePolicy(moveOutPacks.ZH, { 'moveOut.multipleItemsFrom': 5 });
 */
export const moveOutPacks: Readonly<Record<'ZH', PolicyPack>> = derivePacks<'ZH'>(moveOutParameters);
