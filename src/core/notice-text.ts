// Reading the text of a 放假安排 notice as published or reprinted: full- or half-width
// punctuation and digits, simplified or traditional characters. A small table, not a
// converter: only the characters the notices use.

const TRADITIONAL = '國務辦廳關於節慶勞動調週與補連開發電號曆農為將兩個體臘時間陽們門區屬機構轄經準現規報處確眾過衛穩會統長華後紀歷則僅東龍樣覽專萬勵帶實職戰爭勝級員單應該說據條無並這裏著來對從種麼數點別雙齊結習題誌鬆據齡稱歲億';
const SIMPLIFIED = '国务办厅关于节庆劳动调周与补连开发电号历农为将两个体腊时间阳们门区属机构辖经准现规报处确众过卫稳会统长华后纪历则仅东龙样览专万励带实职战争胜级员单应该说据条无并这里着来对从种么数点别双齐结习题志松据龄称岁亿';

const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]!]));

const PUNCTUATION: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '；': ';',
  '－': '-',
  '—': '-',
  '–': '-',
  '～': '-',
  '~': '-',
  '　': ' ',
  '［': '[',
  '］': ']',
  '〇': '〇',
  '○': '〇',
  '零': '〇',
};

/**
 * One line of a notice in the form the parser reads: half-width digits and punctuation
 * (`( ) : , ; -`; the full stop `。` and the list comma `、` stay), simplified characters,
 * and no spaces.
 *
 * @example
 * normalizeNoticeLine('二、春節：２月１５日（週日）至２３日放假調休，共９天。') // '二、春节:2月15日(周日)至23日放假调休,共9天。'
 */
export function normalizeNoticeLine(line: string): string {
  let out = '';
  for (const c of line) {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else out += PUNCTUATION[c] ?? TO_SIMPLIFIED.get(c) ?? c;
  }
  return out.replace(/\s+/g, '');
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/**
 * A date written in Chinese numerals, as notices are signed ("二〇〇六年十二月十四日"), as
 * `'YYYY-MM-DD'`; `undefined` when `value` is not one.
 *
 * @example
 * chineseNumeralDate('二〇〇六年十二月十四日') // '2006-12-14'
 */
export function chineseNumeralDate(value: string): string | undefined {
  const m = /^([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(value);
  if (!m) return undefined;
  const year = [...m[1]!].map((c) => CHINESE_DIGITS.indexOf(c)).join('');
  return `${year}-${String(smallNumber(m[2]!)).padStart(2, '0')}-${String(smallNumber(m[3]!)).padStart(2, '0')}`;
}

// 一 … 三十一
function smallNumber(value: string): number {
  const [tens, ones] = value.includes('十') ? value.split('十') : ['', value];
  return (tens === undefined ? 0 : tens === '' && value.includes('十') ? 1 : CHINESE_DIGITS.indexOf(tens)) * 10 + (ones ? CHINESE_DIGITS.indexOf(ones) : 0);
}
