// The policy-file loader hosts import from `wuye-rules` (the CLI's --policy uses the same).
import { describe, expect, it } from 'vitest';
import { isWuyeError, paramOrigin, paramValue, policyFromFile } from '../../src/index';
import { complaintProcedure } from '../../src/procedures/complaint/index';
import { petsProcedure } from '../../src/procedures/pets/index';

const notifyWithin = complaintProcedure.parameters.find((p) => p.id === 'complaint.notifyWithin')!;
const escalateTo = complaintProcedure.parameters.find((p) => p.id === 'complaint.escalateTo')!;
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isWuyeError(e)) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('policyFromFile', () => {
  it('reads JSONC text — comments, trailing commas, a BOM — and composes packs in order, then overrides', () => {
    const source = '\uFEFF// company policy\n{\n  /* STD first */ "packs": ["ZH", "STD",],\n  "overrides": {\n    // two days\n    "complaint.notifyWithin": { "value": 2, "unit": "day" }, // "//" in a comment\n    "complaint.completeWithin": { "value": 5, "unit": "day" },\n  },\n}\n';
    const policy = policyFromFile(source, [complaintProcedure]);
    expect(paramValue(policy, notifyWithin)).toEqual({ value: 2, unit: 'day' });
    expect(paramOrigin(policy, notifyWithin)).toEqual({ from: 'override' });
    expect(paramOrigin(policy, escalateTo)).toMatchObject({ from: 'STD' });
    // The parsed object gives the same policy; a string value keeps its slashes and commas.
    expect(policyFromFile({ packs: ['ZH', 'STD'], overrides: { 'complaint.notifyWithin': { value: 2, unit: 'day' }, 'complaint.completeWithin': { value: 5, unit: 'day' } } }, [complaintProcedure])).toEqual(policy);
    const zone = policyFromFile('{ "overrides": { "core.zone": "Asia/Urumqi", } }', [complaintProcedure]);
    expect(zone.values['core.zone']).toBe('Asia/Urumqi');
  });
  it('knows only the parameters of the procedures given, with a suggestion for a slip', () => {
    const e = refusal(() => policyFromFile({ overrides: { 'complaint.notifyWithn': { value: 2, unit: 'day' } } }, [complaintProcedure]));
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.details).toMatchObject({ parameter: 'complaint.notifyWithn', suggestion: 'complaint.notifyWithin' });
    expect(e.text.en).toContain('did you mean "complaint.notifyWithin"?');
    const pets = refusal(() => policyFromFile({ overrides: { 'pets.regime': 'STD' } }, [complaintProcedure]));
    expect(pets.details).toMatchObject({ parameter: 'pets.regime' });
    expect(() => policyFromFile({ overrides: { 'pets.regime': 'STD' } }, [complaintProcedure, petsProcedure])).not.toThrow();
    expect(refusal(() => policyFromFile({ overrides: { 'zzzz.qqqq': 1 } }, [complaintProcedure])).details).not.toHaveProperty('suggestion');
  });
  it('refuses __proto__ and constructor in the text as unknown parameters (never dropped)', () => {
    for (const key of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const e = refusal(() => policyFromFile(`{ "overrides": { "${key}": { "value": 2, "unit": "day" } } }`, [complaintProcedure]));
      expect([e.code, e.details['parameter']]).toEqual(['INVALID_POLICY', key]);
    }
  });
  it('names the format for a flat file, an unknown key, a non-object and bad JSON', () => {
    const flat = refusal(() => policyFromFile('{ "complaint.notifyWithin": { "value": 2, "unit": "day" } }', [complaintProcedure]));
    expect(flat.text.en).toMatch(/^Parameter "complaint\.notifyWithin" is at the top of the policy file; a policy file is \{ "packs": .* move it under "overrides"$/);
    expect(refusal(() => policyFromFile('{ "pack": [] }', [complaintProcedure])).text.en).toContain('Unknown key "pack"');
    expect(refusal(() => policyFromFile('[]', [complaintProcedure])).text.en).toContain('A policy file is an object');
    expect(refusal(() => policyFromFile('{ "packs": ["XX"] }', [complaintProcedure])).details).toMatchObject({ path: ['packs', '0'] });
    expect(refusal(() => policyFromFile('{ "packs": ', [complaintProcedure])).text.en).toContain('not valid JSON');
    expect(refusal(() => policyFromFile({ overrides: { 'complaint.notifyWithin': { value: 2, unit: 'percent' } } }, [complaintProcedure])).code).toBe('INVALID_POLICY');
  });
});
