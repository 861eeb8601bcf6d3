import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { deliveryMilestones, moveInVisitWithinDays } from '../kpi/policy';
import type { Handbook, InspectionDepartment, TakeoverDocument } from './schema';
import { handbookSchema, inspectionDepartmentSchema, takeoverDocumentSchema } from './schema';

const uniqueList = <T extends z.ZodType<string>>(item: T) => z.array(item).refine((a) => new Set(a).size === a.length, 'no duplicates');

/**
 * @internal 物业接管程序 1: the contract is signed and two sets of copies prepared.
 *
 * @example
 * paramValue(undefined, contractCopySets) // 2
 */
export const contractCopySets = defineParameter<number>({
  id: 'delivery.contractCopySets',
  title: text('接管合同复印件套数', 'Copy sets of the takeover contract'),
  unit: 'sets',
  schema: z.number().int().nonnegative(),
  default: 2,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '物业接管程序 1'),
});

/**
 * @internal 物业接管程序 2: the documents the other side provides.
 *
 * @example
 * paramValue(undefined, requiredTakeoverDocuments) // ['constructionCertificates', 'completionCertificates', 'businessLicence']
 */
export const requiredTakeoverDocuments = defineParameter<readonly TakeoverDocument[]>({
  id: 'delivery.requiredDocuments',
  title: text('接管须取得的证明文件', 'Documents required for a takeover'),
  unit: 'list',
  schema: uniqueList(takeoverDocumentSchema),
  default: ['constructionCertificates', 'completionCertificates', 'businessLicence'],
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '物业接管程序 2'),
});

/**
 * @internal 物业接管程序 3: the departments that inspect together.
 *
 * @example
 * paramValue(undefined, inspectionDepartments) // ['customerService', 'security', 'engineering']
 */
export const inspectionDepartments = defineParameter<readonly InspectionDepartment[]>({
  id: 'delivery.inspectionDepartments',
  title: text('共同验收的部门', 'Departments of the joint inspection'),
  unit: 'list',
  schema: uniqueList(inspectionDepartmentSchema),
  default: ['customerService', 'security', 'engineering'],
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '物业接管程序 3'),
});

/**
 * @internal 物业接管程序 5: the handbooks issued to the owners.
 *
 * @example
 * paramValue(undefined, takeoverHandbooks) // ['user', 'renovation', 'emergency']
 */
export const takeoverHandbooks = defineParameter<readonly Handbook[]>({
  id: 'delivery.handbooks',
  title: text('向业主发放的手册', 'Handbooks issued to the owners'),
  unit: 'list',
  schema: uniqueList(handbookSchema),
  default: ['user', 'renovation', 'emergency'],
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '物业接管程序 5'),
});

/**
 * The parameters of the delivery procedure, by name: the takeover steps, and — shared with
 * `wuye-rules/kpi`, the same objects — the STD lead times and the move-in visit (the core
 * ones, `core.zone` and `core.dayCounting`, apply to every procedure).
 *
 * @example
 * deliveryParameters.contractCopySets.default // 2
 */
export const deliveryParameters = Object.freeze({
  contractCopySets,
  requiredDocuments: requiredTakeoverDocuments,
  inspectionDepartments,
  handbooks: takeoverHandbooks,
  deliveryMilestones,
  moveInVisitWithinDays,
});

/**
 * The delivery slice of each source, derived from the parameters: 《写字楼物业客服工作制度范例》
 * the takeover steps; 《物业客户服务类服务标准表》 the lead times (the same parameters as
 * `kpiPacks.STD`, so either pack sets them).
 *
 * @example
 * const policy = composePolicy(deliveryPacks.OFFICE, deliveryPacks.STD);
 */
export const deliveryPacks: Readonly<Record<'OFFICE' | 'STD', PolicyPack>> = derivePacks<'OFFICE' | 'STD'>(deliveryParameters);
