/**
 * `wuye-rules/pets` — pet keeping under one of two conflicting sources the host chooses:
 * 《客服制度》 宠物饲养管理规定 (a ban) or 《物业客户服务类服务标准表》 宠物管理 (civilised keeping).
 * Validators only: no state machine, no xstate, no luxon.
 *
 * @example
 * import { checkPets, petsPacks } from 'wuye-rules/pets';
 * import { composePolicy } from 'wuye-rules';
 * checkPets({ id: 'PET-1', unit: '5栋302', animal: 'cat' }, { asOf: '2026-05-07T00:00:00+08:00', policy: composePolicy(petsPacks.RULES) }).length // 1
 *
 * @module
 */
export type { Animal, SharedPlace, PetIncident, PetRecord } from './schema';
export { petRecordSchema } from './schema';
export { petsPacks, petsParameters } from './policy';
export { checkPets, petsRules } from './rules';
export { petsProcedure } from './procedure';
