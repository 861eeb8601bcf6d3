import type { LocalizedText } from './text';

/**
 * @internal Labels of the field names that recur across procedures, for Chinese error texts.
 * A procedure passes labels of its own fields on top of these.
 */
export const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  id: { 'zh-CN': '编号', en: 'id' },
  type: { 'zh-CN': '事件类型', en: 'event type' },
  at: { 'zh-CN': '时间', en: 'time' },
  name: { 'zh-CN': '姓名', en: 'name' },
  unit: { 'zh-CN': '房号', en: 'unit' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  reason: { 'zh-CN': '原因', en: 'reason' },
  note: { 'zh-CN': '备注', en: 'note' },
  by: { 'zh-CN': '经办人', en: 'by' },
  to: { 'zh-CN': '对象', en: 'to' },
  receivedAt: { 'zh-CN': '受理时间', en: 'received at' },
  openedAt: { 'zh-CN': '开始时间', en: 'opened at' },
  appliedAt: { 'zh-CN': '申请时间', en: 'applied at' },
  requestedAt: { 'zh-CN': '申请时间', en: 'requested at' },
  reportedAt: { 'zh-CN': '报修时间', en: 'reported at' },
  channel: { 'zh-CN': '渠道', en: 'channel' },
  subject: { 'zh-CN': '事由', en: 'subject' },
  receiver: { 'zh-CN': '受理人', en: 'receiver' },
  department: { 'zh-CN': '部门', en: 'department' },
  description: { 'zh-CN': '说明', en: 'description' },
  result: { 'zh-CN': '结果', en: 'result' },
  kind: { 'zh-CN': '类别', en: 'kind' },
  dueAt: { 'zh-CN': '期限', en: 'due at' },
  items: { 'zh-CN': '物品', en: 'items' },
  copies: { 'zh-CN': '复印件', en: 'copies' },
  documents: { 'zh-CN': '资料', en: 'documents' },
  asOf: { 'zh-CN': '判断时刻', en: 'as of' },
  policy: { 'zh-CN': '政策', en: 'policy' },
  record: { 'zh-CN': '记录', en: 'record' },
  duration: { 'zh-CN': '时长', en: 'duration' },
  value: { 'zh-CN': '数值', en: 'value' },
  day: { 'zh-CN': '日期', en: 'day' },
  date: { 'zh-CN': '日期', en: 'date' },
};
