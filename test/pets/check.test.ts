import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { Policy } from '../../src/core/policy';
import type { Animal, PetRecord, SharedPlace } from '../../src/procedures/pets/index';
import { checkPets, petsPacks, petsProcedure } from '../../src/procedures/pets/index';
import { chosenPetRegime } from '../../src/procedures/pets/policy';
import { animalSchema, sharedPlaceSchema } from '../../src/procedures/pets/schema';
import { parkingPacks } from '../../src/procedures/parking/index';

const RULES = composePolicy(petsPacks.RULES);
const STD = composePolicy(petsPacks.STD);
const pet = (overrides: Partial<PetRecord> = {}): PetRecord => ({ id: 'PET-1', unit: '5栋302', animal: 'dog', hostTag: '登记于2026-04', ...overrides });
const AS_OF = '2026-06-01T00:00:00+08:00';
const checkPetKeeping = (r: PetRecord, policy: Policy) => checkPets(r, { asOf: AS_OF, policy });
const ids = (r: PetRecord, policy = RULES) => checkPetKeeping(r, policy).map((v) => v.ruleId);

describe('no silent default: the host must choose a pack', () => {
  it.each([
    ['no policy', undefined],
    ['an empty policy', composePolicy()],
    ["another procedure's pack", composePolicy(parkingPacks.OFFICE)],
  ])('%s → INVALID_POLICY that explains the conflict', (_name, policy) => {
    expect(() => checkPetKeeping(pet(), policy as never)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    try {
      checkPetKeeping(pet(), policy as never);
    } catch (e) {
      expect((e as { message: string }).message).toMatch(/RULES|STD|pack/);
      const zh = (e as { text: { 'zh-CN': string } }).text['zh-CN'];
      expect(zh).toContain('冲突');
      expect(zh).not.toMatch(/[A-Za-z]/);
    }
  });
  it('a policy not made by composePolicy is INVALID_POLICY too', () => {
    expect(() => checkPetKeeping(pet(), { 'pets.regime': 'RULES' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
  it('the chosen pack is the one composed last', () => {
    expect(chosenPetRegime(RULES)).toBe('RULES');
    expect(chosenPetRegime(composePolicy(petsPacks.RULES, petsPacks.STD))).toBe('STD');
    expect(ids(pet(), composePolicy(petsPacks.RULES, petsPacks.STD))).toEqual([]);
    expect(ids(pet(), composePolicy(petsPacks.STD, petsPacks.RULES))).toEqual(['pets.banned-animal']);
  });
});

describe('《客服制度》 宠物饲养管理规定 (RULES pack)', () => {
  it.each(['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon'] as const)('bans %s (一)', (animal) => {
    const [v] = checkPetKeeping(pet({ animal }), RULES);
    expect(v).toMatchObject({ ruleId: 'pets.banned-animal', severity: 'error', source: { document: '《客服制度》', clause: '宠物饲养管理规定 一' }, data: { animal, unit: '5栋302' } });
    expect(v!.data.parameters).toMatchObject({ 'pets.regime': { value: 'RULES', from: 'RULES' } });
  });
  it('allows ornamental birds and racing pigeons kept at home', () => {
    expect(ids(pet({ animal: 'ornamentalBird' }))).toEqual([]);
    expect(ids(pet({ animal: 'racingPigeon', places: [] }))).toEqual([]);
  });
  it.each(['corridor', 'stairwell', 'roof', 'outsideExternalWall', 'outsideAntiTheftGrille'] as const)('a bird in the %s breaks 二', (place) => {
    const [v] = checkPetKeeping(pet({ animal: 'racingPigeon', places: [place, place] }), RULES);
    expect(v).toMatchObject({ ruleId: 'pets.bird-shared-place', source: { clause: '宠物饲养管理规定 二' }, data: { places: [place] } });
  });
  it('an incident without a reminder is not a RULES violation (RULES has no reminder clause)', () => {
    expect(ids(pet({ animal: 'other', incidents: [{ at: '2026-05-06T08:10:00+08:00', kind: 'noise' }] }))).toEqual([]);
  });
});

describe('《物业客户服务类服务标准表》 宠物管理 (STD pack)', () => {
  it('keeping a cat or a dog is allowed; birds may sit in the corridor (STD says nothing)', () => {
    expect(ids(pet({ animal: 'cat' }), STD)).toEqual([]);
    expect(ids(pet({ animal: 'ornamentalBird', places: ['corridor'] }), STD)).toEqual([]);
  });
  it('an uncivilised incident with no reminder is a warning; with a reminder nothing', () => {
    const record = pet({ incidents: [{ at: '2026-05-06T08:10:00+08:00', kind: 'fouling' }, { at: '2026-05-07T08:10:00+08:00', kind: 'unleashed', remindedAt: '2026-05-07T08:12:00+08:00' }] });
    const v = checkPetKeeping(record, STD);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ ruleId: 'pets.uncivilised-not-reminded', severity: 'warning', source: { document: '《物业客户服务类服务标准表》', clause: '宠物管理 3' }, data: { incidentAt: '2026-05-06T08:10:00+08:00', kind: 'fouling' } });
  });
  it('a host mixes with overrides: STD plus no pigs', () => {
    const policy = composePolicy(petsPacks.STD, { 'pets.bannedAnimals': ['pig'] });
    expect(ids(pet({ animal: 'pig' }), policy)).toEqual(['pets.banned-animal']);
    expect(ids(pet({ animal: 'dog' }), policy)).toEqual([]);
  });
});

describe('CheckOptions', () => {
  it('asOf is required and checked, and changes nothing (no time limit)', () => {
    const r = pet({ incidents: [{ at: '2026-05-06T08:10:00+08:00', kind: 'fouling' }] });
    expect(() => checkPets(r, { policy: STD } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkPets(r, { asOf: '2026-05-06', policy: STD })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(checkPets(r, { asOf: '2020-01-01T00:00:00Z', policy: STD })).toEqual(checkPets(r, { asOf: '2030-01-01T00:00:00Z', policy: STD }));
    expect(petsProcedure.check!(r as never, { asOf: AS_OF, policy: STD })).toEqual(checkPets(r, { asOf: AS_OF, policy: STD }));
  });
  it('rule messages in Chinese name the incident in Chinese', () => {
    const [v] = checkPets(pet({ incidents: [{ at: '2026-05-06T08:10:00+08:00', kind: 'fouling' }] }), { asOf: AS_OF, policy: STD });
    expect(v!.message['zh-CN']).toBe('5栋302（PET-1）2026-05-06T08:10:00+08:00 的不文明养宠行为（随地便溺）未记录提醒。');
  });
});

describe('bad input', () => {
  it.each([
    ['an unknown animal', { animal: 'tiger' }, 'INVALID_INPUT'],
    ['an empty unit', { unit: '' }, 'INVALID_INPUT'],
    ['an unknown place', { places: ['lobby'] }, 'INVALID_INPUT'],
    ['an incident instant without offset', { incidents: [{ at: '2026-05-06T08:10:00', kind: 'noise' }] }, 'INVALID_INSTANT'],
  ])('%s', (_name, overrides, code) => {
    expect(() => checkPetKeeping(pet(overrides as never), STD)).toThrowError(expect.objectContaining({ code }));
  });
  it('not an object', () => {
    expect(() => checkPetKeeping('dog' as never, STD)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('a pack value of the wrong shape', () => {
    expect(() => composePolicy(petsPacks.STD, { 'pets.regime': 'ZH' })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});

describe('properties', () => {
  const record = fc.record({
    animal: fc.constantFrom(...(animalSchema.options as Animal[])),
    places: fc.subarray(sharedPlaceSchema.options as SharedPlace[]),
    reminded: fc.array(fc.boolean(), { maxLength: 3 }),
  }).map(({ animal, places, reminded }) => pet({ animal, places, incidents: reminded.map((r, i) => ({ at: `2026-05-0${i + 1}T08:00:00+08:00`, kind: 'noise' as const, ...(r ? { remindedAt: `2026-05-0${i + 1}T08:05:00+08:00` } : {}) })) }));

  it('under STD nothing is ever an error; warnings count the unreminded incidents', () => {
    fc.assert(
      fc.property(record, (r) => {
        const v = checkPetKeeping(r, STD);
        expect(v.every((x) => x.severity === 'warning')).toBe(true);
        expect(v).toHaveLength((r.incidents ?? []).filter((i) => !i.remindedAt).length);
      }),
    );
  });

  it('under RULES a listed animal is always an error and an unlisted one never is, wherever it is kept', () => {
    fc.assert(
      fc.property(record, (r) => {
        const banned = checkPetKeeping(r, RULES).some((v) => v.ruleId === 'pets.banned-animal');
        expect(banned).toBe(['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon'].includes(r.animal));
      }),
    );
  });

  it('same input, same output; the deep-frozen record is unchanged', () => {
    fc.assert(
      fc.property(record, fc.constantFrom(RULES, STD), (r, policy) => {
        const copy = structuredClone(r);
        const frozen = deepFreeze(structuredClone(r));
        expect(checkPetKeeping(frozen, policy)).toEqual(checkPetKeeping(frozen, policy));
        expect(frozen).toEqual(copy);
      }),
    );
  });
});
