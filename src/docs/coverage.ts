import type { ProcedureDefinition } from '../core/procedure';
import type { DocumentId } from '../core/source';
import { DOCUMENTS } from '../core/source';
import type { Lang, LocalizedText } from '../core/text';
import { text } from '../core/text';

/**
 * One clause of a source document with a checkable number or step, as the library cites it
 * (`clause` is the exact text of `source.clause`). A clause the library does not encode says
 * what it asks (`subject`) and why it is not encoded (`why`); `also` names the rules,
 * parameters or functions that cover it under another citation.
 *
 * @example
 * const c: CoverageClause = { document: 'ZH', clause: 'WI/FW-015.5', subject: text('不得涂改本人投诉记录', 'No altering records about oneself'), why: text('属主机存储的审计', "The host's storage audit") };
 */
export interface CoverageClause {
  readonly document: DocumentId;
  readonly clause: string;
  readonly subject?: LocalizedText;
  readonly why?: LocalizedText;
  readonly also?: readonly string[];
}

const at = (document: DocumentId, clause: string, also?: readonly string[]): CoverageClause => ({ document, clause, ...(also ? { also } : {}) });
const open = (document: DocumentId, clause: string, subject: LocalizedText, why: LocalizedText, also?: readonly string[]): CoverageClause => ({ document, clause, subject, why, ...(also ? { also } : {}) });

const RECORD_ONLY = text('只能由主机的系统或现场检查核实，记录中没有可检查的数字或步骤。', "Only the host's systems or an on-site check can verify it; a record holds no number or step to check.");
const NO_NUMBER = text('原文没有数字或可检查的步骤（“定期”“及时”等），本库不臆造。', 'The text gives no number or checkable step ("定期", "及时"…); the library does not invent one.');
const ATTITUDE = text('态度与措辞要求，记录中无法判断；通话文本可用 findForbiddenPhrases 检查禁语。', 'A matter of attitude and wording that a record cannot show; call text can be scanned for forbidden phrases with findForbiddenPhrases.');

/**
 * Every clause of the five sources with a checkable number or step, by document, in the
 * order of the docs' coverage table: the clauses the library's rules, parameters and machine
 * states cite (found by their `source.clause`), and the ones it does not encode, with why.
 *
 * @example
 * COVERAGE.some((c) => c.document === 'ZH' && c.clause === 'WI/FW-006.18') // true
 */
export const COVERAGE: readonly CoverageClause[] = [
  at('ZH', 'QR-001'),
  at('ZH', 'QR-005'),
  at('ZH', 'WI/FW-001.3'),
  at('ZH', 'WI/FW-003.1'),
  at('ZH', 'WI/FW-003.18'),
  at('ZH', 'WI/FW-003.2'),
  at('ZH', 'WI/FW-003.3'),
  at('ZH', 'WI/FW-003.7'),
  at('ZH', 'WI/FW-003.8、.10'),
  at('ZH', 'WI/FW-003.9、.15'),
  at('ZH', 'WI/FW-004.10'),
  at('ZH', 'WI/FW-004.8'),
  at('ZH', 'WI/FW-006.17'),
  at('ZH', 'WI/FW-006.18'),
  at('ZH', 'WI/FW-006.19'),
  at('ZH', 'WI/FW-006.20'),
  at('ZH', 'WI/FW-006.4'),
  at('ZH', 'WI/FW-006.5'),
  at('ZH', 'WI/FW-006.7'),
  at('ZH', 'WI/FW-006.8'),
  at('ZH', 'WI/FW-008'),
  at('ZH', 'WI/FW-009.1、.3'),
  at('ZH', 'WI/FW-009.2'),
  at('ZH', 'WI/FW-009.2、.4'),
  at('ZH', 'WI/FW-009.3'),
  at('ZH', 'WI/FW-009.4、.5'),
  at('ZH', 'WI/FW-009.5'),
  at('ZH', 'WI/FW-011 二、WI/FW-014.3'),
  at('ZH', 'WI/FW-011 二.1'),
  at('ZH', 'WI/FW-011 二.3'),
  at('ZH', 'WI/FW-011 二.4'),
  at('ZH', 'WI/FW-011 一.4'),
  at('ZH', 'WI/FW-012 二、三'),
  at('ZH', 'WI/FW-012 四'),
  at('ZH', 'WI/FW-012 五'),
  at('ZH', 'WI/FW-012 一'),
  at('ZH', 'WI/FW-014.1、.2、.5'),
  at('ZH', 'WI/FW-014.3'),
  at('ZH', 'WI/FW-014.4、WI/FW-006.18'),
  at('ZH', 'WI/FW-014.5'),
  at('ZH', 'WI/FW-014.7'),
  at('ZH', 'WI/FW-015.10'),
  at('ZH', 'WI/FW-015.3'),
  at('ZH', 'WI/FW-015.7'),
  at('ZH', 'WI/FW-015.8'),
  at('ZH', 'WI/FW-016'),
  at('ZH', 'WI/FW-017 二'),
  at('ZH', 'WI/FW-017 一'),
  at('ZH', 'WI/FW-018 一.1'),
  at('ZH', 'WI/FW-018 一.4'),
  at('ZH', 'WI/FW-018 二'),
  at('ZH', 'WI/FW-019'),
  at('ZH', 'WI/FW-020'),
  at('STD', '宠物管理 3'),
  at('STD', '房屋交付 交付后 2；客户沟通 客户访谈 3'),
  at('STD', '房屋交付 交付前 2、7 及 9 之后未编号一行，交付后 2；客户沟通 客户访谈 3'),
  at('STD', '岗位要求 行为规范 1'),
  at('STD', '客户沟通 客户访谈 1'),
  at('STD', '客户沟通 客户访谈 2'),
  at('STD', '客户沟通 客户访谈 3'),
  at('STD', '客户沟通 客户恳谈会 1'),
  at('STD', '客户沟通 客户满意度调查 1'),
  at('STD', '客户沟通 物业服务报告 1'),
  at('STD', '客户沟通 物业服务报告 2'),
  at('STD', '客户物品代管 1'),
  at('STD', '客户物品代管 2'),
  at('STD', '客户信息管理 2'),
  at('STD', '客户信息管理 3'),
  at('STD', '社区文化 2'),
  at('STD', '特约服务 服务回访 1'),
  at('STD', '特约服务 服务回访 1 ①–④'),
  at('STD', '特约服务 服务回访 1 ②'),
  at('STD', '特约服务 服务回访 2'),
  at('STD', '特约服务 服务提供 1'),
  at('STD', '特约服务 服务提供 2'),
  at('STD', '特约服务 管理要求 2'),
  at('STD', '特约服务 管理要求 2、3'),
  at('STD', '特约服务 管理要求 3'),
  at('STD', '投诉管理 处理与回访 2'),
  at('STD', '投诉管理 处理与回访 3'),
  at('STD', '投诉管理 受理与回复 3'),
  at('STD', '投诉管理 统计与分析 1'),
  at('STD', '投诉管理 统计与分析 2'),
  at('STD', '业主大会与业主委员会 3'),
  at('STD', '业主大会与业主委员会 5'),
  at('STD', '装修服务 装修过程服务 3'),
  at('STD', '装修服务 装修过程服务 6'),
  at('OFFICE', '办理车位程序 1'),
  at('OFFICE', '办理车位程序 1–5'),
  at('OFFICE', '办理车位程序 2'),
  at('OFFICE', '办理车位程序 3'),
  at('OFFICE', '办理车位程序 4'),
  at('OFFICE', '办理车位程序 4、5'),
  at('OFFICE', '办理车位程序 5'),
  at('OFFICE', '二次装修检查标准 1'),
  at('OFFICE', '二次装修检查标准 2'),
  at('OFFICE', '二次装修检查标准 3'),
  at('OFFICE', '二次装修检查标准 4'),
  at('OFFICE', '二次装修检查标准 5'),
  at('OFFICE', '二次装修检查标准 6'),
  at('OFFICE', '六.3'),
  at('OFFICE', '派工单使用程序 1'),
  at('OFFICE', '派工单使用程序 2'),
  at('OFFICE', '派工单使用程序 2、3'),
  at('OFFICE', '派工单使用程序 3'),
  at('OFFICE', '派工单使用程序 3、4'),
  at('OFFICE', '派工单使用程序 4'),
  at('OFFICE', '派工单使用程序 5'),
  at('OFFICE', '派工单使用程序 6'),
  at('OFFICE', '派工单使用程序 7'),
  at('OFFICE', '派工单使用程序 8'),
  at('OFFICE', '派工单使用程序 9'),
  at('OFFICE', '五.2'),
  at('OFFICE', '物业接管程序 1'),
  at('OFFICE', '物业接管程序 1–5'),
  at('OFFICE', '物业接管程序 2'),
  at('OFFICE', '物业接管程序 3'),
  at('OFFICE', '物业接管程序 4'),
  at('OFFICE', '物业接管程序 5'),
  at('OFFICE', '验收入住程序'),
  at('OFFICE', '验收入住程序 1'),
  at('OFFICE', '验收入住程序 2'),
  at('OFFICE', '验收入住程序 2、3'),
  at('OFFICE', '验收入住程序 3'),
  at('OFFICE', '验收入住程序 4'),
  at('OFFICE', '装修管理程序 1'),
  at('OFFICE', '装修管理程序 1–4'),
  at('OFFICE', '装修申请程序 1–3'),
  at('OFFICE', '装修申请程序 1–6'),
  at('OFFICE', '装修申请程序 1、2'),
  at('OFFICE', '装修申请程序 2'),
  at('OFFICE', '装修申请程序 3'),
  at('OFFICE', '装修申请程序 3、说明 2'),
  at('OFFICE', '装修申请程序 4'),
  at('OFFICE', '装修申请程序 5'),
  at('OFFICE', '装修申请程序 6'),
  at('OFFICE', '装修申请程序 说明 2'),
  at('RULES', '碧桂园客服部质量目标分解'),
  at('RULES', '宠物饲养管理规定 二'),
  at('RULES', '宠物饲养管理规定 一'),
  at('RULES', '管理处客服中心奖惩细则 一.1'),
  at('RULES', '管理处客服中心奖惩细则 一.2'),
  at('RULES', '钥匙管理规定 1'),
  at('DEPT', '5.1.4'),
  at('DEPT', '5.2.3'),
  at('DEPT', '6.2.3'),
  at('LAW', '第201条、第203条'),
  open('RULES', '电话接听规范 ②a', text('办公室问候语“你好！凯鸿物业。”', 'The office greeting'), text('问候须含机构名，由手册 WI/FW-003.2 的规则检查。', "A greeting with the organisation's name, checked by the handbook's WI/FW-003.2 rule."), ['first-responder.greeting-name']),
  at('STD', '投诉管理 总要求 2'),
  at('STD', '客户沟通 基本要求 1'),
  at('RULES', '电话接听规范 ②b'),
  at('RULES', '电话接听规范 ②c'),
  at('OFFICE', '装修管理程序 2–4'),
  at('OFFICE', '装修管理程序 说明'),
  at('STD', '装修服务 装修服务准备 3'),
  at('STD', '装修服务 装修过程服务 4、5'),
  at('STD', '装修服务 装修过程服务 5'),
  at('OFFICE', '六.1'),
  at('STD', '客户沟通 通知通告 2'),
  at('OFFICE', '标识检查标准 1–4'),
  at('STD', '特约服务 服务回访 3'),
  // ── Clauses not encoded (or covered under another citation) ──
  open('ZH', 'WI/FW-002', text('仪容仪表要求', 'Appearance'), RECORD_ONLY, ['firstResponder.appearanceFine']),
  open('ZH', 'WI/FW-004.3', text('“您”字当头，“请”字随即', 'Begin with 您, follow with 请'), ATTITUDE),
  open('ZH', 'WI/FW-004.6、.7、.9', text('电话、前台与情景推荐用语', 'Recommended phone, desk and situational phrases'), text('推荐用语不是义务；禁语检查保证它们不被误报。', 'Recommended phrases are not a duty; the phrase scanner is tested to leave them clean.'), ['first-responder.work-taboo']),
  open('ZH', 'WI/FW-013', text('投诉处理11项要求（学会道歉、避免信口开河等）', 'Eleven handling requirements (apologise, no rash promises, …)'), ATTITUDE),
  open('ZH', 'WI/FW-015.1', text('凡投诉均以书面形式记录', 'Every complaint recorded in writing'), text('由投诉记录的模式体现（complaintRecordSchema）：没有记录就没有可检查的对象。', 'Embodied by the complaint record schema (complaintRecordSchema): without a record there is nothing to check.')),
  open('ZH', 'WI/FW-015.2', text('首接人员为第一责任人', 'The first receiver owns the complaint'), text('接待人（receiver）为必填字段；首问负责制另见 first-responder。', 'The receiver is a required field; first-responder responsibility is its own procedure.'), ['first-responder.ownership']),
  open('ZH', 'WI/FW-015.4', text('重大问题报管理处主管领导', 'Major problems go to the office head'), text('汇报对象随文件不同，为参数 complaint.escalateTo。', 'Whom to report to differs by document: the parameter complaint.escalateTo.'), ['complaint.escalateTo', 'complaint.major-not-reported']),
  open('ZH', 'WI/FW-015.5', text('受理者不得涂改、撕毁本人投诉记录', 'No altering or destroying records of complaints about oneself'), text('属主机存储的权限与审计；本库不改动主机数据。', "A matter of the host's storage permissions and audit; the library never mutates host data.")),
  open('ZH', 'WI/FW-015.6', text('责任单位处理并反馈服务中心', 'Departments handle and report back to the centre'), text('由措施（measures）与处理结果（result）记录体现，超期由 complaint.measure-overdue 检查。', 'Shown by the measures and the result; overdue measures are complaint.measure-overdue.'), ['complaint.measure-overdue']),
  open('ZH', 'WI/FW-015.9', text('以电话等形式跟踪投诉', 'Track complaints by phone or otherwise'), NO_NUMBER, ['complaint.follow-up-missing']),
  open('ZH', 'WI/FW-017 三', text('不能立即回复的问询预约时间回复', 'Questions not answerable at once get an agreed reply time'), NO_NUMBER),
  open('ZH', 'WI/FW-017 四', text('回访中的重大问题经部门例会讨论', 'Major problems from follow-ups go to the department meeting'), NO_NUMBER),
  open('ZH', 'WI/FW-017 七', text('每月统计回访结果（回访月统计表）', 'Monthly follow-up statistics (QR-004)'), text('summariseReturnVisits 生成月统计表；提交领导不检查。', 'summariseReturnVisits builds the monthly table; submitting it is not checked.')),
  open('ZH', 'WI/FW-018 三', text('上门回访事先约定、按时赴约', 'On-site follow-ups agreed first, on time'), text('事先约定由 follow-up.time-not-agreed 检查；敲门、告辞等礼节不可检查。', 'The agreement is follow-up.time-not-agreed; knocking and leave-taking manners are not checkable.'), ['follow-up.time-not-agreed']),
  open('STD', '客户沟通 基本要求 2、3', text('年度客户访谈计划；重点客户名录', 'Yearly interview plan; key-customer list'), NO_NUMBER),
  open('STD', '客户沟通 客户访谈 4', text('访谈留记录并落实整改', 'Interviews recorded and acted on'), NO_NUMBER),
  open('STD', '投诉管理 总要求 1、3', text('公司建立投诉处理程序；专人负责', 'A company complaint procedure; a designated person'), RECORD_ONLY),
  open('STD', '投诉管理 受理与回复 2、4', text('公司受理的投诉由投诉管理部门跟进；全部投诉在管控软件中完整记录', "Company-received complaints followed by its complaint department; every complaint fully recorded in the software"), RECORD_ONLY),
  open('STD', '投诉管理 处理与回访 1', text('处理过程中及时反馈投诉客户', 'Keep the complainant informed'), text('标准表无数字；手册的3日通知时限见 complaint.notify-deadline。', "STD gives no number; the handbook's 3-day notice is complaint.notify-deadline."), ['complaint.notify-deadline']),
  open('STD', '社区文化 1、3、4、5', text('社区文化指引、年度计划、评估、应急预案', 'Community-culture guide, yearly plan, evaluation, emergency plans'), NO_NUMBER),
  open('STD', '装修服务 装修过程服务 1', text('装修资料齐全，分户建档', 'Renovation documents complete, filed per household'), text('许可所需文件由 renovation.permit-incomplete 检查；分户建档属主机存储。', "The permit's documents are renovation.permit-incomplete; per-household filing is the host's storage."), ['renovation.permit-incomplete']),
  open('OFFICE', '六.2、六.4', text('档案定期整理；借阅登记', 'Files kept up to date; borrowing logged'), NO_NUMBER, ['customer-records.not-registered']),
  open('OFFICE', '七、八', text('应急预案与演练；定期客户活动', 'Emergency plans and drills; regular customer events'), NO_NUMBER),
  open('RULES', '电话接听规范 ①', text('铃响三声内接听', 'Answer within three rings'), text('与手册 WI/FW-003.1 相同，由其规则检查。', 'The same as the handbook\'s WI/FW-003.1, checked by its rule.'), ['first-responder.answer-rings']),
  open('DEPT', '9:00-18:30、400电话', text('（网页杂讯）', '(web noise)'), text('属转载网站，不是规则。', "The hosting site's, not a rule.")),
];

/** A row of the coverage table: the clause and what cites it. @example const r: CoverageRow = { document: 'ZH', clause: 'WI/FW-006.18', rules: ['complaint.notify-deadline'], parameters: ['complaint.notifyWithin'], states: [], also: [], encoded: true }; */
export interface CoverageRow extends CoverageClause {
  readonly rules: readonly string[];
  readonly parameters: readonly string[];
  /** Machine states and guards, as `procedure.state` / `procedure.guard`. */
  readonly states: readonly string[];
  readonly also: readonly string[];
  readonly encoded: boolean;
}

/**
 * Joins {@link COVERAGE} with what the procedures cite: each row gets the rules, parameters,
 * machine states and guards whose `source` is that clause. A row is encoded when something
 * cites it.
 *
 * @example
 * coverageRows(allProcedures).find((r) => r.clause === 'WI/FW-006.18')?.rules // ['complaint.notify-deadline', 'complaint.notify-exemption-invalid']
 */
export function coverageRows(procedures: readonly ProcedureDefinition[], clauses: readonly CoverageClause[] = COVERAGE): CoverageRow[] {
  const cites = new Map<string, { rules: Set<string>; parameters: Set<string>; states: Set<string> }>();
  const slot = (document: string, clause: string) => {
    const key = `${document}\u0000${clause}`;
    let s = cites.get(key);
    if (!s) cites.set(key, (s = { rules: new Set(), parameters: new Set(), states: new Set() }));
    return s;
  };
  for (const p of procedures) {
    for (const r of p.rules) slot(r.source.document, r.source.clause).rules.add(r.id);
    for (const q of p.parameters) slot(q.source.document, q.source.clause).parameters.add(q.id);
    for (const [name, g] of Object.entries(p.guards ?? {})) slot(g.source.document, g.source.clause).states.add(`${p.name}.${name}`);
    const states = p.machine ? (Object.values(p.machine.root.states) as Array<{ key: string; meta?: { source?: { document: string; clause: string } } }>) : [];
    for (const s of states) if (s.meta?.source) slot(s.meta.source.document, s.meta.source.clause).states.add(`${p.name}.${s.key}`);
  }
  return clauses.map((c) => {
    const s = cites.get(`${DOCUMENTS[c.document]}\u0000${c.clause}`);
    const rules = [...(s?.rules ?? [])];
    const parameters = [...(s?.parameters ?? [])];
    const states = [...(s?.states ?? [])];
    return { ...c, rules, parameters, states, also: c.also ?? [], encoded: rules.length + parameters.length + states.length > 0 };
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');

/**
 * The coverage table in one language (Markdown lines): document, clause, where the library
 * encodes it (rules, parameters, machine states and guards), or what the clause asks and why
 * it is not encoded.
 *
 * @example
 * renderCoverage(coverageRows(allProcedures), 'en')[0] // '| Document | Clause | Encoded by | Not encoded: what and why |'
 */
export function renderCoverage(rows: readonly CoverageRow[], lang: Lang): string[] {
  const zh = lang === 'zh-CN';
  const head = zh ? '| 文件 | 条款 | 编码位置 | 未编码：内容与原因 |' : '| Document | Clause | Encoded by | Not encoded: what and why |';
  const lines = [head, '| --- | --- | --- | --- |'];
  for (const r of rows) {
    const by = [
      r.rules.length > 0 ? `${zh ? '规则' : 'rules'} ${code(r.rules)}` : '',
      r.parameters.length > 0 ? `${zh ? '参数' : 'parameters'} ${code(r.parameters)}` : '',
      r.states.length > 0 ? `${zh ? '状态/守卫' : 'states/guards'} ${code(r.states)}` : '',
      r.also.length > 0 ? `${zh ? '另见' : 'see also'} ${code(r.also)}` : '',
    ].filter(Boolean);
    const why = r.why ? `${r.subject ? `${r.subject[lang]}${zh ? '：' : ': '}` : ''}${r.why[lang]}` : '';
    lines.push(`| ${[r.document, r.clause, by.join('; ') || '—', why || '—'].map(cell).join(' | ')} |`);
  }
  return lines;
}
