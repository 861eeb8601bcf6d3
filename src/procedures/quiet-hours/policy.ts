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
  reading: text(
    '条文“周一至周五8:00--18:00，周六8:00--13:00时段”未说明端点：本库读作起点包含、终点不含，即 08:00 起禁止、18:00（周六 13:00）起允许。周日未提及，视为允许。油漆等“有污染”的作业与电锤、剔凿等噪音作业同样受限。跨午夜的时段须拆成两段（如 22:00–24:00 与次日 00:00–08:00）。',
    'The clause "Mon–Fri 8:00--18:00, Sat 8:00--13:00" leaves the endpoints open: the library reads the start as inclusive and the end as exclusive — forbidden from 08:00, allowed from 18:00 (Saturday 13:00). Sunday is not mentioned, so allowed. Polluting work (painting) is restricted like noisy work (hammer drills, chiselling). A window across midnight is written as two (e.g. 22:00–24:00 and 00:00–08:00 of the next day).',
  ),
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
  reading: text(
    '条文只按星期规定，未提法定节假日和调休。默认 by-weekday：每天按其星期几处理（按原文）。可选：holidays-as-sunday 法定节假日按周日处理；make-up-days-as-weekdays 调休上班日按周一处理；holidays-and-make-up-days 两者皆用。后三者使用业务日历（默认中国法定节假日日历，日历未覆盖的日期报 CALENDAR_NOT_COVERED）。',
    'The clause names days of the week only, not statutory holidays or 调休. Default by-weekday: every date by its day of the week (as written). Options: holidays-as-sunday — a statutory holiday follows Sunday; make-up-days-as-weekdays — a 调休 make-up working day follows Monday; holidays-and-make-up-days — both. These three read the business calendar (by default the Chinese statutory calendar; a date it does not cover is CALENDAR_NOT_COVERED).',
  ),
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
