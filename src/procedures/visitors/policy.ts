import * as z from 'zod';
import { CORE_PARAMETERS } from '../../core/core-parameters';
import type { Parameter } from '../../core/parameter';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { definePack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';

/** A field a register entry can be required to carry. @example const f: VisitorField = 'visiting'; */
export type VisitorField = 'name' | 'visiting' | 'purpose' | 'idNumber' | 'registeredBy';

/**
 * The fields every admitted visitor's entry must carry. The clause says only "登記"; the
 * library reads a registration as at least who came, whom they visit and why, plus the
 * instant (always required) — an ID number is a building's own choice (add 'idNumber').
 *
 * @example
 * paramValue(undefined, requiredVisitorFields) // ['name', 'visiting', 'purpose']
 */
export const requiredVisitorFields = defineParameter<readonly VisitorField[]>({
  id: 'visitors.requiredFields',
  title: text('来访登记必填项', 'Fields a visitor registration must carry'),
  unit: 'list',
  schema: z.array(z.enum(['name', 'visiting', 'purpose', 'idNumber', 'registeredBy'])).min(1),
  default: ['name', 'visiting', 'purpose'],
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '五.2'),
  reading: text(
    '条文只写“做好来访人员登记”：本库把登记读作至少记下来访人、被访单位或人员、来访事由及时间；是否登记证件号由各楼宇决定（加入 idNumber）。',
    'The clause only says "register visitors": the library reads a registration as at least who came, whom they visit, why, and when; whether an ID number is recorded is the building\'s choice (add idNumber).',
  ),
});

/**
 * Every parameter the visitor register reads.
 *
 * @example
 * visitorsParameters.map((p) => p.id) // ['core.zone', 'core.dayCounting', 'visitors.requiredFields']
 */
export const visitorsParameters: readonly Parameter[] = [...CORE_PARAMETERS, requiredVisitorFields] as Parameter[];

/**
 * The office document's pack (the only source of the rule).
 *
 * @example
 * composePolicy(visitorsPacks.OFFICE, { 'visitors.requiredFields': ['name', 'visiting', 'purpose', 'idNumber'] })
 */
export const visitorsPacks: Readonly<Record<'OFFICE', PolicyPack>> = Object.freeze({
  OFFICE: definePack('OFFICE', visitorsParameters, { 'visitors.requiredFields': [['name', 'visiting', 'purpose'], '五.2'] }),
});
