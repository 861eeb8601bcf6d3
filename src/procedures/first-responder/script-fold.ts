/**
 * Traditional → simplified characters, so that text checks do not depend on the script:
 * a compact table generated with opencc-js (script-fold.generated.ts), decoded on first use.
 *
 * @module
 */
import { SIMPLIFIED_DIFFS, TRADITIONAL_GAPS } from './script-fold.generated';

// Each simplified form is stored as its difference from the traditional code point (zigzag:
// 0, -1, 1, -2, …), in digits of printable ASCII without " and \ (93): 63 final digits and 30
// that carry more — smaller after compression than the characters themselves.
const FINAL = 63;
const MORE = 30;
const digitValue = (c: number) => c - 0x20 - (c > 0x22 ? 1 : 0) - (c > 0x5c ? 1 : 0);

function digitChar(value: number): string {
  let c = value + 0x20;
  if (c >= 0x22) c++;
  if (c >= 0x5c) c++;
  return String.fromCharCode(c);
}

/**
 * @internal The digits of SIMPLIFIED_DIFFS for one pair (what generate-phrases.ts writes).
 *
 * @example
 * encodeFoldDiff(0x83ef, 0x534e) // the digits of 華 → 华
 */
export function encodeFoldDiff(traditional: number, simplified: number): string {
  const d = traditional - simplified;
  let n = d >= 0 ? 2 * d : -2 * d - 1;
  let out = '';
  while (n >= FINAL) {
    out += digitChar(FINAL + (n % MORE));
    n = Math.floor(n / MORE);
  }
  return out + digitChar(n);
}

let table: Map<number, number> | undefined;

function decode(): Map<number, number> {
  const map = new Map<number, number>();
  let code = 0;
  let k = 0;
  for (let i = 0; i < TRADITIONAL_GAPS.length; i++) {
    code += TRADITIONAL_GAPS.charCodeAt(i) - 0x20;
    let n = 0;
    let scale = 1;
    let digit = digitValue(SIMPLIFIED_DIFFS.charCodeAt(k++));
    for (; digit >= FINAL; digit = digitValue(SIMPLIFIED_DIFFS.charCodeAt(k++))) {
      n += (digit - FINAL) * scale;
      scale *= MORE;
    }
    n += digit * scale;
    map.set(code, code - (n % 2 === 0 ? n / 2 : -(n + 1) / 2));
  }
  return map;
}

/**
 * @internal The text with each traditional (or Taiwan / Hong Kong variant) character replaced by its
 * simplified form; every other character is kept. Characters whose simplified form is outside
 * GB2312 (the 6,763 characters of everyday simplified text) are kept as written.
 *
 * @example
 * toSimplified('您好！華僑城服務中心') // '您好！华侨城服务中心'
 */
export function toSimplified(input: string): string {
  table ??= decode();
  let out = '';
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const s = table.get(input.charCodeAt(i));
    if (s === undefined) continue;
    out += input.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return from === 0 ? input : out + input.slice(from);
}
