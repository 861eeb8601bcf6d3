import type { ProcedureDefinition } from '../core/procedure';
import type { ProcedureDocs } from '../core/procedure-docs';
import { complaintDocs } from '../procedures/complaint/docs';
import { customerRecordsDocs } from '../procedures/customer-records/docs';
import { deliveryDocs } from '../procedures/delivery/docs';
import { firstResponderDocs } from '../procedures/first-responder/docs';
import { followUpDocs } from '../procedures/follow-up/docs';
import { keysDocs } from '../procedures/keys/docs';
import { kpiDocs } from '../procedures/kpi/docs';
import { lostPropertyDocs } from '../procedures/lost-property/docs';
import { moveOutDocs } from '../procedures/move-out/docs';
import { parkingDocs } from '../procedures/parking/docs';
import { petsDocs } from '../procedures/pets/docs';
import { quietHoursDocs } from '../procedures/quiet-hours/docs';
import { renovationDocs } from '../procedures/renovation/docs';
import { specialServicesDocs } from '../procedures/special-services/docs';
import { visitorsDocs } from '../procedures/visitors/docs';
import { workOrderDocs } from '../procedures/work-order/docs';

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

/**
 * The docs-only text of every procedure (summary and readings), by procedure name: what the
 * generated pages show beside the definitions in {@link allProcedures}.
 *
 * @example
 * PROCEDURE_DOCS['complaint']?.summary.en.length > 0 // true
 */
export const PROCEDURE_DOCS: Readonly<Record<string, ProcedureDocs>> = Object.fromEntries(
  [complaintDocs, customerRecordsDocs, deliveryDocs, firstResponderDocs, followUpDocs, keysDocs, kpiDocs, lostPropertyDocs, moveOutDocs, parkingDocs, petsDocs, quietHoursDocs, renovationDocs, specialServicesDocs, visitorsDocs, workOrderDocs].map((d) => [d.name, d]),
);
