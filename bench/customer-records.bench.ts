// checkRecordAccess (decision with reasons and receipts) against json-rules-engine deciding
// the same request from pre-computed facts.
import { Engine } from 'json-rules-engine';
import type { Comparison } from './harness';
import type { RecordAccessRequest } from '../src/procedures/customer-records/index';
import { checkRecordAccess } from '../src/procedures/customer-records/index';

const request: RecordAccessRequest = {
  at: '2026-05-06T09:30:00+08:00',
  requester: { name: '刘强', role: 'engineer' },
  action: 'view',
  file: { ref: '3栋1201', medium: 'electronic', keeper: '孙娜' },
  registration: { at: '2026-05-06T09:00:00+08:00', by: '孙娜' },
  systemPermission: true,
};

const engine = new Engine([], { allowUndefinedFacts: true });
const failing = (name: string, fact: string) => engine.addRule({ name, conditions: { all: [{ fact, operator: 'equal', value: false }] }, event: { type: name } });
failing('customer-records.not-registered', 'registeredOrKeeper');
failing('customer-records.not-approved', 'approvedOrKeeper');
failing('customer-records.no-electronic-permission', 'permissionOrPaper');
failing('customer-records.no-disclosure', 'notDisclosure');

async function withEngine(): Promise<{ allowed: boolean; ids: string[] }> {
  const at = Date.parse(request.at);
  const keeper = request.file.keeper === request.requester.name;
  const facts = {
    registeredOrKeeper: (keeper && request.action !== 'borrow') || (request.registration !== undefined && Date.parse(request.registration.at) <= at),
    approvedOrKeeper: keeper || request.requester.role === 'project-head' || (request.approval !== undefined && request.approval.role === 'project-head' && Date.parse(request.approval.at) <= at),
    permissionOrPaper: request.file.medium === 'paper' || request.systemPermission === true,
    notDisclosure: request.action !== 'disclose',
  };
  const { events } = await engine.run(facts);
  return { allowed: events.length === 0, ids: events.map((e) => e.type) };
}

const ours = checkRecordAccess(request, { asOf: request.at });
const theirs = await withEngine();
if (ours.allowed !== theirs.allowed || JSON.stringify(ours.violations.map((v) => v.ruleId).sort()) !== JSON.stringify(theirs.ids.sort())) throw new Error('bench disagreement');

export default [
  {
    title: 'checkRecordAccess (validated, reasons and receipts) vs json-rules-engine (same decision, facts pre-computed)',
    subject: { name: 'checkRecordAccess', fn: () => checkRecordAccess(request, { asOf: request.at }) },
    baseline: { name: 'json-rules-engine', fn: () => withEngine() },
    minRatio: 1,
  },
] satisfies Comparison[];
