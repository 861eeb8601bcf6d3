// How the complaint object says no. Restate retries every error except a TerminalError, so
// everything the caller got wrong — a malformed event, an event the machine refuses, a case
// that does not exist — must become a TerminalError, or the invocation would be retried
// forever. The message is the library's error as JSON, so a caller gets the code and both
// messages back through the ingress unchanged.
import { TerminalError } from '@restatedev/restate-sdk';
import { isWuyeError } from 'wuye-rules';
import type { LocalizedText, Refusal } from 'wuye-rules';

/**
 * The body of every refusal: the library's error code (or the object's own: `EVENT_REFUSED`,
 * `NOT_FOUND`, `CASE_EXISTS`), the message in zh-CN and en, and details.
 *
 * @example
 * const e: CaseErrorBody = { code: 'INVALID_INSTANT', message: { 'zh-CN': '…', en: '…' }, details: { field: 'at' } };
 */
export interface CaseErrorBody {
  readonly code: string;
  readonly message: LocalizedText;
  readonly details: Readonly<Record<string, unknown>>;
}

const STATUS: Readonly<Record<string, number>> = {
  INVALID_INPUT: 400,
  INVALID_INSTANT: 400,
  NOT_FOUND: 404,
  CASE_EXISTS: 409,
  EVENT_REFUSED: 422,
  CALENDAR_NOT_COVERED: 422,
  INVALID_POLICY: 422,
  INVALID_SNAPSHOT: 500,
};

/**
 * A TerminalError carrying `body`: HTTP status by code (it reaches the ingress caller), the
 * JSON of the body as the message, and the code in the error's metadata.
 *
 * @example
 * throw caseError({ code: 'NOT_FOUND', message: text('没有此案件', 'No such case'), details: { key } });
 */
export function caseError(body: CaseErrorBody): TerminalError {
  return new TerminalError(JSON.stringify(body), { errorCode: STATUS[body.code] ?? 400, metadata: { code: body.code } });
}

/**
 * The library's WuyeError as a TerminalError (code, both messages, details); any other error
 * is left to Restate (undefined: retried, as a bug or an outage should be).
 *
 * @example
 * options: { asTerminalError: wuyeToTerminal }
 */
export function wuyeToTerminal(error: unknown): TerminalError | undefined {
  if (error instanceof TerminalError) return error;
  if (!isWuyeError(error)) return undefined;
  return caseError({ code: error.code, message: error.text, details: { ...error.details } });
}

/**
 * A refused event (the machine takes no transition for it) as a TerminalError naming the guard
 * that said no and its clause, from the library's `explainRefusal`.
 *
 * @example
 * throw refusedError('C-1', event, explainRefusal(complaintMachine, snapshot, event));
 */
export function refusedError(key: string, event: { readonly type: string }, refusal: Refusal): TerminalError {
  return caseError({
    code: 'EVENT_REFUSED',
    message: { 'zh-CN': `案件 ${key} 未接受事件 ${event.type}：${refusal.reason['zh-CN']}`, en: `Case ${key} refused event ${event.type}: ${refusal.reason.en}` },
    details: { key, event: event.type, guard: refusal.guard, ...(refusal.source ? { source: refusal.source } : {}), guards: refusal.guards },
  });
}
