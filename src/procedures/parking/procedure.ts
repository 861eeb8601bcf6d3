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
  summary: text(
    '依租赁合同填写车位申请表；提供行驶证、驾驶证及车辆保险单复印件；到财务部缴纳车位费；按需求提供车位并经客户确认；客户认可后办理停车证。客户服务部、财务部、安保部协助办理。',
    'Fill in the parking application under the lease; hand in copies of the vehicle licence, driving licence and insurance policy; pay the fee at finance; a space is offered for the customer’s need and confirmed; once the customer agrees, the permit is issued. Customer service, finance and security handle it together.',
  ),
  sources: [cite('OFFICE', '办理车位程序 1–5、说明')],
  parameters: [...CORE_PARAMETERS, ...Object.values(parkingParameters)],
  packs: Object.values(parkingPacks),
  rules: Object.values(parkingRules) as Rule<never>[],
  readings: [
    text(
      '停车证只在收齐复印件、已缴费、客户已确认车位之后发出：状态机的 canIssue 守卫与 checkParkingApplication 用同一清单。',
      'A permit is issued only after the copies, the fee and the customer’s confirmation: the machine’s canIssue guard and checkParkingApplication use the same list.',
    ),
    text(
      '客户不认可所提供的车位（DECLINE_SPACE）时回到“提供车位”，另行提供；程序未规定退费，撤回申请（WITHDRAW）不判断费用。',
      'If the customer does not accept the offered space (DECLINE_SPACE) the case goes back to offering another; the procedure says nothing about refunds, so a withdrawal (WITHDRAW) does not judge the fee.',
    ),
    text('程序没有时限数字，故不设期限检查。', 'The procedure states no time limits, so nothing is checked against a deadline.'),
  ],
  case: parkingCase,
  schemas: { record: parkingApplicationSchema, event: parkingEventSchema },
  pathModel: {
    input: { id: 'P-EXAMPLE', appliedAt: AT, applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' }, leaseContractNo: 'L-EXAMPLE' },
    events: SAMPLE_EVENTS,
    // The copies handed in so far decide whether SUBMIT_COPIES moves on.
    key: (s) => Object.keys((s.context as CaseContext<ParkingApplication>).record.copies ?? {}).sort(),
  },
});
