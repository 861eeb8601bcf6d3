// The schema of a period label, apart from schema.ts: follow-up's cadence log reads periods
// too, and must not bundle kpi's record schemas and labels to get it.
import * as z from 'zod/mini';
import { PERIOD } from './period';

/** @internal A period label 'YYYY', 'YYYY-Qn' or 'YYYY-MM' (years 1000–9998). */
export const periodSchema = z.string().check(z.regex(PERIOD, { message: "expected a period 'YYYY', 'YYYY-Qn' or 'YYYY-MM'" })).check(z.refine((p) => !p.startsWith('9999'), { message: 'years 1000–9998' }));
