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

// Room numbers as Chinese estates write them, and as the library's own examples do: 3栋2单元1201(室),
// A座1203, B栋12-03, 3栋-1201, 5号楼502, 2单元1201, 12F 1203, 12F-1203, 12楼/12层 (a floor), 12-3-401,
// 3-1201, 12-03, B-12-03, A-1201, B1203, 12 03, a bare 1201/302, 1201室; traditional forms (棟, 單元,
// 號樓, 樓, 層) and full-width digits and letters too.
//
// Every quantifier is bounded and a match may only start where no digit or letter precedes it, so
// each position of the text costs O(1): the scan is linear however long a run of digits or
// letters is (issue 14; the former unbounded `[…]+栋` was quadratic in such a run).
//
// Reading: a bare number (1201, 12-03, 12 03) is a room unless it reads as something else — a
// year (2026年, 〔2025〕, 2026-05-06), a time or version (09:30, 006.18), a count or amount
// followed by its measure word (1200元, 120户, 1-2天; a three-part 12-3-401 is always a room), an emergency or service number (110,
// 119, 120, 12345), a code that starts with two letters (QR-005, CW-0311), or five or more
// digits (粤B12345, phone numbers). Chinese numerals name a building only when a unit or room
// follows (三栋二单元1201), so 这一栋楼 stays.
const D = '[0-9０-９]';
const CN = '[一二三四五六七八九十〇零两兩]';
const LETTER = '[A-Za-zＡ-Ｚａ-ｚ]';
const DASH = '[-－—–]';
const GAP = `(?:${DASH}|[ \\u3000])?`;
const BUILDING_SUFFIX = '(?:栋|棟|座|幢|号楼|號樓)';
const UNIT = `(?:${D}{1,2}|${CN}{1,3})(?:单元|單元)`;
const FLOOR = `${D}{1,3}(?:楼|樓|层|層|[FfＦｆ])(?![梯道盘盤宇顶頂房])`;
const ROOM_SUFFIX = '(?:室|房|号|號)';
const ROOM = `(?:${D}{1,3}${DASH}${D}{1,4}|${D}{1,5})${ROOM_SUFFIX}?`;
const TAIL = `(?:${GAP}${UNIT})?(?:${GAP}${FLOOR})?(?:${GAP}${ROOM})?`;
const MEASURE = '(?:[%％‰]|\\s?(?:[元块塊万萬千百亿億年月日天时時分秒次个個人名位户戶件份台辆輛套间間条條张張米度岁歲倍项項起宗例]|小时|小時|平方|公斤|公里|kg|km|m²|㎡))';
const NOT_AFTER = `(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ/／]|[.．]${D}|${DASH}${D}|${MEASURE})`;
const ROOM_PATTERN = new RegExp(
  `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.．/／_#]|${DASH})(?:${[
    // A building, then any of unit, floor and room.
    `(?:${LETTER}${D}{0,2}|${D}{1,3})${BUILDING_SUFFIX}${TAIL}`,
    `${CN}{1,3}${BUILDING_SUFFIX}(?=${GAP}(?:${D}|${CN}))${TAIL}`,
    // A unit, then floor and room; a floor, then a room.
    `${UNIT}(?:${GAP}${FLOOR})?(?:${GAP}${ROOM})?`,
    `${FLOOR}(?:${GAP}${ROOM}${NOT_AFTER})?`,
    // Numbers alone: dashed (12-03, 3-1201, 12-3-401, B-12-03), spaced (12 03), lettered (A-1201), bare (1201).
    `(?:${LETTER}${DASH}?)?${D}{1,3}${DASH}${D}{1,4}${DASH}${D}{1,5}${ROOM_SUFFIX}?(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ]|${DASH}${D})`,
    `(?:${LETTER}${DASH}?)?${D}{1,3}${DASH}${D}{1,4}${ROOM_SUFFIX}?${NOT_AFTER}`,
    `(?<!${D}[ \\u3000])${D}{1,3}[ \\u3000]${D}{2,4}${ROOM_SUFFIX}?${NOT_AFTER}`,
    `${LETTER}${DASH}?${D}{3,4}${ROOM_SUFFIX}?${NOT_AFTER}`,
    `(?![¥￥$])(?!(?:19|20)\\d\\d(?:[年〕\\]）)]|\\s年))(?!(?:110|114|119|120|122)(?!${D}))${D}{3,4}${ROOM_SUFFIX}?${NOT_AFTER}`,
  ].join('|')})`,
  'gu',
);
// A surname followed by a form of address: 王先生, 李女士, 张阿姨, 陈小姐 (simplified and traditional).
const ADDRESSED = /[\u4e00-\u9fff](?:先生|女士|小姐|太太|阿姨|叔叔|大爷|大爺|师傅|師傅|業主|业主|老師|老师)/gu;
// Where a full name stands before the form of address (王建国先生) or a compound surname
// (欧阳先生), the match is widened back to the surname, so no part of the name is published.
const COMPOUND_SURNAMES = ['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '长孙', '長孫', '宇文', '司徒', '夏侯', '令狐', '端木', '独孤', '獨孤', '轩辕', '軒轅', '澹台', '澹臺'];
const SURNAME_CHARS = '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯';
const SURNAMES = new Set(SURNAME_CHARS.split(''));
// A surname with a title or rank: 张总, 李经理, 陈主任, 欧阳经理. Only the surname is removed (某经理):
// the title says who acted, not who it was. 总 counts only as a title (not 总共, 总额, 汇总…).
const TITLED = new RegExp(
  `(${COMPOUND_SURNAMES.join('|')}|[${SURNAME_CHARS}])(?=总经理|總經理|经理|經理|主任|主管|总监|總監|部长|部長|科长|科長|处长|處長|队长|隊長|班长|班長|组长|組長|书记|書記|律师|律師|医生|醫生|老板|老闆|工程师|工程師|会计|會計|秘书|秘書|(?:总|總)(?![额額数數共计計体體部是结結之和价價量值算括务務台站机機裁]))`,
  'gu',
);
interface Hit extends Redaction {
  readonly by: string;
}

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
 * "surname + form of address" (王先生, 李女士) is removed too, and the surname before a title
 * (张总, 李经理 → 某总, 某经理). Room numbers in every form estates write them — building, unit,
 * floor and room (3栋2单元1201室, A座1203, 3栋-1201, 12F 1203, B-12-03, 3-1201, a bare 1201) and
 * floors (12楼, 12层) — become 某房号; years, times, amounts and counts stay. Linear in the
 * length of the summary. Returns the new text and every removal; the input is not changed.
 *
 * @example
 * redactForPublication('3栋1201王先生反映楼上装修噪声', { names: ['王建国'] }).text // '某房号某业主反映楼上装修噪声'
 * redactForPublication('李经理到12F-1203查看').text // '某经理到某房号查看'
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
  // Each hit with what replaces it: 某房号, 某业主, or 某 for the surname before a title.
  const hits: Hit[] = [];
  for (const m of summary.matchAll(ROOM_PATTERN)) hits.push({ kind: 'room', text: m[0], index: m.index, by: '某房号' });
  for (const name of names) {
    let from = 0;
    for (let i = summary.indexOf(name, from); i !== -1; i = summary.indexOf(name, from)) {
      hits.push({ kind: 'name', text: name, index: i, by: '某业主' });
      from = i + name.length;
    }
  }
  for (const m of summary.matchAll(ADDRESSED)) {
    const start = widenToSurname(summary, m.index);
    // 业主 is a name only after a surname (王业主, 王建国业主), not in 的业主, 该业主, 各位业主.
    if (m[0].endsWith('主') && start === m.index && !SURNAMES.has(m[0][0]!)) continue;
    hits.push({ kind: 'name', text: summary.slice(start, m.index + m[0].length), index: start, by: '某业主' });
  }
  for (const m of summary.matchAll(TITLED)) hits.push({ kind: 'name', text: m[0], index: m.index, by: '某' });
  // Keep the earliest, longest hit where hits overlap.
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const removed: Redaction[] = [];
  let end = 0;
  let out = '';
  for (const h of hits) {
    if (h.index < end) continue;
    removed.push({ kind: h.kind, text: h.text, index: h.index });
    out += summary.slice(end, h.index) + h.by;
    end = h.index + h.text.length;
  }
  return { text: out + summary.slice(end), removed };
}
