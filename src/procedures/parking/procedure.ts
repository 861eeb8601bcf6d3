import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { CaseContext } from '../../core/case-context';
import type { ParkingEvent } from './events';
import type { ParkingApplication } from './schema';
import { parkingEventSchema } from './events';
import { parkingCase } from './machine';
import { parkingPacks, parkingParameters } from './policy';
import { parkingRules } from './rules';
import { parkingApplicationSchema } from './schema';

const AT = '2026-05-06T10:00:00+08:00';

/** One sample event per guard outcome (partial and complete copies, a declined space). */
const SAMPLE_EVENTS: ParkingEvent[] = [
  { type: 'SUBMIT_COPIES', at: AT, copies: ['drivingLicence'] },
  { type: 'SUBMIT_COPIES', at: AT, copies: ['drivingLicence', 'vehicleLicence', 'insurance'] },
  { type: 'PAY_FEE', at: AT, receiptNo: 'CW-EXAMPLE' },
  { type: 'OFFER_SPACE', at: AT, spaceNo: 'B1-001' },
  { type: 'CONFIRM_SPACE', at: AT },
  { type: 'DECLINE_SPACE', at: AT },
  { type: 'ISSUE_PERMIT', at: AT, permitNo: 'TC-EXAMPLE' },
  { type: 'WITHDRAW', at: AT, reason: '不再需要' },
];

/**
 * The parking-space procedure as data, for the docs generator and a testing kit.
 *
 * @example
 * parkingProcedure.case?.machine.id // 'parking'
 */
export const parkingProcedure = defineProcedure({
  name: 'parking',
  title: text('办理车位', 'Parking space application'),
  sources: [cite('OFFICE', '办理车位程序 1–5、说明')],
  parameters: [...CORE_PARAMETERS, ...Object.values(parkingParameters)],
  packs: Object.values(parkingPacks),
  rules: Object.values(parkingRules) as Rule<never>[],
  case: parkingCase,
  schemas: { record: parkingApplicationSchema, event: parkingEventSchema },
  pathModel: {
    input: { id: 'P-EXAMPLE', appliedAt: AT, applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' }, leaseContractNo: 'L-EXAMPLE' },
    events: SAMPLE_EVENTS,
    // The copies handed in so far decide whether SUBMIT_COPIES moves on.
    key: (s) => Object.keys((s.context as CaseContext<ParkingApplication>).record.copies ?? {}).sort(),
  },
});
