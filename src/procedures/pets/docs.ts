import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { CONFLICT } from './policy';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'pets.regime': CONFLICT,
  'pets.bannedAnimals': text(
    '条文列举鸡、鸭、鹅、猪、猫、狗、肉鸽“等”：本库只查列出的种类，其余由主机在清单中增加。',
    'The clause lists chickens, ducks, geese, pigs, cats, dogs, meat pigeons "and the like": the library checks the listed kinds; a host adds others to the list.',
  ),
  'pets.birdForbiddenPlaces': text(
    '条文：不得占用楼道、楼梯间、天台等共用地方，“不得在外墙和防盗网外部挂放”——摘录在此截断，本库读作不得在外墙及防盗网外挂放鸟笼。',
    'The clause: no occupying corridors, stairwells, roofs or other shared places, and "nothing hung outside the external wall or the anti-theft grille" — the excerpt breaks off there; the library reads it as no bird cages hung outside.',
  ),
  'pets.remindUncivilised': text('“及时”没有数字：本库只查是否记录了提醒。', '"Promptly" has no number: the library checks that a reminder was recorded.'),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * petsDocs.summary['zh-CN'].length > 0 // true
 */
export const petsDocs: ProcedureDocs = {
  name: 'pets',
  summary: text(
    '两套相互冲突的规定，由主机选择其一：《客服制度》宠物饲养管理规定（禁止饲养鸡、鸭、鹅、猪、猫、狗、肉鸽；观赏鸟、信鸽不得占用楼道、楼梯间、天台，不得在外墙和防盗网外挂放）或《物业客户服务类服务标准表》宠物管理（制定管理办法，宣传文明养宠，对不文明行为及时提醒）。',
    'Two conflicting sets of rules, of which the host chooses one: 《客服制度》 宠物饲养管理规定 (no chickens, ducks, geese, pigs, cats, dogs or meat pigeons; ornamental birds and racing pigeons out of corridors, stairwells and roofs, nothing hung outside the walls or grilles) or 《物业客户服务类服务标准表》 宠物管理 (pet rules, promotion of civilised keeping, prompt reminders of uncivilised behaviour).',
  ),
  readings: [
    P['pets.regime']!,
    text(
      '未选择时 checkPets 抛出 INVALID_POLICY（不是“没有违规”）：沉默的默认值会让禁止养狗的小区以为养狗合规，或让允许养狗的小区收到错误的违规。',
      'Without a choice checkPets throws INVALID_POLICY (not "no violation"): a silent default would tell an estate that bans dogs that a dog is fine, or flag dogs in an estate that allows them.',
    ),
    text(
      '两包各自设定全部宠物参数，后组合的一包完全决定；要混合（如标准表加禁养猪）请用覆盖值。标准表的第1、2条（制定管理办法、持续宣传）是项目层面的工作，没有可对单只宠物检查的内容。',
      'Each pack sets every pet parameter, so the pack composed last decides entirely; to mix (e.g. STD plus no pigs) use overrides. STD items 1 and 2 (adopt pet rules, keep promoting) are project-level duties with nothing to check on one animal.',
    ),
    text('两份来源都没有时限（“及时”没有数字）：检查仍须给出判断时刻（asOf），但判断时刻不改变结果。', 'Neither source sets a time limit ("promptly" has no number): a check still takes asOf, but asOf does not change the result.'),
  ],
  parameters: P,
  rules: {
    'pets.banned-animal': P['pets.bannedAnimals']!,
    'pets.bird-shared-place': P['pets.birdForbiddenPlaces']!,
    'pets.uncivilised-not-reminded': P['pets.remindUncivilised']!,
  },
};
