import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { ParkingCopy } from './schema';
import { parkingCopySchema } from './schema';

/**
 * @internal The copies a permit needs (办理车位程序 2): driving licence, vehicle licence, insurance.
 *
 * @example
 * paramValue(undefined, requiredParkingCopies) // ['drivingLicence', 'vehicleLicence', 'insurance']
 */
export const requiredParkingCopies = defineParameter<readonly ParkingCopy[]>({
  id: 'parking.requiredCopies',
  title: text('办理车位须提供的复印件', 'Copies needed for a parking space'),
  unit: 'list',
  schema: z.array(parkingCopySchema).refine((a) => new Set(a).size === a.length, 'no duplicates'),
  default: ['drivingLicence', 'vehicleLicence', 'insurance'],
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '办理车位程序 2'),
});

/**
 * @internal Whether an application must name the lease it relies on (办理车位程序 1: "根據租賃合同相關條款").
 *
 * @example
 * paramValue(undefined, leaseReferenceRequired) // true
 */
export const leaseReferenceRequired = defineParameter<boolean>({
  id: 'parking.leaseReferenceRequired',
  title: text('申请须注明所依据的租赁合同', 'The application names its lease'),
  unit: 'flag',
  schema: z.boolean(),
  default: true,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '办理车位程序 1'),
});

/**
 * The parameters of the parking procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * parkingParameters.requiredCopies.default // ['drivingLicence', 'vehicleLicence', 'insurance']
 */
export const parkingParameters = Object.freeze({ requiredCopies: requiredParkingCopies, leaseReferenceRequired });

/**
 * The parking slice of 《写字楼物业客服工作制度范例》 (the only source with the procedure),
 * derived from the parameters.
 *
 * @example
 * const policy = composePolicy(parkingPacks.OFFICE, { 'parking.requiredCopies': ['drivingLicence', 'vehicleLicence'] });
 */
export const parkingPacks: Readonly<Record<'OFFICE', PolicyPack>> = derivePacks<'OFFICE'>(parkingParameters);
