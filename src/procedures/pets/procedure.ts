import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { petsPacks, petsParameters } from './policy';
import { checkPets, petsRules } from './rules';
import type { PetRecord } from './schema';
import { petRecordSchema } from './schema';

/**
 * The pet procedure as data, for the docs generator. No machine: the sources set no steps.
 *
 * @example
 * petsProcedure.packs.map((p) => p.id) // ['RULES', 'STD']
 */
export const petsProcedure = defineProcedure({
  name: 'pets',
  title: text('宠物饲养管理', 'Pet keeping'),
  sources: [cite('RULES', '宠物饲养管理规定 一、二'), cite('STD', '宠物管理 1–3')],
  parameters: [...CORE_PARAMETERS, ...Object.values(petsParameters)],
  packs: Object.values(petsPacks),
  rules: Object.values(petsRules) as Rule<never>[],
  schemas: { record: petRecordSchema },
  // No policy, or none with a pet pack: INVALID_POLICY, there is no default.
  check: (record, options) => checkPets(record as PetRecord, options),
});
