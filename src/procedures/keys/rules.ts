import type { CheckOptions } from '../../core/check-options';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { keyAcceptanceRules, signaturesMissing } from './acceptance';
import { checkOptions } from '../../core/check-options';
import { registrationOnlyPurposes } from './policy';
import type { KeyCustody } from './schema';
import { KEY_PURPOSE_LABELS, KEYS_FIELD_LABELS, keyCustodySchema } from './schema';

type KeyFacts = { keyId: string; unit: string };
const STD_CLAUSE = cite('STD', '客户物品代管 1');

const custodyInPrinciple = defineRule<KeyFacts>({
  id: 'keys.custody-without-special-reason',
  severity: 'warning',
  source: STD_CLAUSE,
  title: text('原则上不为客户提供私人物品代管服务', 'In principle, no custody of customers\' private belongings'),
  parameters: [registrationOnlyPurposes],
  message: (d) => text(`钥匙 ${d.keyId}（${d.unit}）为代管，但未写明特殊情况。`, `Key ${d.keyId} (${d.unit}) is in custody with no special circumstance stated.`),
});

const handoverNotSigned = defineRule<KeyFacts & { missing: MissingField[] }>({
  id: 'keys.handover-not-signed',
  severity: 'error',
  source: STD_CLAUSE,
  title: text('完善的交接手续，双方签字确认', 'A proper hand-over, signed by both sides'),
  parameters: [],
  message: (d) => text(`钥匙 ${d.keyId}（${d.unit}）交接手续不全：${joinLabels(d.missing, 'zh-CN')}。`, `Key ${d.keyId} (${d.unit}) has an incomplete hand-over: ${joinLabels(d.missing, 'en')}.`),
});

const agreementMissing = defineRule<KeyFacts>({
  id: 'keys.agreement-missing',
  severity: 'error',
  source: STD_CLAUSE,
  title: text('代管须签订代管委托书', 'Custody needs a signed custody agreement'),
  parameters: [registrationOnlyPurposes],
  message: (d) => text(`钥匙 ${d.keyId}（${d.unit}）为代管，但未签订代管委托书。`, `Key ${d.keyId} (${d.unit}) is in custody without a custody agreement.`),
});

const registrationMissing = defineRule<KeyFacts & { purpose: KeyCustody['purpose'] }>({
  id: 'keys.registration-missing',
  severity: 'error',
  source: STD_CLAUSE,
  title: text('因返修、燃气开通等留用钥匙：可不签委托书，但须做好登记', 'A key left for a repair or gas connection: no agreement needed, but it is registered'),
  parameters: [registrationOnlyPurposes],
  message: (d) => text(`钥匙 ${d.keyId}（${d.unit}）因${KEY_PURPOSE_LABELS[d.purpose]['zh-CN']}留用，未登记。`, `Key ${d.keyId} (${d.unit}) left for ${KEY_PURPOSE_LABELS[d.purpose].en} is not registered.`),
});

const keeperMissing = defineRule<KeyFacts>({
  id: 'keys.keeper-missing',
  severity: 'error',
  source: STD_CLAUSE,
  title: text('指定专人管理', 'A named keeper'),
  parameters: [],
  message: (d) => text(`钥匙 ${d.keyId}（${d.unit}）未指定专人管理。`, `Key ${d.keyId} (${d.unit}) has no named keeper.`),
});

const useNotLogged = defineRule<KeyFacts & { uses: number[] }>({
  id: 'keys.use-not-logged',
  severity: 'error',
  source: STD_CLAUSE,
  title: text('使用有登记：何时、何人、何事', 'Every use is logged: when, by whom, what for'),
  parameters: [],
  message: (d) => text(`钥匙 ${d.keyId}（${d.unit}）第 ${d.uses.map((i) => i + 1).join('、')} 次使用登记不全（缺使用人或用途）。`, `Key ${d.keyId} (${d.unit}): use ${d.uses.map((i) => i + 1).join(', ')} lacks the user or the purpose.`),
});

/** @internal The rules of the customer-key custody check, by name. */
export const keyCustodyRules = Object.freeze({ custodyInPrinciple, handoverNotSigned, agreementMissing, registrationMissing, keeperMissing, useNotLogged }) satisfies Record<string, Rule<never>>;

/**
 * Every rule of the key procedure, by name: the custody check and the construction-key
 * acceptance.
 *
 * @example
 * keysRules.agreementMissing.id // 'keys.agreement-missing'
 */
export const keysRules = Object.freeze({ ...keyCustodyRules, ...keyAcceptanceRules }) satisfies Record<string, Rule<never>>;

/**
 * Whether a key's purpose needs registration only (no custody agreement) under a policy.
 *
 * @example
 * isRegistrationOnly('gas-connection') // true
 * isRegistrationOnly('gas-connection', composePolicy(keysPacks.STD, { 'keys.registrationOnlyPurposes': ['repair'] })) // false
 */
export function isRegistrationOnly(purpose: KeyCustody['purpose'], policy?: Policy): boolean {
  return (paramValue(policy, registrationOnlyPurposes) as readonly string[]).includes(purpose);
}

/**
 * Checks a customer key left with the service centre (《物业客户服务类服务标准表》 客户物品代管 1):
 * custody only in a special case, a hand-over signed by both, a custody agreement — or, for a
 * repair or gas connection, a registration — a named keeper, and every use logged. The
 * standard sets no time limit, so `asOf` is checked but changes nothing. Returns violations;
 * invalid input is a typed error; the record is not changed.
 *
 * @example
 * checkKeys({ id: 'K-1', unit: '3栋1201', owner: '王建国', purpose: 'repair', receivedAt: '2026-05-06T09:30:00+08:00' }, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)
 * // ['keys.handover-not-signed', 'keys.registration-missing', 'keys.keeper-missing']
 */
export function checkKeys(record: KeyCustody, options: CheckOptions): Violation[] {
  parseInput(keyCustodySchema, record, text('钥匙代管记录', 'key custody record'), KEYS_FIELD_LABELS);
  const { policy } = checkOptions(options);
  const facts: KeyFacts = { keyId: record.id, unit: record.unit };
  const out: Violation[] = [];
  const registrationOnly = isRegistrationOnly(record.purpose, policy);
  if (!registrationOnly && !record.specialReason?.trim()) out.push(violation(custodyInPrinciple, facts, policy));
  const h = record.handover;
  const missing = !h ? [missingField('handover', KEYS_FIELD_LABELS.handover!)] : signaturesMissing(h, 'handover', ['customerSigned', 'staffSigned']);
  if (missing.length > 0) out.push(violation(handoverNotSigned, { ...facts, missing }, policy));
  // Reading: the repair / gas-connection exception waives only the custody agreement (a registration
  // replaces it); the signed hand-over, the keeper and the use log apply to every key (the stricter reading).
  if (registrationOnly) {
    if (!record.registration && !record.agreement) out.push(violation(registrationMissing, { ...facts, purpose: record.purpose }, policy));
  } else if (!record.agreement) {
    out.push(violation(agreementMissing, facts, policy));
  }
  if (!record.keeper?.trim()) out.push(violation(keeperMissing, facts, policy));
  const unlogged = (record.uses ?? []).flatMap((u, i) => (u.by?.trim() && u.purpose?.trim() ? [] : [i]));
  if (unlogged.length > 0) out.push(violation(useNotLogged, { ...facts, uses: unlogged }, policy));
  return applicable(out, options.policy);
}
