/**
 * `wuye-rules/parking` — the parking-space procedure of 《写字楼物业客服工作制度范例》 (办理车位程序):
 * application, copies, fee at finance, space confirmed, permit issued.
 *
 * @example
 * import { startParking, stepParking, checkParking } from 'wuye-rules/parking';
 * const [snapshot] = startParking({ id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' } });
 *
 * @module
 */
export type { ParkingApplication, ParkingCopy } from './schema';
export { parkingApplicationSchema } from './schema';
export type { ParkingEvent } from './events';
export { parkingEventSchema } from './events';
export { parkingPacks, parkingParameters } from './policy';
export { checkParking, parkingRules } from './rules';
export type { ParkingMachine } from './machine';
export { createParkingMachine, parkingMachine, startParking, restoreParking, stepParking, parseParkingEvent } from './machine';
export { parkingProcedure } from './procedure';
