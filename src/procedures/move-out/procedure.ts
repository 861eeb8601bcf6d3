import type { CaseContext } from '../../core/case-context';
import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { MoveOutEvent } from './events';
import { moveOutEventSchema } from './events';
import { moveOutCase } from './machine';
import { moveOutPacks, moveOutParameters } from './policy';
import { missingForPass, moveOutRules } from './rules';
import type { MoveOutRequest } from './schema';
import { moveOutRequestSchema } from './schema';

const AT = '2026-05-06T09:30:00+08:00';

/** One sample event per guard outcome (their `at` is restamped along each generated path). */
const SAMPLE_EVENTS: readonly MoveOutEvent[] = Object.freeze([
  { type: 'ITEMS_LISTED', at: AT, items: [{ name: '电视机', quantity: 1 }] },
  { type: 'ITEMS_LISTED', at: AT, items: [{ name: '纸箱', quantity: 8 }] },
  { type: 'ITEMS_LISTED', at: AT, items: [{ name: '余料', quantity: 8 }], contractor: true },
  { type: 'MOVE_ASSESSED', at: AT, likelyMoving: true },
  { type: 'MOVE_ASSESSED', at: AT, likelyMoving: false },
  { type: 'FEES_CHECKED', at: AT, settled: false, by: '财务' },
  { type: 'FEES_CHECKED', at: AT, settled: true, by: '财务' },
  { type: 'OWNER_VERIFIED', at: AT, idDocument: '身份证' },
  { type: 'AGENT_DOCUMENTS_CHECKED', at: AT, idDocument: '身份证', authorisation: '业主委托书' },
  { type: 'OWNER_PHONED', at: AT, consented: true },
  { type: 'OWNER_PHONED', at: AT, consented: false },
  { type: 'CONTRACTOR_VERIFIED', at: AT, responsiblePerson: '装修负责人' },
  { type: 'PASS_SIGNED', at: AT, passNo: 'P-EXAMPLE', signedBy: '签名人', issuedBy: '客服' },
  { type: 'WITHDRAW', at: AT },
] satisfies MoveOutEvent[]);

/**
 * The move-out pass procedure as data, for the docs generator and testing kits.
 *
 * @example
 * moveOutProcedure.case?.machine.id // 'move-out'
 */
export const moveOutProcedure = defineProcedure({
  name: 'move-out',
  title: text('物品搬出放行', 'Move-out pass'),
  sources: [cite('ZH', 'WI/FW-020'), cite('ZH', 'QR-005'), cite('ZH', 'WI/FW-008')],
  parameters: [...CORE_PARAMETERS, ...Object.values(moveOutParameters)],
  packs: Object.values(moveOutPacks),
  rules: Object.values(moveOutRules) as Rule<never>[],
  case: moveOutCase,
  schemas: { record: moveOutRequestSchema, event: moveOutEventSchema },
  pathModel: {
    // The requester's kind is left for the desk to find out, so one input reaches every state.
    input: { id: 'MO-EXAMPLE', requestedAt: AT, unit: '3栋1201', requester: { name: '来客' } } satisfies MoveOutRequest,
    events: SAMPLE_EVENTS,
    // What the record still lacks for a pass gates canIssue; the owner's answer and the kind split the rest.
    key: (s) => {
      const record = (s.context as CaseContext<MoveOutRequest>).record;
      return [missingForPass(record), record.ownerConfirmation?.consented ?? null, record.requester.kind ?? null];
    },
  },
});
