// checkLostProperty with a host hold period (a deadline per item) against json-rules-engine
// running the same conditions on pre-computed facts (the deadline computed outside it).
import { Engine } from 'json-rules-engine';
import type { Comparison } from './harness';
import { composePolicy } from '../src/core/policy';
import type { LostItem } from '../src/procedures/lost-property/index';
import { checkLostProperty, lostPropertyPacks } from '../src/procedures/lost-property/index';

const policy = composePolicy(lostPropertyPacks.STD, { 'lostProperty.handOverSpecialAfter': { value: 24, unit: 'hour' } });
const item: LostItem = {
  id: 'L-1', foundAt: '2026-05-06T09:30:00+08:00', foundPlace: '大堂', finder: '赵强', description: '钱包', itemClass: 'special',
  storage: { at: '2026-05-06T09:45:00+08:00', place: '保险柜', keeper: '陈静' },
  claim: { at: '2026-05-08T10:00:00+08:00', claimant: '王建国', idChecked: true },
};
const asOf = '2026-05-09T00:00:00+08:00';

const engine = new Engine([], { allowUndefinedFacts: true });
const failing = (name: string, fact: string) => engine.addRule({ name, conditions: { all: [{ fact, operator: 'equal', value: false }] }, event: { type: name } });
failing('lost-property.not-classified', 'classified');
failing('lost-property.not-kept-safely', 'stored');
failing('lost-property.claim-id-not-checked', 'claimLogged');
failing('lost-property.final-disposal-not-police', 'noOtherDisposal');
failing('lost-property.unclaimed-not-handed-over', 'inTime');

async function withEngine(): Promise<string[]> {
  const due = Date.parse(item.foundAt) + 24 * 3_600_000;
  const facts = {
    classified: Boolean(item.itemClass),
    stored: Boolean(item.storage),
    claimLogged: !item.claim || Boolean(item.claim.idChecked && item.claim.idDocument && item.claim.loggedBy),
    noOtherDisposal: !item.otherDisposal,
    inTime: Date.parse(item.claim?.at ?? asOf) <= due,
  };
  const { events } = await engine.run(facts);
  return events.map((e) => e.type);
}

const ours = checkLostProperty(item, { policy, asOf }).map((v) => v.ruleId).sort();
const theirs = (await withEngine()).sort();
if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`bench disagreement: ${ours} vs ${theirs}`);

export default [
  {
    title: 'checkLostProperty (validated, hold-period deadline, receipts) vs json-rules-engine (same conditions, facts pre-computed)',
    subject: { name: 'checkLostProperty', fn: () => checkLostProperty(item, { policy, asOf }) },
    baseline: { name: 'json-rules-engine', fn: () => withEngine() },
    minRatio: 1,
  },
] satisfies Comparison[];
