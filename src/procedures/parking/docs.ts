import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'parking.requiredCopies': text('行驶证、驾驶证、车辆保险单的复印件；三者齐全才进入缴费。', 'Copies of the vehicle licence, the driving licence and the insurance policy; all of them before the fee is paid.'),
  'parking.leaseReferenceRequired': text(
    '写字楼的车位依租赁合同相关条款申请；本库以申请记录注明合同编号为准，未注明为警告（住宅项目可设为 false）。',
    'An office tenant applies under the terms of the lease; the library checks that the application names the contract, and a missing one is a warning (a residential estate may set false).',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * parkingDocs.summary['zh-CN'].length > 0 // true
 */
export const parkingDocs: ProcedureDocs = {
  name: 'parking',
  summary: text(
    '依租赁合同填写车位申请表；提供行驶证、驾驶证及车辆保险单复印件；到财务部缴纳车位费；按需求提供车位并经客户确认；客户认可后办理停车证。客户服务部、财务部、安保部协助办理。',
    'Fill in the parking application under the lease; hand in copies of the vehicle licence, driving licence and insurance policy; pay the fee at finance; a space is offered for the customer’s need and confirmed; once the customer agrees, the permit is issued. Customer service, finance and security handle it together.',
  ),
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
  parameters: P,
  rules: {
    'parking.space-unconfirmed': text('“得到客户认可后”办理停车证：车位须已提供且经客户确认。', '"Once the customer agrees" the permit is issued: a space must have been offered and confirmed.'),
    'parking.out-of-order': text('五个步骤有先后；某一步的时间早于前一步即为顺序颠倒（时间相同视为按序）。', 'The five steps are ordered; a step dated before the previous one is out of order (equal instants are in order).'),
    'parking.lease-reference-missing': P['parking.leaseReferenceRequired']!,
  },
};
