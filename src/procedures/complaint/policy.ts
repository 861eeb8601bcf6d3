import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import type { Duration } from '../../core/parameter';
import { defineParameter, durationSchema } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

const deadline = durationSchema(['minute', 'hour', 'day', 'working-day']).nullable();

/**
 * @internal WI/FW-006.18: the handling result — or, if not finished, the progress — is told to the
 * complainant within 3 days of receipt.
 *
 * @example
 * paramValue(undefined, notifyWithin) // { value: 3, unit: 'day' }
 */
export const notifyWithin = defineParameter<Duration | null>({
  id: 'complaint.notifyWithin',
  title: text('处理情况通知投诉人时限', 'Tell the complainant the result or progress within'),
  unit: 'duration',
  schema: deadline,
  default: { value: 3, unit: 'day' },
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-006.18'),
});

/**
 * @internal WI/FW-011 一.4: big problems are reported with a definite answer and completed within
 * 3 days (small ones at once).
 *
 * @example
 * paramValue(undefined, completeWithin) // { value: 3, unit: 'day' }
 */
export const completeWithin = defineParameter<Duration | null>({
  id: 'complaint.completeWithin',
  title: text('投诉处理完成时限', 'Complete the handling within'),
  unit: 'duration',
  schema: deadline,
  default: { value: 3, unit: 'day' },
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-011 一.4'),
});

/**
 * @internal WI/FW-015.3: the responsible department tells the owner the remedy in the agreed time,
 * "通常情况下在3日内处理完成" — a soft default (warning), counted from the hand-over.
 *
 * @example
 * paramValue(undefined, departmentWithin) // { value: 3, unit: 'day' }
 */
export const departmentWithin = defineParameter<Duration | null>({
  id: 'complaint.departmentWithin',
  title: text('责任部门通常处理时限', "Responsible department's usual limit"),
  unit: 'duration',
  schema: deadline,
  default: { value: 3, unit: 'day' },
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-015.3'),
});

/**
 * @internal 《物业公司客服部岗位职责及各岗位人员规章制度》 5.2.3: the manager organises the investigation
 * within 48 hours.
 *
 * @example
 * paramValue(undefined, investigateWithin) // { value: 48, unit: 'hour' }
 */
export const investigateWithin = defineParameter<Duration | null>({
  id: 'complaint.investigateWithin',
  title: text('组织调查处理时限', 'Organise the investigation within'),
  unit: 'duration',
  schema: deadline,
  default: { value: 48, unit: 'hour' },
  defaultFrom: 'DEPT',
  source: cite('DEPT', '5.2.3'),
});

/**
 * @internal 《物业公司客服部岗位职责及各岗位人员规章制度》 5.1.4: a consultation's progress is tracked within
 * 24 hours.
 *
 * @example
 * paramValue(undefined, consultationTrackWithin) // { value: 24, unit: 'hour' }
 */
export const consultationTrackWithin = defineParameter<Duration | null>({
  id: 'complaint.consultationTrackWithin',
  title: text('咨询跟踪时限', 'Track a consultation within'),
  unit: 'duration',
  schema: deadline,
  default: { value: 24, unit: 'hour' },
  defaultFrom: 'DEPT',
  source: cite('DEPT', '5.1.4'),
});

/**
 * @internal Whom a major complaint is reported to (汇报). Each source names someone else: WI/FW-014.7
 * 部门主管或企业领导 (default), WI/FW-011 管理处主任, DEPT 客服部经理, STD 公司投诉管理部门和管理层.
 *
 * @example
 * paramValue(undefined, escalateTo)['zh-CN'] // '部门主管或企业领导'
 */
export const escalateTo = defineParameter<LocalizedText>({
  id: 'complaint.escalateTo',
  title: text('重大投诉汇报对象', 'Report major complaints to'),
  unit: 'text',
  schema: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  default: text('部门主管或企业领导', 'the department head or company leadership'),
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-014.7'),
  also: {
    DEPT: [text('客服部经理', 'the customer-service manager'), '5.2.2'],
    STD: [text('公司投诉管理部门和管理层', "the company's complaint department and management"), '投诉管理 受理与回复 1'],
  },
});

/**
 * The parameters of the complaint procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * complaintParameters.notifyWithin.default // { value: 3, unit: 'day' }
 */
export const complaintParameters = Object.freeze({ notifyWithin, completeWithin, departmentWithin, investigateWithin, consultationTrackWithin, escalateTo });

// ── Escalation after the first report (appended: WI/FW-015.8, 015.10) ──

/**
 * @internal WI/FW-015.8 "久拖不决": how long a complaint may stay without a result before it counts
 * as long unresolved. The source gives no number: the library's choice, 3 days.
 *
 * @example
 * paramValue(undefined, longUnresolvedAfter) // { value: 3, unit: 'day' }
 */
export const longUnresolvedAfter = defineParameter<Duration>({
  id: 'complaint.longUnresolvedAfter',
  title: text('“久拖不决”的时限', 'Long unresolved after'),
  unit: 'duration',
  schema: durationSchema(['hour', 'day', 'working-day']),
  default: { value: 3, unit: 'day' },
  defaultFrom: 'LIBRARY',
  source: cite('ZH', 'WI/FW-015.8'),
});

/**
 * @internal WI/FW-015.10 "超期未办，再次催促…直到办结": how often an overdue measure is chased until
 * done. The source gives no number: the library's choice, every day.
 *
 * @example
 * paramValue(undefined, chaseEvery) // { value: 1, unit: 'day' }
 */
export const chaseEvery = defineParameter<Duration>({
  id: 'complaint.chaseEvery',
  title: text('超期未办的催办间隔', 'Chase an overdue measure every'),
  unit: 'duration',
  schema: durationSchema(['hour', 'day', 'working-day']),
  default: { value: 1, unit: 'day' },
  defaultFrom: 'LIBRARY',
  source: cite('ZH', 'WI/FW-015.10'),
});

/**
 * The parameters of the escalation checks, by name (see `checkEscalation`).
 *
 * @example
 * complaintEscalationParameters.chaseEvery.default // { value: 1, unit: 'day' }
 */
export const complaintEscalationParameters = Object.freeze({ longUnresolvedAfter, chaseEvery });

/**
 * The complaint slice of each source document's pack, derived from the parameters. Compose
 * them (and overrides) with `composePolicy`; 《物业客户服务类服务标准表》 sets no number ("each
 * company states its own 处理时效"), only whom major complaints go to.
 *
 * @example
 * const policy = composePolicy(complaintPacks.ZH, complaintPacks.DEPT, { 'complaint.notifyWithin': { value: 2, unit: 'day' } });
 */
export const complaintPacks: Readonly<Record<'ZH' | 'DEPT' | 'STD', PolicyPack>> = derivePacks<'ZH' | 'DEPT' | 'STD'>({ ...complaintParameters, ...complaintEscalationParameters });
