import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { followUpCadenceParameters, followUpPacks, followUpParameters } from './policy';
import type { FollowUpCadenceLog } from './cadences';
import { checkFollowUpCadences, followUpCadenceLogSchema, followUpCadenceRules } from './cadences';
import { checkFollowUps, followUpRules } from './rules';
import type { FollowUpMonth } from './schema';
import { closedComplaintSchema, followUpMonthSchema, returnVisitRecordSchema, specialServiceOrderSchema } from './schema';

/**
 * The follow-up procedure as data: what the docs generator renders (no machine: it is
 * arithmetic on a month's records).
 *
 * @example
 * followUpProcedure.rules.map((r) => r.id) // ['follow-up.full-follow-up', 'follow-up.minimum-ratio', …]
 */
export const followUpProcedure = defineProcedure({
  name: 'follow-up',
  title: text('回访与抽样', 'Follow-up visits and sampling'),
  sources: [
    cite('STD', '特约服务 服务回访 1–3'),
    cite('STD', '投诉管理 处理与回访 3'),
    cite('STD', '客户沟通 客户访谈 3'),
    cite('ZH', 'WI/FW-017'),
    cite('ZH', 'WI/FW-018'),
    cite('ZH', 'QR-003'),
    cite('ZH', 'QR-004'),
  ],
  parameters: [...CORE_PARAMETERS, ...Object.values(followUpParameters), ...Object.values(followUpCadenceParameters)],
  packs: Object.values(followUpPacks),
  schemas: { record: followUpMonthSchema, specialServiceOrder: specialServiceOrderSchema, closedComplaint: closedComplaintSchema, returnVisit: returnVisitRecordSchema, cadenceLog: followUpCadenceLogSchema },
  // A record with contacts is a cadence log (checkFollowUpCadences); anything else a month's records.
  checkInput: { shapes: ['record', 'cadenceLog'] },
  check: (record, options) =>
    typeof record === 'object' && record !== null && 'contacts' in (record as object) ? checkFollowUpCadences(record as FollowUpCadenceLog, options) : checkFollowUps(record as FollowUpMonth, options),
  rules: [...Object.values(followUpRules), ...Object.values(followUpCadenceRules)] as Rule<never>[],
});
