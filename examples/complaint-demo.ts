// `npm run demo`: one complaint through its whole life, as a 客服主管 would follow it.
// Each step prints the state, the deadlines and any violation, in zh-CN and en.
import { DateTime } from 'luxon';
import { composePolicy, persist } from 'wuye-rules';
import { isLate } from 'wuye-rules/calendar';
import type { ComplaintEvent } from 'wuye-rules/complaint';
import { checkComplaint, complaintPacks, createComplaintMachine, restoreComplaint, startComplaint, stepComplaint } from 'wuye-rules/complaint';

// Instants are ISO 8601 with an offset; shown on the Shanghai wall clock.
const formatLocal = (at: string): string => DateTime.fromISO(at, { zone: 'Asia/Shanghai' }).toFormat('yyyy-MM-dd HH:mm');
import type { CheckDeadlinesEvent } from 'wuye-rules';

const policy = composePolicy(complaintPacks.ZH, complaintPacks.DEPT);
const machine = createComplaintMachine({ policy });

const LABEL: Record<string, [string, string]> = {
  notify: ['通知处理情况', 'tell result/progress'],
  complete: ['处理完成', 'complete handling'],
  investigate: ['组织调查', 'organise investigation'],
  department: ['责任部门处理', 'department handling'],
  'promised-reply#0': ['按约定时间再次回复', 'reply by the promised time'],
};
const STEP: Record<(ComplaintEvent | CheckDeadlinesEvent)['type'], [string, string]> = {
  LISTENED: ['听清楚：耐心听完投诉', 'Listened to the whole complaint'],
  CLARIFIED: ['问清楚：复述确认', 'Clarified and repeated it back'],
  RECORDED: ['记清楚：登记投诉记录表', 'Recorded it in the complaint log'],
  CLASSIFY: ['分类', 'Classified'],
  REFER: ['指引至职能部门', 'Referred'],
  EXPLAIN: ['解释', 'Explained'],
  REPORT: ['汇报', 'Reported to leadership'],
  DISPATCH: ['转责任部门', 'Handed to the responsible department'],
  NOTIFY_PROGRESS: ['告知进度', 'Told the progress'],
  ADD_MEASURE: ['登记纠正措施', 'Recorded a corrective measure'],
  COMPLETE_MEASURE: ['措施完成', 'Measure done'],
  RESOLVE: ['处理完成', 'Handling completed'],
  NOTIFY_RESULT: ['复清楚：回复处理结果', 'Replied the result'],
  NOTIFY_IMPOSSIBLE: ['无法通知', 'Could not notify'],
  FOLLOW_UP: ['回访', 'Followed up'],
  FOLLOW_UP_EXEMPT: ['回访豁免', 'Follow-up exempt'],
  CLOSE: ['结案', 'Closed'],
  CHECK_DEADLINES: ['时限检查', 'Deadline check'],
};

const events: (ComplaintEvent | CheckDeadlinesEvent)[] = [
  { type: 'LISTENED', at: '2026-09-29T14:05:00+08:00' },
  { type: 'CLARIFIED', at: '2026-09-29T14:12:00+08:00' },
  { type: 'RECORDED', at: '2026-09-29T14:15:00+08:00', documentNo: 'TS-2026-0929-07' },
  { type: 'CLASSIFY', at: '2026-09-29T14:20:00+08:00', kind: 'major', reasonable: true, inScope: true },
  { type: 'CHECK_DEADLINES', at: '2026-09-29T18:00:00+08:00' },
  { type: 'REPORT', at: '2026-09-29T18:10:00+08:00', to: '管理处主任 陈志强' },
  { type: 'DISPATCH', at: '2026-09-29T18:30:00+08:00', department: '工程部' },
  { type: 'NOTIFY_PROGRESS', at: '2026-09-30T10:00:00+08:00', note: '已检测，需更换水泵', nextReplyAt: '2026-10-02T10:00:00+08:00' },
  { type: 'CHECK_DEADLINES', at: '2026-10-02T15:00:00+08:00' },
  { type: 'RESOLVE', at: '2026-10-03T09:00:00+08:00', result: '更换二次供水水泵，水压恢复' },
  { type: 'NOTIFY_RESULT', at: '2026-10-03T09:30:00+08:00' },
  { type: 'FOLLOW_UP', at: '2026-10-08T10:00:00+08:00', by: '客服 张丽', result: '水压正常，业主满意', satisfied: true },
  { type: 'CLOSE', at: '2026-10-08T10:30:00+08:00' },
];

const intake = {
  id: 'C-2026-0929-07',
  receivedAt: '2026-09-29T14:00:00+08:00',
  channel: 'phone' as const,
  complainant: { name: '王建国', unit: '6栋1802', phone: '13800000000' },
  subject: '高层水压不足，早晚无法正常用水，已持续一周',
  receiver: '前台 李敏',
};

let [snapshot] = startComplaint(intake, machine);
const line = '─'.repeat(78);
console.log(line);
console.log(`投诉 ${intake.id}｜${intake.subject}`);
console.log(`Complaint ${intake.id} — received ${formatLocal(intake.receivedAt)} by phone, receiver ${intake.receiver}`);
console.log('策略 Policy: 《服务中心工作手册》 + 《物业公司客服部岗位职责及各岗位人员规章制度》 (ZH + DEPT packs)');
console.log(line);
console.log('时限 Deadlines:');
for (const d of snapshot.context.deadlines) {
  const [zh, en] = LABEL[d.id] ?? [d.id, d.id];
  console.log(`  · ${zh} / ${en}: ${formatLocal(d.dueAt)}  (${d.ruleId})`);
}

let shown = 0;
for (const event of events) {
  const before = snapshot;
  const result = stepComplaint(snapshot, event, machine);
  snapshot = result.snapshot;
  const [zh, en] = STEP[event.type];
  console.log(`\n${formatLocal(event.at)}  ${zh} / ${en}${'kind' in event ? ` — ${event.kind === 'major' ? '重大投诉 major' : event.kind}` : ''}${result.accepted ? '' : '  ✘ 被拒绝 refused'}`);
  if (!result.accepted) console.log(`  ${result.refusal.reason['zh-CN']}\n  ${result.refusal.reason.en}`);
  console.log(`  状态 state: ${String(snapshot.value)}`);
  if (event.type === 'CHECK_DEADLINES') {
    const fresh = snapshot.context.violations;
    if (fresh.length === 0) console.log('  ✔ 无逾期 nothing overdue');
    for (const v of fresh) {
      console.log(`  ⚠ [${v.severity}] ${v.ruleId} — ${v.source.document} ${v.source.clause}`);
      console.log(`    ${v.message['zh-CN']}`);
      console.log(`    ${v.message.en}`);
    }
    shown += fresh.length;
  }
  const met = snapshot.context.deadlines.filter((d) => d.metAt && !before.context.deadlines.find((b) => b.id === d.id && b.metAt));
  for (const d of met) {
    const [lz, le] = LABEL[d.id] ?? [d.id, d.id];
    const late = isLate(d, d.metAt!);
    console.log(`  ${late ? '✘' : '✔'} ${lz} / ${le}: ${late ? '逾期完成 done late' : '按时完成 on time'} ${formatLocal(d.metAt!)} (时限 due ${formatLocal(d.dueAt)})`);
  }
}

console.log(`\n${line}`);
const stored = JSON.stringify(persist(snapshot));
const restored = restoreComplaint(stored, machine);
console.log(`结案 Closed: ${String(restored.value)}｜存档 persisted ${stored.length} bytes, restored: ${String(restored.value)} (${restored.status})`);
console.log(`回访 Follow-up: ${restored.context.record.followUp?.result}｜检查中发现 ${shown} 条 / ${shown} findings at the deadline checks`);
const audit = checkComplaint(restored.context.record, { asOf: '2026-10-31T00:00:00+08:00', policy });
console.log(`\n结案审核（截至 2026-10-31）Audit of the closed record (as of 2026-10-31): ${audit.length} 条 / findings`);
for (const v of audit) console.log(`  [${v.severity}] ${v.ruleId} — ${v.source.document} ${v.source.clause}\n    ${v.message['zh-CN']}\n    ${v.message.en}`);
console.log(line);
