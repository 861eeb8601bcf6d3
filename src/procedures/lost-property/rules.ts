import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import type { Deadline, DeadlineOptions } from '../../core/deadline';
import { computeDeadline, isLate } from '../../core/deadline';
import { compareInstants, earliestInstant, formatLocal, toIsoInstant } from '../../core/instant';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import type { Duration } from '../../core/parameter';
import { formatDuration } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { handOverGeneralAfter, handOverSpecialAfter } from './policy';
import type { LostItem } from './schema';
import { LOST_ITEM_FIELD_LABELS, lostItemSchema } from './schema';

type ItemFacts = { itemId: string; description: string };
const CLAUSE = cite('STD', '客户物品代管 2');

const notClassified = defineRule<ItemFacts>({
  id: 'lost-property.not-classified',
  severity: 'error',
  source: CLAUSE,
  title: text('区分一般遗失物和特殊遗失物', 'Tell general from special items'),
  parameters: [],
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）未区分一般或特殊遗失物。`, `Found item ${d.itemId} (${d.description}) is not classed as general or special.`),
});

const notKeptSafely = defineRule<ItemFacts>({
  id: 'lost-property.not-kept-safely',
  severity: 'error',
  source: CLAUSE,
  title: text('妥善保管：登记存放地点和保管人', 'Kept safely: the place and the keeper recorded'),
  parameters: [],
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）无存放地点和保管人记录。`, `Found item ${d.itemId} (${d.description}) has no record of where and by whom it is kept.`),
});

const ownerNotSought = defineRule<ItemFacts>({
  id: 'lost-property.owner-not-sought',
  severity: 'warning',
  source: CLAUSE,
  title: text('优先返还权利人', 'Return to the owner first'),
  parameters: [],
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）送交公安前无寻找失主的记录。`, `Found item ${d.itemId} (${d.description}) went to the police with no record of looking for its owner.`),
});

const claimIdNotChecked = defineRule<ItemFacts & { missing: MissingField[] }>({
  id: 'lost-property.claim-id-not-checked',
  severity: 'error',
  source: CLAUSE,
  title: text('失主认领时查验有效证件并登记', 'On a claim, a valid ID is checked and logged'),
  parameters: [],
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）认领时缺少：${joinLabels(d.missing, 'zh-CN')}。`, `Found item ${d.itemId} (${d.description}) was claimed without: ${joinLabels(d.missing, 'en')}.`),
});

const notPoliceDisposal = defineRule<ItemFacts & { how: string }>({
  id: 'lost-property.final-disposal-not-police',
  severity: 'error',
  source: CLAUSE,
  title: text('公安部门最终处置', 'The police make the final disposal'),
  parameters: [],
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）未经公安部门而被处置（${d.how}）。`, `Found item ${d.itemId} (${d.description}) was disposed of other than by the police (${d.how}).`),
});

const heldTooLong = defineRule<ItemFacts & { dueAt: string; limitZh: string; limitEn: string }>({
  id: 'lost-property.unclaimed-not-handed-over',
  severity: 'error',
  source: CLAUSE,
  title: text('无人认领的遗失物按处置管理办法送交公安部门', 'An unclaimed item goes to the police as the project\'s procedure states'),
  parameters: [handOverGeneralAfter, handOverSpecialAfter],
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）无人认领，应在拾得后 ${d.limitZh}（${d.dueAt} 前）送交公安部门。`, `Found item ${d.itemId} (${d.description}) is unclaimed and should have gone to the police within ${d.limitEn} of its finding (by ${d.dueAt}).`),
});

/**
 * Every rule of the lost-property procedure, by name.
 *
 * @example
 * lostPropertyRules.claimIdNotChecked.id // 'lost-property.claim-id-not-checked'
 */
export const lostPropertyRules = Object.freeze({ notClassified, notKeptSafely, ownerNotSought, claimIdNotChecked, notPoliceDisposal, heldTooLong }) satisfies Record<string, Rule<never>>;

/**
 * When an unclaimed found item must have gone to the police: the period of its class under
 * the policy (`lostProperty.handOverGeneralAfter` / `handOverSpecialAfter`), counted from its
 * finding with the policy's day counting and the business calendar. `null` when the item is
 * not classified or the policy sets no period (the standard sets none).
 *
 * @example
 * handOverToPoliceDeadline({ id: 'L-1', foundAt: '2026-05-06T09:30:00+08:00', foundPlace: '大堂', finder: '赵强', description: '钱包', itemClass: 'special' }) // null
 * handOverToPoliceDeadline(item, { policy: composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverSpecialAfter': { value: 24, unit: 'hour' } }) })
 * // { dueAt: '2026-05-07T09:30:00+08:00', inclusive: true }
 */
export function handOverToPoliceDeadline(item: LostItem, options: DeadlineOptions = {}): Deadline | null {
  parseInput(lostItemSchema, item, text('拾遗物品', 'found item'), LOST_ITEM_FIELD_LABELS);
  const { policy, calendar } = checkOptions({ asOf: item.foundAt, policy: options?.policy, calendar: options?.calendar });
  const hold = holdPeriod(item, policy);
  return hold ? computeDeadline(item.foundAt, hold, { policy, calendar }) : null;
}

/** The hold period of a valid item's class under a policy (null: unclassified, or no period set). */
function holdPeriod(item: LostItem, policy: Policy | undefined): Duration | null {
  return item.itemClass ? paramValue(policy, item.itemClass === 'special' ? handOverSpecialAfter : handOverGeneralAfter) : null;
}

/**
 * Checks a found item against 《物业客户服务类服务标准表》 客户物品代管 2 as of `options.asOf`:
 * classified general or special, kept safely, the owner looked for before the police, a claim
 * with a valid ID checked and logged, no final disposal other than by the police, and — where
 * the policy states a period — an unclaimed item handed to the police in time. What is dated
 * after `asOf` has not happened yet, and a period not yet over at `asOf` is no violation.
 * Invalid input is a typed error; the record is not changed.
 *
 * @example
 * checkLostProperty({ id: 'L-1', foundAt: '2026-05-06T09:30:00+08:00', foundPlace: '大堂', finder: '赵强', description: '钱包' }, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)
 * // ['lost-property.not-classified', 'lost-property.not-kept-safely']
 */
export function checkLostProperty(item: LostItem, options: CheckOptions): Violation[] {
  parseInput(lostItemSchema, item, text('拾遗物品', 'found item'), LOST_ITEM_FIELD_LABELS);
  const { policy } = checkOptions(options);
  const zone = paramValue(policy, zoneParameter);
  const asOf = toIsoInstant(options.asOf, zone);
  const happened = <T extends { at: string }>(e: T | undefined): e is T => e !== undefined && compareInstants(e.at, asOf) <= 0;
  const facts: ItemFacts = { itemId: item.id, description: item.description };
  const out: Violation[] = [];
  const claim = happened(item.claim) ? item.claim : undefined;
  const police = happened(item.policeHandOver) ? item.policeHandOver : undefined;
  if (!item.itemClass) out.push(violation(notClassified, facts, policy));
  // Reading: an item claimed at the instant it was found never needed keeping.
  const claimedOnTheSpot = claim !== undefined && compareInstants(claim.at, item.foundAt) === 0;
  if (!happened(item.storage) && !claimedOnTheSpot) out.push(violation(notKeptSafely, facts, policy));
  if (police && !(item.ownerSearches ?? []).some((s) => compareInstants(s.at, police.at) <= 0)) out.push(violation(ownerNotSought, facts, policy));
  if (claim) {
    const missing = [...(claim.idChecked ? [] : ['idChecked']), ...(claim.idDocument ? [] : ['idDocument']), ...(claim.loggedBy?.trim() ? [] : ['loggedBy'])].map((f) => missingField(`claim.${f}`, LOST_ITEM_FIELD_LABELS[f]!));
    if (missing.length > 0) out.push(violation(claimIdNotChecked, { ...facts, missing }, policy));
  }
  if (happened(item.otherDisposal)) out.push(violation(notPoliceDisposal, { ...facts, how: item.otherDisposal.how }, policy));
  const hold = holdPeriod(item, policy);
  if (hold) {
    // Held past the period: the item left the centre (claimed, handed over, disposed of) only
    // after the due time, or, as of asOf, it is still there past it.
    const deadline = computeDeadline(item.foundAt, hold, options);
    const ended = earliestInstant([claim?.at, police?.at, happened(item.otherDisposal) ? item.otherDisposal.at : undefined]);
    if (isLate(deadline, ended ?? asOf)) out.push(violation(heldTooLong, { ...facts, dueAt: formatLocal(deadline.dueAt, zone), limitZh: formatDuration(hold, 'zh-CN'), limitEn: formatDuration(hold, 'en') }, policy, [deadline]));
  }
  return applicable(out, options.policy);
}
