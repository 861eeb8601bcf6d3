// checkPets under the RULES pack against json-rules-engine with the same two rules
// (banned animal; bird in a shared place), over 1,000 register rows in turn.
import { Engine } from 'json-rules-engine';
import type { Comparison } from './harness';
import { composePolicy } from '../src/core/policy';
import type { Animal, PetRecord, SharedPlace } from '../src/procedures/pets/index';
import { checkPets, petsPacks } from '../src/procedures/pets/index';

const RULES = composePolicy(petsPacks.RULES);
const options = { asOf: '2026-05-07T00:00:00+08:00', policy: RULES };
const ANIMALS: Animal[] = ['dog', 'cat', 'ornamentalBird', 'racingPigeon', 'other', 'pig'];
const PLACES: SharedPlace[][] = [[], ['corridor'], ['roof', 'stairwell'], []];
const rows: PetRecord[] = Array.from({ length: 1000 }, (_, i) => ({ id: `PET-${i}`, unit: `${1 + (i % 30)}栋${100 + i}`, animal: ANIMALS[i % ANIMALS.length]!, places: PLACES[i % PLACES.length]! }));
let i = 0;
const next = () => rows[(i = (i + 1) % rows.length)]!;

const banned = ['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon'];
const forbidden = ['corridor', 'stairwell', 'roof', 'outsideExternalWall', 'outsideAntiTheftGrille'];
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addRule({ name: 'pets.banned-animal', conditions: { all: [{ fact: 'animal', operator: 'in', value: banned }] }, event: { type: 'violation' } });
engine.addRule({
  name: 'pets.bird-shared-place',
  conditions: { all: [{ fact: 'animal', operator: 'in', value: ['ornamentalBird', 'racingPigeon'] }, { fact: 'forbiddenPlaces', operator: 'greaterThan', value: 0 }] },
  event: { type: 'violation' },
});
async function withEngine(r: PetRecord): Promise<string[]> {
  const { results } = await engine.run({ animal: r.animal, forbiddenPlaces: (r.places ?? []).filter((p) => forbidden.includes(p)).length });
  return results.map((x) => x.name as string).sort();
}

for (const r of rows.slice(0, 60)) {
  if (JSON.stringify(checkPets(r, options).map((v) => v.ruleId).sort()) !== JSON.stringify(await withEngine(r))) throw new Error(`implementations disagree on ${r.id}`);
}

export default [
  {
    title: 'checkPets (validated, with receipts) vs json-rules-engine (same two rules)',
    subject: { name: 'checkPets', fn: () => checkPets(next(), options) },
    baseline: { name: 'json-rules-engine', fn: () => withEngine(next()) },
  },
] satisfies Comparison[];
