import type { CheckOptions } from '../../core/check-options';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { checkOptions } from '../../core/check-options';
import { bannedAnimals, birdForbiddenPlaces, chosenPetRegime, petRegime, remindUncivilised } from './policy';
import type { Animal, PetIncident, PetRecord, SharedPlace } from './schema';
import { PETS_FIELD_LABELS, petRecordSchema } from './schema';

const ANIMAL_ZH: Readonly<Record<Animal, string>> = { chicken: '鸡', duck: '鸭', goose: '鹅', pig: '猪', cat: '猫', dog: '狗', meatPigeon: '肉鸽', ornamentalBird: '观赏鸟', racingPigeon: '信鸽', other: '其他动物' };
const PLACE_ZH: Readonly<Record<SharedPlace, string>> = { corridor: '楼道', stairwell: '楼梯间', roof: '天台', outsideExternalWall: '外墙外部', outsideAntiTheftGrille: '防盗网外部' };
const KIND_ZH: Readonly<Record<PetIncident['kind'], string>> = { fouling: '随地便溺', noise: '噪音扰民', unleashed: '未拴绳', aggression: '攻击行为', other: '其他' };
const BIRDS: readonly Animal[] = ['ornamentalBird', 'racingPigeon'];

type AnimalFacts = { petId: string; unit: string; animal: Animal; animalZh: string };
type PlaceFacts = { petId: string; unit: string; animal: Animal; animalZh: string; places: SharedPlace[]; placesZh: string };
type IncidentFacts = { petId: string; unit: string; incidentAt: string; kind: PetIncident['kind'] };

const bannedAnimal = defineRule<AnimalFacts>({
  id: 'pets.banned-animal',
  severity: 'error',
  source: cite('RULES', '宠物饲养管理规定 一'),
  title: text('辖区内禁止饲养鸡、鸭、鹅、猪、猫、狗、肉鸽等', 'No chickens, ducks, geese, pigs, cats, dogs, meat pigeons and the like'),
  parameters: [petRegime, bannedAnimals],
  message: (d) => text(`${d.unit} 饲养${d.animalZh}（${d.petId}），所选规定禁止饲养。`, `${d.unit} keeps a ${d.animal} (${d.petId}), which the chosen rules ban.`),
});

const birdPlace = defineRule<PlaceFacts>({
  id: 'pets.bird-shared-place',
  severity: 'error',
  source: cite('RULES', '宠物饲养管理规定 二'),
  title: text('观赏鸟、信鸽不得占用楼道、楼梯间、天台等共用地方', 'Birds and pigeons stay out of corridors, stairwells, roofs'),
  parameters: [petRegime, birdForbiddenPlaces],
  message: (d) => text(`${d.unit} 的${d.animalZh}（${d.petId}）占用了${d.placesZh}。`, `${d.unit}'s ${d.animal} (${d.petId}) occupies: ${d.places.join(', ')}.`),
});

const notReminded = defineRule<IncidentFacts>({
  id: 'pets.uncivilised-not-reminded',
  severity: 'warning',
  source: cite('STD', '宠物管理 3'),
  title: text('对不文明养宠行为及时关注并提醒', 'Notice and remind uncivilised keeping promptly'),
  parameters: [petRegime, remindUncivilised],
  message: (d) => text(`${d.unit}（${d.petId}）${d.incidentAt} 的不文明养宠行为（${KIND_ZH[d.kind]}）未记录提醒。`, `${d.unit} (${d.petId}): the uncivilised keeping (${d.kind}) at ${d.incidentAt} has no recorded reminder.`),
});

/**
 * Every pet rule, by name.
 *
 * @example
 * petsRules.bannedAnimal.source.clause // '宠物饲养管理规定 一'
 */
export const petsRules = Object.freeze({ bannedAnimal, birdPlace, notReminded }) satisfies Record<string, Rule<never>>;

/**
 * Checks one kept animal against the pet rules the host chose — `options.policy` is required
 * and must include `petsPacks.RULES` or `petsPacks.STD` (else `INVALID_POLICY`: the sources
 * conflict, so nothing is assumed). Under RULES: banned animals and birds in shared places;
 * under STD: an incident without a reminder. Neither source sets a time limit ("及时" has no
 * number), so `asOf` is checked but changes nothing. A bad record is a typed error and is left
 * unchanged.
 *
 * @example
 * checkPets({ id: 'PET-1', unit: '5栋302', animal: 'dog' }, { asOf: '2026-05-07T00:00:00+08:00', policy: composePolicy(petsPacks.RULES) }).map((v) => v.ruleId) // ['pets.banned-animal']
 * checkPets({ id: 'PET-1', unit: '5栋302', animal: 'dog' }, { asOf: '2026-05-07T00:00:00+08:00', policy: composePolicy(petsPacks.STD) }) // []
 */
export function checkPets(record: PetRecord, options: CheckOptions): Violation[] {
  const { policy } = checkOptions(options);
  chosenPetRegime(policy);
  parseInput(petRecordSchema, record, text('宠物登记', 'pet record'), PETS_FIELD_LABELS);
  const out: Violation[] = [];
  const base = { petId: record.id, unit: record.unit };
  if (paramValue(policy, bannedAnimals).includes(record.animal)) {
    out.push(violation(bannedAnimal, { ...base, animal: record.animal, animalZh: ANIMAL_ZH[record.animal] }, policy));
  }
  if (BIRDS.includes(record.animal)) {
    const forbidden = paramValue(policy, birdForbiddenPlaces);
    const places = [...new Set((record.places ?? []).filter((p) => forbidden.includes(p)))];
    if (places.length > 0) out.push(violation(birdPlace, { ...base, animal: record.animal, animalZh: ANIMAL_ZH[record.animal], places, placesZh: places.map((p) => PLACE_ZH[p]).join('、') }, policy));
  }
  if (paramValue(policy, remindUncivilised)) {
    for (const incident of record.incidents ?? []) {
      if (incident.remindedAt === undefined) out.push(violation(notReminded, { ...base, incidentAt: incident.at, kind: incident.kind }, policy));
    }
  }
  return applicable(out, options.policy);
}
