// The desk's HTTP face on node:http: JSON in, JSON out, every error with a code and a message
// in zh-CN and en.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { WuyeError } from 'wuye-rules';
import { text } from 'wuye-rules/authoring';
import type { TicketDesk } from './desk';
import { DeskError, errorResponse } from './desk-error';

const MAX_BODY_BYTES = 256 * 1024;
// A body over the limit is still read (and dropped) up to this size, so the client, still
// uploading, receives the 413 instead of a reset connection; beyond it the socket is closed.
const DRAIN_BYTES = 64 * 1024 * 1024;
// Deeper JSON than any record needs is refused before it is parsed or walked.
const MAX_DEPTH = 64;
// A client that stalls is cut off (408): headers within 10 s, the whole request within 15 s.
// Node checks its timers every `connectionsCheckingInterval` (30 s by default, which would
// let a stalled request live up to 45 s): checked every second here.
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(json)), ...headers });
  res.end(json);
}

function invalid(zh: string, en: string, details: Record<string, unknown> = {}): WuyeError {
  return new WuyeError('INVALID_INPUT', text(zh, en), details);
}

/** The nesting depth of JSON text (brackets outside strings), without parsing it. */
function jsonDepth(raw: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, (depth += 1));
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return max;
}

/**
 * Text the database cannot store faithfully is the client's error, not the desk's: a NUL
 * character (PostgreSQL text refuses it) or a lone UTF-16 surrogate (not encodable as UTF-8).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(value: string, where: string): void {
  if (value.includes('\u0000')) throw invalid(`${where}含有空字符`, `${where} contains a NUL character`, { where });
  if (LONE_SURROGATE.test(value)) throw invalid(`${where}含有不成对的代理字符`, `${where} contains a lone surrogate`, { where });
}

function checkStrings(value: unknown, path: string): void {
  if (typeof value === 'string') checkText(value, path || 'body');
  else if (Array.isArray(value)) value.forEach((v, i) => checkStrings(v, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      checkText(k, `${path}.${k.slice(0, 40)}`);
      checkStrings(v, `${path}.${k.slice(0, 40)}`);
    }
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DRAIN_BYTES) break;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new DeskError(413, 'PAYLOAD_TOO_LARGE', text(`请求体超过 ${MAX_BODY_BYTES} 字节`, `The body is over ${MAX_BODY_BYTES} bytes`), { limit: MAX_BODY_BYTES });
  const raw = Buffer.concat(chunks).toString('utf8');
  if (jsonDepth(raw) > MAX_DEPTH) throw invalid(`请求体嵌套超过 ${MAX_DEPTH} 层`, `The request body is nested deeper than ${MAX_DEPTH} levels`, { limit: MAX_DEPTH });
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch {
    throw invalid('请求体不是有效的 JSON', 'The request body is not valid JSON', { received: raw.slice(0, 80) });
  }
  checkStrings(json, '');
  return json;
}

// If-Match: "3", W/"3" or 3 — the case version the client last read.
function expectedVersion(req: IncomingMessage): number | undefined {
  const header = req.headers['if-match'];
  if (header === undefined) return undefined;
  const value = String(header).replace(/^W\//, '').replace(/"/g, '').trim();
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new WuyeError('INVALID_INPUT', text('If-Match 须为案件版本号（正整数）', 'If-Match must be the case version (a positive integer)'), { ifMatch: header });
  return Number(value);
}

function boundedInt(value: string | null, fallback: number, max: number): number {
  if (value === null) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new WuyeError('INVALID_INPUT', text(`查询参数须为非负整数：${value}`, `A query parameter must be a non-negative integer: ${value}`), { value });
  return Math.min(Number(value), max);
}

function methodNotAllowed(method: string, path: string): DeskError {
  return new DeskError(405, 'METHOD_NOT_ALLOWED', text(`${path} 不支持 ${method}`, `${method} is not allowed on ${path}`), { method, path });
}

function notFound(path: string): DeskError {
  return new DeskError(404, 'NOT_FOUND', text(`没有这个地址：${path}`, `No such path: ${path}`), { path });
}

function decodePart(part: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    throw invalid(`地址编码无效：${part}`, `Malformed path segment: ${part}`, { part });
  }
  // A case id is text a person can read: no control characters (%00, %0A, …).
  if ([...decoded].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) throw invalid(`地址含有控制字符：${part}`, `A path segment contains a control character: ${part}`, { part });
  return decoded;
}

async function route(desk: TicketDesk, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://desk.invalid');
  const method = req.method ?? 'GET';
  const parts = url.pathname.split('/').filter(Boolean).map(decodePart);
  const [head, id, tail, ...rest] = parts;
  if (rest.length > 0) throw notFound(url.pathname);

  if (head === 'health' && id === undefined) return send(res, 200, { ok: true, engine: desk.db.engine });

  if (head === 'cases' && id === undefined) {
    if (method === 'POST') {
      const view = await desk.openCase(await readJson(req));
      return send(res, 201, view, { etag: `"${view.version}"`, location: `/cases/${encodeURIComponent(view.id)}` });
    }
    if (method === 'GET') return send(res, 200, { cases: await desk.listOpen() });
    throw methodNotAllowed(method, url.pathname);
  }

  if (head === 'cases' && id !== undefined && tail === undefined) {
    if (method !== 'GET') throw methodNotAllowed(method, url.pathname);
    const view = await desk.getCase(id);
    return send(res, 200, view, { etag: `"${view.version}"` });
  }

  if (head === 'cases' && id !== undefined && tail === 'events') {
    if (method !== 'POST') throw methodNotAllowed(method, url.pathname);
    const expected = expectedVersion(req);
    const result = await desk.sendEvent(id, await readJson(req), expected);
    return send(res, 200, result, { etag: `"${result.case.version}"` });
  }

  if (head === 'cases' && id !== undefined && tail === 'history') {
    if (method !== 'GET') throw methodNotAllowed(method, url.pathname);
    return send(res, 200, await desk.history(id));
  }

  if (head === 'check-deadlines' && id === undefined) {
    if (method !== 'POST') throw methodNotAllowed(method, url.pathname);
    return send(res, 200, await desk.checkDeadlines(await readJson(req)));
  }

  if (head === 'outbox' && id === undefined) {
    if (method !== 'GET') throw methodNotAllowed(method, url.pathname);
    const after = boundedInt(url.searchParams.get('after'), 0, 2 ** 31 - 1);
    const limit = boundedInt(url.searchParams.get('limit'), 100, 1000);
    return send(res, 200, { rows: await desk.outbox(after, limit) });
  }

  throw notFound(url.pathname);
}

/**
 * The desk's HTTP server (not yet listening).
 *
 * @example
 * createDeskServer(desk).listen(8787, '127.0.0.1');
 */
export function createDeskServer(desk: TicketDesk): Server {
  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 }, (req, res) => {
    route(desk, req, res).catch((error: unknown) => {
      const { status, body } = errorResponse(error);
      if (status >= 500) console.error(`[ticket-desk] ${req.method} ${req.url} → ${status} ${body.error.code}: ${body.error.message.en}`);
      // After a too-large body (read and dropped) the connection is not reused.
      send(res, status, body, status === 413 ? { connection: 'close' } : {});
    });
  });
  server.keepAliveTimeout = 1_000;
  return server;
}
