// `npm run docs`: writes docs/index.<lang>.md and docs/procedures/<name>.<lang>.md from the code.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALENDAR_DATA_JSON_SCHEMA } from '../core/calendar-data-schema';
import { LANGS } from '../core/text';
import { renderIndexPage } from './index-page';
import { policyJsonSchema, recordJsonSchemas } from './json-schemas';
import { renderProcedurePage } from './procedure-page';
import { PROCEDURE_DOCS, allProcedures } from './procedures';
import { renderSurface, withSurface } from './surface';
import { openApiDocument } from '../service/openapi';
import { entries } from '../../tsup.config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const dir = join(root, 'procedures');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.md')) rmSync(join(dir, f));
for (const lang of LANGS) {
  writeFileSync(join(root, `index.${lang}.md`), renderIndexPage(allProcedures, lang));
  for (const p of allProcedures) writeFileSync(join(dir, `${p.name}.${lang}.md`), renderProcedurePage(p, lang, undefined, PROCEDURE_DOCS[p.name]));
}
const schemas = join(root, 'schemas');
mkdirSync(schemas, { recursive: true });
for (const f of readdirSync(schemas)) if (f.endsWith('.json')) rmSync(join(schemas, f));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
for (const [name, schema] of Object.entries(recordJsonSchemas(allProcedures))) writeFileSync(join(schemas, `${name}.schema.json`), json(schema));
writeFileSync(join(schemas, 'policy.schema.json'), json(policyJsonSchema(allProcedures)));
writeFileSync(join(schemas, 'calendar-data.schema.json'), json(CALENDAR_DATA_JSON_SCHEMA));
// The decision service's contract (wuye-rules serve), from the same zod schemas its handlers parse with.
writeFileSync(join(root, 'openapi.json'), json(openApiDocument()));
console.log(`docs: ${allProcedures.length} procedures × ${LANGS.length} languages written to ${root}`);

// The README's surface table, from the entries themselves.
const modules: Record<string, Record<string, unknown>> = {};
for (const [name, file] of Object.entries(entries)) modules[name === 'index' ? 'wuye-rules' : `wuye-rules/${name}`] = (await import(join(root, '..', file))) as Record<string, unknown>;
const readmePath = join(root, '..', 'README.md');
writeFileSync(readmePath, withSurface(readFileSync(readmePath, 'utf8'), renderSurface(modules)));
