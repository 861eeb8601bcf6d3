import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { quietHoursPacks, quietHoursParameters } from './policy';
import type { NoisyWorkObservation } from './rules';
import { checkQuietHours, noisyWorkObservationSchema, quietHoursRules } from './rules';
import { quietWindowsSchema } from './schema';

/**
 * The quiet-hours procedure as data: what `npm run docs` renders. It has no steps, so no
 * machine.
 *
 * @example
 * quietHoursProcedure.rules.map((r) => r.id) // ['quiet-hours.noisy-work-in-quiet-hours']
 */
export const quietHoursProcedure = defineProcedure({
  name: 'quiet-hours',
  title: text('噪音作业时段', 'Quiet hours for noisy work'),
  sources: [cite('OFFICE', '二次装修检查标准 1'), cite('OFFICE', '装修管理程序 2.C'), cite('ZH', 'WI/FW-012 一.1')],
  parameters: [...CORE_PARAMETERS, ...Object.values(quietHoursParameters)],
  packs: Object.values(quietHoursPacks),
  schemas: { record: noisyWorkObservationSchema, windows: quietWindowsSchema },
  // A record is one observation or a list of them.
  checkInput: { shapes: ['record'], list: true },
  check: (record, options) => checkQuietHours(Array.isArray(record) ? (record as NoisyWorkObservation[]) : [record as NoisyWorkObservation], options),
  rules: Object.values(quietHoursRules) as Rule<never>[],
});
