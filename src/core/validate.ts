import type * as z from 'zod';
import { safeParse } from 'zod/v4/core';
import { WuyeError } from './errors';
import { zhLabel } from './field-labels';
import { isChineseText, issueText } from './issue-text';
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
 * texts say what is wrong with the first problem in the library's own words (`issueText`):
 * the zh-CN text is all Chinese but for quoted values and keys and numbers (Chinese field
 * labels, 1-based positions; a missing field is "必填，未填写"); the en text reads as zod's
 * English. `details.issues` keep zod's issue `code` and `path`, and an English `message`
 * that is the same whether the schema is classic zod or zod/mini (a message the schema
 * itself gives, such as a host's refinement, is kept as written).
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
  // twice the parse). Invalid input is parsed again with the library's English messages,
  // which outrank zod's locale (zod/mini has none; classic zod sets zod's English
  // globally), so both flavours report the same text; the issues keep their input, so the
  // Chinese text can say what was received.
  if (safeParse(schema, value).success) return value as T;
  const issues = failedIssues(schema, value);
  if (issues.length === 0) return value as T;
  throw invalidInput(issues, typeof what === 'string' ? text('输入', what) : what, labels);
}

/**
 * @internal The issues of a value a schema has just refused, worded by the library: English
 * messages that are the same for classic zod and zod/mini whatever locale a host configured
 * (a message the schema itself gives is kept), each with its input for the Chinese text.
 * It parses again, so call it only once a parse has failed: valid input stays one pass.
 * Empty when the value passes.
 *
 * @example
 * failedIssues(z.object({ plate: z.string() }), {})[0]?.message // 'Required: expected string, received undefined'
 */
export function failedIssues(schema: z.core.$ZodType, value: unknown): readonly z.core.$ZodIssue[] {
  const result = safeParse(schema, value, { error: englishMessage, reportInput: true });
  return result.success ? [] : result.error.issues;
}

/**
 * The typed error for some zod issues: `INVALID_INSTANT` when the first is an instant
 * field, else `INVALID_INPUT`, with texts in both languages.
 *
 * @example
 * const r = schema.safeParse(value); if (!r.success) throw invalidInput(r.error.issues, text('事件', 'event'));
 */
export function invalidInput(zodIssues: readonly z.core.$ZodIssue[], what: LocalizedText, labels?: FieldLabels): WuyeError {
  // No issue at all (a schema that refused once and passed when asked again) still reads as invalid input.
  const all = zodIssues.length > 0 ? zodIssues : [{ code: 'custom', path: [], message: 'Invalid input', input: undefined } as z.core.$ZodIssue];
  const issues = all.map((i) => ({ code: i.code, path: i.path.map((p) => (typeof p === 'symbol' ? String(p.description) : p)), message: i.message }));
  const first = all[0]!;
  const instant = first.message === INSTANT_MESSAGE;
  const enPath = issues[0]!.path.join('.') || '(root)';
  const zhPath = zhFieldPath(issues[0]!.path, labels);
  // A message the schema itself gives (a host's `.min(3, '至少三个字')`) stands in Chinese too
  // when it is Chinese; otherwise the library words the issue.
  const worded = issueText(first);
  const zhMessage = instant ? INSTANT_MESSAGE_ZH : first.message !== worded.en && isChineseText(first.message) ? first.message : worded['zh-CN'];
  return new WuyeError(
    instant ? 'INVALID_INSTANT' : 'INVALID_INPUT',
    text(`${what['zh-CN']}无效：${zhPath}${zhMessage}`, `Invalid ${what.en}: ${enPath} — ${first.message}`),
    { what: what.en, issues },
  );
}

const englishMessage = (issue: z.core.$ZodRawIssue): string => issueText(issue).en;

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
