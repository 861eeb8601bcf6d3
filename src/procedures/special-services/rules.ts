import type { CheckOptions } from '../../core/check-options';
import { isoToEpochMs } from '../../core/iso';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { checkOptions } from '../../core/check-options';
import { agreementTerms, priceBureauFiling, priceReviewers } from './policy';
import type { ServiceItem, SpecialServiceRecord } from './schema';
import { AGREEMENT_TERM_LABELS, REVIEWER_LABELS, SPECIAL_SERVICES_FIELD_LABELS, serviceCatalogueSchema, specialServiceRecordSchema } from './schema';

// Instants are validated by the schemas first, so isoToEpochMs is defined here.
const ms = (at: string) => isoToEpochMs(at)!;

type ItemFacts = { itemId: string; name: string; missing?: MissingField[]; orderId?: string };
type OrderFacts = { orderId: string; customer: string; problem: string; problemZh: string; missing?: MissingField[] };

const priceNotDisplayed = defineRule<ItemFacts>({
  id: 'special-services.price-not-displayed',
  severity: 'error',
  source: cite('STD', '特约服务 管理要求 2'),
  title: text('在显著位置公示服务内容、收费标准', 'Display the services and prices prominently'),
  parameters: [],
  message: (d) => text(`特约服务项目“${d.name}”（${d.itemId}）未公示服务内容及收费标准。`, `Special service "${d.name}" (${d.itemId}) has no displayed content and price.`),
});

const priceNotReviewed = defineRule<ItemFacts>({
  id: 'special-services.price-not-reviewed',
  severity: 'error',
  source: cite('STD', '特约服务 管理要求 2'),
  title: text('收费标准经公司品质、财务部门审核', 'Prices reviewed by the company’s quality and finance departments'),
  parameters: [priceReviewers],
  message: (d) => text(`特约服务项目“${d.name}”（${d.itemId}）的收费标准缺少：${joinLabels(d.missing ?? [], 'zh-CN')}。`, `Special service "${d.name}" (${d.itemId}) lacks: ${joinLabels(d.missing ?? [], 'en')}.`),
});

const priceNotFiled = defineRule<ItemFacts>({
  id: 'special-services.price-not-filed',
  severity: 'error',
  source: cite('STD', '特约服务 管理要求 2'),
  title: text('当地政策要求时，收费标准报物价部门备案', 'Prices filed with the price bureau where local policy asks'),
  parameters: [priceBureauFiling],
  message: (d) => text(`特约服务项目“${d.name}”（${d.itemId}）的收费标准未报物价部门备案。`, `Special service "${d.name}" (${d.itemId}) was not filed with the price bureau.`),
});

const newServiceUnapproved = defineRule<ItemFacts>({
  id: 'special-services.new-service-unapproved',
  severity: 'error',
  source: cite('STD', '特约服务 管理要求 3'),
  title: text('超出常规服务的新服务项目须经公司审批后方可提供', 'A new service beyond the regular list needs company approval first'),
  parameters: [],
  message: (d) =>
    d.orderId
      ? text(`订单 ${d.orderId} 提供了新服务项目“${d.name}”，开始时尚未经公司审批。`, `Order ${d.orderId} provided the new service "${d.name}" before the company approved it.`)
      : text(`新服务项目“${d.name}”（${d.itemId}）未经公司审批。`, `The new service "${d.name}" (${d.itemId}) has no company approval.`),
});

const itemNotOffered = defineRule<ItemFacts>({
  id: 'special-services.item-not-offered',
  severity: 'error',
  source: cite('STD', '特约服务 管理要求 2、3'),
  title: text('只提供已公示或已审批的服务项目', 'Only displayed or approved services are provided'),
  parameters: [],
  message: (d) => text(`订单 ${d.orderId} 的服务项目 ${d.itemId} 不在本项目的服务目录中。`, `Order ${d.orderId} is for service ${d.itemId}, which is not in the project’s catalogue.`),
});

const termsNotExplained = defineRule<OrderFacts>({
  id: 'special-services.terms-not-explained',
  severity: 'error',
  source: cite('STD', '特约服务 服务提供 1'),
  title: text('提供服务前向客户说明服务内容及收费标准', 'Explain the service and its price before providing it'),
  parameters: [],
  message: (d) => text(`订单 ${d.orderId}（${d.customer}）：${d.problemZh}。`, `Order ${d.orderId} (${d.customer}): ${d.problem}.`),
});

const notSigned = defineRule<OrderFacts>({
  id: 'special-services.not-signed',
  severity: 'error',
  source: cite('STD', '特约服务 服务提供 1'),
  title: text('服务完毕后由客户在居家服务情况记录表上签字确认', 'The customer signs the home-service record after the service'),
  parameters: [],
  message: (d) => text(`订单 ${d.orderId}（${d.customer}）：${d.problemZh}。`, `Order ${d.orderId} (${d.customer}): ${d.problem}.`),
});

const noAgreement = defineRule<OrderFacts>({
  id: 'special-services.long-term-without-agreement',
  severity: 'error',
  source: cite('STD', '特约服务 服务提供 2'),
  title: text('长期服务须签订特约服务协议', 'A long-term service needs a special-service agreement'),
  parameters: [agreementTerms],
  message: (d) => text(`订单 ${d.orderId}（${d.customer}）：${d.problemZh}。`, `Order ${d.orderId} (${d.customer}): ${d.problem}.`),
});

const newItemNotFlagged = defineRule<ItemFacts>({
  id: 'special-services.new-item-not-flagged',
  severity: 'warning',
  source: cite('STD', '特约服务 服务回访 1 ②'),
  title: text('新推出的服务项目标记为须100%回访', 'Orders of a new service are flagged for a 100% follow-up'),
  parameters: [],
  message: (d) => text(`订单 ${d.orderId} 属新服务项目“${d.name}”，但未标记为新服务项目，回访比例会偏低。`, `Order ${d.orderId} is for the new service "${d.name}" but is not flagged newServiceItem; its follow-up would be under-sampled.`),
});

/**
 * Every rule of the special-services procedure, by name.
 *
 * @example
 * specialServicesRules.notSigned.source.clause // '特约服务 服务提供 1'
 */
export const specialServicesRules = Object.freeze({
  priceNotDisplayed,
  priceNotReviewed,
  priceNotFiled,
  newServiceUnapproved,
  itemNotOffered,
  termsNotExplained,
  notSigned,
  noAgreement,
  newItemNotFlagged,
}) satisfies Record<string, Rule<never>>;

/**
 * Checks a project's special-service offer (STD 特约服务 管理要求 2、3): every item displayed
 * and its price reviewed (and filed where the policy asks); every new service approved by the
 * company. The clauses set no time limit, so `asOf` is checked but changes nothing. A bad
 * catalogue is a typed error and is left unchanged.
 *
 * @example
 * checkServiceCatalogue([{ id: 'pet-sit', name: '宠物代喂', regular: false, displayedAt: '2026-04-01T09:00:00+08:00', reviewedBy: ['quality', 'finance'] }], { asOf: '2026-05-01T00:00:00+08:00' }).map((v) => v.ruleId)
 * // ['special-services.new-service-unapproved']
 */
export function checkServiceCatalogue(items: readonly ServiceItem[], options: CheckOptions): Violation[] {
  parseInput(serviceCatalogueSchema, items, text('特约服务目录', 'special-service catalogue'), SPECIAL_SERVICES_FIELD_LABELS);
  const { policy } = checkOptions(options);
  const reviewers = paramValue(policy, priceReviewers);
  const filing = paramValue(policy, priceBureauFiling);
  const out: Violation[] = [];
  for (const item of items) {
    const facts = { itemId: item.id, name: item.name };
    if (!item.displayedAt) out.push(violation(priceNotDisplayed, facts, policy));
    const missing = reviewers.filter((r) => !(item.reviewedBy ?? []).includes(r)).map((r) => missingField(`reviewedBy.${r}`, REVIEWER_LABELS[r]));
    if (missing.length > 0) out.push(violation(priceNotReviewed, { ...facts, missing }, policy));
    if (filing && !item.filedAt) out.push(violation(priceNotFiled, facts, policy));
    if (!item.regular && !item.approval) out.push(violation(newServiceUnapproved, facts, policy));
  }
  return applicable(out, options.policy);
}

/**
 * Checks one special-service order (STD 特约服务 服务提供): the content and price explained
 * before the service, the customer's signature after it, an agreement for a long-term
 * service; with `options.catalogue` (the project's offer), the item offered and — if new —
 * approved before it started, and the order flagged for the 100% follow-up of
 * `wuye-rules/follow-up`. The follow-up itself (timing, ratios) is checked there, on the same
 * record. The clauses set no time limit: the order is judged on its own instants, and `asOf`
 * is checked but changes nothing. A bad record is a typed error and is left unchanged.
 *
 * @example
 * checkSpecialServices({ id: 'S-1', serviceItem: 'clean-2h', customer: '5栋302', startedAt: '2026-05-06T09:00:00+08:00', completedAt: '2026-05-06T11:00:00+08:00' }, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)
 * // ['special-services.terms-not-explained', 'special-services.not-signed']
 */
export function checkSpecialServices(order: SpecialServiceRecord, options: CheckOptions & { readonly catalogue?: readonly ServiceItem[] | undefined }): Violation[] {
  parseInput(specialServiceRecordSchema, order, text('特约服务订单', 'special-service order'), SPECIAL_SERVICES_FIELD_LABELS);
  const { policy } = checkOptions(options);
  const { catalogue } = options;
  if (catalogue !== undefined) parseInput(serviceCatalogueSchema, catalogue, text('特约服务目录', 'special-service catalogue'), SPECIAL_SERVICES_FIELD_LABELS);
  const out: Violation[] = [];
  const base = { orderId: order.id, customer: order.customer };
  const begins = order.startedAt ?? order.completedAt;
  if (begins !== undefined) {
    if (order.explainedAt === undefined) {
      out.push(violation(termsNotExplained, { ...base, problem: 'no explanation of the service and price was recorded', problemZh: '未记录服务前说明服务内容及收费标准' }, policy));
    } else if (ms(order.explainedAt) > ms(begins)) {
      out.push(violation(termsNotExplained, { ...base, problem: `the service and price were explained at ${order.explainedAt}, after the service began at ${begins}`, problemZh: `说明时间 ${order.explainedAt} 晚于服务开始 ${begins}` }, policy));
    }
  }
  if (order.completedAt !== undefined) {
    if (order.signedAt === undefined) {
      out.push(violation(notSigned, { ...base, problem: 'the customer did not sign the home-service record', problemZh: '客户未在居家服务情况记录表上签字确认' }, policy));
    } else if (ms(order.signedAt) < ms(order.completedAt)) {
      out.push(violation(notSigned, { ...base, problem: `signed at ${order.signedAt}, before the service was completed at ${order.completedAt}`, problemZh: `签字时间 ${order.signedAt} 早于服务完毕 ${order.completedAt}` }, policy));
    }
  }
  if (order.longTerm) {
    if (!order.agreement) {
      out.push(violation(noAgreement, { ...base, problem: 'a long-term service without a special-service agreement', problemZh: '长期服务未签订特约服务协议' }, policy));
    } else {
      const missing = paramValue(policy, agreementTerms).filter((t) => !order.agreement!.covers.includes(t)).map((t) => missingField(`agreement.${t}`, AGREEMENT_TERM_LABELS[t]));
      if (missing.length > 0) out.push(violation(noAgreement, { ...base, missing, problem: `the agreement does not set out: ${joinLabels(missing, 'en')}`, problemZh: `协议未约定：${joinLabels(missing, 'zh-CN')}` }, policy));
    }
  }
  if (catalogue !== undefined) {
    const item = catalogue.find((i) => i.id === order.serviceItem);
    const facts = { itemId: order.serviceItem, name: item?.name ?? order.serviceItem, orderId: order.id };
    if (!item) out.push(violation(itemNotOffered, facts, policy));
    else if (!item.regular) {
      const approvedInTime = item.approval !== undefined && (begins === undefined || ms(item.approval.at) <= ms(begins));
      if (!approvedInTime) out.push(violation(newServiceUnapproved, facts, policy));
      if (order.newServiceItem !== true) out.push(violation(newItemNotFlagged, facts, policy));
    }
  }
  return applicable(out, options.policy);
}
