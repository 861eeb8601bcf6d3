import * as z from 'zod/mini';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * The animals the sources name: those 《客服制度》 宠物饲养管理规定 一 bans (鸡、鸭、鹅、猪、猫、狗、
 * 肉鸽), the birds of 二 (观赏鸟、信鸽), and `other`.
 *
 * @example
 * animalSchema.parse('cat')
 */
export const animalSchema = z.enum(['chicken', 'duck', 'goose', 'pig', 'cat', 'dog', 'meatPigeon', 'ornamentalBird', 'racingPigeon', 'other']);
/** An animal the sources name (see {@link animalSchema}). @example const a: Animal = 'dog'; */
export type Animal = z.infer<typeof animalSchema>;

/**
 * Shared places an animal or its cage may occupy (宠物饲养管理规定 二): 楼道, 楼梯间, 天台, and the
 * outside of the external wall or the anti-theft grille (外墙和防盗网外部).
 *
 * @example
 * sharedPlaceSchema.parse('stairwell')
 */
export const sharedPlaceSchema = z.enum(['corridor', 'stairwell', 'roof', 'outsideExternalWall', 'outsideAntiTheftGrille']);
/** A shared place (see {@link sharedPlaceSchema}). @example const p: SharedPlace = 'roof'; */
export type SharedPlace = z.infer<typeof sharedPlaceSchema>;

/**
 * An uncivilised-keeping incident staff noticed (STD 宠物管理 3) and when they reminded the
 * keeper, if they did.
 *
 * @example
 * petIncidentSchema.parse({ at: '2026-05-06T08:10:00+08:00', kind: 'fouling', remindedAt: '2026-05-06T08:15:00+08:00' })
 */
export const petIncidentSchema = z.looseObject({
  at: instantSchema,
  kind: z.enum(['fouling', 'noise', 'unleashed', 'aggression', 'other']),
  note: z.optional(z.string()),
  remindedAt: z.optional(instantSchema),
});
/** An uncivilised-keeping incident (see {@link petIncidentSchema}). @example const i: PetIncident = { at: '2026-05-06T08:10:00+08:00', kind: 'unleashed' }; */
export type PetIncident = z.infer<typeof petIncidentSchema>;

/**
 * One animal kept in a unit (a pet register row): what it is, the shared places it or its
 * cage occupies, and the incidents noticed. Extra host fields are allowed and left untouched.
 *
 * @example
 * petRecordSchema.parse({ id: 'PET-1', unit: '5栋302', animal: 'dog', incidents: [{ at: '2026-05-06T08:10:00+08:00', kind: 'fouling' }] })
 */
export const petRecordSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  unit: z.string().check(z.minLength(1)),
  animal: animalSchema,
  /** What the host calls it (e.g. 柯基犬); free text. */
  description: z.optional(z.string()),
  places: z.optional(z.array(sharedPlaceSchema)),
  incidents: z.optional(z.array(petIncidentSchema)),
});
/** One animal kept in a unit (see {@link petRecordSchema}). @example const r: PetRecord = { id: 'PET-1', unit: '5栋302', animal: 'cat' }; */
export type PetRecord = z.infer<typeof petRecordSchema>;

/** @internal Labels of the pet record's fields, for Chinese error texts. */
export const PETS_FIELD_LABELS: FieldLabels = {
  animal: text('动物种类', 'animal'),
  places: text('占用的共用地方', 'places'),
  incidents: text('不文明养宠行为', 'incidents'),
  remindedAt: text('提醒时间', 'reminded at'),
  kind: text('行为类别', 'kind'),
  at: text('发生时间', 'at'),
};
