import * as z from 'zod';
import { WuyeError } from '../core/errors';
import type { Policy, PolicyPack } from '../core/policy';
import { composePolicy, definePack } from '../core/policy';
import type { ProcedureDefinition } from '../core/procedure';
import { DOCUMENTS } from '../core/source';
import { text } from '../core/text';

const policyFileSchema = z.strictObject({
  packs: z.array(z.enum(Object.keys(DOCUMENTS) as [keyof typeof DOCUMENTS, ...(keyof typeof DOCUMENTS)[]])).default([]),
  overrides: z.record(z.string(), z.unknown()).default({}),
});

/**
 * A host's policy file: which source documents' packs it follows, in order, and its own
 * values. `{ "packs": ["ZH", "DEPT"], "overrides": { "complaint.notifyWithin": { "value": 2, "unit": "day" } } }`
 *
 * @example
 * const file: PolicyFile = { packs: ['ZH'], overrides: {} };
 */
export type PolicyFile = z.infer<typeof policyFileSchema>;

/**
 * Composes a policy file against every procedure: each named document's pack of each
 * procedure (in the file's order), then the overrides. A bad file is `INVALID_POLICY`.
 *
 * @example
 * policyFromFile({ packs: ['ZH', 'DEPT'], overrides: {} }, allProcedures)
 */
export function policyFromFile(json: unknown, procedures: readonly ProcedureDefinition[]): Policy {
  const parsed = policyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WuyeError('INVALID_POLICY', text(`策略文件无效：${issue?.path.join('.')} — ${issue?.message}`, `Invalid policy file: ${issue?.path.join('.')} — ${issue?.message}`), { issues: parsed.error.issues.map((i) => i.message) });
  }
  // Every procedure's parameters are known (so overrides of any of them are checked), then
  // the packs the file names, in its order.
  const catalogue: PolicyPack[] = procedures.map((p) => definePack('LIBRARY', p.parameters, {}));
  const chosen = parsed.data.packs.flatMap((id) => procedures.flatMap((p) => p.packs.filter((pack) => pack.id === id)));
  return composePolicy(...catalogue, ...chosen, parsed.data.overrides);
}
