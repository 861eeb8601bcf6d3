import type { ProcedureDefinition } from '../core/procedure';
import { complaintProcedure } from '../procedures/complaint/procedure';
import { firstResponderProcedure } from '../procedures/first-responder/index';
import { followUpProcedure } from '../procedures/follow-up/index';
import { customerRecordsProcedure } from '../procedures/customer-records/index';
import { deliveryProcedure } from '../procedures/delivery/index';
import { keysProcedure } from '../procedures/keys/index';
import { lostPropertyProcedure } from '../procedures/lost-property/index';
import { moveOutProcedure } from '../procedures/move-out/index';
import { kpiProcedure } from '../procedures/kpi/index';
import { parkingProcedure } from '../procedures/parking/index';
import { petsProcedure } from '../procedures/pets/index';
import { specialServicesProcedure } from '../procedures/special-services/index';
import { visitorsProcedure } from '../procedures/visitors/index';
import { quietHoursProcedure } from '../procedures/quiet-hours/index';
import { renovationProcedure } from '../procedures/renovation/index';
import { workOrderProcedure } from '../procedures/work-order/index';

/**
 * Every procedure the docs are generated for, in the order of the index page.
 *
 * @example
 * allProcedures.map((p) => p.name) // ['complaint', …]
 */
export const allProcedures: readonly ProcedureDefinition[] = [complaintProcedure, firstResponderProcedure, workOrderProcedure, renovationProcedure, quietHoursProcedure, followUpProcedure, kpiProcedure, moveOutProcedure, keysProcedure, lostPropertyProcedure, customerRecordsProcedure, parkingProcedure, deliveryProcedure, petsProcedure, specialServicesProcedure, visitorsProcedure];
