import type { ProcedureDefinition } from '../core/procedure';
import { complaintProcedure } from '../procedures/complaint/procedure';
import { firstResponderProcedure } from '../procedures/first-responder/index';
import { followUpProcedure } from '../procedures/follow-up/index';
import { kpiProcedure } from '../procedures/kpi/index';

/**
 * Every procedure the docs are generated for, in the order of the index page.
 *
 * @example
 * allProcedures.map((p) => p.name) // ['complaint', …]
 */
export const allProcedures: readonly ProcedureDefinition[] = [complaintProcedure, firstResponderProcedure, followUpProcedure, kpiProcedure];
