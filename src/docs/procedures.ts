import type { ProcedureDefinition } from '../core/procedure';
import { complaintProcedure } from '../procedures/complaint/procedure';
import { firstResponderProcedure } from '../procedures/first-responder/index';
import { followUpProcedure } from '../procedures/follow-up/index';
import { deliveryProcedure } from '../procedures/delivery/index';
import { kpiProcedure } from '../procedures/kpi/index';
import { parkingProcedure } from '../procedures/parking/index';
import { petsProcedure } from '../procedures/pets/index';
import { specialServicesProcedure } from '../procedures/special-services/index';
import { quietHoursProcedure } from '../procedures/quiet-hours/index';
import { renovationProcedure } from '../procedures/renovation/index';
import { workOrderProcedure } from '../procedures/work-order/index';

/**
 * Every procedure the docs are generated for, in the order of the index page.
 *
 * @example
 * allProcedures.map((p) => p.name) // ['complaint', …]
 */
export const allProcedures: readonly ProcedureDefinition[] = [complaintProcedure, firstResponderProcedure, workOrderProcedure, renovationProcedure, quietHoursProcedure, followUpProcedure, kpiProcedure, parkingProcedure, deliveryProcedure, petsProcedure, specialServicesProcedure];
