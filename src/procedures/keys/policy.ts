import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { ConstructionKeyCategory, KeyPurpose } from './schema';
import { constructionKeyCategorySchema, keyPurposeSchema } from './schema';

/**
 * @internal The purposes for which a key may be left with registration only, without a custody
 * agreement (《物业客户服务类服务标准表》 客户物品代管 1: 返修、燃气开通等).
 *
 * @example
 * paramValue(undefined, registrationOnlyPurposes) // ['repair', 'gas-connection']
 */
export const registrationOnlyPurposes = defineParameter<KeyPurpose[]>({
  id: 'keys.registrationOnlyPurposes',
  title: text('只须登记、无须代管委托书的留钥用途', 'Purposes that need registration only, not a custody agreement'),
  unit: 'list',
  schema: z.array(z.enum(keyPurposeSchema.options.filter((p): p is Exclude<KeyPurpose, 'custody'> => p !== 'custody') as [Exclude<KeyPurpose, 'custody'>, ...Exclude<KeyPurpose, 'custody'>[]])),
  default: ['repair', 'gas-connection'],
  defaultFrom: 'STD',
  source: cite('STD', '客户物品代管 1'),
});

/**
 * @internal The kinds of key the construction side hands over that must be accepted by checklist
 * (《客服制度》 钥匙管理规定 1).
 *
 * @example
 * paramValue(undefined, acceptedCategories).includes('show-flat') // true
 */
export const acceptedCategories = defineParameter<ConstructionKeyCategory[]>({
  id: 'keys.acceptedCategories',
  title: text('须按验收流程验收的移交钥匙类别', 'Handed-over key kinds accepted by checklist'),
  unit: 'list',
  schema: z.array(constructionKeyCategorySchema).check(z.minLength(1)),
  default: ['vacant-unit', 'show-flat', 'mailbox', 'plant-room', 'office'],
  defaultFrom: 'RULES',
  source: cite('RULES', '钥匙管理规定 1'),
});

/**
 * The parameters of the key procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * keysParameters.registrationOnlyPurposes.default // ['repair', 'gas-connection']
 */
export const keysParameters = Object.freeze({ registrationOnlyPurposes, acceptedCategories });

/**
 * The key slice of each source document's pack, derived from the parameters.
 *
 * @example
 * const policy = composePolicy(keysPacks.STD, keysPacks.RULES, { 'keys.registrationOnlyPurposes': ['repair'] });
 */
export const keysPacks: Readonly<Record<'STD' | 'RULES', PolicyPack>> = derivePacks<'STD' | 'RULES'>(keysParameters);
