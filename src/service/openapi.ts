import * as z from 'zod';
import type { ProcedureDefinition } from '../core/procedure';
import { policyJsonSchema, recordJsonSchemas } from '../docs/json-schemas';
import { allProcedures } from '../docs/procedures';
import { bodies, deadlineBody, envelopeBody, policyFileBody, problemBody, refusalBody, violationBody } from './schemas';

type JsonSchema = Record<string, unknown>;

// The name a procedure gives a schema in its `schemas` (the component is `<procedure>.<name>`, as in docs/schemas).
const nameIn = (p: ProcedureDefinition, schema: unknown, fallback: string) => Object.entries(p.schemas ?? {}).find(([, s]) => s === schema)?.[0] ?? fallback;

/** @internal The schemas (by their names in the procedure's `schemas`) that a procedure's check, start and step read. */
export function procedureInputs(p: ProcedureDefinition): { check?: { shapes: readonly string[]; list: boolean }; record?: string; event?: string } {
  const record = p.case ? nameIn(p, p.case.definition.record, 'record') : undefined;
  const event = p.case ? nameIn(p, p.case.definition.events, 'event') : undefined;
  const declared = p.checkInput;
  const single = record ?? (p.schemas?.record ? 'record' : undefined);
  const check = !p.check ? undefined : declared ? { shapes: declared.shapes, list: declared.list === true } : single ? { shapes: [single], list: false } : undefined;
  return { ...(check ? { check } : {}), ...(record ? { record } : {}), ...(event ? { event } : {}) };
}

// The shapes every route shares, as named components (a client generator makes one type of each).
const SHARED = { Violation: violationBody, Deadline: deadlineBody, Envelope: envelopeBody, Refusal: refusalBody, Problem: problemBody, PolicyFile: policyFileBody };

// The shared components and every body, generated in one pass so bodies refer to the components.
function generated(): { shared: Record<string, JsonSchema>; bodies: Record<keyof typeof bodies, JsonSchema> } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SHARED)) registry.add(schema, { id });
  for (const [id, schema] of Object.entries(bodies)) registry.add(schema, { id: `body.${id}` });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output', unrepresentable: 'any' }) as { schemas: Record<string, JsonSchema> };
  const strip = ({ $id: _id, $schema: _schema, ...rest }: JsonSchema) => rest;
  return {
    shared: Object.fromEntries(Object.keys(SHARED).map((id) => [id, strip(schemas[id]!)])),
    bodies: Object.fromEntries(Object.keys(bodies).map((id) => [id, strip(schemas[`body.${id}`]!)])) as Record<keyof typeof bodies, JsonSchema>,
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const problems = (statuses: readonly number[], text: Readonly<Record<number, string>> = PROBLEM_TEXT) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: text[s] ?? 'Problem', content: { 'application/problem+json': { schema: ref('Problem') } } }]));
const PROBLEM_TEXT: Record<number, string> = {
  400: 'Malformed request: not JSON, too deep, NUL characters or lone surrogates, or fields of the wrong shape',
  404: 'Unknown procedure or route',
  413: 'Body over the 1 MB limit',
  415: 'Content type other than application/json',
  422: 'The library refused the input: a typed error with its code (INVALID_INPUT, INVALID_INSTANT, INVALID_SNAPSHOT, CALENDAR_NOT_COVERED, …)',
};
const POST_PROBLEMS = [400, 404, 413, 415, 422];
// A step's answers: a malformed event is a 422 problem, a valid one refused by the rules a 200.
const STEP_TEXT = {
  200: 'The event judged: accepted, with the next envelope; or refused by the procedure (`accepted: false`, `refusal` says why in both languages), the envelope unchanged',
  problems: {
    ...PROBLEM_TEXT,
    422: "The library refused the input. An event its procedure's event schema refuses (a missing or mistyped field, an instant without offset, an unknown type) is type https://wuye-rules.dev/problems/invalid-event: what the library's stepCase refuses with kind 'invalid-event', its error's code (INVALID_INPUT, INVALID_INSTANT) and texts, `details.refusal: 'invalid-event'`; the host keeps its envelope. A corrupt envelope is INVALID_SNAPSHOT.",
  },
};

// A body schema with some properties replaced (a procedure's own record or event).
function withProperties(schema: JsonSchema, replaced: Record<string, JsonSchema | undefined>): JsonSchema {
  const properties = { ...(schema.properties as Record<string, JsonSchema>) };
  for (const [key, value] of Object.entries(replaced)) if (value && properties[key]) properties[key] = value;
  return { ...schema, properties };
}

function post(summary: string, operationId: string, request: JsonSchema, response: JsonSchema, tag: string, text: { 200?: string; problems?: Record<number, string> } = {}) {
  return { post: { summary, operationId, tags: [tag], requestBody: { required: true, content: json(request) }, responses: { '200': { description: text[200] ?? 'OK', content: json(response) }, ...problems(POST_PROBLEMS, text.problems) } } };
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The OpenAPI 3.1 document of the decision service (`wuye-rules serve`), generated from the
 * same zod schemas the service parses with and from each procedure's record and event
 * schemas. The same for every policy: it is what `GET /openapi.json` serves and what
 * docs/openapi.json holds.
 *
 * @example
 * Object.keys(openApiDocument().paths).includes('/v1/complaint/step') // true
 */
export function openApiDocument(): JsonSchema {
  const { shared, bodies: b } = generated();
  // A request's policy file, as policyFromFile reads it: the packs' document ids and every
  // parameter's value schema (docs/schemas/policy.schema.json), not just "an object".
  const { $schema: _dialect, ...policyFile } = policyJsonSchema(allProcedures);
  const components: Record<string, JsonSchema> = { ...shared, PolicyFile: policyFile };
  const paths: Record<string, unknown> = {};
  for (const p of allProcedures) {
    const inputs = procedureInputs(p);
    const own = recordJsonSchemas([{ ...p, schemas: { ...p.schemas, ...(p.case ? { [inputs.record!]: p.case.definition.record, [inputs.event!]: p.case.definition.events } : {}) } }]);
    const use = (name: string | undefined): JsonSchema | undefined => {
      if (name === undefined) return undefined;
      const key = `${p.name}.${name}`;
      const { $schema: _drop, ...schema } = own[key]!;
      components[key] = schema;
      return ref(key);
    };
    const id = camel(p.name);
    if (p.check) {
      const shapes = (inputs.check?.shapes ?? []).map(use) as JsonSchema[];
      const one = shapes.length > 1 ? { anyOf: shapes } : shapes[0];
      const record = one && inputs.check!.list ? { anyOf: [one, { type: 'array', items: one }] } : one;
      paths[`/v1/${p.name}/check`] = post(`Check a ${p.title.en} record as of an instant / ${p.title['zh-CN']}：检查记录`, `${id}Check`, withProperties(b.checkRequest, { record }), b.checkResponse, p.name);
    }
    if (p.case) {
      paths[`/v1/${p.name}/start`] = post(`Start a ${p.title.en} case / 开始${p.title['zh-CN']}流程`, `${id}Start`, withProperties(b.startRequest, { record: use(inputs.record) }), b.startResponse, p.name);
      paths[`/v1/${p.name}/step`] = post(`Step a ${p.title.en} case with one event / 推进一步`, `${id}Step`, withProperties(b.stepRequest, { event: use(inputs.event) }), b.stepResponse, p.name, STEP_TEXT);
      paths[`/v1/${p.name}/restore`] = post(`Restore a ${p.title.en} case from its envelope / 恢复流程`, `${id}Restore`, b.restoreRequest, withProperties(b.restoreResponse, { context: withProperties((b.restoreResponse.properties as Record<string, JsonSchema>).context!, { record: use(inputs.record) }) }), p.name);
    }
  }
  paths['/v1/calendar/working-day'] = post('Is a day a working day (with 调休)? / 是否工作日', 'calendarWorkingDay', b.workingDayRequest, b.workingDayResponse, 'calendar');
  paths['/v1/calendar/add-working-days'] = post('The same time n working days later / 加工作日', 'calendarAddWorkingDays', b.addWorkingDaysRequest, b.addWorkingDaysResponse, 'calendar');
  paths['/v1/calendar/coverage'] = {
    get: {
      summary: "How far the service's calendar data reaches, seen from a day / 日历数据覆盖范围",
      operationId: 'calendarCoverage',
      tags: ['calendar'],
      parameters: [{ name: 'asOf', in: 'query', required: true, schema: { type: 'string' }, description: "'YYYY-MM-DD' or an instant with offset" }],
      responses: { '200': { description: 'OK', content: json(b.coverageResponse) }, ...problems([400, 422]) },
    },
  };
  paths['/v1/phrases/scan'] = post('Forbidden phrases in a text (《服务中心工作手册》 WI/FW-004.8 …) / 禁用语扫描', 'phrasesScan', b.phrasesRequest, b.phrasesResponse, 'first-responder');
  paths['/v1/policy'] = { get: { summary: "Every parameter under the service's policy: value, unit, source, origin / 当前策略", operationId: 'policy', tags: ['policy'], responses: { '200': { description: 'OK', content: json(b.policyResponse) } } } };
  paths['/healthz'] = { get: { summary: 'Liveness', operationId: 'healthz', tags: ['service'], responses: { '200': { description: 'OK', content: json(b.healthResponse) } } } };
  paths['/openapi.json'] = { get: { summary: 'This document', operationId: 'openapi', tags: ['service'], responses: { '200': { description: 'OK', content: json({ type: 'object' }) } } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'wuye-rules decision service',
      version: '1',
      description:
        'Stateless decisions of the property-management customer-service procedures (物业客服): record checks, case steps (the envelope travels with each request), the business calendar and the phrase scan. Errors are RFC 9457 problem+json carrying the library code and zh-CN and en texts.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: components },
  };
}
