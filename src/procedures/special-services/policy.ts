import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { AgreementTerm, PriceReviewer } from './schema';
import { agreementTermSchema, priceReviewerSchema } from './schema';

const unique = <T>(a: readonly T[]) => new Set(a).size === a.length;

/**
 * @internal The departments that review a project's prices before display (管理要求 2).
 *
 * @example
 * paramValue(undefined, priceReviewers) // ['quality', 'finance']
 */
export const priceReviewers = defineParameter<readonly PriceReviewer[]>({
  id: 'specialServices.priceReviewers',
  title: text('收费标准须经审核的部门', 'Departments that review the prices'),
  unit: 'list',
  schema: z.array(priceReviewerSchema).check(z.refine(unique, 'no duplicates')),
  default: ['quality', 'finance'],
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 管理要求 2'),
});

/**
 * @internal Whether prices must be filed with the price bureau (管理要求 2: "根据当地政策确定是否报物价部门
 * 备案" — local policy decides, so off unless the host turns it on).
 *
 * @example
 * paramValue(undefined, priceBureauFiling) // false
 */
export const priceBureauFiling = defineParameter<boolean>({
  id: 'specialServices.priceBureauFiling',
  title: text('收费标准报物价部门备案', 'File the prices with the price bureau'),
  unit: 'flag',
  schema: z.boolean(),
  default: false,
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 管理要求 2'),
});

/**
 * @internal What a long-term agreement must set out (服务提供 2).
 *
 * @example
 * paramValue(undefined, agreementTerms) // ['content', 'term', 'fees', 'responsibilities']
 */
export const agreementTerms = defineParameter<readonly AgreementTerm[]>({
  id: 'specialServices.agreementTerms',
  title: text('特约服务协议须约定的事项', 'What a long-term agreement sets out'),
  unit: 'list',
  schema: z.array(agreementTermSchema).check(z.refine(unique, 'no duplicates')),
  default: ['content', 'term', 'fees', 'responsibilities'],
  defaultFrom: 'STD',
  source: cite('STD', '特约服务 服务提供 2'),
});

/**
 * The parameters of the special-services procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure). The follow-up numbers of 特约服务 服务回访 are
 * in `wuye-rules/follow-up`.
 *
 * @example
 * specialServicesParameters.priceReviewers.default // ['quality', 'finance']
 */
export const specialServicesParameters = Object.freeze({ priceReviewers, priceBureauFiling, agreementTerms });

/**
 * The special-services slice of 《物业客户服务类服务标准表》 (the only source that states it),
 * derived from the parameters. The follow-up numbers of 特约服务 服务回访 are in the
 * follow-up packs.
 *
 * @example
 * const policy = composePolicy(specialServicesPacks.STD, { 'specialServices.priceBureauFiling': true });
 */
export const specialServicesPacks: Readonly<Record<'STD', PolicyPack>> = derivePacks<'STD'>(specialServicesParameters);
