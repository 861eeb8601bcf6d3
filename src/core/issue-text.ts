import type { $ZodIssue, $ZodRawIssue } from 'zod/v4/core';
import type { LocalizedText } from './text';
import { text } from './text';

// The library's own wording of zod's issues, in both languages, instead of zod's locales
// (en and zhCN: ~2 kB brotli in every bundle, and zhCN leaves English type names in). Kept
// small on purpose: a bundler writes each Chinese character as a six-byte escape.

// Type names (zod's `expected`, and what was received, lower-cased) in Chinese.
const TYPES: Readonly<Record<string, string>> = {
  string: '文本', number: '数字', int: '整数', boolean: '是或否', null: '空值', object: '对象', record: '对象', array: '列表', nan: '非数字', infinity: '无穷大',
};

// The unit of a too_small / too_big bound of a sized origin, in Chinese and English.
const UNITS: Readonly<Record<string, readonly [string, string]>> = {
  string: ['个字符', 'characters'], file: ['字节', 'bytes'], array: ['项', 'items'], set: ['项', 'items'], map: ['项', 'entries'],
};

const typeZh = (name: unknown): string | undefined => {
  const key = String(name).toLowerCase().replace('-', '');
  return Object.hasOwn(TYPES, key) ? TYPES[key] : undefined;
};

// A value as zod's English writes it (strings in double quotes, bigints with their n), and in
// Chinese (the same, but booleans and null in words).
const quoted = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : typeof v === 'bigint' ? `${v}n` : String(v));
const quotedZh = (v: unknown): string => (typeof v === 'boolean' ? (v ? '是' : '否') : v === null ? '空值' : v === undefined ? '未填写' : typeof v === 'bigint' ? String(v) : quoted(v));
const join = (values: unknown, f: (v: unknown) => string, sep: string): string => (values as unknown[]).map(f).join(sep);

// What zod's English calls a received value: its type, NaN and ±Infinity by name, a Date,
// Map or Set by name, any other object as 'object' (never a tag the host's value names
// itself: Symbol.toStringTag is the host's to set, and reading it runs a Proxy's traps).
function typeName(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (typeof input !== 'object' || input === null) return input === null ? 'null' : typeof input;
  return Array.isArray(input) ? 'array' : input instanceof Date ? 'Date' : input instanceof Map ? 'Map' : input instanceof Set ? 'Set' : 'object';
}

/**
 * @internal Whether a message a schema gives (a host's refinement, a check's own message) can
 * stand as the zh-CN text: it has Chinese and no Latin letters outside quoted values.
 *
 * @example
 * isChineseText('须为 "HH:mm" 格式') // true
 * isChineseText('no duplicates') // false
 */
export function isChineseText(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message) && !/[A-Za-z]/.test(message.replace(/"[^"]*"|“[^”]*”/g, ''));
}

/**
 * The text of a zod issue in both languages. The English reads as zod's own ("Too small:
 * expected string to have >=1 characters"); the Chinese is all Chinese but for quoted values
 * and keys and numbers ("不能为空"). A missing value is "必填，未填写" / "Required: …"; a
 * custom issue keeps its own message (a host's refinement), in Chinese too when it is
 * Chinese. An issue without its input (zod drops it unless asked to report it) reads what
 * was received from its English message. As an error map (`(i) => issueText(i).en`) it gives
 * classic zod and zod/mini schemas the same English.
 *
 * @example
 * issueText({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: '', path: [], message: '' })
 * // { 'zh-CN': '不能为空', en: 'Too small: expected string to have >=1 characters' }
 */
export function issueText(issue: $ZodIssue | $ZodRawIssue): LocalizedText {
  const i = issue as Partial<Record<string, unknown>> & { code?: string; message?: string };
  switch (i.code) {
    case 'invalid_type': {
      const received = 'input' in i ? typeName(i['input']) : / received (\S+)$/.exec(i.message ?? '')?.[1];
      const expected = i['expected'] === 'nan' ? 'NaN' : String(i['expected']);
      const en = `expected ${expected}${received ? `, received ${received}` : ''}`;
      if (received === 'undefined') return text('必填，未填写', `Required: ${en}`);
      const zh = typeZh(expected);
      return text(zh ? `应为${zh}${received ? `，实际为${typeZh(received) ?? '其他值'}` : ''}` : '不符合要求', `Invalid input: ${en}`);
    }
    case 'too_small':
    case 'too_big': {
      const big = i.code === 'too_big';
      const origin = String(i['origin'] ?? 'value');
      const bound = big ? i['maximum'] : i['minimum'];
      const n = String(bound);
      const unit = Object.hasOwn(UNITS, origin) ? UNITS[origin] : undefined;
      const inclusive = i['inclusive'] === true;
      const exact = i['exact'] === true;
      const en = `Too ${big ? 'big' : 'small'}: expected ${origin} to ${unit ? 'have' : 'be'} ${exact ? 'exactly ' : (big ? '<' : '>') + (inclusive ? '=' : '')}${n}${unit ? ` ${unit[1]}` : ''}`;
      if (unit && !big && inclusive && n === '1' && origin === 'string') return text('不能为空', en);
      // 应为 n / 不小于 n / 大于 n / 不大于 n / 小于 n
      return text(`${exact ? '应为' : `${inclusive ? '不' : ''}${big === inclusive ? '大' : '小'}于`} ${n}${unit ? ` ${unit[0]}` : ''}`, en);
    }
    case 'invalid_format': {
      const format = i['format'];
      const [zh, en] =
        format === 'regex' ? [`应匹配 ${quoted(i['pattern'])}`, `match pattern ${i['pattern'] as string}`]
        : format === 'starts_with' ? [`应以 ${quoted(i['prefix'])} 开头`, `start with ${quoted(i['prefix'])}`]
        : format === 'ends_with' ? [`应以 ${quoted(i['suffix'])} 结尾`, `end with ${quoted(i['suffix'])}`]
        : format === 'includes' ? [`应包含 ${quoted(i['includes'])}`, `include ${quoted(i['includes'])}`]
        : [];
      return text(`格式不正确${zh ? `，${zh}` : ''}`, en ? `Invalid string: must ${en}` : `Invalid ${format as string}`);
    }
    case 'not_multiple_of':
      return text(`应为 ${i['divisor'] as number} 的倍数`, `Invalid number: must be a multiple of ${i['divisor'] as number}`);
    case 'unrecognized_keys': {
      const keys = i['keys'];
      return text(`含未知字段：${join(keys, quoted, '、')}`, `Unrecognized key${(keys as unknown[]).length > 1 ? 's' : ''}: ${join(keys, quoted, ', ')}`);
    }
    case 'invalid_value':
    case 'invalid_union': {
      const values = i['values'] ?? i['options'];
      const one = i.code === 'invalid_value' && Array.isArray(values) && values.length === 1;
      if (Array.isArray(values) && values.length > 0) {
        return text(
          `应为${one ? ' ' : '以下之一：'}${join(values, quotedZh, '、')}`,
          i.code === 'invalid_union' ? `Invalid discriminator value. Expected ${join(values, (o) => `'${String(o)}'`, ' | ')}`
          : one ? `Invalid input: expected ${quoted(values[0])}` : `Invalid option: expected one of ${join(values, quoted, '|')}`,
        );
      }
      return text('不符合要求', i['inclusive'] === false ? 'Invalid input: more than one option matched' : 'Invalid input');
    }
    case 'invalid_key':
    case 'invalid_element': {
      const inner = (i['issues'] as $ZodIssue[] | undefined)?.[0];
      const why = inner ? `（${issueText(inner)['zh-CN']}）` : '';
      const key = i.code === 'invalid_key';
      return text(`${key ? '键名' : '值'}无效${why}`, `Invalid ${key ? 'key' : 'value'} in ${i['origin'] as string}`);
    }
    default: {
      // custom (a refinement's own message, a host's in Chinese shown as written) and the rest
      const message = i.code === 'custom' && i.message ? i.message : 'Invalid input';
      return text(isChineseText(message) ? message : '不符合要求', message);
    }
  }
}
