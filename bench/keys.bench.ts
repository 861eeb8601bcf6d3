// checkKeys per call (validated, with receipts) against json-rules-engine running the
// same six conditions on pre-computed facts. The engine is async; tinybench awaits it.
import { Engine } from 'json-rules-engine';
import type { Comparison } from './harness';
import type { KeyCustody } from '../src/procedures/keys/index';
import { checkKeys } from '../src/procedures/keys/index';

const AT = '2026-05-06T09:30:00+08:00';
const record: KeyCustody = {
  id: 'K-1', unit: '3栋1201', owner: '王建国', purpose: 'repair', receivedAt: AT,
  handover: { at: AT, handedBy: '王建国', receivedBy: '张丽', customerSigned: true, staffSigned: false },
  keeper: '陈静',
  uses: [{ at: AT, by: '刘强', purpose: '返修' }, { at: AT, by: '刘强' }],
};

const engine = new Engine([], { allowUndefinedFacts: true });
const failing = (name: string, fact: string) => engine.addRule({ name, conditions: { all: [{ fact, operator: 'equal', value: false }] }, event: { type: name } });
failing('keys.custody-without-special-reason', 'reasonOrExempt');
failing('keys.handover-not-signed', 'handoverSigned');
failing('keys.agreement-missing', 'agreementOrExempt');
failing('keys.registration-missing', 'registeredOrNotExempt');
failing('keys.keeper-missing', 'keeper');
failing('keys.use-not-logged', 'usesLogged');

async function withEngine(): Promise<string[]> {
  const exempt = record.purpose !== 'custody';
  const facts = {
    reasonOrExempt: exempt || Boolean(record.specialReason),
    handoverSigned: Boolean(record.handover?.customerSigned && record.handover.staffSigned),
    agreementOrExempt: exempt || Boolean(record.agreement),
    registeredOrNotExempt: !exempt || Boolean(record.registration ?? record.agreement),
    keeper: Boolean(record.keeper),
    usesLogged: (record.uses ?? []).every((u) => u.by && u.purpose),
  };
  const { events } = await engine.run(facts);
  return events.map((e) => e.type);
}

const ours = checkKeys(record, { asOf: AT }).map((v) => v.ruleId).sort();
const theirs = (await withEngine()).sort();
if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`bench disagreement: ${ours} vs ${theirs}`);

export default [
  {
    title: 'checkKeys (validated, with receipts) vs json-rules-engine (same six conditions, facts pre-computed)',
    subject: { name: 'checkKeys', fn: () => checkKeys(record, { asOf: AT }) },
    baseline: { name: 'json-rules-engine', fn: () => withEngine() },
    minRatio: 1,
  },
] satisfies Comparison[];
