import { zoneParameter } from '../../core/core-parameters';
import type { BusinessCalendar } from '../../core/calendar';
import { computeDeadline, isLate } from '../../core/deadline';
import type { InstantInput } from '../../core/instant';
import { compareInstants, earliestInstant, formatLocal, toIsoInstant } from '../../core/instant';
import { formatDuration } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { handOverGeneralAfter, handOverSpecialAfter } from './policy';
import type { LostItem } from './schema';
import { lostItemSchema } from './schema';

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
  reading: text('失主认领或送交公安之前，记录须写明存放地点和保管人；拾得当场即被失主认领的，不要求。', 'Until claimed or handed to the police, the record names the place and the keeper; an item claimed on the spot needs neither.'),
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）无存放地点和保管人记录。`, `Found item ${d.itemId} (${d.description}) has no record of where and by whom it is kept.`),
});

const ownerNotSought = defineRule<ItemFacts>({
  id: 'lost-property.owner-not-sought',
  severity: 'warning',
  source: CLAUSE,
  title: text('优先返还权利人', 'Return to the owner first'),
  parameters: [],
  reading: text('送交公安部门之前，应有寻找失主的记录（张贴招领、联系业主等）。“原则”性要求，故为警告。', 'Before the police hand-over there should be a record of looking for the owner (a notice, contacting residents). A principle, hence a warning.'),
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）送交公安前无寻找失主的记录。`, `Found item ${d.itemId} (${d.description}) went to the police with no record of looking for its owner.`),
});

const claimIdNotChecked = defineRule<ItemFacts & { missing: string[] }>({
  id: 'lost-property.claim-id-not-checked',
  severity: 'error',
  source: CLAUSE,
  title: text('失主认领时查验有效证件并登记', 'On a claim, a valid ID is checked and logged'),
  parameters: [],
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）认领时缺少：${d.missing.join('、')}。`, `Found item ${d.itemId} (${d.description}) was claimed without: ${d.missing.join(', ')}.`),
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
  reading: text(
    '期限内无人认领即应送交公安部门：物品在到期之后才被认领、送交或处置，或截至 asOf 仍在管理处且已过期，均为违反；期限为 null 时不检查。“以内”含本数。',
    'Unclaimed within the period, the item goes to the police: an item claimed, handed over or disposed of only after the due time, or still at the centre past it as of asOf, is a breach; a null period is not checked. "Within" includes the end.',
  ),
  message: (d) => text(`拾遗物品 ${d.itemId}（${d.description}）无人认领，应在拾得后 ${d.limitZh}（${d.dueAt} 前）送交公安部门。`, `Found item ${d.itemId} (${d.description}) is unclaimed and should have gone to the police within ${d.limitEn} of its finding (by ${d.dueAt}).`),
});

/**
 * Every rule of the lost-property procedure, by name.
 *
 * @example
 * lostPropertyRules.claimIdNotChecked.id // 'lost-property.claim-id-not-checked'
 */
export const lostPropertyRules = Object.freeze({ notClassified, notKeptSafely, ownerNotSought, claimIdNotChecked, notPoliceDisposal, heldTooLong }) satisfies Record<string, Rule<never>>;

/** Options of {@link checkLostItem}. @example const o: LostItemOptions = { asOf: '2026-06-06T09:30:00+08:00' }; */
export interface LostItemOptions {
  readonly policy?: Policy;
  readonly calendar?: BusinessCalendar;
  /** Check as of this instant (the hold period, and what has happened by then); default: everything recorded. */
  readonly asOf?: InstantInput;
}

/**
 * Checks a found item against 《物业客户服务类服务标准表》 客户物品代管 2: classified general or
 * special, kept safely, the owner looked for before the police, a claim with a valid ID checked
 * and logged, no final disposal other than by the police, and — where the policy states a
 * period — an unclaimed item handed to the police in time. Invalid input is a typed error; the
 * record is not changed.
 *
 * @example
 * checkLostItem({ id: 'L-1', foundAt: '2026-05-06T09:30:00+08:00', foundPlace: '大堂', finder: '赵强', description: '钱包' }).map((v) => v.ruleId)
 * // ['lost-property.not-classified', 'lost-property.not-kept-safely']
 */
export function checkLostItem(item: LostItem, options: LostItemOptions = {}): Violation[] {
  parseInput(lostItemSchema, item, 'found item');
  const { policy } = options;
  if (policy !== undefined) assertPolicy(policy);
  const zone = paramValue(policy, zoneParameter);
  const asOf = options.asOf === undefined ? undefined : toIsoInstant(options.asOf, zone);
  const happened = <T extends { at: string }>(e: T | undefined): e is T => e !== undefined && (asOf === undefined || compareInstants(e.at, asOf) <= 0);
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
    const missing = [...(claim.idChecked ? [] : ['查验有效证件 ID check']), ...(claim.idDocument ? [] : ['证件登记 ID logged']), ...(claim.loggedBy?.trim() ? [] : ['登记人 logged by'])];
    if (missing.length > 0) out.push(violation(claimIdNotChecked, { ...facts, missing }, policy));
  }
  if (happened(item.otherDisposal)) out.push(violation(notPoliceDisposal, { ...facts, how: item.otherDisposal.how }, policy));
  const hold = item.itemClass ? paramValue(policy, item.itemClass === 'special' ? handOverSpecialAfter : handOverGeneralAfter) : null;
  if (hold) {
    // Held past the period: the item left the centre (claimed, handed over, disposed of) only
    // after the due time, or, as of asOf, it is still there past it.
    const deadline = computeDeadline(item.foundAt, hold, options);
    const ended = earliestInstant([claim?.at, police?.at, happened(item.otherDisposal) ? item.otherDisposal.at : undefined]);
    const late = ended !== undefined ? isLate(deadline, ended) : asOf !== undefined && isLate(deadline, asOf);
    if (late) out.push(violation(heldTooLong, { ...facts, dueAt: formatLocal(deadline.dueAt, zone), limitZh: formatDuration(hold, 'zh-CN'), limitEn: formatDuration(hold, 'en') }, policy));
  }
  return out;
}
