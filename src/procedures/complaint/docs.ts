import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

const OFF = text('设为 null 即不适用此时限。', 'Set to null where this limit does not apply.');

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'complaint.notifyWithin': text(
    `自受理时起算；“3日内”按 core.dayCounting 计算。告知处理结果或办理进度均算已通知。${OFF['zh-CN']}`,
    `Counted from receipt; "within 3 days" follows core.dayCounting. Telling either the result or the progress counts. ${OFF.en}`,
  ),
  'complaint.completeWithin': text(
    `条文对“大问题”规定三天内处理完成、小问题立即处理；本库对所有投诉适用3日上限（立即处理的自然满足）。${OFF['zh-CN']}`,
    `The clause gives big problems 3 days and small ones "at once"; the library applies the 3-day bound to every complaint (an immediate fix meets it). ${OFF.en}`,
  ),
  'complaint.departmentWithin': text(
    `“通常情况下”是软性要求，故为警告；自转交责任部门（DISPATCH）时起算，至处理完成。${OFF['zh-CN']}`,
    `"Usually" is a soft requirement, hence a warning; counted from the hand-over to the department (DISPATCH) to completion. ${OFF.en}`,
  ),
  'complaint.investigateWithin': text(
    `条文未写起算点；本库自受理时起算（“及时上报”后即应组织），以转交责任部门（DISPATCH）为已组织。${OFF['zh-CN']}`,
    `The clause gives no start; the library counts from receipt (the report to the manager is "prompt") and takes the hand-over to a department (DISPATCH) as organised. ${OFF.en}`,
  ),
  'complaint.consultationTrackWithin': text(`仅适用于 nature 为 consultation 的记录；首次进度反馈即为已跟踪。${OFF['zh-CN']}`, `Applies only to records whose nature is consultation; the first progress notice counts as tracked. ${OFF.en}`),
  'complaint.escalateTo': text(
    '各文件的汇报对象不同（WI/FW-011 管理处主任；WI/FW-012 企业主管领导；WI/FW-015.4 管理处主管领导；部门制度 客服部经理；标准表 公司投诉管理部门和管理层），故为参数；规则检查是否汇报，不比对姓名。',
    'The sources name different people (WI/FW-011 管理处主任; WI/FW-012 企业主管领导; WI/FW-015.4 管理处主管领导; DEPT 客服部经理; STD 公司投诉管理部门和管理层), hence a parameter; the rule checks that a report was made, not to whom by name.',
  ),
  'complaint.longUnresolvedAfter': text(
    '原文“久拖不决”没有数字；本库默认自受理起3日仍无处理结果即为久拖不决（与 WI/FW-011 一.4 “3日内完成”一致）。这是本库的选择，不是原文，请按本公司规定覆盖。',
    'The source\'s "久拖不决" (long unresolved) has no number; the library reads it as no result 3 days after receipt (as WI/FW-011 一.4 "completed within 3 days"). This is the library\'s choice, not the text: override it with your company\'s rule.',
  ),
  'complaint.chaseEvery': text(
    '“超期未办，再次催促或采取其它措施，直到办结”没有间隔；本库默认措施超过预定完成时间后1日内催办，此后每1日再催，直到完成（“日”按 core.dayCounting）。这是本库的选择，请按本公司规定覆盖。',
    '"Overdue → chase again or take other steps until done" gives no interval; the library defaults to a chase within 1 day of a measure\'s due time and every day after until it is done (days per core.dayCounting). This is the library\'s choice: override it with your company\'s rule.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * complaintDocs.summary['zh-CN'].length > 0 // true
 */
export const complaintDocs: ProcedureDocs = {
  name: 'complaint',
  summary: text(
    '从受理到结案的投诉处理：听清楚、问清楚、跟清楚、复清楚、记清楚，重大投诉立即汇报；3日内通知处理情况、3日内处理完成、责任部门通常3日内、48小时内组织调查；100%回访（联系不上或不便回访的除外）。',
    'A complaint from receipt to closing: listen, clarify, follow through, reply and record clearly, and report major complaints at once; tell the result or progress within 3 days, complete within 3 days, the department usually within 3 days, organise the investigation within 48 hours; follow up 100% (unreachable or inconvenient excepted).',
  ),
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
  parameters: P,
  rules: {
    'complaint.overdue-not-chased': P['complaint.chaseEvery']!,
    'complaint.leadership-not-informed': text(
        '“对包含面广，或损害用户权益情节严重又久拖不决重大投诉”读作两种情形：涉及面广（escalation.wideImpact）；或情节严重（escalation.seriousHarm）且久拖不决（受理后 complaint.longUnresolvedAfter 仍无处理结果）。两者均由主机判定，具有其一即按重大投诉处理，不论分类。“立即反应”读作情形成立当日（策略时区）24时前向企业领导或相关职能部门反映（escalation.leadershipReport）。',
        '"Complaints of wide scope, or seriously harming customers\' rights and long unresolved" is read as two cases: wide impact (escalation.wideImpact); or serious harm (escalation.seriousHarm) and long unresolved (no result complaint.longUnresolvedAfter after receipt). The host judges both; either makes it a major complaint in this clause\'s sense, whatever its classification. "立即反应" (at once) is read as a report to company leadership or the competent department (escalation.leadershipReport) before 24:00 of the day the case arose (policy zone).',
      ),
    'complaint.handed-down-result-not-reported': text('“立即上报查处结果”读作处理结果记录（result）当日（策略时区）24时前上报（escalation.resultReportedUp）。', '"Report the result at once" is read as a report (escalation.resultReportedUp) before 24:00 of the day the result was recorded (result, policy zone).'),
    'complaint.joint-handling-considered': text('原文为“必需时可…会同相关部门共同处理”，是许可而非义务：复杂或争议较大的投诉结案时既无转交责任部门也无会同处理记录的，只作提示（info），不算违规。', 'The source says "may, where needed, handle jointly": a permission, not a duty. A complex or disputed complaint closed with neither a dispatch nor a joint handling gets a hint (info), not a violation.'),
    'complaint.special-report-missing': text(
        '重大（分类为 major）、热点（escalation.hot）或重要（escalation.important）投诉“处理完毕后”须有专项报告（escalation.specialReport）并单独立卷（escalation.separateArchive）。原文未给时限：结案后即判断，故为警告。',
        'A major (classified major), hot (escalation.hot) or important (escalation.important) complaint, "once handled", needs a special report (escalation.specialReport) and a separate file (escalation.separateArchive). The source gives no time: it is judged from closing, hence a warning.',
      ),
    'complaint.notify-deadline': text(
      '豁免仅在投诉人姓名、住址、联络方法不实“致使无法通知”时成立：两个条件须同时满足。',
      'Exempt only when the name, address or contact are false "and so notifying is impossible": both conditions must hold.',
    ),
    'complaint.complete-deadline': P['complaint.completeWithin']!,
    'complaint.department-deadline': P['complaint.departmentWithin']!,
    'complaint.investigate-deadline': P['complaint.investigateWithin']!,
    'complaint.consultation-tracking': P['complaint.consultationTrackWithin']!,
    'complaint.promised-reply': text('跟清楚：不能即时处理的，须确定下次回复时间；到时须再次告知进度或结果。', '跟清楚 (follow through): what cannot be handled at once gets a next reply time, by which the progress or result is told again.'),
    'complaint.major-not-reported': text('书面投诉同样须报企业领导（WI/FW-012 三），故亦适用。', 'Written complaints are also reported to leadership (WI/FW-012 三), so the rule applies to them too.'),
    'complaint.closed-unsatisfied': text('WI/FW-019：不满意的，责成相关部门限期处理，或解释原因并确定下次回访。', 'WI/FW-019: if not satisfied, the department fixes it within a deadline, or the reason is explained and the next visit set.'),
    'complaint.record-incomplete': text(
      '关闭前须有：听清楚、问清楚、记清楚、跟清楚、复清楚（无法通知且豁免成立的除外）、投诉统计所列的用户名、楼座号和投诉文件编号（WI/FW-011 一.2，转介的投诉也须有）、处理结果或解释、重大/书面投诉的汇报、回访或回访豁免。',
      'Before closing: listened, clarified, recorded, followed through, replied clearly (unless a valid exemption made notifying impossible), the user name, unit (楼座号) and document number the complaint log lists (WI/FW-011 一.2, referred complaints too), a result or explanation, the report of a major/written complaint, and a follow-up or its exemption.',
    ),
    'complaint.out-of-scope-not-referred': text('条文为“能够通知”（可以），故为警告；若指引，则须作出解释。', 'The clause says the centre "may" direct the complainant, hence a warning; if it does, it must explain.'),
  },
};
