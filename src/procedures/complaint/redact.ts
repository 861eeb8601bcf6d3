import { WuyeError } from '../../core/errors';
import { text } from '../../core/text';

/**
 * What {@link redactForPublication} removed, and where (in the original text).
 *
 * @example
 * const r: Redaction = { kind: 'room', text: '3栋1201', index: 2 };
 */
export interface Redaction {
  readonly kind: 'room' | 'name';
  readonly text: string;
  readonly index: number;
}

/** The redacted summary and what was removed. @example const r: RedactionResult = { text: '某单元反映噪声', removed: [] }; */
export interface RedactionResult {
  readonly text: string;
  readonly removed: readonly Redaction[];
}

// Room numbers as Chinese estates write them: 3栋2单元1201(室), A座1203, 12-3-401, 3号楼502, 1201房/室, and
// the traditional forms (棟, 單元, 號樓).
const ROOM = new RegExp(
  [
    '[0-9一二三四五六七八九十]+\\s*(?:单元|單元)\\s*\\d{1,5}(?:室|房|号|號)?',
    '[A-Za-z0-9一二三四五六七八九十]+(?:栋|棟|座|幢|号楼|號樓)(?:\\s*[0-9一二三四五六七八九十]+(?:单元|單元))?(?:\\s*\\d{1,5}(?:室|房|号|號)?)?',
    '(?<![\\d-])\\d{1,3}-\\d{1,3}(?:-\\d{1,5})?(?![\\d-])',
    '(?<!\\d)\\d{3,5}(?:室|房)',
  ].join('|'),
  'gu',
);
// A surname followed by a form of address: 王先生, 李女士, 张阿姨, 陈小姐 (simplified and traditional).
const ADDRESSED = /[\u4e00-\u9fff](?:先生|女士|小姐|太太|阿姨|叔叔|大爷|师傅|業主|业主|老師|老师)/gu;
// Where a full name stands before the form of address (王建国先生) or a compound surname
// (欧阳先生), the match is widened back to the surname, so no part of the name is published.
const COMPOUND_SURNAMES = ['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '长孙', '長孫', '宇文', '司徒', '夏侯', '令狐', '端木', '独孤', '獨孤', '轩辕', '軒轅', '澹台', '澹臺'];
const SURNAMES = new Set('王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯'.split(''));

function widenToSurname(summary: string, index: number): number {
  for (const back of [2, 1]) {
    const start = index - back;
    if (start < 0) continue;
    const two = summary.slice(start, start + 2);
    if (COMPOUND_SURNAMES.includes(two) || (back === 2 && SURNAMES.has(summary[start]!))) return start;
  }
  if (index >= 1 && SURNAMES.has(summary[index - 1]!) && !SURNAMES.has(summary[index]!)) return index - 1;
  return index;
}

/**
 * Removes room numbers and names from a complaint summary before it is published
 * (《物业客户服务类服务标准表》 投诉管理 受理与回复 3: 如公示应避免出现客户的房号、姓名). Known names
 * (e.g. the complainants' names from the records) are removed wherever they appear;
 * "surname + form of address" (王先生, 李女士) is removed too. Returns the new text and every
 * removal; the input is not changed.
 *
 * @example
 * redactForPublication('3栋1201王先生反映楼上装修噪声', { names: ['王建国'] }).text // '某房号某业主反映楼上装修噪声'
 */
export function redactForPublication(summary: string, options: { readonly names?: readonly string[] } = {}): RedactionResult {
  if (typeof summary !== 'string') {
    throw new WuyeError('INVALID_INPUT', text('待公示的投诉摘要须为文本', 'summary must be a string'), { field: 'summary' });
  }
  const given = typeof options === 'object' && options !== null ? options.names : undefined;
  if (given !== undefined && !Array.isArray(given)) {
    throw new WuyeError('INVALID_INPUT', text('已知姓名须为文本列表', 'names must be a list of strings'), { field: 'names' });
  }
  const names = (given ?? []).filter((n) => typeof n === 'string' && n.length > 0);
  const hits: Redaction[] = [];
  const collect = (pattern: RegExp, kind: Redaction['kind']) => {
    for (const m of summary.matchAll(pattern)) if (m[0].trim().length > 0) hits.push({ kind, text: m[0], index: m.index });
  };
  collect(ROOM, 'room');
  for (const name of names) {
    let from = 0;
    for (let i = summary.indexOf(name, from); i !== -1; i = summary.indexOf(name, from)) {
      hits.push({ kind: 'name', text: name, index: i });
      from = i + name.length;
    }
  }
  for (const m of summary.matchAll(ADDRESSED)) {
    const start = widenToSurname(summary, m.index);
    hits.push({ kind: 'name', text: summary.slice(start, m.index + m[0].length), index: start });
  }
  // Keep the earliest, longest hit where hits overlap.
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const removed: Redaction[] = [];
  let end = 0;
  for (const h of hits) {
    if (h.index >= end) {
      removed.push(h);
      end = h.index + h.text.length;
    }
  }
  let out = '';
  let at = 0;
  for (const r of removed) {
    out += summary.slice(at, r.index) + (r.kind === 'room' ? '某房号' : '某业主');
    at = r.index + r.text.length;
  }
  return { text: out + summary.slice(at), removed };
}
