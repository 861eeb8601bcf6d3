/**
 * `wuye-rules/service` — the stateless HTTP decision service (Fastify 5, an optional peer
 * dependency): record checks, case steps from the envelope the host keeps, the business
 * calendar, the phrase scan and the policy, with an OpenAPI 3.1 contract and RFC 9457 errors.
 *
 * @example
 * import { createService, openApiDocument } from 'wuye-rules/service';
 * await createService().listen({ port: 8181 });
 *
 * @module
 */
export type { ServiceOptions } from './app';
export { createService } from './app';
export { openApiDocument } from './openapi';
