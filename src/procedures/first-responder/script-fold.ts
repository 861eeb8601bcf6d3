/**
 * Traditional → simplified characters, so that text checks do not depend on the script:
 * a compact table generated with opencc-js (script-fold.generated.ts), decoded on first use.
 *
 * @module
 */
import { SIMPLIFIED, TRADITIONAL_GAPS } from './script-fold.generated';

let table: Map<number, number> | undefined;

function decode(): Map<number, number> {
  const map = new Map<number, number>();
  let code = 0;
  for (let i = 0; i < TRADITIONAL_GAPS.length; i++) {
    code += TRADITIONAL_GAPS.charCodeAt(i) - 0x20;
    map.set(code, SIMPLIFIED.charCodeAt(i));
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
