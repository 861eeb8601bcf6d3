import * as z from 'zod';
import type { WuyeErrorCode } from '../core/errors';

// The wire shapes of the decision service, declared once: the handlers parse requests with
// them and the OpenAPI document is generated from them (z.toJSONSchema), so the two cannot
// drift. Records and events are the procedures' own schemas (see openapi.ts).

const localized = z.strictObject({ 'zh-CN': z.string(), en: z.string() });
const source = z.strictObject({ document: z.string(), clause: z.string() });
const severity = z.enum(['error', 'warning', 'info']);
const instant = z.string().describe('An ISO-8601 instant with offset, e.g. 2026-09-29T14:00:00+08:00');
const isoDate = z.string().describe("A calendar day 'YYYY-MM-DD' or an instant with offset (read in Asia/Shanghai)");

const ERROR_CODES = ['INVALID_INSTANT', 'INVALID_POLICY', 'CALENDAR_NOT_COVERED', 'INVALID_INPUT', 'INVALID_SNAPSHOT', 'INVALID_NOTICE', 'INTERNAL'] as const satisfies readonly (WuyeErrorCode | 'INTERNAL')[];

/** @internal A policy file, as `wuye-rules check-policy` reads it: the packs followed, in order, and the host's own values. */
export const policyFileBody = z.strictObject({
  packs: z.array(z.string()).optional().describe('Source documents whose packs apply, in order (later wins), e.g. ["ZH", "DEPT"]'),
  overrides: z.record(z.string(), z.unknown()).optional().describe('Parameter id → value, e.g. { "complaint.notifyWithin": { "value": 2, "unit": "day" } }'),
});

/** @internal The violation of a rule, as the library returns it. */
export const violationBody = z.strictObject({ ruleId: z.string(), severity, source, message: localized, data: z.record(z.string(), z.unknown()) });

/** @internal A tracked deadline of a case. */
export const deadlineBody = z.strictObject({
  id: z.string(),
  ruleId: z.string(),
  startedAt: instant,
  dueAt: instant,
  inclusive: z.boolean(),
  metAt: instant.nullable(),
  exempt: z.boolean(),
  provisional: z.literal(true).optional(),
  provisionalDates: z.array(z.string()).optional(),
});

/** @internal A persisted case: the library's versioned JSON envelope, stored by the host and sent back with the next step. */
export const envelopeBody = z.strictObject({
  machine: z.string(),
  version: z.number().int().positive(),
  snapshot: z.strictObject({
    status: z.enum(['active', 'done', 'error', 'stopped']),
    value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    context: z.record(z.string(), z.unknown()),
    output: z.unknown().optional(),
    historyValue: z.unknown().optional(),
  }),
});

/** @internal An RFC 9457 problem, carrying the library's error code and both texts. */
export const problemBody = z.strictObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.enum(ERROR_CODES),
  message: localized,
  details: z.record(z.string(), z.unknown()).optional(),
});

const errorBody = z.strictObject({ code: z.enum(ERROR_CODES), message: localized, details: z.record(z.string(), z.unknown()) });

/**
 * @internal Why a valid event was refused (the library's `Refusal`, its error written as code and
 * texts). A malformed event (the library's kind `invalid-event`) is not a refusal here but a 422
 * problem of type `invalid-event`: the request is outside the document.
 */
export const refusalBody = z.strictObject({
  kind: z.enum(['ended', 'before-opening', 'stale-check', 'out-of-order', 'not-in-state', 'guard', 'not-computable']),
  guard: z.string().nullable(),
  source: source.optional(),
  guards: z.array(z.strictObject({ guard: z.string(), source })),
  reason: localized,
  error: errorBody.optional(),
});

/** @internal Request and response bodies by route kind; `record` and `event` are replaced per procedure in the document. */
export const bodies = {
  checkRequest: z.strictObject({ record: z.unknown(), asOf: instant, policy: policyFileBody.optional() }),
  checkResponse: z.strictObject({ violations: z.array(violationBody) }),
  startRequest: z.strictObject({ record: z.unknown() }),
  startResponse: z.strictObject({ envelope: envelopeBody, state: z.string(), status: z.string(), deadlines: z.array(deadlineBody) }),
  stepRequest: z.strictObject({ envelope: envelopeBody, event: z.unknown() }),
  stepResponse: z.strictObject({ accepted: z.boolean(), envelope: envelopeBody, state: z.string(), status: z.string(), deadlines: z.array(deadlineBody), refusal: refusalBody.optional() }),
  restoreRequest: z.strictObject({ envelope: envelopeBody }),
  restoreResponse: z.strictObject({
    state: z.string(),
    status: z.string(),
    context: z.strictObject({ record: z.unknown(), deadlines: z.array(deadlineBody), violations: z.array(violationBody), checkedAt: instant.nullable(), lastEventAt: instant }),
  }),
  workingDayRequest: z.strictObject({ date: isoDate }),
  workingDayResponse: z.strictObject({ date: isoDate, working: z.boolean() }),
  addWorkingDaysRequest: z.strictObject({ at: instant, days: z.number().int() }),
  addWorkingDaysResponse: z.strictObject({ at: instant, days: z.number().int(), result: instant }),
  coverageResponse: z.strictObject({ asOf: z.string(), lastCoveredDay: z.string(), daysRemaining: z.number().int(), nextYearMissing: z.boolean() }),
  phrasesRequest: z.strictObject({ text: z.string() }),
  phrasesResponse: z.strictObject({
    hits: z.array(z.strictObject({ phrase: z.string(), ruleId: z.string(), severity, source, index: z.number().int(), length: z.number().int(), entryId: z.string(), variant: z.string() })),
  }),
  policyResponse: z.strictObject({
    parameters: z.array(
      z.strictObject({
        id: z.string(),
        title: localized,
        unit: z.string(),
        value: z.unknown(),
        default: z.unknown(),
        source,
        origin: z.union([z.strictObject({ from: z.string(), source }), z.strictObject({ from: z.literal('override') })]),
      }),
    ),
  }),
  healthResponse: z.strictObject({ status: z.literal('ok'), procedures: z.number().int() }),
} as const;
