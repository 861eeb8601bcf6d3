import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { PHRASE_LISTS } from './phrase-lists';

// The reading of the refusal phrases' context, printed with each list that names 不行, 不知道 or 不清楚.
const REFUSAL_READING: LocalizedText = text(
  '“不行”“不知道”“不清楚”是对客户说的拒绝：须作为独立的词、以拒绝之意使用才计。以下不计：词的一部分（“不行驶”“不行走”）；条件句（“如果不行”“不行的话”“如有不清楚”）；正反问与程度补语（“行不行”“知不知道”“高兴得不行”）；向客户的礼貌询问（“不知道您现在是否方便？”，即 WI/FW-018 一.1 回访开场白）；感知动词的补语（“听不清楚”“看不清楚”，应答“对不起，请您再讲一遍”）；“不清楚的地方/之处”指客户的疑问。其余用法在句中任何位置都计（“这个我不知道，你去问开发商吧”）。',
  '不行, 不知道 and 不清楚 are refusals said to the customer: they count only as words of their own, used to refuse. They do not count inside a longer word (不行驶 "do not drive", 不行走); in a condition (如果不行 "if it does not work", 不行的话, 如有不清楚 "if anything is unclear"); in an A-not-A question or a degree complement (行不行, 知不知道, 高兴得不行); in a polite question to the customer (不知道您现在是否方便？ "I wonder whether now is convenient for you", the follow-up call opener of WI/FW-018 一.1); after a verb of perceiving (听不清楚 "I cannot hear you clearly", answered with 对不起，请您再讲一遍); and in 不清楚的地方/之处 (the customer\'s doubts). Every other use counts wherever it stands ("这个我不知道，你去问开发商吧").',
);
// The list itself, as the docs show it: "清单：…" / "List: …".
const listed = (ruleId: string, reading: LocalizedText): LocalizedText => {
  const phrases = PHRASE_LISTS.find((l) => l.ruleId === ruleId)!.entries.map((e) => `“${e.phrase}”`).join('、');
  return text(`清单：${phrases}。${reading['zh-CN']}`, `List: ${phrases}. ${reading.en}`);
};
// How matching treats punctuation, spacing and traditional characters (every phrase rule).
const SPACING = text('匹配时忽略全角/半角标点与空格，繁体字同样适用；短语中的标点可为任意标点或无标点。', 'Matching ignores full-/half-width punctuation and spacing and works on traditional characters; punctuation inside a phrase matches any punctuation or none.');

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'firstResponder.addedPhrases': text('增加的用语在运行时不做繁简转换：繁体写法请写入 patterns。', 'Added phrases are not converted at run time: put their traditional forms in patterns.'),
  'firstResponder.approvalAnswerWithin': text(
    '原文“需要请示后回复，天内必需给明确回复”缺了天数；本库默认3日（与手册 WI/FW-006.18、WI/FW-011 的3日答复时限一致），这是本库的选择，不是原文，请按本公司规定覆盖。自受理时起算，“日”按 core.dayCounting 计算；向客户作出明确答复（含由上级答复）即为满足。',
    'The source, "需要请示后回复，__天内必需给明确回复", lost the number of days; the library defaults to 3 days (as the handbook\'s 3-day reply limits of WI/FW-006.18 and WI/FW-011). This is the library\'s choice, not the text: override it with your company\'s rule. Counted from receipt, days per core.dayCounting; a definite reply to the customer (including one by the superior) meets it.',
  ),
  'firstResponder.sameDayReply': text(
    '“能当日办完事要当日办完”：本库把“能当日办完”读作份内事且无需请示，须在受理当日（core.zone 的当地日历日，24时止）答复客户；这是警告。设为 false 即关闭。',
    '"What can be finished today is finished today": the library reads "can be finished today" as an own-scope matter needing no approval, replied to by 24:00 of the day of receipt (local date in core.zone); a warning. Set to false to turn it off.',
  ),
  'firstResponder.answerWithinRings': text('“三声之内”包含第三声（以内含本数）：第三声接起合规，第四声起违规。', '"Within three rings" includes the third (以内 includes the number): answering on the third ring is compliant, from the fourth it is not.'),
  'firstResponder.privateCallMax': text('“不宜超出3分钟”：恰好3分钟合规。上班时间“通常不得打私人电话”：非急事的私人电话为警告。', '"Should not exceed 3 minutes": exactly 3 minutes is compliant. "Generally no private calls at work": a private call that is not urgent is a warning.'),
  'firstResponder.appearanceFine': text('“每次扣罚15元”：一次记录为一次，同一次检查中同时存在几项（如未穿制服且未戴工作证）也只罚一次。', '"15 yuan each time": one recorded occurrence is one fine, even when one inspection finds several faults at once (no uniform and no badge).'),
  'firstResponder.fineRingThreshold': text('“超过三次”不含本数：响三声接起不罚，第四声起罚。', '"More than three" excludes the number: answering on the third ring is not fined, from the fourth it is.'),
  'firstResponder.minDeskStaff': text('“不得无人值班”即任何时刻至少1人在岗；人员外出须有他人补岗，外出时段按不在岗计。', '"Never unmanned" means at least one person at every instant; staff who go out must be covered, and their time out counts as absent.'),
  'firstResponder.openerAsksConvenience': text(
    '原文“必需时，应问询对方是否方便”；回访电话是本方主动打给用户，本库读作总是“必需”：默认须问（开场白含“方便”）。设为 false 则只查单位部门与姓名。',
    'The source says "where needed, ask whether it is convenient"; a follow-up call is one the centre makes, so the library reads it as always needed: by default the opener asks (contains 方便). Set to false to check only the unit, department and name.',
  ),
  'firstResponder.emailSignatureFields': text('“署名需要标注个人姓名、部门和企业名称”：三项都须出现在署名中。', '"The signature names the person, the department and the company": all three appear in the signature.'),
  'firstResponder.securityRoomGreeting': text('问候语去掉标点与空白后须以此开头（“您好保安室”）；繁体“您好！保安室。”字形相同。', 'The greeting, without punctuation and spaces, starts with it ("您好保安室"); the traditional form is written the same.'),
  'firstResponder.festivePhrases': text(
    '“遇上节日要讲祝颂语，如‘新年好！’等”：节日读作业务日历标为法定节假日的日子（含整个放假期间，不含调休上班日与普通周末）；问候语含任一祝颂语即可（简繁两种写法均收录）。日历以外的传统节日由主机扩展日历。',
    '"On holidays say good wishes, such as 新年好": a holiday is a day the business calendar marks as a statutory holiday (the whole break, not make-up working days or ordinary weekends); any listed wish will do (simplified and traditional forms both listed). Festivals outside the calendar are the host\'s to add to it.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * firstResponderDocs.summary['zh-CN'].length > 0 // true
 */
export const firstResponderDocs: ProcedureDocs = {
  name: 'first-responder',
  summary: text(
    '第一个接到来电、来访或求助的职员负责到底：份内事立即处理并答复；不属本职的转交责任部门并跟进，部门须回复首问人，由首问人答复业主；超出能力的向上级汇报，由上级答复；需请示的限时给出明确答复。电话三声之内接听、自报单位、不说“喂”、记录并复述、待客户先挂机；接待“五个一”；服务中心不得无人值班；服务禁语一次扫描查出；《客服制度》奖惩细则的扣罚。',
    'Whoever first receives a call, visit or request owns it to the end: own-scope matters are handled at once and replied to; others are handed to the responsible department and followed, the department reports back and the first responder replies; matters beyond capacity go to a superior, who replies; matters needing approval get a definite answer within a limit. Phones answered within three rings with the organisation\'s name and no 喂, notes read back, the customer hangs up first; the five ones of reception; the desk is never unmanned; forbidden phrases found in one pass; the fines of 《客服制度》.',
  ),
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
  parameters: P,
  rules: {
    'first-responder.email-signature': P['firstResponder.emailSignatureFields']!,
    'first-responder.security-room-greeting': P['firstResponder.securityRoomGreeting']!,
    'first-responder.festive-greeting': P['firstResponder.festivePhrases']!,
    'first-responder.work-taboo': listed('first-responder.work-taboo', text(
      `第1条“不知道!不管!不行!”视为三个短语；“不管”仅在分句末尾时计（“我不管。”），作连词的“不管……都”不计。${REFUSAL_READING['zh-CN']}${SPACING['zh-CN']}`,
      `Item 1, "不知道!不管!不行!", is three phrases; 不管 counts only closing a clause ("我不管。"), not as the conjunction 不管…都 ("no matter"). ${REFUSAL_READING.en} ${SPACING.en}`,
    )),
    'first-responder.complaint-taboo': listed('first-responder.complaint-taboo', text(
      `原文经机器改写：同时匹配可能的原文——“企业要求就是这么”→“公司规定就是这样”，“怎么连基础常识全部不懂”→“怎么连基本常识都不懂”；“一分管理(服务)”读作“一分管理”或“一分服务”；第3条按“不归我管”匹配。${SPACING['zh-CN']}`,
      `The scraped text was machine-altered, so the likely original wording is matched too: 企业要求就是这么 → 公司规定就是这样, 怎么连基础常识全部不懂 → 怎么连基本常识都不懂; "一分管理(服务)" reads 一分管理 or 一分服务; item 3 is matched as 不归我管. ${SPACING.en}`,
    )),
    'first-responder.first-ask-refusal': listed('first-responder.first-ask-refusal', text(
      `单独的“不”仅在自成一句时为拒绝（“不。”“不!”）；“不客气”“对不起”“不好意思”及 WI/FW-004.6/.7/.9 的推荐用语绝不计入。${REFUSAL_READING['zh-CN']}${SPACING['zh-CN']}`,
      `The lone 不 is a refusal only as a whole answer ("不。", "不!"); 不客气, 对不起, 不好意思 and the recommended phrases of WI/FW-004.6/.7/.9 never count. ${REFUSAL_READING.en} ${SPACING.en}`,
    )),
    'first-responder.follow-up-refusal': listed('first-responder.follow-up-refusal', text(`${REFUSAL_READING['zh-CN']}${SPACING['zh-CN']}`, `${REFUSAL_READING.en} ${SPACING.en}`)),
    'first-responder.phone-vague': listed('first-responder.phone-vague', text(`“避免使用”是软性要求，故为警告；“仿佛是”为机器改写，同时匹配原文“好像是”。“不知道”“不太清楚”按拒绝用语的语境读法：${REFUSAL_READING['zh-CN']}${SPACING['zh-CN']}`, `"Avoid" is a soft requirement, hence a warning; 仿佛是 is machine-altered, so the original 好像是 is matched too. 不知道 and 不太清楚 are read in context as the refusal phrases are: ${REFUSAL_READING.en} ${SPACING.en}`)),
    'first-responder.phone-wei': listed('first-responder.phone-wei', text('“喂”作招呼语时计：自成一个分句（“喂，您好”），紧接“你好/您好”开头（“喂您好”），或连声开头（“喂喂喂”，报一次）；“喂养”等词不计。', '喂 counts as a greeting: a clause of its own ("喂，您好"), opening "你好/您好" ("喂您好"), or repeated at the start ("喂喂喂", reported once); words such as 喂养 (to feed) do not.')),
    'first-responder.added-phrase': text('严重程度与出处取自每条增加的用语本身；此处的“警告”仅为文档默认。', 'Each added phrase carries its own severity and source; "warning" here is only the documented default.'),
    'first-responder.answer-rings': P['firstResponder.answerWithinRings']!,
    'first-responder.greeting-name': text(
      '问候语须既有问候（“您好”“你好”，或“早上好”等时段问候、“新年好”等节日祝颂语，《客服制度》电话接听规范②c），又含本单位名称（如“您好!华侨城服务中心”，《客服制度》电话接听规范②“你好!凯鸿物业。”）：只报单位名称不问候不合规。比较时忽略标点与空格，且不分繁简：繁体问候语对简体单位名称、简体问候语对繁体单位名称均可。',
      'The greeting must both greet (您好 or 你好, a greeting of the time of day such as 早上好, or a festive greeting such as 新年好, 《客服制度》 电话接听规范 ②c) and name the organisation (e.g. "您好!华侨城服务中心"; 《客服制度》 电话接听规范 ② "你好!凯鸿物业。"): the organisation\'s name alone does not comply. Punctuation and spacing are ignored, and so is the script: a greeting in traditional characters names an organisation written in simplified ones, and the reverse.',
    ),
    'first-responder.customer-hangs-up-first': text('WI/FW-003.15 允许确需时由员工结束对话（解释、致歉），但仍须等对方放下话筒后再放下电话。', 'WI/FW-003.15 lets staff end the conversation where needed (explaining and apologising), but they still put the phone down only after the other side has.'),
    'first-responder.private-call': P['firstResponder.privateCallMax']!,
    'first-responder.reception-steps': text(
      '起立、微笑问候、让座、等候客人回应；咨询时保持站立，办理手续时坐下书写；交费请财务人员接待；第二位客人插言时说“请您稍候”；结束时道谢并微笑送客。',
      'Stand up, greet with a smile, offer a seat, wait for the guest; stand for consultations, sit for paperwork; payments go to finance staff; a second guest is asked to wait ("请您稍候"); thank and see off.',
    ),
    'first-responder.desk-unmanned': P['firstResponder.minDeskStaff']!,
    'first-responder.ownership': text('结案须已答复客户（首问人或上级领导），且每一次转交都已收到责任部门的回复；状态机没有放弃责任的事件。', 'Closing needs a reply to the customer (by the first responder or the superior) and a report-back from the department for every hand-off; the machine has no event that drops ownership.'),
    'first-responder.approval-answer': P['firstResponder.approvalAnswerWithin']!,
    'first-responder.same-day-reply': P['firstResponder.sameDayReply']!,
    'first-responder.follow-up-opener': text(
        '开场白（去掉标点与空白）须包含回访人的单位、部门与姓名，默认还须含“方便”（问询是否方便；firstResponder.openerAsksConvenience）。推荐开场白“…不知道您现在是否方便？”中的“不知道”是问句的一部分，不是拒绝用语。',
        'The opener (without punctuation and spaces) names the caller\'s unit, department and name and, by default, contains 方便 (asks whether it is convenient; firstResponder.openerAsksConvenience). The 不知道 in the recommended "…不知道您现在是否方便？" is part of a question, not a refusal.',
      ),
    'first-responder.email-subject': text('“标题说明回复问题，同时标明处理部门名称”：标题须含处理部门名称，且除部门名称外还有文字（说明问题）。措辞是否礼貌（二.2）不检查。', '"The subject states the matter answered and names the handling department": the subject contains the department\'s name and some other words (the matter). Courtesy of wording (二.2) is not checked.'),
    'first-responder.service-line-unstaffed': text(
        '“建立24小时电话接听制度，24小时受理客户报修、求助、投诉”读作所查时段 [from, to) 的每一刻都有人接听（至少 firstResponder.minDeskStaff 人；外出时段按不在岗计）；主机给出整日或整月时段即查全天候。',
        '"A 24-hour phone line taking repairs, help requests and complaints around the clock" is read as someone answering at every instant of the checked period [from, to) (at least firstResponder.minDeskStaff; time out counts as absent); a host passing whole days or months checks around the clock.',
      ),
    'first-responder.service-line-unpublished': text('所查时段开始前须至少有一次公布（published），且至少一次同时公布投诉渠道（complaintChannels 为 true）。', 'By the start of the checked period there is at least one publication (published), and at least one that also lists the complaint channels (complaintChannels true).'),
  },
};
