import type * as z from 'zod';
import { en, zhCN } from 'zod/locales';
import { safeParse } from 'zod/v4/core';
import { WuyeError } from './errors';
import { zhLabel } from './field-labels';
import type { LocalizedText } from './text';
import { text } from './text';

/**
 * The message of an invalid instant field (see `instantSchema` in instant-schema.ts);
 * {@link parseInput} reports it as `INVALID_INSTANT`. No luxon here, so arithmetic-only
 * procedures can validate their input without pulling it in.
 *
 * @example
 * INSTANT_MESSAGE.startsWith('expected') // true
 */
export const INSTANT_MESSAGE = 'expected an ISO 8601 instant with an offset, e.g. 2026-05-06T09:30:00+08:00';

/** @internal The pattern of an instant field (it travels into JSON Schema for hosts in other stacks). */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/;

/** @internal The JSON Schema description of an instant field. */
export const INSTANT_DESCRIPTION = 'ISO 8601 instant with an offset, e.g. 2026-05-06T09:30:00+08:00';

const INSTANT_MESSAGE_ZH = '应为带时区偏移的时刻，如 2026-05-06T09:30:00+08:00';

/** A field's label in both languages, by field name (the last named step of an issue's path). @example const labels: FieldLabels = { plate: text('车牌号', 'plate') }; */
export type FieldLabels = Readonly<Record<string, LocalizedText>>;

/**
 * Validates host input against a schema. Returns the input itself (never a transformed
 * copy, so nothing of the host's data is lost or changed); on failure throws
 * `INVALID_INSTANT` when the first problem is an instant field, else `INVALID_INPUT`. The
 * zh-CN text is all Chinese (zod's zhCN locale, Chinese field labels, 1-based positions);
 * `details.issues` keep zod's issue `code` and `path`.
 *
 * @example
 * parseInput(complaintRecordSchema, record, text('投诉受理记录', 'complaint intake record')) // → record, or throws WuyeError
 */
export function parseInput<T>(schema: z.core.$ZodType<T>, value: unknown, what: LocalizedText | string, labels?: FieldLabels): T {
  if (typeof (schema as { _zod?: unknown } | null)?._zod !== 'object') {
    throw new WuyeError('INVALID_INPUT', text('需要一个校验模式', 'A schema is needed'), { field: 'schema' });
  }
  if (typeof what !== 'string' && (typeof what !== 'object' || what === null)) what = text('输入', 'input');
  // Valid input (the common case) is parsed once, with no error map (a map per parse costs
  // twice the parse). Invalid input is parsed again with English messages: zod/mini schemas
  // carry no locale of their own (classic zod sets English globally, which this repeats), so
  // both flavours report the same text.
  if (safeParse(schema, value).success) return value as T;
  enLocale ??= en().localeError as z.core.$ZodErrorMap;
  const result = safeParse(schema, value, { error: enLocale });
  if (result.success) return value as T;
  throw invalidInput(result.error.issues, typeof what === 'string' ? text('输入', what) : what, labels);
}

/**
 * The typed error for some zod issues: `INVALID_INSTANT` when the first is an instant
 * field, else `INVALID_INPUT`, with texts in both languages.
 *
 * @example
 * const r = schema.safeParse(value); if (!r.success) throw invalidInput(r.error.issues, text('事件', 'event'));
 */
export function invalidInput(zodIssues: readonly z.core.$ZodIssue[], what: LocalizedText, labels?: FieldLabels): WuyeError {
  const issues = zodIssues.map((i) => ({ code: i.code, path: i.path.map((p) => (typeof p === 'symbol' ? String(p.description) : p)), message: i.message }));
  const first = zodIssues[0]!;
  const instant = first.message === INSTANT_MESSAGE;
  const enPath = issues[0]!.path.join('.') || '(root)';
  const zhPath = zhFieldPath(issues[0]!.path, labels);
  const zhMessage = instant ? INSTANT_MESSAGE_ZH : zhIssueMessage(first);
  return new WuyeError(
    instant ? 'INVALID_INSTANT' : 'INVALID_INPUT',
    text(`${what['zh-CN']}无效：${zhPath}${zhMessage}`, `Invalid ${what.en}: ${enPath} — ${first.message}`),
    { what: what.en, issues },
  );
}

let enLocale: z.core.$ZodErrorMap | undefined;
let zhLocale: ((issue: z.core.$ZodRawIssue) => unknown) | undefined;

// English words zod's zhCN locale leaves in (type and origin names), in Chinese.
const ZH_WORDS: Readonly<Record<string, string>> = {
  string: '文本', number: '数字', bigint: '大整数', boolean: '布尔值', symbol: '符号', undefined: '空（未填写）', object: '对象',
  function: '函数', array: '数组', null: '空值', date: '日期', set: '集合', map: '映射', file: '文件', NaN: '非数字', instanceof: '实例', key: '键',
  value: '值', nan: '非数字', record: '字典', int: '整数', any: '任意值', unknown: '任意值', never: '无', void: '空', literal: '常量',
};

function zhIssueMessage(issue: z.core.$ZodIssue): string {
  zhLocale ??= zhCN().localeError as (issue: z.core.$ZodRawIssue) => unknown;
  const raw = zhLocale(issue as unknown as z.core.$ZodRawIssue);
  let message = typeof raw === 'string' ? raw : typeof raw === 'object' && raw !== null && 'message' in raw ? String((raw as { message: unknown }).message) : '无效输入';
  // zod does not keep the received value in an issue: "实际接收" would always read "undefined".
  // The English message (written when the issue was raised) still says what was received.
  if (issue.code === 'invalid_type') message = / received undefined$/.test(issue.message) ? '必填，未填写' : message.replace(/，实际接收.*$/, '');
  // Keep quoted values (the host's own data, option names) as they are; translate the rest.
  return message
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\(key\)|\(value\)|\(null\)/g, '').replace(/[A-Za-z]+/g, (w) => ZH_WORDS[w] ?? ZH_WORDS[w.toLowerCase()] ?? '值')))
    .join('');
}

/**
 * A field path in Chinese: labels for named steps (the caller's, then the library's common
 * ones), 1-based positions for list items; an unlabelled name is "某字段".
 *
 * @example
 * zhFieldPath(['measures', 0, 'dueAt']) // '第1项措施的期限：'
 */
export function zhFieldPath(path: readonly PropertyKey[], labels?: FieldLabels): string {
  if (path.length === 0) return '';
  const parts: string[] = [];
  for (const step of path) {
    if (typeof step === 'number') parts.push(`第${step + 1}项`);
    else {
      const name = String(step);
      parts.push(labels?.[name]?.['zh-CN'] ?? zhLabel(name) ?? '某字段');
    }
  }
  // "第1项" reads before the list it indexes: measures.0.dueAt → 措施第1项的期限.
  return `${parts.join('的').replace(/的(第\d+项)/g, '$1')}：`;
}
