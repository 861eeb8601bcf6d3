/**
 * `wuye-rules/pets` — pet keeping under one of two conflicting sources the host chooses:
 * 《客服制度》 宠物饲养管理规定 (a ban) or 《物业客户服务类服务标准表》 宠物管理 (civilised keeping).
 * Validators only: no state machine, no xstate.
 *
 * @example
 * import { checkPetKeeping, petPacks } from 'wuye-rules/pets';
 * import { composePolicy } from 'wuye-rules';
 * checkPetKeeping({ id: 'PET-1', unit: '5栋302', animal: 'cat' }, composePolicy(petPacks.RULES)).length // 1
 *
 * @module
 */
export * from './schema';
export * from './policy';
export * from './rules';
export { petsProcedure } from './procedure';
