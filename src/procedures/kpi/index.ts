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
export * from './schema';
export * from './policy';
export * from './period';
export * from './targets';
export * from './rules';
export * from './cadence';
export * from './delivery';
export { kpiProcedure } from './procedure';
