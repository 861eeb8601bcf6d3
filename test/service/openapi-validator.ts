import { createRequire } from 'node:module';
import { openApiDocument } from '../../src/service/openapi';

// The ajv 8 (JSON Schema 2020-12) that fastify itself depends on; the top-level ajv is
// eslint's ajv 6, which has no 2020-12 dialect.
const require = createRequire(createRequire(import.meta.url).resolve('@fastify/ajv-compiler'));
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv2020 = require('ajv/dist/2020').default as new (options: object) => { addSchema(s: object): void; compile(s: object): Validate };

const ID = 'https://wuye-rules.dev/openapi.json';
const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Validates requests and responses against the OpenAPI document (compiled once per schema). */
export function openApiValidator(doc: Record<string, unknown> = openApiDocument()) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema({ ...doc, $id: ID });
  const cache = new Map<string, Validate>();
  const at = (...parts: string[]) => {
    const ref = `${ID}#/${pointer(...parts)}`;
    let v = cache.get(ref);
    if (!v) cache.set(ref, (v = ajv.compile({ $ref: ref })));
    return v;
  };
  const paths = doc.paths as Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { content?: Record<string, unknown> }> }>>;
  return {
    /** The documented operation for a method and path, or undefined. */
    operation: (method: string, path: string) => paths[path]?.[method.toLowerCase()],
    request(method: string, path: string, body: unknown): string | undefined {
      const v = at('paths', path, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
      return v(body) ? undefined : JSON.stringify(v.errors);
    },
    response(method: string, path: string, status: number, contentType: string, body: unknown): string | undefined {
      const op = paths[path]?.[method.toLowerCase()];
      const response = op?.responses[String(status)];
      if (!response) return `status ${status} is not documented for ${method} ${path}`;
      const media = contentType.split(';')[0]!.trim();
      if (!response.content?.[media]) return `content type ${media} is not documented for ${status} of ${method} ${path}`;
      const v = at('paths', path, method.toLowerCase(), 'responses', String(status), 'content', media, 'schema');
      return v(body) ? undefined : JSON.stringify(v.errors);
    },
  };
}
