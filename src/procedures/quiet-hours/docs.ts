import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'quietHours.forbiddenWindows': text(
    '条文“周一至周五8:00--18:00，周六8:00--13:00时段”未说明端点：本库读作起点包含、终点不含，即 08:00 起禁止、18:00（周六 13:00）起允许。周日未提及，视为允许。油漆等“有污染”的作业与电锤、剔凿等噪音作业同样受限。跨午夜的时段须拆成两段（如 22:00–24:00 与次日 00:00–08:00）。',
    'The clause "Mon–Fri 8:00--18:00, Sat 8:00--13:00" leaves the endpoints open: the library reads the start as inclusive and the end as exclusive — forbidden from 08:00, allowed from 18:00 (Saturday 13:00). Sunday is not mentioned, so allowed. Polluting work (painting) is restricted like noisy work (hammer drills, chiselling). A window across midnight is written as two (e.g. 22:00–24:00 and 00:00–08:00 of the next day).',
  ),
  'quietHours.holidayRule': text(
    '条文只按星期规定，未提法定节假日和调休。默认 by-weekday：每天按其星期几处理（按原文）。可选：holidays-as-sunday 法定节假日按周日处理；make-up-days-as-weekdays 调休上班日按周一处理；holidays-and-make-up-days 两者皆用。后三者使用业务日历（默认中国法定节假日日历，日历未覆盖的日期报 CALENDAR_NOT_COVERED）。',
    'The clause names days of the week only, not statutory holidays or 调休. Default by-weekday: every date by its day of the week (as written). Options: holidays-as-sunday — a statutory holiday follows Sunday; make-up-days-as-weekdays — a 调休 make-up working day follows Monday; holidays-and-make-up-days — both. These three read the business calendar (by default the Chinese statutory calendar; a date it does not cover is CALENDAR_NOT_COVERED).',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * quietHoursDocs.summary['zh-CN'].length > 0 // true
 */
export const quietHoursDocs: ProcedureDocs = {
  name: 'quiet-hours',
  summary: text(
    '何时允许油漆、电锤、剔凿等有污染和噪音的作业：一组每周禁止时段、一条节假日规则和一个时区。预置的写字楼策略：周一至周五 08:00–18:00、周六 08:00–13:00 禁止（起点包含、终点不含），周日允许。isNoisyWorkAllowed、nextNoisyWorkAllowed、noisyWorkWindows 对任何偏移量的时间给出与 +08:00 相同的答案。',
    'When painting, hammer-drilling, chiselling and other polluting or noisy work is allowed: a set of weekly forbidden windows, a holiday rule and a zone. The seeded office policy: Mon–Fri 08:00–18:00 and Sat 08:00–13:00 forbidden (start inclusive, end exclusive), Sunday allowed. isNoisyWorkAllowed, nextNoisyWorkAllowed and noisyWorkWindows give an instant in any offset the same answer as in +08:00.',
  ),
  readings: [
    text(
      '来源中唯一明确的时段是写字楼二次装修的营业时间禁噪（二次装修检查标准 1）。来源没有规定住宅的休息时间；投诉分类只提到装修噪声滋扰他人办公、休息（WI/FW-012）。',
      'The only explicit window in the sources is the office building one (二次装修检查标准 1: no noisy work in business hours). No source sets residential rest hours; the complaint kinds only mention renovation noise disturbing others\' work or rest (WI/FW-012).',
    ),
    text(
      '本程序没有时限：检查（checkQuietHours）只判断 asOf 及之前观察到的作业，asOf 之后的记录暂不判断；按策略的时段、时区和节假日规则，节假日与调休上班日取自业务日历。',
      'The procedure has no time limit: the check (checkQuietHours) judges only work observed at or before asOf and leaves later records for later; it follows the policy\'s windows, zone and holiday rule, with holidays and make-up working days from the business calendar.',
    ),
    text(
      '端点：条文未说明，本库读作起点包含、终点不含——07:59 允许，08:00 禁止，17:59:59 禁止，18:00 允许；周六 12:59 禁止，13:00 允许。',
      'Endpoints: the text does not say; the library reads the start as inclusive and the end as exclusive — 07:59 allowed, 08:00 forbidden, 17:59:59 forbidden, 18:00 allowed; Saturday 12:59 forbidden, 13:00 allowed.',
    ),
    text(
      '时段按策略时区（core.zone，默认 Asia/Shanghai）的当地钟点读取；任何偏移量的同一时刻得到相同答案。固定偏移的时区（如 Asia/Shanghai，1991 年后无夏令时）按算术读取；有夏令时的时区用 luxon 读取，夏令时跳过的钟点向后顺延。',
      'Windows are read on the wall clock of the policy zone (core.zone, default Asia/Shanghai); the same instant in any offset gets the same answer. Fixed-offset zones (Asia/Shanghai has had no DST since 1991) are read arithmetically; zones with daylight saving time are read with luxon, and a wall time skipped by DST moves forward.',
    ),
    text(
      '示例（并非来源文件的规定）：住宅小区可按其管理规约自定休息时间，形状相同，例如 residentialQuietHoursExample——工作日 08:00–12:00、14:00–18:00 可作业，周末及法定节假日全天禁止，调休上班日按周一处理。',
      'Example (not from the sources): a residential estate defines its own rest hours from its 管理规约 with the same shape, e.g. residentialQuietHoursExample — noisy work on working days 08:00–12:00 and 14:00–18:00 only, weekends and statutory holidays quiet all day, make-up working days as Monday.',
    ),
  ],
  parameters: P,
  rules: {
    'quiet-hours.noisy-work-in-quiet-hours': P['quietHours.forbiddenWindows']!,
  },
};
