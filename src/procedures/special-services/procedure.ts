import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { specialServicesPacks, specialServicesParameters } from './policy';
import { checkSpecialServices, specialServicesRules } from './rules';
import type { SpecialServiceRecord } from './schema';
import { serviceItemSchema, specialServiceRecordSchema } from './schema';

/**
 * The special-services procedure (provision side) as data, for the docs generator.
 *
 * @example
 * specialServicesProcedure.rules.map((r) => r.id)
 */
export const specialServicesProcedure = defineProcedure({
  name: 'special-services',
  title: text('特约服务（有偿服务）', 'Paid special services'),
  sources: [cite('STD', '特约服务 管理要求 2、3'), cite('STD', '特约服务 服务提供 1、2')],
  parameters: [...CORE_PARAMETERS, ...Object.values(specialServicesParameters)],
  packs: Object.values(specialServicesPacks),
  rules: Object.values(specialServicesRules) as Rule<never>[],
  schemas: { order: specialServiceRecordSchema, serviceItem: serviceItemSchema },
  // Orders are checked without the catalogue here (the command line reads one record a line).
  checkInput: { shapes: ['order'] },
  check: (record, options) => checkSpecialServices(record as SpecialServiceRecord, options),
});
