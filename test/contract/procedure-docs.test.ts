// The docs-only text (summary, readings) lives in each procedure's docs.ts, apart from the
// runtime objects: one test over every registered procedure checks that each has its docs,
// that every reading names a parameter or rule the procedure has, that the generated pages
// show all of it, and that no runtime object still carries such text.
import { describe, expect, it } from 'vitest';
import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { CORE_READINGS } from '../../src/core/core-readings';
import type { LocalizedText } from '../../src/core/text';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { PROCEDURE_DOCS, allProcedures } from '../../src/docs/procedures';

const DOCS_ONLY = ['reading', 'readings', 'summary'];
const said = (t: LocalizedText) => t['zh-CN'].length > 0 && t.en.length > 0;

it('the docs registry and the procedure registry name the same procedures', () => {
  expect(Object.keys(PROCEDURE_DOCS).sort()).toEqual(allProcedures.map((p) => p.name).sort());
});

it('the core readings are readings of core parameters', () => {
  const ids = new Set(CORE_PARAMETERS.map((p) => p.id));
  for (const id of Object.keys(CORE_READINGS)) expect(ids.has(id), id).toBe(true);
});

describe.each(allProcedures.map((p) => [p.name, p] as const))('%s: its docs', (name, p) => {
  const docs = PROCEDURE_DOCS[name]!;

  it('has a summary in both languages and readings only of its own parameters and rules', () => {
    expect(docs.name).toBe(name);
    expect(said(docs.summary)).toBe(true);
    for (const r of docs.readings) expect(said(r)).toBe(true);
    const params = new Set(p.parameters.map((x) => x.id));
    const rules = new Set(p.rules.map((x) => x.id));
    for (const [id, r] of Object.entries(docs.parameters)) {
      expect(params.has(id), `${name}: no parameter ${id}`).toBe(true);
      expect(said(r)).toBe(true);
    }
    for (const [id, r] of Object.entries(docs.rules)) {
      expect(rules.has(id), `${name}: no rule ${id}`).toBe(true);
      expect(said(r)).toBe(true);
    }
  });

  it.each(['zh-CN', 'en'] as const)('renders a %s page with the title, sources, every rule, parameter, pack, the summary and every reading, the same each time', (lang) => {
    const page = renderProcedurePage(p, lang, undefined, docs);
    expect(renderProcedurePage(p, lang, undefined, docs)).toBe(page);
    expect(page).toContain(p.title[lang]);
    expect(page).toContain(docs.summary[lang]);
    for (const s of p.sources) expect(page).toContain(s.clause);
    for (const r of p.rules) expect(page).toContain(r.id);
    for (const x of p.parameters) expect(page).toContain(x.id);
    for (const pack of p.packs) expect(page).toContain(pack.id);
    const cell = (t: LocalizedText) => t[lang].replace(/\|/g, '\\|').replace(/\n/g, ' ');
    for (const r of [...docs.readings, ...Object.values(docs.parameters), ...Object.values(docs.rules)]) expect(page).toContain(cell(r));
    for (const x of p.parameters) if (CORE_READINGS[x.id]) expect(page).toContain(cell(CORE_READINGS[x.id]!));
  });

  it('carries no docs-only text at run time: the procedure, its parameters and its rules have no summary or reading', () => {
    for (const o of [p, ...p.parameters, ...p.rules]) for (const key of DOCS_ONLY) expect(Object.hasOwn(o, key), `${name}: ${key}`).toBe(false);
  });
});
