/**
 * `wuye-rules/quiet-hours` — when noisy (and polluting) work is allowed: weekly forbidden
 * windows + a holiday rule + a zone (《写字楼物业客服工作制度范例》 二次装修检查标准 1).
 *
 * @example
 * import { isNoisyWorkAllowed, nextNoisyWorkAllowed, noisyWorkWindows } from 'wuye-rules/quiet-hours';
 * isNoisyWorkAllowed('2026-05-06T18:00:00+08:00') // true (18:00 is allowed)
 *
 * @module
 */
export type { AllowedInterval, HolidayRule, QuietWindow, Weekday } from './schema';
export { quietHoursPacks, quietHoursParameters, officeQuietHours, residentialQuietHoursExample } from './policy';
export { isNoisyWorkAllowed, nextNoisyWorkAllowed, noisyWorkWindows } from './quiet-hours';
export type { NoisyWorkObservation } from './rules';
export { checkQuietHours, noisyWorkObservationSchema, quietHoursRules } from './rules';
export { quietHoursProcedure } from './procedure';
