import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';

/** A field a register entry can be required to carry. @example const f: VisitorField = 'visiting'; */
export type VisitorField = 'name' | 'visiting' | 'purpose' | 'idNumber' | 'registeredBy';

/**
 * @internal The fields every admitted visitor's entry must carry. OFFICE 五.2 says only "登記" and
 * names no field, so the default is the library's (`LIBRARY`, as `firstResponder.approvalAnswerWithin`):
 * a registration is at least who came, whom they visit and why, plus the instant (always
 * required) — an ID number is a building's own choice (add 'idNumber').
 *
 * @example
 * paramValue(undefined, requiredVisitorFields) // ['name', 'visiting', 'purpose']
 */
export const requiredVisitorFields = defineParameter<readonly VisitorField[]>({
  id: 'visitors.requiredFields',
  title: text('来访登记必填项', 'Fields a visitor registration must carry'),
  unit: 'list',
  schema: z.array(z.enum(['name', 'visiting', 'purpose', 'idNumber', 'registeredBy'])).check(z.minLength(1)),
  default: ['name', 'visiting', 'purpose'],
  defaultFrom: 'LIBRARY',
  source: cite('OFFICE', '五.2'),
});

/**
 * The parameters of the visitor register, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * visitorsParameters.requiredFields.default // ['name', 'visiting', 'purpose']
 */
export const visitorsParameters = Object.freeze({ requiredFields: requiredVisitorFields });

/**
 * The office document's pack (the only source of the rule), derived from the parameters. It
 * sets no value — OFFICE 五.2 names no field, the default fields are the library's — but
 * composing it lets a host override them.
 *
 * @example
 * composePolicy(visitorsPacks.OFFICE, { 'visitors.requiredFields': ['name', 'visiting', 'purpose', 'idNumber'] })
 */
export const visitorsPacks: Readonly<Record<'OFFICE', PolicyPack>> = derivePacks<'OFFICE'>(visitorsParameters);
