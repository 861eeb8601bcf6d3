import { failedIssues } from './validate';
import * as z from 'zod';
import { WuyeError } from './errors';
import type { AnySchema } from './schema-type';
import { assertTimeUnits } from './time-units';
import { requireObject } from './require-input';
import { text } from './text';
import type { DocumentId, Source } from './source';
import type { LocalizedText } from './text';

/**
 * One number (or setting) a rule uses: its id, default, unit and the source the default comes
 * from. Where the text is ambiguous, the reading the library takes is in the procedure's
 * `ProcedureDocs` (docs-only text, not carried at run time).
 *
 * @example
 * const notifyWithin = defineParameter({
 *   id: 'complaint.notifyWithin', title: text('处理情况通知时限', 'Notify the complainant within'),
 *   unit: 'duration', schema: durationSchema(['hour', 'day', 'working-day']),
 *   default: { value: 3, unit: 'day' }, defaultFrom: 'ZH', source: cite('ZH', 'WI/FW-006.18'),
 * });
 */
export interface Parameter<T = unknown> {
  readonly id: string;
  readonly title: LocalizedText;
  /** What the value measures: 'duration', 'zone', 'choice', 'text', 'ratio', 'yuan', … */
  readonly unit: string;
  readonly schema: AnySchema<T>;
  readonly default: T;
  /** The pack (source document) the default value comes from. */
  readonly defaultFrom: DocumentId;
  readonly source: Source;
  /**
   * What other documents state for the same parameter, `[value, clause]` by document: with
   * the default (from `defaultFrom`, at `source`) these are the packs, so each number is
   * declared once.
   */
  readonly also?: Readonly<Partial<Record<DocumentId, readonly [T, string]>>>;
}

/**
 * Defines a parameter; checks its default against its own schema and freezes it.
 *
 * @example
 * const zone = defineParameter({ id: 'core.zone', title: text('时区', 'Zone'), unit: 'zone', schema: z.string(), default: 'Asia/Shanghai', defaultFrom: 'LIBRARY', source: cite('LIBRARY', 'zone') });
 */
export function defineParameter<T>(parameter: Parameter<T>): Parameter<T> {
  requireObject(parameter, text('参数定义', 'parameter definition'), 'parameter');
  if (typeof parameter.id !== 'string' || typeof parameter.schema?.safeParse !== 'function') {
    throw new WuyeError('INVALID_INPUT', text('参数定义须有编号与校验模式', 'A parameter needs an id and a schema'), { field: 'parameter' });
  }
  const parsed = parameter.schema.safeParse(parameter.default);
  if (!parsed.success) {
    const reason = failedIssues(parameter.schema, parameter.default)[0]?.message ?? '';
    throw new WuyeError('INVALID_POLICY', text(`参数“${parameter.id}”的默认值不符合其自身的校验规则`, `The default of parameter "${parameter.id}" fails its own schema: ${reason}`), { parameter: parameter.id });
  }
  return Object.freeze({ ...parameter });
}

/** A unit of time a duration parameter may use. @example const u: TimeUnit = 'working-day'; */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'working-day';

/**
 * A length of time with its unit. `day` is counted by the policy's `core.dayCounting`;
 * `working-day` on the business calendar; `hour` and `minute` always on the clock.
 *
 * @example
 * const d: Duration = { value: 48, unit: 'hour' };
 */
export interface Duration {
  readonly value: number;
  readonly unit: TimeUnit;
}

/**
 * The zod schema of a duration parameter that accepts only `units`: any other unit, a
 * non-positive or non-finite value, or an extra key fails (→ `INVALID_POLICY`).
 *
 * @example
 * durationSchema(['hour']).safeParse({ value: 3, unit: 'day' }).success // false
 */
export function durationSchema(units: readonly [TimeUnit, ...TimeUnit[]]): z.ZodType<Duration> {
  assertTimeUnits(units);
  return z.strictObject({ value: z.number().positive().finite(), unit: z.enum(units) });
}

/**
 * Formats a duration for people.
 *
 * @example
 * formatDuration({ value: 3, unit: 'day' }, 'zh-CN') // '3日'
 * formatDuration({ value: 48, unit: 'hour' }, 'en')  // '48 hours'
 */
export function formatDuration(d: Duration, lang: 'zh-CN' | 'en'): string {
  requireObject(d, text('时长', 'duration'), 'duration');
  const zh: Record<TimeUnit, string> = { minute: '分钟', hour: '小时', day: '日', 'working-day': '个工作日' };
  const en: Record<TimeUnit, string> = { minute: 'minute', hour: 'hour', day: 'day', 'working-day': 'working day' };
  return lang === 'zh-CN' ? `${d.value}${zh[d.unit]}` : `${d.value} ${en[d.unit]}${d.value === 1 ? '' : 's'}`;
}
