import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { ComplaintContext } from './machine';
import { complaintCase } from './machine';
import { complaintPathKey, complaintSampleEvents } from './sample-events';
import { complaintRecordSchema } from './schema';
import { complaintEventSchema } from './events';
import { complaintEscalationParameters, complaintPacks, complaintParameters } from './policy';
import { complaintEscalationRules, complaintEscalationSchema } from './escalation';
import { complaintRules } from './rules';

/**
 * The complaint procedure as data: what `npm run docs` renders and what a testing kit walks.
 *
 * @example
 * complaintProcedure.machine === complaintMachine // true
 */
export const complaintProcedure = defineProcedure({
  name: 'complaint',
  title: text('投诉处理（五清楚一汇报）', 'Complaint handling (five clears, one report)'),
  sources: [
    cite('ZH', 'WI/FW-006.16–.20'),
    cite('ZH', 'WI/FW-011'),
    cite('ZH', 'WI/FW-012'),
    cite('ZH', 'WI/FW-013'),
    cite('ZH', 'WI/FW-014'),
    cite('ZH', 'WI/FW-015'),
    cite('ZH', 'WI/FW-016'),
    cite('ZH', 'QR-002'),
    cite('STD', '投诉管理'),
    cite('DEPT', '5.1、5.2'),
  ],
  parameters: [...CORE_PARAMETERS, ...Object.values(complaintParameters), ...Object.values(complaintEscalationParameters)],
  packs: Object.values(complaintPacks),
  rules: [...Object.values(complaintRules), ...Object.values(complaintEscalationRules)] as Rule<never>[],
  case: complaintCase,
  schemas: { record: complaintRecordSchema, event: complaintEventSchema, escalation: complaintEscalationSchema },
  pathModel: {
    input: {
      id: 'C-EXAMPLE',
      receivedAt: '2026-05-06T09:30:00+08:00',
      channel: 'phone',
      complainant: { name: '王先生', unit: '3栋1201' },
      subject: '楼上装修噪声',
      receiver: '李敏',
    },
    events: complaintSampleEvents('2026-05-06T09:30:00+08:00'),
    // The intake checklist gates CLASSIFY, the classification routes the report, and 汇报
    // gates closing: states differ by them.
    key: (s) => complaintPathKey(s.context as ComplaintContext),
  },
});
