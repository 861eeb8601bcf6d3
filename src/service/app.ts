import type { FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify';
import { fastify } from 'fastify';
import type * as z from 'zod';
import type { IndexedCalendar } from '../core/calendar';
import { calendarCoverage } from '../core/calendar-coverage';
import { chineseCalendar } from '../core/chinese-calendar';
import { WuyeError, isWuyeError } from '../core/errors';
import { persist } from '../core/persistence';
import { CORE_PARAMETERS } from '../core/core-parameters';
import type { Parameter } from '../core/parameter';
import type { Policy } from '../core/policy';
import { assertPolicy, paramOrigin, paramValue } from '../core/policy';
import type { ProcedureDefinition } from '../core/procedure';
import type { Refusal } from '../core/refusal';
import { requireObject } from '../core/require-input';
import { text } from '../core/text';
import { failedIssues, invalidInput } from '../core/validate';
import { addWorkingDays, isWorkingDay } from '../core/working-days';
import { policyFromFile } from '../core/policy-file';
import { allProcedures } from '../docs/procedures';
import { findForbiddenPhrases } from '../procedures/first-responder/forbidden-phrases';
import { ServiceProblem, limitedBody, parseJsonBody } from './body';
import { openApiDocument } from './openapi';
import { bodies } from './schemas';

/**
 * What the decision service decides under: the policy and business calendar of the company
 * (a request may bring its own policy for a check), the body limit and Fastify's logger.
 *
 * @example
 * const options: ServiceOptions = { policy: composePolicy(complaintPacks.ZH), logger: true };
 */
export interface ServiceOptions {
  readonly policy?: Policy;
  readonly calendar?: IndexedCalendar;
  /** Largest request body in bytes (1 MB by default). */
  readonly bodyLimit?: number;
  readonly logger?: FastifyServerOptions['logger'];
}

const PROBLEM_TYPE = 'https://wuye-rules.dev/problems/';
const DRAIN_CAP = 64 * 1024 * 1024;
const STATUS_TITLE: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 500: 'Internal Server Error', 503: 'Service Unavailable' };

type Problem = { type: string; title: string; status: number; detail: string; code: string; message: { 'zh-CN': string; en: string }; details?: Record<string, unknown> };

function problemOf(error: unknown): Problem {
  if (error instanceof ServiceProblem) return problem(error.status, error.slug, error.code, error.text, error.details);
  if (isWuyeError(error)) return problem(422, error.code.toLowerCase().replace(/_/g, '-'), error.code, error.text, error.details);
  // Fastify's own 4xx (an unsupported media type, a body over the limit, a bad content length).
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = String((error as { code?: unknown }).code ?? 'HTTP');
    const zh = status === 415 ? '请求体须为 application/json' : status === 413 ? '请求体过大' : '请求无效';
    return problem(status, code.toLowerCase().replace(/_/g, '-'), 'INVALID_INPUT', text(zh, (error as Error).message), { fastify: code });
  }
  return problem(500, 'internal', 'INTERNAL', text('服务内部错误', 'Internal error'), {});
}

function problem(status: number, slug: string, code: string, message: { 'zh-CN': string; en: string }, details: Readonly<Record<string, unknown>>): Problem {
  const detailed = Object.keys(details).length > 0 ? { details: { ...details } } : {};
  return { type: `${PROBLEM_TYPE}${slug}`, title: STATUS_TITLE[status] ?? 'Error', status, detail: message.en, code, message: { 'zh-CN': message['zh-CN'], en: message.en }, ...detailed };
}

function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const error = invalidInput(failedIssues(schema, value), text('请求体', 'request body'));
    throw new ServiceProblem(400, 'invalid-body', error.text, error.details);
  }
  return result.data;
}

const stateOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function refusalJson(refusal: Refusal): unknown {
  const { error, ...rest } = refusal;
  return { ...rest, ...(error ? { error: errorJson(error) } : {}) };
}
const invalidEvent = (error: WuyeError) => new ServiceProblem(422, 'invalid-event', error.text, { ...error.details, refusal: 'invalid-event' }, error.code);
// The typed error of an event the procedure's schema refuses, or undefined for a valid one.
function eventError(p: ProcedureDefinition, event: unknown): WuyeError | undefined {
  try {
    p.case!.parseEvent(event);
    return undefined;
  } catch (error) {
    if (isWuyeError(error)) return error;
    throw error;
  }
}
const errorJson = (error: WuyeError) => ({ code: error.code, message: { ...error.text }, details: { ...error.details } });

/**
 * Builds the stateless decision service (Fastify 5): record checks, case start / step /
 * restore from the envelope the host keeps, the business calendar, the phrase scan, the
 * policy, `/healthz` and `/openapi.json`. Errors are RFC 9457 problem+json with the library
 * code and both texts. Call `listen()` on it, or `inject()` in tests.
 *
 * @example
 * const app = createService({ policy: composePolicy(complaintPacks.ZH) });
 * await app.listen({ port: 8181, host: '127.0.0.1' });
 */
export function createService(options: ServiceOptions = {}): FastifyInstance {
  requireObject(options, text('服务选项', 'service options'), 'options');
  if (options.policy !== undefined) assertPolicy(options.policy);
  if (options.bodyLimit !== undefined && !(Number.isInteger(options.bodyLimit) && options.bodyLimit > 0)) throw new WuyeError('INVALID_INPUT', text('请求体上限须为正整数（字节）', 'bodyLimit must be a positive whole number of bytes'), { field: 'bodyLimit' });
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const policy = options.policy;
  const calendar = options.calendar ?? chineseCalendar();
  const app = fastify({ logger: options.logger ?? false, bodyLimit, connectionTimeout: 30_000, requestTimeout: 30_000, return503OnClosing: true });
  const byName = new Map(allProcedures.map((p) => [p.name, p]));
  const machines = new Map<string, unknown>();
  const policies = new Map<string, Policy>();
  let document: Record<string, unknown> | undefined;

  const procedureFor = (name: string, what: 'check' | 'case'): ProcedureDefinition => {
    const p = byName.get(name);
    if (!p || (what === 'check' ? !p.check : !p.case)) {
      const zh = p ? (what === 'case' ? `流程“${name}”没有步骤` : `流程“${name}”没有记录检查`) : `没有名为“${name}”的流程`;
      const en = p ? `Procedure "${name}" has no ${what === 'case' ? 'case steps' : 'record check'}` : `No procedure named "${name}"`;
      throw new ServiceProblem(404, 'unknown-procedure', text(zh, en), { procedure: name, procedures: allProcedures.filter((q) => (what === 'check' ? q.check : q.case)).map((q) => q.name) });
    }
    return p;
  };
  const machineOf = (p: ProcedureDefinition) => {
    let m = machines.get(p.name);
    if (!m) machines.set(p.name, (m = p.case!.create({ ...(policy ? { policy } : {}), calendar })));
    return m as never;
  };
  // A request's own policy file, composed once per distinct file (a small bounded memo).
  const requestPolicy = (file: unknown): Policy => {
    const key = JSON.stringify(file);
    let composed = policies.get(key);
    if (!composed) {
      composed = policyFromFile(file as never, allProcedures);
      if (policies.size >= 32) policies.delete(policies.keys().next().value!);
      policies.set(key, composed);
    }
    return composed;
  };

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: DRAIN_CAP }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addHook('preParsing', async (request, _reply, payload) => limitedBody(request.raw, payload, bodyLimit, DRAIN_CAP));
  app.setErrorHandler((error, request, reply) => {
    const p = problemOf(error);
    if (p.status >= 500) request.log.error({ err: error }, 'internal error');
    return sendProblem(reply, p);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, problem(404, 'not-found', 'INVALID_INPUT', text(`没有此路径：${request.method} ${request.url}`, `No route ${request.method} ${request.url}`), {})));

  type Params = { Params: { procedure: string } };
  app.post<Params>('/v1/:procedure/check', async (request) => {
    const p = procedureFor(request.params.procedure, 'check');
    const body = parse(bodies.checkRequest, request.body);
    const used = body.policy ? requestPolicy(body.policy) : policy;
    return { violations: p.check!(body.record as never, { asOf: body.asOf, policy: used, calendar }) };
  });
  app.post<Params>('/v1/:procedure/start', async (request) => {
    const p = procedureFor(request.params.procedure, 'case');
    const body = parse(bodies.startRequest, request.body);
    const [snapshot] = p.case!.start(body.record, machineOf(p));
    return { envelope: persist(snapshot as never), state: stateOf(snapshot.value), status: snapshot.status, deadlines: snapshot.context.deadlines };
  });
  app.post<Params>('/v1/:procedure/step', async (request) => {
    const p = procedureFor(request.params.procedure, 'case');
    const body = parse(bodies.stepRequest, request.body);
    const machine = machineOf(p);
    const result = p.case!.step(p.case!.restore(body.envelope, machine), body.event, machine);
    // A malformed event is a request outside the document (its event schema): a 422 problem
    // carrying what stepCase's refusal carries (kind 'invalid-event', the error's code and texts),
    // whatever the state — an ended case refuses any event, so its event is validated here too.
    const malformed = result.accepted ? undefined : result.refusal.kind === 'invalid-event' ? result.refusal.error : result.refusal.kind === 'ended' ? eventError(p, body.event) : undefined;
    if (malformed) throw invalidEvent(malformed);
    const { snapshot } = result;
    const base = { accepted: result.accepted, envelope: persist(snapshot as never), state: stateOf(snapshot.value), status: snapshot.status, deadlines: snapshot.context.deadlines };
    return result.accepted ? base : { ...base, refusal: refusalJson(result.refusal) };
  });
  app.post<Params>('/v1/:procedure/restore', async (request) => {
    const p = procedureFor(request.params.procedure, 'case');
    const body = parse(bodies.restoreRequest, request.body);
    const snapshot = p.case!.restore(body.envelope, machineOf(p));
    return { state: stateOf(snapshot.value), status: snapshot.status, context: snapshot.context };
  });
  app.post('/v1/calendar/working-day', async (request) => {
    const { date } = parse(bodies.workingDayRequest, request.body);
    return { date, working: isWorkingDay(date, calendar, policy) };
  });
  app.post('/v1/calendar/add-working-days', async (request) => {
    const { at, days } = parse(bodies.addWorkingDaysRequest, request.body);
    return { at, days, result: addWorkingDays(at, days, calendar, policy) };
  });
  app.get<{ Querystring: { asOf?: string } }>('/v1/calendar/coverage', async (request) => {
    const asOf = request.query.asOf;
    if (typeof asOf !== 'string') throw new ServiceProblem(400, 'invalid-query', text('缺少查询参数 asOf', 'The query parameter asOf is missing'), { field: 'asOf' });
    return calendarCoverage(calendar, asOf);
  });
  app.post('/v1/phrases/scan', async (request) => {
    const body = parse(bodies.phrasesRequest, request.body);
    return { hits: findForbiddenPhrases(body.text, policy) };
  });
  app.get('/v1/policy', async () => {
    const params = new Map<string, Parameter>(CORE_PARAMETERS.map((param) => [param.id, param as Parameter]));
    for (const p of allProcedures) for (const param of p.parameters) if (!params.has(param.id)) params.set(param.id, param);
    for (const param of Object.values(policy?.parameters ?? {})) if (!params.has(param.id)) params.set(param.id, param);
    const parameters = [...params.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((param) => ({ id: param.id, title: param.title, unit: param.unit, value: paramValue(policy, param), default: param.default, source: param.source, origin: paramOrigin(policy, param) }));
    return { parameters };
  });
  app.get('/healthz', async () => ({ status: 'ok', procedures: allProcedures.length }));
  app.get('/openapi.json', async () => (document ??= openApiDocument()));
  return app;
}
