import { Readable } from 'node:stream';
import type { InjectOptions } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { allProcedures } from '../../src/docs/procedures';
import { complaintPacks } from '../../src/procedures/complaint/index';
import { createService } from '../../src/service/app';
import { openApiDocument } from '../../src/service/openapi';
import { generalLifecycle, intake, after } from '../complaint/fixtures';
import { CHECK_SAMPLES } from './check-samples';
import { openApiValidator } from './openapi-validator';

const app = createService();
const doc = openApiDocument();
const validator = openApiValidator(doc);
const exercised = new Set<string>();
const LATE = '2026-07-01T00:00:00+08:00';
afterAll(() => app.close());

// Every call goes through here: the request (when it should succeed) and every response are
// validated against the OpenAPI document, and the operation is counted as exercised.
async function call(method: 'GET' | 'POST', path: string, body?: unknown, options: { route?: string; raw?: Partial<InjectOptions>; validRequest?: boolean } = {}) {
  const route = options.route ?? path.split('?')[0]!;
  const documented = validator.operation(method, route);
  if (documented && body !== undefined && options.validRequest !== false) expect(validator.request(method, route, body), `request of ${method} ${route}`).toBeUndefined();
  const res = await app.inject({ method, url: path, ...(body !== undefined ? { payload: body as object } : {}), ...options.raw });
  const json = res.json() as Record<string, unknown>;
  if (documented) {
    exercised.add(`${method} ${route}`);
    expect(validator.response(method, route, res.statusCode, String(res.headers['content-type']), json), `response ${res.statusCode} of ${method} ${route}: ${res.body.slice(0, 400)}`).toBeUndefined();
  } else {
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(validator.response('POST', '/v1/complaint/check', res.statusCode, String(res.headers['content-type']), json)).toBeUndefined();
  }
  return { status: res.statusCode, json, headers: res.headers };
}

describe('decision service: a complaint through the routes', () => {
  it('starts, steps to closed, restores and checks, each response as documented', async () => {
    const started = await call('POST', '/v1/complaint/start', { record: intake() });
    expect(started.status).toBe(200);
    expect(started.json.state).toBe('receiving');
    expect((started.json.deadlines as { id: string }[]).map((d) => d.id)).toContain('notify');
    let envelope = started.json.envelope;
    for (const event of generalLifecycle()) {
      const stepped = await call('POST', '/v1/complaint/step', { envelope, event });
      expect(stepped.json.accepted, JSON.stringify(stepped.json.refusal)).toBe(true);
      envelope = stepped.json.envelope;
    }
    // A closed case refuses a valid event (200, kind 'ended'); a malformed one is still a 422 invalid-event.
    const ended = await call('POST', '/v1/complaint/step', { envelope, event: { type: 'LISTENED', at: after(50 * 60) } });
    expect([ended.status, (ended.json.refusal as { kind: string }).kind]).toEqual([200, 'ended']);
    const malformed = await call('POST', '/v1/complaint/step', { envelope, event: { type: 'LISTENED', at: '2026-05-08 10:00' } }, { validRequest: false });
    expect([malformed.status, malformed.json.type, malformed.json.code]).toEqual([422, 'https://wuye-rules.dev/problems/invalid-event', 'INVALID_INSTANT']);
    const restored = await call('POST', '/v1/complaint/restore', { envelope });
    expect(restored.json).toMatchObject({ state: 'closed', status: 'done' });
    const record = (restored.json.context as { record: unknown }).record;
    const checked = await call('POST', '/v1/complaint/check', { record, asOf: after(50 * 60) });
    expect(checked.json).toEqual({ violations: [] });
  });

  it('refuses an event with the guard and both texts, the envelope unchanged', async () => {
    const { json } = await call('POST', '/v1/complaint/start', { record: intake() });
    const refused = await call('POST', '/v1/complaint/step', { envelope: json.envelope, event: { type: 'CLOSE', at: after(10) } });
    expect(refused.json.accepted).toBe(false);
    expect(refused.json.envelope).toEqual(json.envelope);
    const refusal = refused.json.refusal as { kind: string; reason: Record<string, string> };
    expect(refusal.kind).toBe('not-in-state');
    expect(refusal.reason['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    const malformed = await call('POST', '/v1/complaint/step', { envelope: json.envelope, event: { type: 'RECORDED', at: '2026-05-06 09:40' } }, { validRequest: false });
    expect([malformed.status, malformed.json.type, malformed.json.code]).toEqual([422, 'https://wuye-rules.dev/problems/invalid-event', 'INVALID_INSTANT']);
  });

  it('a record checked late carries the violation, and a request policy changes the deadline', async () => {
    const record = intake();
    const late = await call('POST', '/v1/complaint/check', { record, asOf: after(10 * 24 * 60) });
    const ids = (late.json.violations as { ruleId: string }[]).map((v) => v.ruleId);
    expect(ids).toContain('complaint.notify-deadline');
    // Under the library default (3 days) a check after 2.5 days finds no late notification; a policy of 2 days does.
    const asOf = after(60 * 60);
    const lenient = await call('POST', '/v1/complaint/check', { record, asOf });
    const strict = await call('POST', '/v1/complaint/check', { record, asOf, policy: { overrides: { 'complaint.notifyWithin': { value: 2, unit: 'day' } } } });
    const has = (r: { json: Record<string, unknown> }) => (r.json.violations as { ruleId: string }[]).some((v) => v.ruleId === 'complaint.notify-deadline');
    expect([has(lenient), has(strict)]).toEqual([false, true]);
    // The document knows every parameter: a misspelt one, or a wrong unit, fails it and is a 422.
    for (const overrides of [{ 'complaint.notifyWithn': { value: 2, unit: 'day' } }, { 'complaint.notifyWithin': { value: 2, unit: 'fortnight' } }]) {
      expect(validator.request('POST', '/v1/complaint/check', { record, asOf, policy: { overrides } }), JSON.stringify(overrides)).toBeDefined();
      const r = await call('POST', '/v1/complaint/check', { record, asOf, policy: { overrides } }, { validRequest: false });
      expect([r.status, r.json.code]).toEqual([422, 'INVALID_POLICY']);
    }
  });
});

describe('decision service: every procedure', () => {
  it('every procedure with steps starts, steps, restores and checks its sample record', async () => {
    for (const p of allProcedures) {
      if (!p.case) continue;
      const sample = p.pathModel!.input;
      const checked = await call('POST', `/v1/${p.name}/check`, { record: sample, asOf: '2026-06-30T12:00:00+08:00' });
      expect(checked.status, `${p.name}: ${JSON.stringify(checked.json)}`).toBe(200);
      const started = await call('POST', `/v1/${p.name}/start`, { record: sample });
      expect(started.status, `${p.name} start: ${JSON.stringify(started.json)}`).toBe(200);
      const events = p.pathModel!.events;
      const event = typeof events === 'function' ? events(p.case.start(sample as never)[0] as never)[0] : events[0];
      const stepped = await call('POST', `/v1/${p.name}/step`, { envelope: started.json.envelope, event });
      expect(stepped.status).toBe(200);
      const restored = await call('POST', `/v1/${p.name}/restore`, { envelope: stepped.json.envelope });
      expect(restored.json.state).toBe(stepped.json.state);
    }
  });

  it('a malformed event is a 422 invalid-event problem carrying the in-process refusal, and never a 200 outside the document', async () => {
    // Counted per procedure: the assertions that fired, so a variant list that stops producing
    // malformed events (or events outside the document) fails here instead of passing quietly.
    const fired = new Map<string, { outside: number; invalid: number }>();
    for (const p of allProcedures) {
      if (!p.case) continue;
      const sample = p.pathModel!.input;
      const started = await call('POST', `/v1/${p.name}/start`, { record: sample });
      const envelope = started.json.envelope as never;
      const events = p.pathModel!.events;
      const valid = (typeof events === 'function' ? events(p.case.start(sample as never)[0] as never) : events)[0]! as Record<string, unknown>;
      const variants: unknown[] = [{ ...valid, at: String(valid.at).slice(0, 19) }, { ...valid, at: 'yesterday' }, { ...valid, type: 'NO_SUCH_EVENT' }, { at: valid.at }, 'LISTENED', null];
      for (const key of Object.keys(valid).filter((k) => k !== 'type')) variants.push({ ...valid, [key]: null }, { ...valid, [key]: { nested: true } });
      for (const event of variants) {
        const inProcess = p.case.step(p.case.restore(JSON.parse(JSON.stringify(envelope))), event as never);
        const outside = validator.request('POST', `/v1/${p.name}/step`, { envelope, event }) !== undefined;
        const r = await call('POST', `/v1/${p.name}/step`, { envelope, event }, { validRequest: false });
        const label = `${p.name} ${JSON.stringify(event)}`;
        const count = fired.get(p.name) ?? { outside: 0, invalid: 0 };
        fired.set(p.name, count);
        if (outside) {
          count.outside++;
          expect(r.status, `${label}: outside the document, answered ${JSON.stringify(r.json)}`).not.toBe(200);
        }
        if (!inProcess.accepted && inProcess.refusal.kind === 'invalid-event') {
          count.invalid++;
          expect(r.status, label).toBe(422);
          expect(r.json, label).toMatchObject({ type: 'https://wuye-rules.dev/problems/invalid-event', code: inProcess.refusal.error!.code, message: inProcess.refusal.reason, details: { refusal: 'invalid-event' } });
        }
      }
    }
    const cases = allProcedures.filter((p) => p.case).map((p) => p.name);
    expect([...fired.keys()].sort()).toEqual([...cases].sort());
    for (const [name, count] of fired) {
      expect(count.outside, `${name}: no variant was outside the document`).toBeGreaterThanOrEqual(4);
      expect(count.invalid, `${name}: no variant was refused in process as invalid-event`).toBeGreaterThanOrEqual(4);
    }
  });

  it('every check is constrained by its record schemas, and a sample of each is documented and answered', async () => {
    // The schemas the document allows as a check's record: one, several (anyOf), or a list of them.
    const refsIn = (schema: unknown): string[] => (schema && typeof schema === 'object' ? ('$ref' in schema ? [String(schema.$ref).split('/').pop()!] : Object.values(schema).flatMap(refsIn)) : []);
    const allowed = new Map<string, string[]>();
    for (const p of allProcedures.filter((q) => q.check)) {
      const op = validator.operation('POST', `/v1/${p.name}/check`) as { requestBody: { content: { 'application/json': { schema: { properties: { record: unknown } } } } } };
      allowed.set(p.name, [...new Set(refsIn(op.requestBody.content['application/json'].schema.properties.record))]);
    }
    expect([...allowed].filter(([, refs]) => refs.length === 0).map(([name]) => name), 'checks whose record the document leaves unconstrained').toEqual([]);
    const checkOnly = [...allowed].filter(([name]) => !allProcedures.find((p) => p.name === name)!.case).flatMap(([, refs]) => refs);
    expect(Object.keys(CHECK_SAMPLES).sort(), 'a sample of every record shape a check-only procedure reads').toEqual(checkOnly.sort());
    for (const [component, sample] of Object.entries(CHECK_SAMPLES)) {
      const procedure = component.slice(0, component.indexOf('.'));
      const { list, ...body } = sample;
      for (const record of list ? [sample.record, [sample.record, sample.record]] : [sample.record]) {
        const r = await call('POST', `/v1/${procedure}/check`, { ...body, record });
        expect(r.status, `${component}: ${JSON.stringify(r.json)}`).toBe(200);
      }
    }
    // The document says what the library refuses: a record of the wrong shape fails it and is a 422, never a 200.
    const wrong = { at: 'yesterday', admitted: 'yes' };
    expect(validator.request('POST', '/v1/visitors/check', { record: [wrong], asOf: LATE })).toBeDefined();
    expect((await call('POST', '/v1/visitors/check', { record: [wrong], asOf: LATE }, { validRequest: false })).status).toBe(422);
  });

  it('calendar, phrases, policy, health and the document itself', async () => {
    expect((await call('POST', '/v1/calendar/working-day', { date: '2026-10-10' })).json).toEqual({ date: '2026-10-10', working: true });
    expect((await call('POST', '/v1/calendar/working-day', { date: '2026-10-01' })).json.working).toBe(false);
    expect((await call('POST', '/v1/calendar/add-working-days', { at: '2026-09-30T10:00:00+08:00', days: 1 })).json.result).toBe('2026-10-08T10:00:00+08:00');
    expect((await call('GET', '/v1/calendar/coverage?asOf=2026-12-02')).json).toEqual({ asOf: '2026-12-02', lastCoveredDay: '2026-12-31', daysRemaining: 29, nextYearMissing: true });
    const scan = await call('POST', '/v1/phrases/scan', { text: '这个我不知道，你去问开发商吧' });
    expect((scan.json.hits as { ruleId: string }[]).map((h) => h.ruleId)).toContain('first-responder.work-taboo');
    const policy = await call('GET', '/v1/policy');
    const notify = (policy.json.parameters as { id: string; value: unknown; origin: unknown }[]).find((p) => p.id === 'complaint.notifyWithin');
    expect(notify?.value).toEqual({ value: 3, unit: 'day' });
    expect((policy.json.parameters as { id: string }[]).map((p) => p.id)).toContain('core.zone');
    expect((await call('GET', '/healthz')).json).toEqual({ status: 'ok', procedures: allProcedures.length });
    expect((await call('GET', '/openapi.json')).json).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("the service's own policy shows in /v1/policy with its origin", async () => {
    const own = createService({ policy: composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': { value: 2, unit: 'day' } }) });
    const res = await own.inject({ method: 'GET', url: '/v1/policy' });
    const notify = (res.json().parameters as { id: string; value: unknown; origin: unknown }[]).find((p) => p.id === 'complaint.notifyWithin');
    expect(notify).toMatchObject({ value: { value: 2, unit: 'day' }, origin: { from: 'override' } });
    await own.close();
  });
});

describe('decision service: bad input is a 4xx problem, never a 500', () => {
  const json = { 'content-type': 'application/json' };
  const cases: [string, Partial<InjectOptions>, number, string][] = [
    ['malformed JSON', { payload: '{"record": ', headers: json }, 400, 'malformed-json'],
    ['an empty body', { payload: '', headers: json }, 400, 'malformed-json'],
    ['a NUL character', { payload: '{"record":{"id":"a\\u0000b"},"asOf":"2026-05-06T09:30:00+08:00"}', headers: json }, 400, 'bad-string'],
    ['a lone surrogate', { payload: '{"record":{"id":"\\ud800"},"asOf":"2026-05-06T09:30:00+08:00"}', headers: json }, 400, 'bad-string'],
    ['a __proto__ key', { payload: '{"record":{"__proto__":{"x":1}},"asOf":"2026-05-06T09:30:00+08:00"}', headers: json }, 400, 'bad-string'],
    ['over-deep JSON', { payload: '['.repeat(100_000) + ']'.repeat(100_000), headers: json }, 400, 'too-deep'],
    ['a 10 MB body', { payload: JSON.stringify({ record: { subject: 'x'.repeat(10 * 1024 * 1024) }, asOf: 'x' }), headers: json }, 413, 'body-too-large'],
    ['text/plain', { payload: '{}', headers: { 'content-type': 'text/plain' } }, 415, 'fst-err-ctp-invalid-media-type'],
    ['no content type', { payload: '{}', headers: { 'content-type': '' } }, 415, 'fst-err-ctp-invalid-media-type'],
    ['fields of the wrong shape', { payload: { record: {}, asOf: 42 } }, 400, 'invalid-body'],
    ['an unknown field', { payload: { record: {}, asOf: '2026-05-06T09:30:00+08:00', extra: 1 } }, 400, 'invalid-body'],
    ['a record the library refuses', { payload: { record: { id: 'C-1' }, asOf: '2026-05-06T09:30:00+08:00' } }, 422, 'invalid-input'],
    ['an asOf without offset', { payload: { record: intake(), asOf: '2026-05-06 09:30' } }, 422, 'invalid-instant'],
    ['a bad request policy', { payload: { record: intake(), asOf: '2026-05-06T09:30:00+08:00', policy: { packs: ['NOPE'] } } }, 422, 'invalid-policy'],
  ];
  for (const [name, raw, status, slug] of cases) {
    it(`${name} → ${status}`, async () => {
      const { status: got, json: body } = await call('POST', '/v1/complaint/check', undefined, { raw: { ...raw, method: 'POST' } });
      expect(got, JSON.stringify(body)).toBe(status);
      expect(body.type).toBe(`https://wuye-rules.dev/problems/${slug}`);
      expect((body.message as Record<string, string>)['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('a 10 MB body streamed without a declared length is counted and refused with 413', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const body = Readable.from((function* () {
      yield Buffer.from('{"record":"');
      for (let i = 0; i < 160; i++) yield chunk;
      yield Buffer.from('"}');
    })());
    const res = await app.inject({ method: 'POST', url: '/v1/complaint/check', payload: body, headers: { 'content-type': 'application/json' } });
    expect([res.statusCode, res.json().type]).toEqual([413, 'https://wuye-rules.dev/problems/body-too-large']);
  });

  it('unknown procedures, routes and corrupt envelopes', async () => {
    expect((await call('POST', '/v1/nope/check', { record: {}, asOf: '2026-05-06T09:30:00+08:00' }, { route: '/v1/complaint/check', validRequest: false })).status).toBe(404);
    expect((await call('POST', '/v1/kpi/start', { record: {} }, { route: '/v1/complaint/start', validRequest: false })).json.type).toBe('https://wuye-rules.dev/problems/unknown-procedure');
    expect((await call('GET', '/v2/anything')).status).toBe(404);
    expect((await call('GET', '/v1/calendar/coverage')).status).toBe(400);
    const { json } = await call('POST', '/v1/complaint/start', { record: intake() });
    const foreign = { ...(json.envelope as object), machine: 'parking' };
    const r = await call('POST', '/v1/complaint/step', { envelope: foreign, event: { type: 'LISTENED', at: after(1) } });
    expect([r.status, r.json.code]).toEqual([422, 'INVALID_SNAPSHOT']);
    const past = await call('POST', '/v1/calendar/add-working-days', { at: '2027-12-30T10:00:00+08:00', days: 1 });
    expect([past.status, past.json.code]).toEqual([422, 'CALENDAR_NOT_COVERED']);
  });

  it('the validator itself catches an undocumented field, a missing one and an undocumented status', () => {
    expect(validator.response('GET', '/healthz', 200, 'application/json', { status: 'ok', procedures: 16 })).toBeUndefined();
    expect(validator.response('GET', '/healthz', 200, 'application/json', { status: 'ok', procedures: 16, extra: 1 })).toBeDefined();
    expect(validator.response('POST', '/v1/complaint/check', 200, 'application/json', {})).toBeDefined();
    expect(validator.response('GET', '/healthz', 500, 'application/json', {})).toBeDefined();
  });

  it('every documented operation was exercised and validated', () => {
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.filter((op) => !exercised.has(op))).toEqual([]);
  });
});
