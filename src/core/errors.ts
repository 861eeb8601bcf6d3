import type { LocalizedText } from './text';

/**
 * The stable codes of every error the library throws. Hosts switch on `error.code`;
 * the codes never change between versions.
 *
 * @example
 * if (error instanceof WuyeError && error.code === 'INVALID_INSTANT') { ... }
 */
export type WuyeErrorCode =
  | 'INVALID_INSTANT'
  | 'INVALID_POLICY'
  | 'CALENDAR_NOT_COVERED'
  | 'INVALID_INPUT'
  | 'INVALID_SNAPSHOT'
  | 'INVALID_NOTICE';

/**
 * The one error class of the library: a stable string `code`, a message in zh-CN and en,
 * and `details` naming what was wrong. `error.message` is `"<code>: <en> / <zh-CN>"`.
 *
 * @example
 * try { toIsoInstant('2026-05-01 09:00') } catch (e) {
 *   if (e instanceof WuyeError) console.log(e.code, e.text['zh-CN']);
 * }
 */
export class WuyeError extends Error {
  readonly code: WuyeErrorCode;
  readonly text: LocalizedText;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: WuyeErrorCode, text: LocalizedText, details: Record<string, unknown> = {}) {
    const message = plainText(text);
    super(`${typeof code === 'string' ? code : 'INVALID_INPUT'}: ${message.en} / ${message['zh-CN']}`);
    this.name = 'WuyeError';
    this.code = code;
    this.text = message;
    this.details = Object.freeze(typeof details === 'object' && details !== null ? { ...details } : {});
  }
}

// A text that is not two strings (a host constructing the error by hand) still makes an error.
function plainText(value: unknown): LocalizedText {
  const t = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof LocalizedText, unknown>>;
  const zh = typeof t['zh-CN'] === 'string' ? t['zh-CN'] : '未知错误';
  const en = typeof t.en === 'string' ? t.en : 'Unknown error';
  return { 'zh-CN': zh, en };
}

/**
 * True when `value` is a {@link WuyeError}, optionally of one code. Works across bundle
 * copies (ESM and CJS) by checking the shape, not only the prototype.
 *
 * @example
 * isWuyeError(e, 'CALENDAR_NOT_COVERED') // true for a 2027 date
 */
export function isWuyeError(value: unknown, code?: WuyeErrorCode): value is WuyeError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<WuyeError>;
  const shaped = v instanceof WuyeError || (v.name === 'WuyeError' && typeof v.code === 'string' && typeof v.text === 'object');
  return shaped && (code === undefined || v.code === code);
}
