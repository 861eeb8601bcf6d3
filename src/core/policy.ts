import { failedIssues } from './validate';
import { WuyeError } from './errors';
import { CORE_PARAMETERS } from './core-parameters';
import type { Parameter } from './parameter';
import type { DocumentId, Source } from './source';
import { DOCUMENTS, cite } from './source';
import { requireObject } from './require-input';
import type { LocalizedText } from './text';
import { text } from './text';

// Packs and policies carry a symbol brand that only definePack/mergePacks/composePolicy set:
// a JSON object (a policy file, a request body) with the same `kind` cannot pass for one.
// Symbol.for, so that the ESM and CJS copies of the library recognise each other's.
const PACK = Symbol.for('wuye-rules.policy-pack');
const POLICY = Symbol.for('wuye-rules.policy');

function brand<T extends object>(value: T, mark: symbol): T {
  Object.defineProperty(value, mark, { value: true, enumerable: false });
  return deepFreeze(value);
}

/**
 * The values one source document states, as policy parameters, each with the clause it
 * comes from. `parameters` lists every parameter the pack's procedure knows, so that
 * overrides composed with it are checked against them.
 *
 * @example
 * const pack = complaintPacks.DEPT; // { kind: 'wuye-rules/policy-pack', id: 'DEPT', values: { 'complaint.investigateWithin': … } }
 */
export interface PolicyPack {
  readonly kind: 'wuye-rules/policy-pack';
  readonly id: DocumentId;
  readonly parameters: readonly Parameter[];
  readonly values: Readonly<Record<string, { readonly value: unknown; readonly source: Source }>>;
}

/**
 * Defines a pack: the document's id, the parameters of its procedure, and `[value, clause]`
 * for each parameter the document states. Values are checked against their schemas.
 *
 * @example
 * const DEPT = definePack('DEPT', complaintParameters, { 'complaint.investigateWithin': [{ value: 48, unit: 'hour' }, '5.2.3'] });
 */
export function definePack(id: DocumentId, parameters: readonly Parameter[], values: Record<string, readonly [unknown, string]>): PolicyPack {
  if (typeof id !== 'string' || !(id in DOCUMENTS) || !Array.isArray(parameters)) throw invalidPolicy(text('策略包需要文件编号与参数列表', 'A pack needs a document id and its parameters'));
  requireObject(values, text('参数取值', 'parameter values'), 'values');
  const byId = indexParameters(parameters);
  const out: Record<string, { value: unknown; source: Source }> = {};
  for (const [key, [value, clause]] of Object.entries(values)) {
    out[key] = { value: checkValue(byId, key, value, id), source: cite(id, clause) };
  }
  return brand({ kind: 'wuye-rules/policy-pack', id, parameters: [...parameters], values: out }, PACK);
}

/**
 * Merges several packs of the same document (e.g. each procedure's slice of 《服务中心工作手册》)
 * into one.
 *
 * @example
 * const ZH = mergePacks(complaintPacks.ZH, firstResponderPacks.ZH);
 */
export function mergePacks(first: PolicyPack, ...rest: PolicyPack[]): PolicyPack {
  for (const pack of [first, ...rest]) if (typeof pack !== 'object' || pack === null || !isPack(pack)) throw invalidPolicy(text('只能合并本库生成的策略包', 'Only packs made by the library can be merged'));
  const parameters = new Map<string, Parameter>();
  const values: Record<string, { value: unknown; source: Source }> = {};
  for (const pack of [first, ...rest]) {
    if (pack.id !== first.id) {
      throw new WuyeError('INVALID_POLICY', text(`只能合并同一文件的策略包：“${first.id}”与“${pack.id}”`, `Only packs of one document can be merged: ${first.id} and ${pack.id}`), { packs: [first.id, pack.id] });
    }
    for (const p of pack.parameters) parameters.set(p.id, p);
    Object.assign(values, pack.values);
  }
  return brand({ kind: 'wuye-rules/policy-pack', id: first.id, parameters: [...parameters.values()], values }, PACK);
}

/** Where a policy value came from: a pack (with its clause) or the host's override. @example const o: PolicyOrigin = { from: 'override' }; */
export type PolicyOrigin = { readonly from: DocumentId; readonly source: Source } | { readonly from: 'override' };

/**
 * A composed, validated and frozen policy: the parameters it knows, the values its layers
 * set (with their origins), and `packs`, the documents whose packs were composed. Which
 * parameters apply is {@link paramApplies}: with no pack composed every default applies;
 * with packs composed, only what they (or the host's overrides) set, plus the library's own
 * conventions.
 *
 * @example
 * const policy: Policy = composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': { value: 2, unit: 'day' } });
 * policy.packs // ['ZH']
 */
export interface Policy {
  readonly kind: 'wuye-rules/policy';
  readonly parameters: Readonly<Record<string, Parameter>>;
  readonly values: Readonly<Record<string, unknown>>;
  readonly origins: Readonly<Record<string, PolicyOrigin>>;
  /** The documents whose packs were composed, in order, each once; empty for the library's defaults. */
  readonly packs: readonly DocumentId[];
}

/** A host's own values: parameter id → value. @example const o: PolicyOverrides = { 'complaint.notifyWithin': { value: 2, unit: 'day' } }; */
export type PolicyOverrides = Readonly<Record<string, unknown>>;

/**
 * Composes packs and overrides, later layers winning, into a frozen {@link Policy}.
 * An override of a parameter no pack in the call knows, or a value of the wrong shape or
 * unit, is an `INVALID_POLICY` error naming the parameter.
 *
 * Packs do not leak across documents. `composePolicy()` with no pack (overrides of the core
 * parameters only) is the library's defaults: every parameter takes its default and every
 * rule runs. Once a pack is composed, a parameter applies only if a composed pack or an
 * override sets it, or if its default is the library's own convention (`defaultFrom`
 * `LIBRARY` or `LAW`, such as `core.zone`); a rule whose parameters do not all apply does
 * not run, and a deadline whose parameter does not apply is not tracked (see
 * {@link paramApplies}). An override switches such a rule on.
 *
 * @example
 * const policy = composePolicy(complaintPacks.ZH, complaintPacks.DEPT, { 'complaint.notifyWithin': { value: 48, unit: 'hour' } });
 * paramValue(policy, notifyWithin) // { value: 48, unit: 'hour' }
 */
export function composePolicy(...layers: ReadonlyArray<PolicyPack | PolicyOverrides | Policy>): Policy {
  // Null-prototype records: an override named `toString` or `__proto__` is an unknown
  // parameter, not an inherited member.
  const parameters: Record<string, Parameter> = Object.create(null) as Record<string, Parameter>;
  // The core parameters (zone, day counting) are every procedure's: known without a pack.
  for (const p of CORE_PARAMETERS as readonly Parameter[]) parameters[p.id] = p;
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const origins: Record<string, PolicyOrigin> = Object.create(null) as Record<string, PolicyOrigin>;
  const packs: DocumentId[] = [];
  const composed = (id: DocumentId) => {
    if (!packs.includes(id)) packs.push(id);
  };
  layers.forEach((layer, index) => {
    if (typeof layer !== 'object' || layer === null || Array.isArray(layer)) {
      throw new WuyeError('INVALID_POLICY', text(`第 ${index + 1} 层不是策略包或覆盖对象`, `Layer ${index + 1} is neither a policy pack nor an overrides object`), { layer: index });
    }
    if (isPack(layer)) {
      composed(layer.id);
      for (const p of layer.parameters) parameters[p.id] = p;
      for (const [key, { value, source }] of Object.entries(layer.values)) {
        values[key] = value;
        origins[key] = { from: layer.id, source };
      }
    } else if (isPolicy(layer)) {
      layer.packs.forEach(composed);
      Object.assign(parameters, layer.parameters);
      Object.assign(values, layer.values);
      Object.assign(origins, layer.origins);
    } else {
      if ('kind' in layer && (layer.kind === 'wuye-rules/policy' || layer.kind === 'wuye-rules/policy-pack')) {
        throw new WuyeError('INVALID_POLICY', text(`第 ${index + 1} 层自称策略或策略包，但不是由本库生成的`, `Layer ${index + 1} claims to be a policy or a pack but was not made by the library`), { layer: index });
      }
      for (const [key, value] of Object.entries(layer)) {
        values[key] = checkValue(parameters, key, value, 'override');
        origins[key] = { from: 'override' };
      }
    }
  });
  return brand({ kind: 'wuye-rules/policy', parameters: { ...parameters }, values: { ...values }, origins: { ...origins }, packs }, POLICY);
}

function invalidPolicy(message: LocalizedText): WuyeError {
  return new WuyeError('INVALID_POLICY', message, {});
}

function requireParameter(parameter: unknown): void {
  if (typeof parameter !== 'object' || parameter === null || typeof (parameter as Parameter).id !== 'string' || !('default' in parameter)) {
    throw new WuyeError('INVALID_INPUT', text('需要一个由参数定义函数定义的参数', 'A parameter is needed (made by defineParameter)'), { field: 'parameter' });
  }
}

/**
 * The value a policy gives a parameter: the composed value, or the parameter's default when
 * no layer set it (or no policy is given). A non-policy argument is `INVALID_POLICY`. Whether
 * the value applies at all under the policy is {@link paramApplies}: a rule reads the
 * default of a parameter that does not apply only to describe itself, never to decide.
 * Only the parameter's `id` and `default` are read, so a zod-free file can pass them alone.
 *
 * @example
 * paramValue(undefined, notifyWithin) // { value: 3, unit: 'day' } — the default
 */
export function paramValue<T>(policy: Policy | undefined, parameter: Pick<Parameter<T>, 'id' | 'default'>): T {
  requireParameter(parameter);
  if (policy === undefined) return parameter.default;
  assertPolicy(policy);
  return (Object.hasOwn(policy.values, parameter.id) ? policy.values[parameter.id] : parameter.default) as T;
}

/**
 * Whether a parameter applies under a policy. With no policy, or a policy composed from no
 * pack (the library's defaults), every parameter applies with its default. Once packs are
 * composed, a parameter applies when a composed pack or the host's override sets it, or
 * when its default is the library's own convention (`defaultFrom` `LIBRARY` or `LAW`: the
 * zone, the day counting, a reading no document states); a default taken from a document
 * whose pack was not composed does not apply. A rule runs only when all its parameters
 * apply (`ruleApplies`), and a deadline whose parameter does not apply is not tracked.
 *
 * @example
 * paramApplies(composePolicy(complaintPacks.ZH), investigateWithin) // false — DEPT 5.2.3, DEPT not composed
 * paramApplies(composePolicy(complaintPacks.ZH, complaintPacks.DEPT), investigateWithin) // true
 * paramApplies(composePolicy(), investigateWithin) // true — no pack: the library's defaults
 */
export function paramApplies(policy: Policy | undefined, parameter: Parameter): boolean {
  requireParameter(parameter);
  if (policy === undefined) return true;
  assertPolicy(policy);
  if (policy.packs.length === 0 || Object.hasOwn(policy.values, parameter.id)) return true;
  return parameter.defaultFrom === 'LIBRARY' || parameter.defaultFrom === 'LAW';
}

/**
 * Where a parameter's value comes from under a policy: the pack and clause, the host's
 * override, or the default's own source.
 *
 * @example
 * paramOrigin(undefined, notifyWithin) // { from: 'ZH', source: { document: '《服务中心工作手册》', clause: 'WI/FW-006.18' } }
 */
export function paramOrigin(policy: Policy | undefined, parameter: Parameter): PolicyOrigin {
  requireParameter(parameter);
  if (policy === undefined) return { from: parameter.defaultFrom, source: parameter.source };
  assertPolicy(policy);
  return (Object.hasOwn(policy.origins, parameter.id) ? policy.origins[parameter.id] : undefined) ?? { from: parameter.defaultFrom, source: parameter.source };
}

/**
 * Throws `INVALID_POLICY` unless `value` is a policy made by {@link composePolicy}.
 *
 * @example
 * assertPolicy({ 'complaint.notifyWithin': 3 }) // throws: pass it through composePolicy first
 */
export function assertPolicy(value: unknown): asserts value is Policy {
  if (!isPolicy(value)) {
    throw new WuyeError('INVALID_POLICY', text('策略须由本库组合生成（组合策略函数）', 'policy must be made by composePolicy(...)'), {});
  }
}

function isPack(value: object): value is PolicyPack {
  return (value as Record<symbol, unknown>)[PACK] === true;
}

function isPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[POLICY] === true;
}

function indexParameters(parameters: readonly Parameter[]): Record<string, Parameter> {
  return Object.assign(Object.create(null) as Record<string, Parameter>, Object.fromEntries(parameters.map((p) => [p.id, p])));
}

function checkValue(known: Record<string, Parameter>, key: string, value: unknown, from: string): unknown {
  const parameter = Object.hasOwn(known, key) ? known[key] : undefined;
  if (!parameter) {
    throw new WuyeError(
      'INVALID_POLICY',
      text(`未知参数“${key}”（来自${from === 'override' ? '主机覆盖' : `“${from}”`}）；请先组合定义它的策略包`, `Unknown parameter "${key}" (from ${from}); compose the pack that defines it first`),
      { parameter: key, from },
    );
  }
  const parsed = parameter.schema.safeParse(value);
  if (!parsed.success) {
    const issue = failedIssues(parameter.schema, value)[0];
    throw new WuyeError(
      'INVALID_POLICY',
      text(`参数“${key}”的值不符合取值要求（来自${from === 'override' ? '主机覆盖' : `“${from}”`}）`, `Invalid value for parameter "${key}" (${from}): ${issue?.message ?? ''}`),
      { parameter: key, from, path: issue?.path.map(String) ?? [], value: JSON.stringify(value) ?? String(value) },
    );
  }
  return parsed.data;
}

/**
 * Freezes an object and everything reachable from it (plain data only).
 *
 * @example
 * const frozen = deepFreeze({ a: { b: 1 } }); Object.isFrozen(frozen.a) // true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
