import type { CaseContext } from '../../core/case-context';
import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { DeliveryEvent } from './events';
import { deliveryEventSchema } from './events';
import { deliveryCase } from './machine';
import { deliveryPacks, deliveryParameters } from './policy';
import { deliveryRules } from './rules';
import type { TakeoverRecord } from './schema';
import { deliveryMilestoneLogSchema, takeoverRecordSchema } from './schema';

const AT = '2026-03-02T09:00:00+08:00';

/** One sample event per guard outcome (one copy set, a partial inspection, no keys, …). */
const SAMPLE_EVENTS: DeliveryEvent[] = [
  { type: 'SIGN_CONTRACT', at: AT, copySets: 1 },
  { type: 'SIGN_CONTRACT', at: AT, copySets: 2 },
  { type: 'RECEIVE_DOCUMENTS', at: AT, documents: ['businessLicence'] },
  { type: 'RECEIVE_DOCUMENTS', at: AT, documents: ['constructionCertificates', 'completionCertificates', 'businessLicence'] },
  { type: 'INSPECT', at: AT, departments: ['security'] },
  { type: 'INSPECT', at: AT, departments: ['customerService', 'security', 'engineering'] },
  { type: 'SIGN_CONFIRMATION', at: AT, keysHandedOver: false },
  { type: 'SIGN_CONFIRMATION', at: AT, keysHandedOver: true },
  { type: 'ISSUE_HANDBOOKS', at: AT, handbooks: ['user'] },
  { type: 'ISSUE_HANDBOOKS', at: AT, handbooks: ['user', 'renovation', 'emergency'] },
];

/**
 * The takeover and delivery procedure as data, for the docs generator and a testing kit.
 *
 * @example
 * deliveryProcedure.case?.machine.id // 'delivery'
 */
export const deliveryProcedure = defineProcedure({
  name: 'delivery',
  title: text('物业接管与房屋交付', 'Property takeover and delivery'),
  sources: [cite('OFFICE', '物业接管程序 1–5'), cite('STD', '房屋交付'), cite('STD', '客户沟通 客户访谈 2、3')],
  parameters: [...CORE_PARAMETERS, ...Object.values(deliveryParameters)],
  packs: Object.values(deliveryPacks),
  rules: Object.values(deliveryRules) as Rule<never>[],
  case: deliveryCase,
  schemas: { takeover: takeoverRecordSchema, event: deliveryEventSchema, milestones: deliveryMilestoneLogSchema },
  pathModel: {
    input: { id: 'T-EXAMPLE', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: AT },
    events: SAMPLE_EVENTS,
    // Documents and handbooks received so far, and the confirmation, decide the next step.
    key: (s) => {
      const r = (s.context as CaseContext<TakeoverRecord>).record;
      return [Object.keys(r.documents ?? {}).sort(), Object.keys(r.handbooks ?? {}).sort(), r.confirmation?.keysHandedOver ?? null];
    },
  },
});
