import * as z from 'zod';
import type { ProcedureDefinition } from '../core/procedure';
import { DOCUMENTS } from '../core/source';

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (draft 2020-12) of every record and event schema of each procedure, keyed
 * `<procedure>.<name>`, for hosts in other stacks (Java, Go, Python) that validate the same
 * records. Instants carry their pattern.
 *
 * @example
 * recordJsonSchemas(allProcedures)['complaint.record'].properties.receivedAt.pattern
 */
export function recordJsonSchemas(procedures: readonly ProcedureDefinition[]): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const p of procedures) {
    for (const [name, schema] of Object.entries(p.schemas ?? {})) {
      const key = `${p.name}.${name}`;
      out[key] = { $id: `https://wuye-rules.dev/schemas/${key}.schema.json`, title: `${p.title.en} — ${name}`, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
    }
  }
  return out;
}

/**
 * JSON Schema of a policy file (`{ packs, overrides }`, as the command line reads it): the
 * document ids a pack can come from, and every parameter's value schema, so a misspelt
 * parameter or a wrong unit is caught before it reaches the library.
 *
 * @example
 * policyJsonSchema(allProcedures).properties.overrides.additionalProperties // false
 */
export function policyJsonSchema(procedures: readonly ProcedureDefinition[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const p of procedures) {
    for (const param of p.parameters) {
      if (properties[param.id]) continue;
      properties[param.id] = { description: `${param.title['zh-CN']} / ${param.title.en} (${param.source.document} ${param.source.clause})`, ...z.toJSONSchema(param.schema, { io: 'input', unrepresentable: 'any' }) };
    }
  }
  for (const s of Object.values(properties)) delete s.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://wuye-rules.dev/schemas/policy.schema.json',
    title: 'wuye-rules policy file',
    type: 'object',
    additionalProperties: false,
    properties: {
      packs: { type: 'array', items: { enum: Object.keys(DOCUMENTS) }, description: 'Source documents whose packs apply, in order (later wins).' },
      overrides: { type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.keys(properties).sort().map((k) => [k, properties[k]!])) },
    },
  };
}
