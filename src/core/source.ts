import { WuyeError } from './errors';
import { requireObject } from './require-input';
import { text } from './text';

/**
 * The source documents the library reads, by short id. Cite by title and clause, never by
 * file name. `LAW` is 《中华人民共和国民法典》 (for the reading conventions); `LIBRARY` marks a
 * value the sources leave open, chosen by this library and stated in the docs.
 *
 * @example
 * DOCUMENTS.ZH // '《服务中心工作手册》'
 */
export const DOCUMENTS = {
  ZH: '《服务中心工作手册》',
  STD: '《物业客户服务类服务标准表》',
  DEPT: '《物业公司客服部岗位职责及各岗位人员规章制度》',
  OFFICE: '《写字楼物业客服工作制度范例》',
  RULES: '《客服制度》',
  LAW: '《中华人民共和国民法典》',
  LIBRARY: 'wuye-rules',
} as const;

/** The short id of a source document. @example const id: DocumentId = 'ZH'; */
export type DocumentId = keyof typeof DOCUMENTS;

/**
 * A reference to one clause of one source document.
 *
 * @example
 * const s: Source = { document: '《服务中心工作手册》', clause: 'WI/FW-014' };
 */
export interface Source {
  readonly document: string;
  readonly clause: string;
}

/**
 * Cites a clause of a source document by its short id.
 *
 * @example
 * cite('ZH', 'WI/FW-006.18') // { document: '《服务中心工作手册》', clause: 'WI/FW-006.18' }
 */
export function cite(document: DocumentId, clause: string): Source {
  if (typeof document !== 'string' || !Object.hasOwn(DOCUMENTS, document) || typeof clause !== 'string') {
    throw new WuyeError('INVALID_INPUT', text('引用须为已知文件编号与条款文字', 'A citation needs a known document id and a clause'), { field: 'document' });
  }
  return Object.freeze({ document: DOCUMENTS[document], clause });
}

/**
 * A source written as one line, e.g. for a table cell or a log.
 *
 * @example
 * formatSource(cite('ZH', 'WI/FW-014')) // '《服务中心工作手册》 WI/FW-014'
 */
export function formatSource(source: Source): string {
  requireObject(source, text('出处', 'source'), 'source');
  return `${source.document} ${source.clause}`;
}
