import { CORE_PARAMETERS } from './core-parameters';
import type { Parameter } from './parameter';
import type { PolicyPack } from './policy';
import { definePack } from './policy';
import { requireObject } from './require-input';
import type { DocumentId } from './source';
import { DOCUMENTS } from './source';
import { text } from './text';

/**
 * A procedure's packs, derived from its parameters: each source document's pack holds what
 * that document states — the defaults it is the source of, and the values it states in
 * `also`. Nothing is written twice, so a pack cannot disagree with its parameter. The
 * library's own choices (`LIBRARY`) and the law's reading conventions make no pack and put
 * no value in one; but a library default that reads a document's clause (e.g. the fields
 * of a visitor registration, OFFICE 五.2 naming none) keeps that document's pack in being,
 * holding no value for it, so that a host can compose the document and override the value.
 *
 * @example
 * const parkingPacks = derivePacks(parkingParameters); // { OFFICE: { id: 'OFFICE', values: { 'parking.requiredCopies': … } } }
 */
export function derivePacks<D extends DocumentId>(parameters: Readonly<Record<string, Parameter>> | readonly Parameter[]): Readonly<Record<D, PolicyPack>> {
  requireObject(Array.isArray(parameters) ? {} : parameters, text('参数表', 'parameters'), 'parameters');
  const list = (Array.isArray(parameters) ? parameters : Object.values(parameters)) as readonly Parameter[];
  const byDocument = new Map<DocumentId, Record<string, readonly [unknown, string]>>();
  const add = (document: DocumentId, id: string, value: unknown, clause: string) => {
    if (document === 'LIBRARY' || document === 'LAW') return;
    const values = byDocument.get(document) ?? {};
    values[id] = [value, clause];
    byDocument.set(document, values);
  };
  for (const p of list) {
    requireObject(p, text('参数', 'parameter'), 'parameters');
    requireObject(p.source, text('参数出处', 'parameter source'), 'parameters');
    add(p.defaultFrom, p.id, p.default, p.source.clause);
    const cited = (Object.keys(DOCUMENTS) as DocumentId[]).find((id) => DOCUMENTS[id] === p.source.document);
    if ((p.defaultFrom === 'LIBRARY' || p.defaultFrom === 'LAW') && cited !== undefined && cited !== 'LIBRARY' && cited !== 'LAW' && !byDocument.has(cited)) byDocument.set(cited, {});
    for (const [document, [value, clause]] of Object.entries(p.also ?? {}) as [DocumentId, readonly [unknown, string]][]) add(document, p.id, value, clause);
  }
  const known = [...CORE_PARAMETERS, ...list.filter((p) => !(CORE_PARAMETERS as readonly Parameter[]).includes(p))] as Parameter[];
  const packs: Partial<Record<DocumentId, PolicyPack>> = {};
  for (const [document, values] of byDocument) packs[document] = definePack(document, known, values);
  return Object.freeze(packs) as Readonly<Record<D, PolicyPack>>;
}
