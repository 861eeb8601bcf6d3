import type { LocalizedText } from './text';

// The Chinese labels are what error texts use at run time; the English ones only the docs
// read, through FIELD_LABELS. Two plain tables, so a bundle of the run time drops the English.

/**
 * @internal The Chinese label of a recurring field name, or undefined: own entries only, so a
 * host's key such as `constructor` never reads a member of Object.prototype into a message.
 *
 * @example
 * zhLabel('unit') // '房号'
 * zhLabel('constructor') // undefined
 */
export function zhLabel(name: string): string | undefined {
  return Object.hasOwn(FIELD_LABELS_ZH, name) ? FIELD_LABELS_ZH[name] : undefined;
}

/** @internal Chinese labels of the field names that recur across procedures, for Chinese error texts. */
export const FIELD_LABELS_ZH: Readonly<Record<string, string>> = {
  id: '编号',
  type: '事件类型',
  at: '时间',
  name: '姓名',
  unit: '房号',
  phone: '电话',
  reason: '原因',
  note: '备注',
  by: '经办人',
  to: '对象',
  receivedAt: '受理时间',
  openedAt: '开始时间',
  appliedAt: '申请时间',
  requestedAt: '申请时间',
  reportedAt: '报修时间',
  channel: '渠道',
  subject: '事由',
  receiver: '受理人',
  department: '部门',
  description: '说明',
  result: '结果',
  kind: '类别',
  dueAt: '期限',
  items: '物品',
  copies: '复印件',
  documents: '资料',
  asOf: '判断时刻',
  policy: '政策',
  record: '记录',
  duration: '时长',
  value: '数值',
  day: '日期',
  date: '日期',
};

const FIELD_LABELS_EN: Readonly<Record<string, string>> = {
  id: 'id',
  type: 'event type',
  at: 'time',
  name: 'name',
  unit: 'unit',
  phone: 'phone',
  reason: 'reason',
  note: 'note',
  by: 'by',
  to: 'to',
  receivedAt: 'received at',
  openedAt: 'opened at',
  appliedAt: 'applied at',
  requestedAt: 'requested at',
  reportedAt: 'reported at',
  channel: 'channel',
  subject: 'subject',
  receiver: 'receiver',
  department: 'department',
  description: 'description',
  result: 'result',
  kind: 'kind',
  dueAt: 'due at',
  items: 'items',
  copies: 'copies',
  documents: 'documents',
  asOf: 'as of',
  policy: 'policy',
  record: 'record',
  duration: 'duration',
  value: 'value',
  day: 'day',
  date: 'date',
};

/**
 * @internal Labels of the field names that recur across procedures, in both languages (the
 * docs' field tables). A procedure passes labels of its own fields on top of these.
 */
export const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = /* @__PURE__ */ bothLanguages();

function bothLanguages(): Record<string, LocalizedText> {
  return Object.fromEntries(Object.entries(FIELD_LABELS_ZH).map(([name, zh]) => [name, { 'zh-CN': zh, en: FIELD_LABELS_EN[name]! }]));
}
