// checkPetKeeping under the RULES pack against json-rules-engine with the same two rules
// (banned animal; bird in a shared place), over 1,000 register rows in turn.
import { Engine } from 'json-rules-engine';
import type { Comparison } from './harness';
import { composePolicy } from '../src/core/policy';
import type { Animal, PetRecord, SharedPlace } from '../src/procedures/pets/index';
import { checkPetKeeping, petPacks } from '../src/procedures/pets/index';

const RULES = composePolicy(petPacks.RULES);
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
  if (JSON.stringify(checkPetKeeping(r, RULES).map((v) => v.ruleId).sort()) !== JSON.stringify(await withEngine(r))) throw new Error(`implementations disagree on ${r.id}`);
}

export default [
  {
    title: 'checkPetKeeping (validated, with receipts) vs json-rules-engine (same two rules)',
    subject: { name: 'checkPetKeeping', fn: () => checkPetKeeping(next(), RULES) },
    baseline: { name: 'json-rules-engine', fn: () => withEngine(next()) },
  },
] satisfies Comparison[];
