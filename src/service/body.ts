import type { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import type { WuyeErrorCode } from '../core/errors';
import type { LocalizedText } from '../core/text';
import { text } from '../core/text';

/** @internal An HTTP-level problem: a status, the library code and both texts. */
export class ServiceProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly text: LocalizedText,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly code: WuyeErrorCode = 'INVALID_INPUT',
  ) {
    super(text.en);
    this.name = 'ServiceProblem';
  }
}

/** @internal The deepest nesting of arrays and objects a request may have. */
export const MAX_DEPTH = 64;

const tooLarge = (limit: number) => new ServiceProblem(413, 'body-too-large', text(`请求体超过 ${limit} 字节的上限`, `The request body exceeds the limit of ${limit} bytes`), { limit });

// Nesting depth of a JSON text, strings skipped: checked before JSON.parse so an over-deep
// body is a 400, never a stack overflow.
function tooDeep(raw: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unsafe = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

// The first string (value or key) holding a NUL or a lone surrogate, or a `__proto__` key, as its JSON path.
function badString(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return unsafe(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = badString(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === '__proto__' || unsafe(key)) return `${path} (a key)`;
    const bad = badString(v, `${path}.${key}`);
    if (bad) return bad;
  }
  return undefined;
}

/**
 * @internal Parses a JSON request body: not JSON, nested deeper than {@link MAX_DEPTH}, a
 * `__proto__` key, a NUL character or a lone surrogate in any string is a 400 problem.
 */
export function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') throw new ServiceProblem(400, 'malformed-json', text('请求体为空，须为 JSON', 'The request body is empty; it must be JSON'));
  if (tooDeep(raw, MAX_DEPTH)) throw new ServiceProblem(400, 'too-deep', text(`请求体嵌套超过 ${MAX_DEPTH} 层`, `The request body is nested deeper than ${MAX_DEPTH} levels`), { maxDepth: MAX_DEPTH });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new ServiceProblem(400, 'malformed-json', text('请求体不是有效的 JSON', `The request body is not valid JSON: ${(error as Error).message}`));
  }
  const bad = badString(value, '$');
  if (bad) throw new ServiceProblem(400, 'bad-string', text(`请求体中的文字含有空字符（NUL）、不成对的代理项或键 __proto__：${bad}`, `A string in the request body holds a NUL character or a lone surrogate (or a key is __proto__): ${bad}`), { path: bad });
  return value;
}

/**
 * @internal The request stream with its size enforced: a body over `limit` is read to its
 * end (up to `drainCap`, then the socket is dropped) before the 413, so the client reads the
 * problem instead of a reset connection. A declared length over the limit is drained here;
 * a chunked body is counted as it streams.
 */
export async function limitedBody(raw: IncomingMessage, payload: Readable, limit: number, drainCap: number): Promise<Readable> {
  const declared = Number(raw.headers['content-length']);
  if (declared > limit) {
    let read = 0;
    for await (const chunk of payload) {
      read += (chunk as Buffer).length;
      if (read > drainCap) {
        raw.destroy();
        break;
      }
    }
    throw tooLarge(limit);
  }
  let read = 0;
  let over = false;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      if (read > drainCap) return done(tooLarge(limit));
      if (read > limit) over = true;
      if (over) return done();
      (counted as unknown as { receivedEncodedLength: number }).receivedEncodedLength = read;
      done(null, chunk);
    },
    flush(done) {
      done(over ? tooLarge(limit) : null);
    },
  });
  payload.on('error', (error) => counted.destroy(error));
  return payload.pipe(counted);
}
