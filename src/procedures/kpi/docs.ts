import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { reportingRules } from './reporting-duties';
import { kpiRules } from './rules';

const RATE = text('比率以 [0,1] 的小数表示；实际值不低于目标即达标。', 'Rates are fractions in [0, 1]; a target is met when the actual rate is at least the target.');
const BEFORE_DAY_READING = text(
  '“N日前”的当日是否算数原文未明：默认严格，须在 N 日 00:00 前完成（最后一天为 N−1 日）；kpi.beforeDayBoundary 设为 inclusive 则 N 日当天仍算按时。',
  '"Before the Nth" leaves the boundary day open: by default strict — done before 00:00 of day N (the last day is N−1); set kpi.beforeDayBoundary to inclusive to count day N itself as on time.',
);

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'kpi.courtesyRate': RATE,
  'kpi.responseRate': RATE,
  'kpi.complaintFollowUpRate': RATE,
  'kpi.satisfactionRate': text('“业户满意率达85%”读作不低于85%（0.85）：恰为0.85即达标。', '"业户满意率达85%" is read as at least 85% (0.85): exactly 0.85 meets it.'),
  'kpi.feeCollectionRate': RATE,
  'kpi.receiptHandlingRate': RATE,
  'kpi.depthInterviews': text('“每月至少与2位客户”按人计，数不同的客户：同一客户访谈两次只算一位。名单（项目负责人、部门主管以上人员）由主机在 log.staff 中给出。', '"At least 2 customers a month" is per person and counts different customers: two talks with one customer count once. The host lists the people concerned (project head, supervisors and above) in log.staff.'),
  'kpi.satisfactionSurvey': text('标准表为每年至少一次，部门制度为每季度一次（《服务中心工作手册》为“不定时”，《写字楼物业客服工作制度范例》为“定期”，均无数字）：以策略包选择。', 'STD says at least yearly, DEPT quarterly (the ZH handbook says "不定时" and OFFICE "定期", with no number): choose by pack.'),
  'kpi.committeeMeeting': text('仅适用于有业主委员会的项目（project.hasOwnersCommittee）；“或按合同约定”由主机覆盖本参数。', "Only for projects with an owners' committee (project.hasOwnersCommittee); \"or as the contract says\" is an override of this parameter."),
  'kpi.chairMeeting': text('仅适用于有业主委员会的项目。', "Only for projects with an owners' committee."),
  'kpi.serviceReport': text(
    `报告上一季度，须在本季度首月20日前公布。仅适用于住宅项目；包干制项目除外（kpi.serviceReportLumpSumExempt，合同另有约定的可覆盖）；公布前的公司审核与业委会征询不检查。${BEFORE_DAY_READING['zh-CN']}`,
    `Reports on the previous quarter, published before the 20th of the quarter's first month. Residential projects only; 包干制 (lump-sum fee) projects are exempt (kpi.serviceReportLumpSumExempt; a contract may override it); the company review and the committee consultation before publication are not checked. ${BEFORE_DAY_READING.en}`,
  ),
  'kpi.publicComplaintSummary': text(`汇总上一个月的共性投诉处理措施和结果。${BEFORE_DAY_READING['zh-CN']}`, `Summarises the previous month's public complaints, measures and results. ${BEFORE_DAY_READING.en}`),
  'kpi.publicPropertyBriefing': text(`仅适用于公共物业项目（project.publicProperty），编制上月简报。${BEFORE_DAY_READING['zh-CN']}`, `Public-property projects only (project.publicProperty); covers the previous month. ${BEFORE_DAY_READING.en}`),
  'kpi.complaintMonthlySummary': text(
    '“每个月对投诉进行一次汇总”读作每个日历月至少一次，记录日期落在该月内；原文未给出截止日，故该月最后一日24时届满。',
    '"Each month the complaints are summarised once" is read as at least once in each calendar month, dated within it; the text names no due day, so it falls due at 24:00 of the month\'s last day.',
  ),
  'kpi.complaintCaseAnalysis': text('“每个月将投诉案例进行分析”读作每个日历月至少一次，该月最后一日24时届满。', '"Each month the cases are analysed" is read as at least once in each calendar month, due at 24:00 of its last day.'),
  'kpi.complaintHalfYearAnalysis': text(
    '“每六个月和年底应对用户投诉进行分析总结”读作每个日历半年（1–6月、7–12月）至少一次：上半年的于6月30日24时届满，下半年的即年底总结，于12月31日24时届满。不要求年底另作第三次。',
    '"Every six months and at year end" is read as at least once in each calendar half-year (Jan–Jun, Jul–Dec): the first due at 24:00 on 30 June, the second — the year-end analysis — at 24:00 on 31 December. No third, separate year-end analysis is required.',
  ),
  'kpi.complaintProjectStatistics': text(
    '“每月须对当月所有客户投诉…进行统计汇总”读作每个日历月至少一份，该月最后一日24时届满；一份统计须注明覆盖的渠道（channels），未覆盖 kpi.complaintStatisticsChannels 全部渠道的不计入。',
    '"Each month the project totals all of the month\'s complaints" is read as at least one set of statistics per calendar month, due at 24:00 of its last day; a set names the channels it covers (channels), and one that misses any channel of kpi.complaintStatisticsChannels does not count.',
  ),
  'kpi.complaintCompanyAnalysis': text('“公司每季度须对各项目客户投诉进行统计分析”读作每个日历季度至少一次，该季度最后一日24时届满。', '"Each quarter the company analyses the projects\' complaints" is read as at least once in each calendar quarter, due at 24:00 of its last day.'),
  'kpi.specialServiceAnalysis': text('“公司每季度结合服务回访及客户投诉，对特约服务进行统计分析”读作每个日历季度至少一次，该季度最后一日24时届满。', '"Each quarter the company analyses the special services with their follow-ups and complaints" is read as at least once in each calendar quarter, due at 24:00 of its last day.'),
  'kpi.deliveryMilestones': text(
    '“提前N个月”为最迟日期：交付日往前推N个月的同一日（该月无此日取月末），当日完成仍算按时；“交付后N个月内”至交付日往后推N个月的同一日（含）。“半年”读作6个月。交付资料提前两周准备出自交付前第9项之后未编号的一行（第9项本身是地产相关投诉的反馈渠道，不设时限）。',
    '"N months ahead" gives a latest date: the same day N months before delivery (the month\'s last day where that day does not exist), that day itself on time; "within N months after delivery" runs to the same day N months later, included. "Half a year" is read as 6 months. The materials two weeks ahead come from the unnumbered line after item 9 of 交付前 (item 9 itself is about the channels for developer-related complaints and sets no time).',
  ),
  'kpi.beforeDayBoundary': BEFORE_DAY_READING,
  'kpi.serviceReportLumpSumExempt': text('包干制项目（project.feeModel 为 lump-sum）默认免除；合同约定须公布的，覆盖为 false。', 'Lump-sum projects (project.feeModel lump-sum) are exempt by default; where the contract requires the report, override with false.'),
  'kpi.moveInVisitWithinDays': text('“一周内”读作乔迁当日起7日内，第7日当天仍算按时（“内”包含本数）；按日期计，不计时刻。', '"Within one week" is read as within 7 days of the move-in date, day 7 itself included ("内" includes the number); counted by date, not time of day.'),
  'kpi.complaintStatisticsChannels': text(
    '“包含向项目、物业公司、地产公司、媒体的投诉及网络投诉等”：五个渠道全部列入；“等”不再扩展，主机可覆盖加入自己的渠道以外的项——本库只认这五个。',
    '"Including complaints to the project, the property company, the developer, the media and online complaints, etc.": all five are required; the "etc." is not extended by the library.',
  ),
};

// A cadence or reporting rule reads as its parameter does.
const DERIVED: Readonly<Record<string, LocalizedText>> = Object.fromEntries(
  [...Object.values(kpiRules), ...Object.values(reportingRules)].flatMap((r) => {
    const reading = /^kpi\.(cadence|reporting)-/.test(r.id) && r.parameters[0] ? P[r.parameters[0].id] : undefined;
    return reading ? [[r.id, reading]] : [];
  }),
);

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * kpiDocs.summary['zh-CN'].length > 0 // true
 */
export const kpiDocs: ProcedureDocs = {
  name: 'kpi',
  summary: text(
    '客服部六项质量目标（礼貌待客率、事务响应率、投诉回访率、管理费催缴率、有关票据处理率100%，业户满意率≥85%），以及客户访谈、满意度调查、恳谈会、管理服务报告、投诉汇总、社区活动、BI检查、业委会沟通、绩效考核等频次和房屋交付前后的时间节点。',
    "The customer-service department's six quality targets (courtesy, response, complaint follow-up, fee collection-notice and receipt handling rates 100%, owner satisfaction ≥ 85%), and the cadences of interviews, satisfaction surveys, owners' forums, service reports, complaint summaries, community activities, BI inspections, committee meetings and appraisals, with the lead times around a delivery.",
  ),
  readings: [
    text(
      '比率一律以 [0,1] 的小数表示（85% 写作 0.85）；实际值不低于目标即达标。未知指标 id（如拼错的 satisfactionRat）、NaN、负数或大于1的数值均为 INVALID_INPUT 错误。',
      'Rates are always fractions in [0, 1] (85% is 0.85); a target is met when the actual rate is at least the target. An unknown KPI id (such as the typo satisfactionRat), NaN, a negative or a value above 1 is an INVALID_INPUT error.',
    ),
    text(
      '“N日前”的边界日：默认严格，须在 N 日 00:00 前完成（“每月5日前”最后一天为4日，“每季度首月20日前”最后一天为19日）；kpi.beforeDayBoundary 设为 inclusive 则含 N 日当天。',
      'The boundary day of "before the Nth": strict by default, done before 00:00 of day N ("before the 5th" ends on the 4th, "before the 20th of the quarter\'s first month" on the 19th); kpi.beforeDayBoundary set to inclusive counts day N itself.',
    ),
    text(
      '满意度调查的频次各文件不同：标准表每年至少一次，部门制度每季度一次——以策略包选择（composePolicy(kpiPacks.STD, kpiPacks.DEPT) 取季度）。',
      'The sources differ on the satisfaction survey: STD at least yearly, DEPT quarterly — choose by pack (composePolicy(kpiPacks.STD, kpiPacks.DEPT) gives quarterly).',
    ),
    text(
      '住宅项目管理服务报告不适用于包干制项目（有合同约定的从其约定，可覆盖 kpi.serviceReportLumpSumExempt）；公共物业项目另有每月5日前的工作简报；业委会沟通仅适用于有业主委员会的项目。',
      'The residential service report does not apply to 包干制 (lump-sum fee) projects (a contract may say otherwise: override kpi.serviceReportLumpSumExempt); public-property projects file a monthly briefing before the 5th; committee meetings apply only where there is an owners\' committee.',
    ),
    text(
      '期间按日历计：月、季度（1–3、4–6、7–9、10–12月）、年；某期间“应完成”的是截止日落在该期间内的各项。每项于最后一日24时（策略时区，core.zone）届满；频次检查（checkCadences）按判断时刻 asOf 进行，尚未届满的项不算违反，期间未结束时只判断已届满的项。',
      'Periods are calendar months, quarters (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) and years; what is due in a period is every window whose last day falls in it. Each falls due at 24:00 of its last day in the policy zone (core.zone); the cadence check (checkCadences) judges as of asOf, so a window not yet due is no violation and a period not yet over is judged on the windows already due.',
    ),
    text(
      '质量目标没有时限：checkKpis 按所给的实际值判断，asOf 只作记录时刻（仍须提供）。检查的记录若有 entries（频次记录）按频次检查，否则按质量目标实际值检查。',
      'The quality targets have no time limit: checkKpis judges the rates as given, and asOf (still required) only dates the check. A checked record with entries (a cadence log) is checked for cadences, anything else as observed rates.',
    ),
    text(
      '投诉报告职责（checkComplaintReporting，记录为 reports）：《服务中心工作手册》每月汇总与案例分析、每半年及年底分析总结（读作每半年一次，下半年的即年底总结）；标准表项目每月统计全部渠道的投诉、公司每季度分析，以及公司每季度的特约服务统计分析（特约服务 服务回访 3）。原文均未给截止日，各于窗口最后一日24时届满。报告内容本身不在此检查。',
      'Complaint reporting duties (checkComplaintReporting, a record with reports): the handbook\'s monthly summary and case analysis and the half-year and year-end analysis (read as once per half-year, the second being the year-end one); STD\'s monthly project statistics across every channel, the quarterly company analysis, and the quarterly analysis of special services (特约服务 服务回访 3). No source names a due day, so each falls due at 24:00 of its window\'s last day. The reports\' contents are not checked here.',
    ),
  ],
  parameters: P,
  rules: {
    ...DERIVED,
    'kpi.target': text(
      '六项目标：礼貌待客率、事务响应率、投诉回访率、管理费催缴率、有关票据处理率均为100%，业户满意率不低于85%。比率以 [0,1] 的小数传入；未知指标或越界数值为 INVALID_INPUT 错误，不会被当作“无目标”放过。',
      'Six targets: courtesy, response, complaint follow-up, fee collection-notice and receipt handling rates 100%, owner satisfaction at least 85%. Rates are fractions in [0, 1]; an unknown KPI or an out-of-range value is an INVALID_INPUT error, never passed as "no target".',
    ),
  },
};
