import * as z from 'zod';
import { CORE_PARAMETERS } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import type { Parameter } from '../../core/parameter';
import { defineParameter } from '../../core/parameter';
import type { Policy, PolicyPack } from '../../core/policy';
import { assertPolicy, definePack, paramValue } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { Animal, SharedPlace } from './schema';
import { animalSchema, sharedPlaceSchema } from './schema';

const CONFLICT = text(
  '两份来源相互冲突：《客服制度》宠物饲养管理规定禁止饲养鸡、鸭、鹅、猪、猫、狗、肉鸽，观赏鸟、信鸽不得占用楼道、楼梯间、天台；《物业客户服务类服务标准表》宠物管理只要求制定管理办法、宣传文明养宠、及时提醒不文明行为，并不禁止养猫狗。哪一种适用取决于项目的管理规约，本库不替主机选择：没有默认值，须组合 petPacks.RULES 或 petPacks.STD。',
  'The two sources conflict: 《客服制度》 宠物饲养管理规定 bans keeping chickens, ducks, geese, pigs, cats, dogs and meat pigeons, and keeps ornamental birds and racing pigeons out of corridors, stairwells and roofs; 《物业客户服务类服务标准表》 宠物管理 only asks for pet rules, promotion of civilised keeping and prompt reminders, and bans no cat or dog. Which applies depends on the estate’s own rules (管理规约), so the library does not choose for the host: there is no default; compose petPacks.RULES or petPacks.STD.',
);

/**
 * Which source's pet rules apply: `'RULES'` (the ban) or `'STD'` (civilised keeping). The
 * default is `null` on purpose — the sources conflict, so a host must choose a pack.
 *
 * @example
 * paramValue(composePolicy(petPacks.STD), petRegime) // 'STD'
 */
export const petRegime = defineParameter<'RULES' | 'STD' | null>({
  id: 'pets.regime',
  title: text('适用的宠物饲养规定', 'Which pet rules apply'),
  unit: 'choice',
  schema: z.enum(['RULES', 'STD']).nullable(),
  default: null,
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'pets: the host chooses a pack'),
  reading: CONFLICT,
});

/**
 * Animals that may not be kept (宠物饲养管理规定 一).
 *
 * @example
 * paramValue(composePolicy(petPacks.RULES), bannedAnimals) // ['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon']
 */
export const bannedAnimals = defineParameter<readonly Animal[]>({
  id: 'pets.bannedAnimals',
  title: text('禁止饲养的动物', 'Animals that may not be kept'),
  unit: 'list',
  schema: z.array(animalSchema),
  default: [],
  defaultFrom: 'LIBRARY',
  source: cite('RULES', '宠物饲养管理规定 一'),
  reading: text(
    '条文列举鸡、鸭、鹅、猪、猫、狗、肉鸽“等”：本库只查列出的种类，其余由主机在清单中增加。',
    'The clause lists chickens, ducks, geese, pigs, cats, dogs, meat pigeons "and the like": the library checks the listed kinds; a host adds others to the list.',
  ),
});

/**
 * Shared places ornamental birds and racing pigeons (or their cages) may not occupy
 * (宠物饲养管理规定 二).
 *
 * @example
 * paramValue(composePolicy(petPacks.RULES), birdForbiddenPlaces).includes('roof') // true
 */
export const birdForbiddenPlaces = defineParameter<readonly SharedPlace[]>({
  id: 'pets.birdForbiddenPlaces',
  title: text('观赏鸟、信鸽不得占用的地方', 'Places birds and pigeons may not occupy'),
  unit: 'list',
  schema: z.array(sharedPlaceSchema),
  default: [],
  defaultFrom: 'LIBRARY',
  source: cite('RULES', '宠物饲养管理规定 二'),
  reading: text(
    '条文：不得占用楼道、楼梯间、天台等共用地方，“不得在外墙和防盗网外部挂放”——摘录在此截断，本库读作不得在外墙及防盗网外挂放鸟笼。',
    'The clause: no occupying corridors, stairwells, roofs or other shared places, and "nothing hung outside the external wall or the anti-theft grille" — the excerpt breaks off there; the library reads it as no bird cages hung outside.',
  ),
});

/**
 * Whether staff must remind keepers of uncivilised keeping (STD 宠物管理 3).
 *
 * @example
 * paramValue(composePolicy(petPacks.STD), remindUncivilised) // true
 */
export const remindUncivilised = defineParameter<boolean>({
  id: 'pets.remindUncivilised',
  title: text('对不文明养宠行为及时提醒', 'Remind keepers of uncivilised keeping'),
  unit: 'flag',
  schema: z.boolean(),
  default: false,
  defaultFrom: 'LIBRARY',
  source: cite('STD', '宠物管理 3'),
  reading: text('“及时”没有数字：本库只查是否记录了提醒。', '"Promptly" has no number: the library checks that a reminder was recorded.'),
});

/**
 * Every parameter the pet procedure reads (the core ones first).
 *
 * @example
 * petParameters.map((p) => p.id)
 */
export const petParameters: readonly Parameter[] = [...CORE_PARAMETERS, petRegime, bannedAnimals, birdForbiddenPlaces, remindUncivilised] as Parameter[];

/**
 * The two conflicting packs. Each sets every pet parameter, so the pack composed last decides
 * entirely; a host mixing them says so with overrides.
 *
 * @example
 * const policy = composePolicy(petPacks.RULES); // the ban
 * const other = composePolicy(petPacks.STD, { 'pets.bannedAnimals': ['pig'] }); // civilised keeping, no pigs
 */
export const petPacks: Readonly<Record<'RULES' | 'STD', PolicyPack>> = Object.freeze({
  RULES: definePack('RULES', petParameters, {
    'pets.regime': ['RULES', '宠物饲养管理规定'],
    'pets.bannedAnimals': [['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon'], '宠物饲养管理规定 一'],
    'pets.birdForbiddenPlaces': [['corridor', 'stairwell', 'roof', 'outsideExternalWall', 'outsideAntiTheftGrille'], '宠物饲养管理规定 二'],
    'pets.remindUncivilised': [false, '宠物饲养管理规定（无提醒条款）'],
  }),
  STD: definePack('STD', petParameters, {
    'pets.regime': ['STD', '宠物管理'],
    'pets.bannedAnimals': [[], '宠物管理 1–3（不禁止饲养）'],
    'pets.birdForbiddenPlaces': [[], '宠物管理 1–3（未规定）'],
    'pets.remindUncivilised': [true, '宠物管理 3'],
  }),
});

/**
 * The regime a policy chose, or `INVALID_POLICY` when none was chosen (no policy, or one
 * composed without a pet pack): the sources conflict, so there is no silent default.
 *
 * @example
 * chosenPetRegime(composePolicy(petPacks.RULES)) // 'RULES'
 * chosenPetRegime(undefined) // throws INVALID_POLICY
 */
export function chosenPetRegime(policy: Policy | undefined): 'RULES' | 'STD' {
  if (policy !== undefined) assertPolicy(policy);
  const regime = policy === undefined ? null : paramValue(policy, petRegime);
  if (regime === null) {
    throw new WuyeError(
      'INVALID_POLICY',
      text(`未选择宠物饲养规定。${CONFLICT['zh-CN']}`, `No pet rules chosen. ${CONFLICT.en}`),
      { parameter: petRegime.id, choices: ['RULES', 'STD'] },
    );
  }
  return regime;
}
