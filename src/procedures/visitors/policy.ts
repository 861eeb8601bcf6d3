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
  reading: text(
    '条文只写“做好来访人员登记”，没有列出登记项目：默认值是本库的选择，不是条文的规定（与 firstResponder.approvalAnswerWithin 相同）。本库把登记读作至少记下来访人、被访单位或人员、来访事由及时间；是否登记证件号由各楼宇决定（加入 idNumber）。OFFICE 策略包不设此值，主机可覆盖。',
    'The clause only says "register visitors" and names no field: the default is the library\'s choice, not the text (as firstResponder.approvalAnswerWithin). The library reads a registration as at least who came, whom they visit, why, and when; whether an ID number is recorded is the building\'s choice (add idNumber). The OFFICE pack sets no value; a host overrides it.',
  ),
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
