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
  summary: text(
    '第一个接到来电、来访或求助的职员负责到底：份内事立即处理并答复；不属本职的转交责任部门并跟进，部门须回复首问人，由首问人答复业主；超出能力的向上级汇报，由上级答复；需请示的限时给出明确答复。电话三声之内接听、自报单位、不说“喂”、记录并复述、待客户先挂机；接待“五个一”；服务中心不得无人值班；服务禁语一次扫描查出；《客服制度》奖惩细则的扣罚。',
    'Whoever first receives a call, visit or request owns it to the end: own-scope matters are handled at once and replied to; others are handed to the responsible department and followed, the department reports back and the first responder replies; matters beyond capacity go to a superior, who replies; matters needing approval get a definite answer within a limit. Phones answered within three rings with the organisation\'s name and no 喂, notes read back, the customer hangs up first; the five ones of reception; the desk is never unmanned; forbidden phrases found in one pass; the fines of 《客服制度》.',
  ),
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
  readings: [
    text(
      '限时服务（WI/FW-006.5）原文“需要请示后回复，天内必需给明确回复”缺了天数：firstResponder.approvalAnswerWithin 默认3日，是本库的选择（与手册其他3日答复时限一致），不是原文；请按本公司规定覆盖。',
      'Limited-time service (WI/FW-006.5): the source, "需要请示后回复，__天内必需给明确回复", lost the number of days. firstResponder.approvalAnswerWithin defaults to 3 days — the library\'s choice (matching the handbook\'s other 3-day reply limits), not the text; override it with your company\'s rule.',
    ),
    text(
      '首问负责不可放弃：状态机没有“放弃”或“退回”事件；只有在答复客户之后才能结案，转交责任部门后在部门回复之前一直未结。',
      'Ownership cannot be dropped: the machine has no event to drop or return a matter; it closes only after the customer has a reply, and a hand-off stays open until the department reports back.',
    ),
    text(
      '禁语清单逐字取自手册，严重程度按条款措辞：“忌语”“禁语”“不能说”为错误，“避免使用”为警告。同一短语出现在几个清单中时，每个清单各报一次。原文经机器改写（仿佛/好像、企业/公司、快乐/高兴），故同时匹配可能的原文。繁体写法在构建时用 opencc-js 生成（generate-phrases.ts），不手写。',
      'The phrase lists are the handbook\'s, verbatim, with the severity of each clause\'s wording: 忌语, 禁语 and 不能说 are errors, 避免使用 warnings. A phrase in several lists is reported once per list. The scraped text was machine-altered (仿佛/好像, 企业/公司, 快乐/高兴), so the likely original wording is matched too. Traditional forms are generated at build time with opencc-js (generate-phrases.ts), never hand-written.',
    ),
    text(
      '以内含本数、超过不含本数（民法典第1259条）：“三声之内”第三声接起合规；奖惩细则“响声超过三次”第四声起罚；私人电话“不宜超出3分钟”恰好3分钟合规。',
      '以内 includes the number, 超过 excludes it (Civil Code art. 1259): answering on the third ring is within "three rings"; the fine for "more than three rings" starts at the fourth; a private call of exactly 3 minutes does not exceed 3 minutes.',
    ),
    text(
      '话术（scripts）：回访电话开场先报单位、部门、姓名并问是否方便（checkFollowUpOpener，WI/FW-018 一.1）；电子邮件回复标题标明处理部门，署名含姓名、部门与企业（checkEmailReply，二）；保安室接听说“您好！保安室。”，节日（业务日历的法定节假日）讲祝颂语（checkGreeting，电话接听规范 ②b、②c）。比较时去掉标点与空白；姓名等由主机给出。24小时服务电话（checkServiceLine）：所查时段每一刻有人接听，时段开始前已向客户公布号码与投诉渠道（标准表 投诉管理 总要求 2、客户沟通 基本要求 1）。',
      'Scripts: a follow-up call opens with unit, department and name and asks whether it is convenient (checkFollowUpOpener, WI/FW-018 一.1); an e-mail reply names the handling department in its subject and is signed with name, department and company (checkEmailReply, 二); the security room answers "您好！保安室。", and on holidays (the business calendar\'s statutory holidays) the greeting carries good wishes (checkGreeting, 电话接听规范 ②b、②c). Texts are compared without punctuation and spaces; names come from the host. The 24-hour service line (checkServiceLine): someone answers at every instant of the checked period, and the number and complaint channels were published before it began (STD 投诉管理 总要求 2, 客户沟通 基本要求 1).',
    ),
  ],
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
