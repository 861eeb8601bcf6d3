import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { workOrderEventSchema } from './events';
import { workOrderCase } from './machine';
import { workOrderEventsFor, workOrderPathKey } from './path-model';
import { workOrderSchema } from './schema';
import { workOrderPacks, workOrderParameters } from './policy';
import { workOrderRules } from './rules';

/**
 * The work-order procedure as data: what `npm run docs` renders and what a testing kit walks.
 *
 * @example
 * workOrderProcedure.case?.machine.id // 'work-order'
 */
export const workOrderProcedure = defineProcedure({
  name: 'work-order',
  title: text('报修派工单', 'Repair work orders'),
  sources: [cite('OFFICE', '派工单使用程序 1–9'), cite('ZH', 'QR-001')],
  parameters: [...CORE_PARAMETERS, ...Object.values(workOrderParameters)],
  packs: Object.values(workOrderPacks),
  rules: Object.values(workOrderRules) as Rule<never>[],
  case: workOrderCase,
  schemas: { order: workOrderSchema, event: workOrderEventSchema },
  pathModel: {
    input: { id: 'WO-EXAMPLE', serialNo: '0001', reportedAt: '2026-05-06T09:50:00+08:00', location: '12F 1203', ownerName: '陈女士', phone: '13800000000', item: '卫生间漏水', receiver: '李敏', origin: 'customer-call', urgency: 'urgent', paid: true },
    events: (snapshot) => workOrderEventsFor(snapshot, '2026-05-06T10:00:00+08:00'),
    key: workOrderPathKey,
  },
});
