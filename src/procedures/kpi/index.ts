/**
 * `wuye-rules/kpi` — the customer-service quality targets (《客服制度》 碧桂园客服部质量目标分解)
 * and the reporting cadences (《物业客户服务类服务标准表》, 《物业公司客服部岗位职责及各岗位人员规章制度》).
 * Arithmetic only: pulls in neither xstate nor luxon.
 *
 * @example
 * import { evaluateKpis } from 'wuye-rules/kpi';
 * evaluateKpis({ satisfactionRate: 0.9 })[0]?.met // true
 *
 * @module
 */
export type { CadenceContext, CadenceEntry, CadenceId, CadenceLog, KpiId, MoveIn, ObservedKpis, Project } from './schema';
export { cadenceLogSchema, moveInSchema, observedKpisSchema } from './schema';
export type { CadenceEvery, CountCadence, DeliveryMilestone, DeliveryOffset, DueDayCadence } from './policy';
export { complaintReportingParameters, kpiPacks, kpiParameters } from './policy';
export type { ComplaintStatisticsChannel } from './policy';
export type { KpiResult } from './targets';
export { checkKpis, evaluateKpis } from './targets';
export type { CadenceFacts, TargetFacts } from './rules';
export { kpiRules } from './rules';
export type { CadenceDue } from './cadence';
export { cadenceDueDates, checkCadences } from './cadence';
export type { DeliveryDue } from './delivery';
export { deliveryDueDates } from './delivery';
export { kpiProcedure } from './procedure';
export type { ReportEntry, ReportingDue, ReportingDuty, ReportingFacts, ReportingLog } from './reporting-duties';
export { checkComplaintReporting, complaintReportingDueDates, reportEntrySchema, reportingDutySchema, reportingLogSchema, reportingRules } from './reporting-duties';
