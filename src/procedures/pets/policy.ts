import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import { WuyeError } from '../../core/errors';
import { defineParameter } from '../../core/parameter';
import type { Policy, PolicyPack } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { Animal, SharedPlace } from './schema';
import { animalSchema, sharedPlaceSchema } from './schema';

export const CONFLICT = text(
  '两份来源相互冲突：《客服制度》宠物饲养管理规定禁止饲养鸡、鸭、鹅、猪、猫、狗、肉鸽，观赏鸟、信鸽不得占用楼道、楼梯间、天台；《物业客户服务类服务标准表》宠物管理只要求制定管理办法、宣传文明养宠、及时提醒不文明行为，并不禁止养猫狗。哪一种适用取决于项目的管理规约，本库不替主机选择：没有默认值，须组合 petsPacks.RULES 或 petsPacks.STD。',
  'The two sources conflict: 《客服制度》 宠物饲养管理规定 bans keeping chickens, ducks, geese, pigs, cats, dogs and meat pigeons, and keeps ornamental birds and racing pigeons out of corridors, stairwells and roofs; 《物业客户服务类服务标准表》 宠物管理 only asks for pet rules, promotion of civilised keeping and prompt reminders, and bans no cat or dog. Which applies depends on the estate’s own rules (管理规约), so the library does not choose for the host: there is no default; compose petsPacks.RULES or petsPacks.STD.',
);

/**
 * @internal Which source's pet rules apply: `'RULES'` (the ban) or `'STD'` (civilised keeping). The
 * default is `null` on purpose — the sources conflict, so a host must choose a pack.
 *
 * @example
 * paramValue(composePolicy(petsPacks.STD), petRegime) // 'STD'
 */
export const petRegime = defineParameter<'RULES' | 'STD' | null>({
  id: 'pets.regime',
  title: text('适用的宠物饲养规定', 'Which pet rules apply'),
  unit: 'choice',
  schema: z.nullable(z.enum(['RULES', 'STD'])),
  default: null,
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'pets: the host chooses a pack'),
  also: { RULES: ['RULES', '宠物饲养管理规定'], STD: ['STD', '宠物管理'] },
});

/**
 * @internal Animals that may not be kept (宠物饲养管理规定 一).
 *
 * @example
 * paramValue(composePolicy(petsPacks.RULES), bannedAnimals) // ['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon']
 */
export const bannedAnimals = defineParameter<readonly Animal[]>({
  id: 'pets.bannedAnimals',
  title: text('禁止饲养的动物', 'Animals that may not be kept'),
  unit: 'list',
  schema: z.array(animalSchema),
  default: [],
  defaultFrom: 'LIBRARY',
  source: cite('RULES', '宠物饲养管理规定 一'),
  also: { RULES: [['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon'], '宠物饲养管理规定 一'], STD: [[], '宠物管理 1–3（不禁止饲养）'] },
});

/**
 * @internal Shared places ornamental birds and racing pigeons (or their cages) may not occupy
 * (宠物饲养管理规定 二).
 *
 * @example
 * paramValue(composePolicy(petsPacks.RULES), birdForbiddenPlaces).includes('roof') // true
 */
export const birdForbiddenPlaces = defineParameter<readonly SharedPlace[]>({
  id: 'pets.birdForbiddenPlaces',
  title: text('观赏鸟、信鸽不得占用的地方', 'Places birds and pigeons may not occupy'),
  unit: 'list',
  schema: z.array(sharedPlaceSchema),
  default: [],
  defaultFrom: 'LIBRARY',
  source: cite('RULES', '宠物饲养管理规定 二'),
  also: { RULES: [['corridor', 'stairwell', 'roof', 'outsideExternalWall', 'outsideAntiTheftGrille'], '宠物饲养管理规定 二'], STD: [[], '宠物管理 1–3（未规定）'] },
});

/**
 * @internal Whether staff must remind keepers of uncivilised keeping (STD 宠物管理 3).
 *
 * @example
 * paramValue(composePolicy(petsPacks.STD), remindUncivilised) // true
 */
export const remindUncivilised = defineParameter<boolean>({
  id: 'pets.remindUncivilised',
  title: text('对不文明养宠行为及时提醒', 'Remind keepers of uncivilised keeping'),
  unit: 'flag',
  schema: z.boolean(),
  default: false,
  defaultFrom: 'LIBRARY',
  source: cite('STD', '宠物管理 3'),
  also: { RULES: [false, '宠物饲养管理规定（无提醒条款）'], STD: [true, '宠物管理 3'] },
});

/**
 * The parameters of the pet procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure). None has a usable default: the host
 * chooses a pack.
 *
 * @example
 * petsParameters.regime.default // null
 */
export const petsParameters = Object.freeze({ regime: petRegime, bannedAnimals, birdForbiddenPlaces, remindUncivilised });

/**
 * The two conflicting packs, derived from the parameters. Each sets every pet parameter, so
 * the pack composed last decides entirely; a host mixing them says so with overrides.
 *
 * @example
 * const policy = composePolicy(petsPacks.RULES); // the ban
 * const other = composePolicy(petsPacks.STD, { 'pets.bannedAnimals': ['pig'] }); // civilised keeping, no pigs
 */
export const petsPacks: Readonly<Record<'RULES' | 'STD', PolicyPack>> = derivePacks<'RULES' | 'STD'>(petsParameters);

/**
 * @internal The regime a policy chose, or `INVALID_POLICY` when none was chosen (no policy,
 * or one composed without a pet pack): the sources conflict, so there is no silent default.
 */
export function chosenPetRegime(policy: Policy | undefined): 'RULES' | 'STD' {
  if (policy !== undefined) assertPolicy(policy);
  const regime = policy === undefined ? null : paramValue(policy, petRegime);
  if (regime === null) {
    throw new WuyeError(
      'INVALID_POLICY',
      text(
        '未选择宠物饲养规定。两份来源相互冲突：《客服制度》宠物饲养管理规定禁止饲养猫、狗等，《物业客户服务类服务标准表》宠物管理并不禁止；哪一种适用取决于项目的管理规约，本库不替项目选择，须在政策中组合其中一份来源的宠物策略包。',
        `No pet rules chosen. ${CONFLICT.en}`,
      ),
      { parameter: petRegime.id, choices: ['RULES', 'STD'] },
    );
  }
  return regime;
}
