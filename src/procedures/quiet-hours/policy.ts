import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { Policy, PolicyPack } from '../../core/policy';
import { composePolicy } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { HolidayRule, QuietWindow } from './schema';
import { holidayRuleSchema, quietWindowsSchema } from './schema';

/**
 * @internal The office windows of 《写字楼物业客服工作制度范例》 二次装修检查标准 1: no painting,
 * hammer-drilling or chiselling (noisy or polluting work) Monday–Friday 08:00–18:00 and
 * Saturday 08:00–13:00.
 *
 * @example
 * OFFICE_QUIET_WINDOWS[1] // { days: [6], from: '08:00', to: '13:00' }
 */
export const OFFICE_QUIET_WINDOWS: readonly QuietWindow[] = Object.freeze([
  Object.freeze({ days: Object.freeze([1, 2, 3, 4, 5]) as QuietWindow['days'], from: '08:00', to: '18:00' }),
  Object.freeze({ days: Object.freeze([6]) as QuietWindow['days'], from: '08:00', to: '13:00' }),
]);

/**
 * @internal The weekly windows in which noisy (and polluting) work is forbidden. Start inclusive,
 * end exclusive: the text does not say, so the library reads "8:00--18:00" as 08:00
 * forbidden and 18:00 allowed.
 *
 * @example
 * paramValue(undefined, quietWindows) // the office windows (Mon–Fri 08:00–18:00, Sat 08:00–13:00)
 */
export const quietWindows = defineParameter<readonly QuietWindow[]>({
  id: 'quietHours.forbiddenWindows',
  title: text('禁止噪音（及污染）作业的时段', 'Windows in which noisy (and polluting) work is forbidden'),
  unit: 'weekly-windows',
  schema: quietWindowsSchema,
  default: OFFICE_QUIET_WINDOWS,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '二次装修检查标准 1'),
});

/**
 * @internal How statutory holidays and 调休 make-up working days are treated (see
 * {@link holidayRuleSchema}). Default `'by-weekday'`, as written: the text names days of
 * the week only.
 *
 * @example
 * paramValue(undefined, holidayRule) // 'by-weekday'
 */
export const holidayRule = defineParameter<HolidayRule>({
  id: 'quietHours.holidayRule',
  title: text('法定节假日与调休上班日的处理', 'How statutory holidays and make-up working days are treated'),
  unit: 'choice',
  schema: holidayRuleSchema,
  default: 'by-weekday',
  defaultFrom: 'LIBRARY',
  source: cite('OFFICE', '二次装修检查标准 1'),
});

/**
 * The parameters of the quiet-hours procedure, by name (the core ones apply too:
 * `core.zone` is the zone of the wall-clock windows).
 *
 * @example
 * Object.values(quietHoursParameters).map((p) => p.id) // ['quietHours.forbiddenWindows', 'quietHours.holidayRule']
 */
export const quietHoursParameters = Object.freeze({ forbiddenWindows: quietWindows, holidayRule });

/**
 * The quiet-hours slice of each source document's pack, derived from the parameters: only
 * 《写字楼物业客服工作制度范例》 states windows (for an office building).
 *
 * @example
 * const policy = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'holidays-as-sunday' });
 */
export const quietHoursPacks: Readonly<Record<'OFFICE', PolicyPack>> = derivePacks<'OFFICE'>(quietHoursParameters);

/**
 * The seeded policy: the office building's windows (Mon–Fri 08:00–18:00, Sat 08:00–13:00
 * forbidden), holidays by day of the week, zone Asia/Shanghai.
 *
 * @example
 * isNoisyWorkAllowed('2026-05-08T18:00:00+08:00', officeQuietHours) // true (Friday, 18:00 allowed)
 */
export const officeQuietHours: Policy = composePolicy(quietHoursPacks.OFFICE);

/**
 * @internal The windows of {@link residentialQuietHoursExample}. **An example, not from the sources**:
 * no source document sets residential rest hours; a host takes them from its estate's
 * 管理规约.
 *
 * @example
 * RESIDENTIAL_EXAMPLE_WINDOWS.length // 4
 */
export const RESIDENTIAL_EXAMPLE_WINDOWS: readonly QuietWindow[] = Object.freeze([
  Object.freeze({ days: Object.freeze([1, 2, 3, 4, 5]) as QuietWindow['days'], from: '00:00', to: '08:00' }),
  Object.freeze({ days: Object.freeze([1, 2, 3, 4, 5]) as QuietWindow['days'], from: '12:00', to: '14:00' }),
  Object.freeze({ days: Object.freeze([1, 2, 3, 4, 5]) as QuietWindow['days'], from: '18:00', to: '24:00' }),
  Object.freeze({ days: Object.freeze([6, 7]) as QuietWindow['days'], from: '00:00', to: '24:00' }),
]);

/**
 * **An example, not from the sources**: a residential estate's rest hours as a host might
 * write them from its 管理规约 — noisy work only on working days 08:00–12:00 and
 * 14:00–18:00; weekends and statutory holidays quiet all day; 调休 make-up days follow
 * Monday. It shows the shape; it is not a rule of any source document.
 *
 * @example
 * isNoisyWorkAllowed('2026-05-06T13:00:00+08:00', residentialQuietHoursExample) // false (lunch rest)
 */
export const residentialQuietHoursExample: Policy = composePolicy(quietHoursPacks.OFFICE, {
  'quietHours.forbiddenWindows': RESIDENTIAL_EXAMPLE_WINDOWS,
  'quietHours.holidayRule': 'holidays-and-make-up-days',
});
