// The 24-hour service line: a phone line that takes repairs, help requests and complaints
// around the clock (《物业客户服务类服务标准表》 投诉管理 总要求 2), and its number and the
// complaint channels published to customers (客户沟通 基本要求 1).
import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { instantSchema } from '../../core/instant-schema';
import { compareInstants, formatLocal, toIsoInstant } from '../../core/instant';
import { zoneParameter } from '../../core/core-parameters';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { checkDeskStaffing, deskRosterSchema } from './desk-roster';
import { minDeskStaff } from './policy';

/**
 * The service line over a period: its number, the shifts answering it over `[from, to)`
 * (as a desk roster), and where and when the number and complaint channels were published.
 * Extra host fields are allowed.
 *
 * @example
 * serviceLineSchema.parse({ phone: '0755-12345678', from: '2026-05-06T00:00:00+08:00', to: '2026-05-07T00:00:00+08:00', shifts: [], published: [{ where: '大堂公告栏', at: '2026-05-01T09:00:00+08:00' }] })
 */
export const serviceLineSchema = deskRosterSchema.extend({
  phone: z.string().min(1),
  published: z.array(z.looseObject({ where: z.string().min(1), at: instantSchema, complaintChannels: z.boolean().optional() })),
});
/** @example const l: ServiceLine = { phone: '0755-12345678', from: '2026-05-06T00:00:00+08:00', to: '2026-05-07T00:00:00+08:00', shifts: [], published: [] }; */
export type ServiceLine = z.infer<typeof serviceLineSchema>;

/**
 * The rules of the 24-hour service line, by name.
 *
 * @example
 * serviceLineRules.unstaffed.id // 'first-responder.service-line-unstaffed'
 */
export const serviceLineRules = Object.freeze({
  unstaffed: defineRule<{ phone: string; from: string; to: string; staffed: number; required: number }>({
    id: 'first-responder.service-line-unstaffed',
    severity: 'error',
    source: cite('STD', '投诉管理 总要求 2'),
    title: text('24小时电话接听', 'The service line is answered 24 hours a day'),
    parameters: [minDeskStaff],
    message: (d) => text(`服务电话 ${d.phone}：${d.from} 至 ${d.to} 接听人数 ${d.staffed}，少于 ${d.required} 人。`, `Service line ${d.phone}: from ${d.from} to ${d.to} it had ${d.staffed} staff answering, fewer than ${d.required}.`),
  }),
  unpublished: defineRule<{ phone: string; from: string; complaintChannels: boolean }>({
    id: 'first-responder.service-line-unpublished',
    severity: 'error',
    source: cite('STD', '客户沟通 基本要求 1'),
    title: text('向客户公布24小时服务电话与投诉渠道', 'The 24-hour line and the complaint channels are published to customers'),
    parameters: [],
    message: (d) =>
      d.complaintChannels
        ? text(`服务电话 ${d.phone}：${d.from} 前未见公布投诉渠道的记录。`, `Service line ${d.phone}: no publication of the complaint channels before ${d.from}.`)
        : text(`服务电话 ${d.phone}：${d.from} 前未见向客户公布的记录。`, `Service line ${d.phone}: not published to customers before ${d.from}.`),
  }),
}) satisfies Record<string, Rule<never>>;

/**
 * Checks the 24-hour service line over `[from, to)` as of `asOf`: every gap in who answers
 * it (the desk-staffing arithmetic of {@link checkDeskStaffing}, judged up to `asOf`), and
 * whether the number and the complaint channels were published before `from`.
 *
 * @example
 * checkServiceLine({ phone: '0755-12345678', from: '2026-05-06T00:00:00+08:00', to: '2026-05-07T00:00:00+08:00', shifts: [{ staff: '李敏', start: '2026-05-06T00:00:00+08:00', end: '2026-05-06T20:00:00+08:00' }], published: [{ where: '大堂公告栏', at: '2026-05-01T09:00:00+08:00', complaintChannels: true }] }, { asOf: '2026-05-07T00:00:00+08:00' })
 *   .map((v) => [v.ruleId, v.data.from]) // [['first-responder.service-line-unstaffed', '2026-05-06T20:00:00+08:00']]
 */
export function checkServiceLine(line: ServiceLine, options: CheckOptions): Violation[] {
  parseInput(serviceLineSchema, line, text('服务电话', 'service line'), { phone: text('服务电话号码', 'phone'), published: text('公布记录', 'published'), where: text('公布位置', 'where') });
  const { policy } = options;
  const out: Violation[] = [];
  for (const gap of checkDeskStaffing({ from: line.from, to: line.to, shifts: line.shifts }, options)) {
    if (gap.ruleId !== 'first-responder.desk-unmanned') continue;
    const d = gap.data as { from: string; to: string; staffed: number; required: number };
    out.push(violation(serviceLineRules.unstaffed, { phone: line.phone, from: d.from, to: d.to, staffed: d.staffed, required: d.required }, policy));
  }
  const zone = paramValue(policy, zoneParameter);
  if (compareInstants(line.from, options.asOf) <= 0) {
    const before = line.published.filter((p) => compareInstants(p.at, line.from) <= 0);
    const from = formatLocal(toIsoInstant(line.from, zone), zone);
    if (before.length === 0) out.push(violation(serviceLineRules.unpublished, { phone: line.phone, from, complaintChannels: false }, policy));
    else if (!before.some((p) => p.complaintChannels === true)) out.push(violation(serviceLineRules.unpublished, { phone: line.phone, from, complaintChannels: true }, policy));
  }
  return applicable(out, options.policy);
}
