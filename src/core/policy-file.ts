import { failedIssues } from './validate';
import * as z from 'zod';
import { CORE_PARAMETERS } from './core-parameters';
import { WuyeError } from './errors';
import type { Parameter } from './parameter';
import type { Policy, PolicyPack } from './policy';
import { composePolicy, definePack } from './policy';
import type { ProcedureDefinition } from './procedure';
import type { DocumentId } from './source';
import { DOCUMENTS } from './source';
import { text } from './text';

const DOCUMENT_IDS = Object.keys(DOCUMENTS) as [DocumentId, ...DocumentId[]];
const FORMAT = '{ "packs": ["ZH", …], "overrides": { "<parameter id>": <value> } }';

const policyFileSchema = z.strictObject({
  packs: z.array(z.enum(DOCUMENT_IDS)).default([]),
  overrides: z.record(z.string(), z.unknown()).default({}),
});

/**
 * A host's policy file: which source documents' packs it follows, in order (later wins), and
 * its own values by parameter id. `wuye-rules init-policy` writes a commented template.
 *
 * @example
 * const file: PolicyFile = { packs: ['ZH', 'DEPT'], overrides: { 'complaint.notifyWithin': { value: 2, unit: 'day' } } };
 */
export interface PolicyFile {
  readonly packs?: readonly DocumentId[];
  readonly overrides?: Readonly<Record<string, unknown>>;
}

function invalid(zh: string, en: string, details: Record<string, unknown>): WuyeError {
  return new WuyeError('INVALID_POLICY', text(zh, en), details);
}

/**
 * Reads JSON with comments (`//`, `/* … *\/`) and trailing commas, as `init-policy` writes it,
 * after a UTF-8 byte-order mark if any. Strings are kept as they are.
 */
function parseJsonc(source: string): unknown {
  const s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && s[i + 1] === '/') {
      while (i < s.length && s[i] !== '\n') i += 1;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 2;
      out += ' ';
    } else if (c === ',') {
      // A trailing comma: the next significant character closes the object or array.
      let j = i + 1;
      for (;;) {
        while (j < s.length && /\s/.test(s[j] ?? '')) j += 1;
        if (s[j] === '/' && s[j + 1] === '/') while (j < s.length && s[j] !== '\n') j += 1;
        else if (s[j] === '/' && s[j + 1] === '*') j = s.indexOf('*/', j + 2) < 0 ? s.length : s.indexOf('*/', j + 2) + 2;
        else break;
      }
      if (s[j] !== '}' && s[j] !== ']') out += c;
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  try {
    return JSON.parse(out);
  } catch (e) {
    throw invalid('策略文件不是有效的带注释 JSON', `The policy file is not valid JSON or JSONC: ${(e as Error).message}`, {});
  }
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The closest known id, when it is close enough to be a typing slip. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const d = distance(key.toLowerCase(), id.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

/**
 * Reads a host's policy file — its text (JSON, or JSONC as `wuye-rules init-policy` writes it,
 * with or without a UTF-8 BOM) or the parsed object — and composes it against the procedures
 * the host runs: every parameter of them is known, then each named document's packs in the
 * file's order, then the overrides. A bad file is `INVALID_POLICY` naming the key: an
 * unknown parameter with the closest known id ("did you mean"), `__proto__` and
 * `constructor` like any other unknown key, and a flat file (parameter ids at the top) with
 * the expected format.
 *
 * @example
 * import { policyFromFile } from 'wuye-rules';
 * import { complaintProcedure } from 'wuye-rules/complaint';
 * const policy = policyFromFile(readFileSync('policy.jsonc', 'utf8'), [complaintProcedure]);
 */
export function policyFromFile(file: string | PolicyFile, procedures: readonly ProcedureDefinition[]): Policy {
  const given: unknown = procedures;
  if (!Array.isArray(given) || given.some((p: unknown) => typeof p !== 'object' || p === null || !Array.isArray((p as { parameters?: unknown }).parameters))) {
    throw new WuyeError('INVALID_INPUT', text('需要流程定义的列表（例如投诉流程）', 'A list of procedure definitions is needed (e.g. [complaintProcedure])'), { field: 'procedures' });
  }
  const json = typeof file === 'string' ? parseJsonc(file) : file;
  const parameters: Parameter[] = [...(CORE_PARAMETERS as readonly Parameter[]), ...procedures.flatMap((p) => p.parameters)];
  const ids = [...new Set(parameters.map((p) => p.id))];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw invalid('策略文件须为一个对象：含策略包列表与覆盖值', `A policy file is an object: ${FORMAT}`, { format: FORMAT });
  }
  for (const key of Object.keys(json)) {
    if (key === 'packs' || key === 'overrides') continue;
    const flat = ids.includes(key);
    throw invalid(
      flat ? `策略文件的参数须写在覆盖值之下：“${key}”` : `策略文件有未知的键“${key}”`,
      flat ? `Parameter "${key}" is at the top of the policy file; a policy file is ${FORMAT}: move it under "overrides"` : `Unknown key "${key}" in the policy file; a policy file is ${FORMAT}`,
      { key, format: FORMAT },
    );
  }
  const overrides = (json as { overrides?: unknown }).overrides;
  if (typeof overrides === 'object' && overrides !== null && !Array.isArray(overrides)) {
    // Checked here, before any copy: a copy by assignment would turn `__proto__` into the
    // object's prototype and drop it silently.
    for (const key of Object.keys(overrides)) {
      if (ids.includes(key)) continue;
      const guess = closest(key, ids);
      throw invalid(
        `未知参数“${key}”${guess ? `，是否要写“${guess}”？` : ''}`,
        `Unknown parameter "${key}" in "overrides"${guess ? `; did you mean "${guess}"?` : ''}`,
        { parameter: key, ...(guess ? { suggestion: guess } : {}) },
      );
    }
  }
  const parsed = policyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = failedIssues(policyFileSchema, json);
    const issue = issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw invalid(`策略文件无效：位置“${path}”`, `Invalid policy file at "${path}": ${issue?.message ?? ''}; a policy file is ${FORMAT}`, {
      path: issue?.path.map(String) ?? [],
      issues: issues.map((i) => ({ code: i.code, path: i.path.map(String), message: i.message })),
    });
  }
  const catalogue: PolicyPack[] = procedures.map((p) => definePack('LIBRARY', p.parameters, {}));
  const chosen = parsed.data.packs.flatMap((id) => procedures.flatMap((p) => p.packs.filter((pack) => pack.id === id)));
  return composePolicy(...catalogue, ...chosen, parsed.data.overrides);
}
