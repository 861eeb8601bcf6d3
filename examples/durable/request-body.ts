// The handlers' input serde. The SDK's JSON serde answers a body that is not JSON with its
// own 400 ("Failed to deserialize input"), before any handler runs; this one hands the
// handler a marker instead, so the caller gets the library's INVALID_INPUT like any other
// malformed request.
import type { Serde } from '@restatedev/restate-sdk';
import { WuyeError } from 'wuye-rules';
import { text } from 'wuye-rules/authoring';

class NotJson {
  constructor(readonly reason: string) {}
}

/**
 * JSON in and out; a body that does not parse becomes a marker that {@link requireJson} rejects.
 *
 * @example
 * restate.handlers.object.exclusive({ input: lenientJson }, async (ctx, body: unknown) => parseComplaintEvent(requireJson(body)))
 */
export const lenientJson: Serde<unknown> = {
  contentType: 'application/json',
  serialize: (value) => (value === undefined ? new Uint8Array(0) : new TextEncoder().encode(JSON.stringify(value))),
  deserialize: (data) => {
    if (data.length === 0) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(data)) as unknown;
    } catch (error) {
      return new NotJson(error instanceof Error ? error.message : String(error));
    }
  },
};

/**
 * The parsed body, or `INVALID_INPUT` when it was not JSON.
 *
 * @example
 * requireJson(lenientJson.deserialize(new TextEncoder().encode('{'))) // throws INVALID_INPUT
 */
export function requireJson(body: unknown): unknown {
  if (body instanceof NotJson) throw new WuyeError('INVALID_INPUT', text('请求体不是 JSON', 'The request body is not JSON'), { reason: body.reason });
  return body;
}
