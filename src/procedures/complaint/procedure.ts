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
  summary: text(
    '从受理到结案的投诉处理：听清楚、问清楚、跟清楚、复清楚、记清楚，重大投诉立即汇报；3日内通知处理情况、3日内处理完成、责任部门通常3日内、48小时内组织调查；100%回访（联系不上或不便回访的除外）。',
    'A complaint from receipt to closing: listen, clarify, follow through, reply and record clearly, and report major complaints at once; tell the result or progress within 3 days, complete within 3 days, the department usually within 3 days, organise the investigation within 48 hours; follow up 100% (unreachable or inconvenient excepted).',
  ),
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
  readings: [
    text(
      '三个“3日”分别对待：通知处理情况（WI/FW-006.18）、处理完成（WI/FW-011 一.4）、责任部门通常处理时限（WI/FW-015.3，警告）。通常性投诉“立即回复”（WI/FW-012 一）没有数字，本库不设时限。',
      'Three different "3 days" are kept apart: notifying the result or progress (WI/FW-006.18), completing the handling (WI/FW-011 一.4), and the department\'s usual limit (WI/FW-015.3, a warning). "Reply at once" for general complaints (WI/FW-012 一) has no number, so the library sets no limit for it.',
    ),
    text(
      '以内、以下包含本数（民法典第1259条）：受理后恰好72小时通知仍属按时，多1秒即逾期。',
      '"以内" includes the number itself (Civil Code art. 1259): a notice exactly 72 hours after receipt is on time; one second later is late.',
    ),
    text(
      '回访不满意时回到处理状态（WI/FW-011 二.4“直到用户满意为止”；WI/FW-019 责成相关部门限期处理）。',
      'An unsatisfied follow-up returns the case to handling (WI/FW-011 二.4 "until the customer is satisfied"; WI/FW-019 the department fixes it within a deadline).',
    ),
    text(
      '对外公示的投诉汇总不得出现房号和姓名（标准表 投诉管理 受理与回复 3）：redactForPublication 删除房号与“姓+称谓”，以及主机提供的已知姓名。',
      'Published complaint summaries carry no room numbers or names (STD 投诉管理 受理与回复 3): redactForPublication removes room numbers, "surname + form of address", and the names the host passes.',
    ),
    text(
      '首次汇报之后的升级（checkEscalation，读记录的主机字段 escalation，见 complaint.escalation 模式）：涉及面广、或情节严重又久拖不决的投诉当日向企业领导反映（WI/FW-015.8）；超期未办的措施按 complaint.chaseEvery 再次催办直到办结（015.10）；上级交办的投诉在处理结果当日上报（WI/FW-006.20）；复杂或争议较大的投诉可会同处理，只作提示（015.7）；重大、热点、重要投诉结案后须有专项报告并单独立卷（标准表 投诉管理 处理与回访 2）。“立即”一律读作当日24时前（策略时区）。',
      'Escalation after the first report (checkEscalation, reading the record\'s host field escalation, see the complaint.escalation schema): wide-impact, or serious and long-unresolved, complaints go to company leadership the same day (WI/FW-015.8); overdue measures are chased every complaint.chaseEvery until done (015.10); a complaint handed down by the company has its result reported up the day it is recorded (WI/FW-006.20); complex or disputed complaints may be handled jointly, a hint only (015.7); major, hot and important complaints get a special report and a separate file once closed (STD 投诉管理 处理与回访 2). "At once" (立即) is always read as before 24:00 of the same day (policy zone).',
    ),
  ],
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
