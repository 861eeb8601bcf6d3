// The desk's HTTP errors. The library's WuyeError keeps its own code (INVALID_INPUT,
// INVALID_INSTANT, …); what only a host can say (not found, conflict, refused) gets a desk
// code. Both carry a message in zh-CN and en.
import type { LocalizedText, WuyeErrorCode } from 'wuye-rules';
import { isWuyeError } from 'wuye-rules';
import { text } from 'wuye-rules/authoring';

/** The desk's own error codes (next to the library's). */
export type DeskErrorCode = 'NOT_FOUND' | 'CASE_EXISTS' | 'VERSION_CONFLICT' | 'EVENT_REFUSED' | 'PAYLOAD_TOO_LARGE' | 'METHOD_NOT_ALLOWED' | 'INTERNAL';

/** An error the desk answers with an HTTP status. */
export class DeskError extends Error {
  constructor(
    readonly status: number,
    readonly code: DeskErrorCode,
    readonly text: LocalizedText,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'DeskError';
  }
}

/** The JSON body of every error answer. */
export interface ErrorBody {
  readonly error: { readonly code: DeskErrorCode | WuyeErrorCode; readonly message: LocalizedText; readonly details: Readonly<Record<string, unknown>> };
}

// A bad request is 400; a well-formed request the rules cannot serve (a date past the
// calendar, a bad policy) is 422; a stored snapshot that cannot be restored is the desk's own
// fault: 500, with the library's code so an operator knows what to fix.
const LIBRARY_STATUS: Readonly<Record<WuyeErrorCode, number>> = { INVALID_INPUT: 400, INVALID_INSTANT: 400, INVALID_POLICY: 422, CALENDAR_NOT_COVERED: 422, INVALID_SNAPSHOT: 500, INVALID_NOTICE: 400 };

/** The HTTP status and body for any thrown value. */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof DeskError) return { status: error.status, body: { error: { code: error.code, message: error.text, details: error.details } } };
  if (isWuyeError(error)) return { status: LIBRARY_STATUS[error.code] ?? 400, body: { error: { code: error.code, message: error.text, details: error.details } } };
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { error: { code: 'INTERNAL', message: text(`服务器内部错误：${message}`, `Internal error: ${message}`), details: {} } } };
}
