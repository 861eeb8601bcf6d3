import type { CaseContext } from '../../core/case-context';
import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { callRecordSchema } from './call';
import { deskRosterSchema } from './desk-roster';
import type { FirstResponderEvent } from './events';
import { firstResponderEventSchema } from './events';
import { fineEventSchema } from './fines';
import { firstResponderCase } from './machine';
import { receptionVisitSchema } from './reception';
import type { FirstResponderCase } from './schema';
import { firstResponderCaseSchema } from './schema';
import { firstResponderPacks, firstResponderParameters, scriptParameters } from './policy';
import { emailReplySchema, followUpOpenerSchema, greetingSchema, scriptRules } from './scripts';
import { serviceLineRules, serviceLineSchema } from './service-line';
import { firstResponderRules } from './rules';

const AT = '2026-05-06T10:00:00+08:00';

/** One event of each kind and guard outcome, all at AT: what path generation feeds the machine. */
const SAMPLE_EVENTS: FirstResponderEvent[] = [
  { type: 'HANDLE', at: AT },
  { type: 'REQUEST_APPROVAL', at: AT, approver: '管理处主任' },
  { type: 'APPROVAL_DECIDED', at: AT, approved: true },
  { type: 'APPROVAL_DECIDED', at: AT, approved: false, note: '不在物业服务范围' },
  { type: 'HAND_OFF', at: AT, department: '工程部' },
  { type: 'CHASE', at: AT, note: '电话催办' },
  { type: 'REPORT_BACK', at: AT, department: '工程部', result: '已更换灯管', beyondCapacity: false },
  { type: 'REPORT_BACK', at: AT, department: '工程部', result: '需更换线路，超出能力', beyondCapacity: true },
  { type: 'REPORT_BACK', at: AT, department: '保安部', result: '不是我们', beyondCapacity: false },
  { type: 'ESCALATE', at: AT, to: '管理处主任' },
  { type: 'SUPERIOR_REPLIED', at: AT, by: '管理处主任', answer: '下周一更换线路，届时通知您' },
  { type: 'REPLY', at: AT, answer: '灯管已更换，请您查看' },
  { type: 'CLOSE', at: AT },
];

/**
 * The first-responder procedure as data: what `npm run docs` renders and what a testing kit
 * walks.
 *
 * @example
 * firstResponderProcedure.case?.machine.id // 'first-responder'
 */
export const firstResponderProcedure = defineProcedure({
  name: 'first-responder',
  title: text('首问负责制、电话与接待礼仪、服务禁语', 'First-responder responsibility, phone and reception etiquette, forbidden phrases'),
  sources: [
    cite('ZH', 'WI/FW-001.3'),
    cite('ZH', 'WI/FW-003'),
    cite('ZH', 'WI/FW-004.6–.10'),
    cite('ZH', 'WI/FW-006.3–.8'),
    cite('ZH', 'WI/FW-008'),
    cite('ZH', 'WI/FW-009'),
    cite('ZH', 'WI/FW-018 一.1、一.4、二'),
    cite('RULES', '电话接听规范'),
    cite('STD', '投诉管理 总要求 2'),
    cite('STD', '客户沟通 基本要求 1'),
    cite('RULES', '管理处客服中心奖惩细则'),
  ],
  parameters: [...CORE_PARAMETERS, ...Object.values(firstResponderParameters), ...Object.values(scriptParameters)],
  packs: Object.values(firstResponderPacks),
  rules: [...Object.values(firstResponderRules), ...Object.values(scriptRules), ...Object.values(serviceLineRules)] as Rule<never>[],
  case: firstResponderCase,
  schemas: { case: firstResponderCaseSchema, event: firstResponderEventSchema, call: callRecordSchema, reception: receptionVisitSchema, roster: deskRosterSchema, fine: fineEventSchema, followUpOpener: followUpOpenerSchema, emailReply: emailReplySchema, greeting: greetingSchema, serviceLine: serviceLineSchema },
  pathModel: {
    input: { id: 'FR-EXAMPLE', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'call', customer: { name: '王先生', unit: '3栋1201', phone: '13800000000' }, matter: '楼道灯不亮', firstResponder: '李敏' },
    events: SAMPLE_EVENTS,
    // Guards and states see the rest; what the deadlines depend on tells states apart: an
    // approval asked, a hand-off made, an escalation (each ends the same-day reply).
    key: (s) => {
      const r = (s.context as CaseContext<FirstResponderCase>).record;
      return [Boolean(r.approval), (r.handOffs ?? []).length > 0, Boolean(r.escalation)];
    },
  },
});
