import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import { compareInstants, formatLocal } from '../../core/instant';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { checkNoisyWork } from '../quiet-hours/rules';
import { requiredFireExtinguishers } from './fire-extinguishers';
import { extinguisherBayArea, extinguishersPerBay } from './policy';
import type { SiteInspection } from './schema';
import { RENOVATION_FIELD_LABELS, siteInspectionSchema } from './schema';

type SiteFacts = { site: string; at: string };

// What an inspection can find (items 4–6), in Chinese.
const FOUND_ZH: Readonly<Record<string, string>> = {
  smoking: '吸烟', drinking: '饮酒', gambling: '赌博', 'guest-toilet': '客用卫生间', 'passenger-lift': '客运电梯',
  shouting: '大声喧哗', horseplay: '追逐打闹', loitering: '闲逛', peeking: '窥探', 'facility-damage': '触动毁坏公共设施',
};

const standard = (item: string) => cite('OFFICE', `二次装修检查标准 ${item}`);

const debris = defineRule<SiteFacts>({
  id: 'renovation.site-debris',
  severity: 'error',
  source: standard('2'),
  title: text('施工现场无大量灰尘、碎屑，无大量堆积施工垃圾', 'No heaps of dust, debris or construction waste on site'),
  parameters: [],
  message: (d) => text(`${d.site}（${d.at}）：施工现场有大量灰尘、碎屑或堆积垃圾。`, `${d.site} (${d.at}): heaps of dust, debris or waste on site.`),
});

const corridor = defineRule<SiteFacts>({
  id: 'renovation.site-corridor-unprotected',
  severity: 'error',
  source: standard('3'),
  title: text('自施工区域门口至货运电梯口的墙面、地面采取有效保护', 'Walls and floor from the site door to the freight lift protected'),
  parameters: [],
  message: (d) => text(`${d.site}（${d.at}）：施工区域门口至货梯口的墙面、地面未有效保护。`, `${d.site} (${d.at}): the way from the site to the freight lift is not protected.`),
});

const misconduct = defineRule<SiteFacts & { found: string[] }>({
  id: 'renovation.site-misconduct',
  severity: 'error',
  source: standard('4'),
  title: text('施工现场无吸烟、饮酒、赌博等不良行为', 'No smoking, drinking or gambling on site'),
  parameters: [],
  message: (d) => text(`${d.site}（${d.at}）：现场有不良行为（${d.found.map((f) => FOUND_ZH[f]).join('、')}）。`, `${d.site} (${d.at}): ${d.found.join(', ')} on site.`),
});

const extinguishers = defineRule<SiteFacts & { areaM2: number; found: number; required: number }>({
  id: 'renovation.site-fire-extinguishers',
  severity: 'error',
  source: standard('4'),
  title: text('每96.35平方米（标准间）至少摆放2个符合标准的灭火器', 'At least 2 standard fire extinguishers per 96.35 m² bay'),
  parameters: [extinguisherBayArea, extinguishersPerBay],
  message: (d) => text(`${d.site}（${d.at}）：面积 ${d.areaM2} 平方米应至少摆放 ${d.required} 个灭火器，现有 ${d.found} 个。`, `${d.site} (${d.at}): ${d.areaM2} m² needs at least ${d.required} fire extinguishers; ${d.found} found.`),
});

const guestFacilities = defineRule<SiteFacts & { found: string[] }>({
  id: 'renovation.site-guest-facilities',
  severity: 'error',
  source: standard('5'),
  title: text('施工人员不使用客用卫生间、不乘坐客运电梯', 'Workers use neither guest toilets nor passenger lifts'),
  parameters: [],
  message: (d) => text(`${d.site}（${d.at}）：施工人员使用${d.found.map((f) => FOUND_ZH[f]).join('、')}。`, `${d.site} (${d.at}): workers used the ${d.found.join(' and ')}.`),
});

const disorder = defineRule<SiteFacts & { found: string[] }>({
  id: 'renovation.site-disorder',
  severity: 'error',
  source: standard('6'),
  title: text('无大声喧哗、追逐打闹；施工区域外无坐卧、闲逛、窥探、触动毁坏公共设施', 'No shouting or horseplay; no lying about, loitering, peeking or damaging facilities outside the site'),
  parameters: [],
  message: (d) => text(`${d.site}（${d.at}）：施工人员有不当行为（${d.found.map((f) => FOUND_ZH[f]).join('、')}）。`, `${d.site} (${d.at}): ${d.found.join(', ')}.`),
});

/**
 * @internal The site-inspection rules (二次装修检查标准 2–6; item 1, noisy work in the
 * forbidden windows, is the quiet-hours procedure's rule).
 */
export const renovationSiteRules = Object.freeze({ debris, corridor, misconduct, extinguishers, guestFacilities, disorder }) satisfies Record<string, Rule<never>>;

/**
 * The options of {@link checkSiteInspection}: the check's options (the renovation policy for
 * the extinguisher bay and zone) and the quiet-hours policy for item 1.
 *
 * @example
 * const o: SiteInspectionOptions = { asOf: '2026-05-18T12:00:00+08:00', quietHours: composePolicy(quietHoursPacks.OFFICE) };
 */
export interface SiteInspectionOptions extends CheckOptions {
  /** The quiet-hours policy for item 1 (default: the office windows). */
  readonly quietHours?: Policy | undefined;
}

/**
 * Checks one inspection against the 二次装修检查标准 checklist: 1 noisy or polluting work in
 * the forbidden windows (quiet hours), 2 dust and debris, 3 corridor protection, 4 misconduct
 * and fire extinguishers (`requiredFireExtinguishers`), 5 guest toilets and passenger lifts,
 * 6 disorder. Returns the violations; an inspection dated after `asOf` has found nothing
 * yet. A bad inspection (including a non-positive area) is a typed error; the inspection is
 * not changed.
 *
 * @example
 * checkSiteInspection({ at: '2026-05-11T10:00:00+08:00', site: '12F 1203', areaM2: 150, fireExtinguishers: 2, noisyWork: true }, { asOf: '2026-05-11T12:00:00+08:00' })
 * // [the quiet-hours rule, renovation.site-fire-extinguishers (4 needed)]
 */
export function checkSiteInspection(inspection: SiteInspection, options: SiteInspectionOptions): Violation[] {
  parseInput(siteInspectionSchema, inspection, text('现场检查记录', 'site inspection'), RENOVATION_FIELD_LABELS);
  checkOptions(options);
  const { policy } = options;
  if (compareInstants(inspection.at, options.asOf) > 0) return [];
  const required = requiredFireExtinguishers(inspection.areaM2, policy);
  const zone = paramValue(policy, zoneParameter);
  const facts: SiteFacts = { site: inspection.site, at: formatLocal(inspection.at, zone) };
  const out: Violation[] = [];
  if (inspection.noisyWork) out.push(...checkNoisyWork([{ at: inspection.at, site: inspection.site }], options.quietHours, options.calendar));
  if (inspection.debris) out.push(violation(debris, facts, policy));
  if (inspection.corridorProtected === false) out.push(violation(corridor, facts, policy));
  if (inspection.misconduct?.length) out.push(violation(misconduct, { ...facts, found: [...inspection.misconduct] }, policy));
  if (inspection.fireExtinguishers < required) out.push(violation(extinguishers, { ...facts, areaM2: inspection.areaM2, found: inspection.fireExtinguishers, required }, policy));
  if (inspection.guestFacilitiesUsed?.length) out.push(violation(guestFacilities, { ...facts, found: [...inspection.guestFacilitiesUsed] }, policy));
  if (inspection.disorder?.length) out.push(violation(disorder, { ...facts, found: [...inspection.disorder] }, policy));
  return applicable(out, options.policy);
}
