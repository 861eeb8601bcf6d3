/**
 * A one-pass multi-phrase scanner: an Aho–Corasick automaton (compiled to a full transition
 * table) over a normalised symbol stream, where normalisation is fused into one table
 * lookup per UTF-16 code unit — full-width → half-width, letters lower-cased, spacing
 * skipped, every punctuation mark one separator symbol (runs collapse to one), line breaks
 * separators too. Hits carry offsets into the original text.
 *
 * @module
 */

/** Boundary kinds of the normalised stream. @example BOUNDARY.STOP // 2 */
export const BOUNDARY = Object.freeze({ NONE: 0, COMMA: 1, STOP: 2 });

/** What must surround a pattern. @example const c: PatternContext = { before: true, after: 'stop' }; */
export interface PatternContext {
  /** A boundary (separator or the start of the text) must precede the pattern. */
  readonly before: boolean;
  /** What must follow: nothing required, any boundary (or the end), or a sentence end. */
  readonly after: 'none' | 'any' | 'stop';
  /** How many leading normalised characters a hit reports (default: the whole pattern). */
  readonly report?: number;
}

/** A pattern to compile: its text and its context. @example const p: ScanPattern = { text: '不', context: { before: true, after: 'stop' } }; */
export interface ScanPattern {
  readonly text: string;
  readonly context: PatternContext;
}

/**
 * Raw hits, flat: `[pattern, index, length, pattern, index, length, …]`, where
 * `[index, index + length)` is the matched range of the original text.
 *
 * @example
 * const hits: ScanHits = [0, 3, 3]; // pattern 0 at 3, 3 code units long
 */
export type ScanHits = number[];

/**
 * A compiled scanner; `scan` runs in one pass, O(text + hits), and stops with `onLimit` once
 * more than `maxHits` hits were found.
 *
 * @example
 * const scanner = compileScanner([{ text: '不知道', context: { before: false, after: 'none' } }]);
 * scanner.scan('我不知道', 10) // [0, 1, 3]
 */
export interface PhraseScanner {
  readonly patternCount: number;
  scan(text: string, maxHits: number): ScanHits | 'limit';
}

const OTHER = 0;
const SEP = 1;
const SKIP = 2;
const FIRST_LETTER = 3; // symbols of the patterns' characters start here

const LINE_BREAKS = '\n\r\u2028\u2029\u0085\u000b\u000c';
const SPACES = ' \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u202f\u205f\u3000\ufeff';
const COMMAS = ',、､';
const STOPS = '.。｡!?;:…‥"\'“”‘’「」『』()[]{}【】《》〈〉〔〕〖〗—–~·・|';

/**
 * Folds one UTF-16 code unit as the scanner does: full-width ASCII to half-width, the
 * ideographic space to a space, upper-case ASCII to lower-case.
 *
 * @example
 * String.fromCharCode(foldCode('！'.charCodeAt(0))) // '!'
 */
export function foldCode(code: number): number {
  let c = code;
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) c = 0x20;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

/**
 * The boundary kind of a folded code unit: spacing (skipped), a comma, a sentence stop, or
 * none (an ordinary character).
 *
 * @example
 * boundaryOf('，') // 'comma'
 */
export function boundaryOf(ch: string): 'space' | 'comma' | 'stop' | 'none' {
  const c = String.fromCharCode(foldCode(ch.charCodeAt(0)));
  if (SPACES.includes(c)) return 'space';
  if (COMMAS.includes(c)) return 'comma';
  if (STOPS.includes(c) || LINE_BREAKS.includes(c)) return 'stop';
  return 'none';
}

/**
 * The normalised form of a pattern or text as the scanner sees it: folded, spacing removed,
 * every run of punctuation one `|`, leading and trailing punctuation dropped.
 *
 * @example
 * normalizePhrase('你问我，我问谁去！') // '你问我|我问谁去'
 */
export function normalizePhrase(input: string): string {
  let out = '';
  let sep = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    const kind = boundaryOf(ch);
    if (kind === 'space') continue;
    if (kind === 'comma' || kind === 'stop') {
      sep = out.length > 0;
      continue;
    }
    if (sep) out += '|';
    sep = false;
    out += String.fromCharCode(foldCode(ch.charCodeAt(0)));
  }
  return out;
}

/**
 * The normalised text right around `[index, end)` within its clause: up to `max` characters
 * before and after, folded, spacing skipped, stopping at punctuation or a line break.
 *
 * @example
 * clauseAround('如有 不清楚请来电', 3, 6, 2) // ['如有', '请来']
 */
export function clauseAround(text: string, index: number, end: number, max: number): readonly [before: string, after: string] {
  const { symbolOf } = base();
  let before = '';
  for (let j = index - 1, n = 0; j >= 0 && n < max; j--) {
    const code = text.charCodeAt(j);
    const sym = symbolOf[code]!;
    if (sym === SKIP) continue;
    if (sym === SEP) break;
    before = String.fromCharCode(foldCode(code)) + before;
    n++;
  }
  let after = '';
  for (let j = end, n = 0; j < text.length && n < max; j++) {
    const code = text.charCodeAt(j);
    const sym = symbolOf[code]!;
    if (sym === SKIP) continue;
    if (sym === SEP) break;
    after += String.fromCharCode(foldCode(code));
    n++;
  }
  return [before, after];
}

interface Compiled {
  readonly symbolOf: Uint16Array;
  readonly boundaryKind: Uint8Array;
  readonly alphabet: number;
  readonly delta: Int32Array;
  readonly outStart: Int32Array;
  readonly hasOutput: Uint8Array;
  readonly outList: Int32Array;
  readonly lengths: Int32Array;
  readonly before: Uint8Array;
  readonly afterBoundary: Uint8Array;
  readonly report: Int32Array;
  /** 1 for a code unit that can start a pattern (its symbol leaves the root state). */
  readonly startable: Uint8Array;
}

/**
 * Compiles patterns into a scanner. Each pattern is normalised with {@link normalizePhrase};
 * an internal `|` matches one run of punctuation. An empty normalised pattern never matches.
 *
 * @example
 * compileScanner([{ text: '你问我,我问谁去', context: { before: false, after: 'none' } }]).scan('你问我！我问谁去', 10)
 * // [0, 0, 8]
 */
export function compileScanner(patterns: readonly ScanPattern[]): PhraseScanner {
  const compiled = compile(patterns);
  return Object.freeze({ patternCount: patterns.length, scan: (text: string, maxHits: number) => scan(compiled, text, maxHits) });
}

let baseTables: { readonly symbolOf: Uint16Array; readonly boundaryKind: Uint8Array } | undefined;

// The pattern-independent part of the tables (spacing and punctuation), built once.
function base(): { readonly symbolOf: Uint16Array; readonly boundaryKind: Uint8Array } {
  if (!baseTables) {
    const symbolOf = new Uint16Array(0x10000);
    const boundaryKind = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const kind = boundaryOf(String.fromCharCode(code));
      if (kind === 'space') symbolOf[code] = SKIP;
      else if (kind !== 'none') {
        symbolOf[code] = SEP;
        boundaryKind[code] = kind === 'comma' ? BOUNDARY.COMMA : BOUNDARY.STOP;
      }
    }
    baseTables = { symbolOf, boundaryKind };
  }
  return baseTables;
}

function compile(patterns: readonly ScanPattern[]): Compiled {
  const symbolOf = base().symbolOf.slice();
  const boundaryKind = base().boundaryKind;
  // Alphabet: every folded character of the patterns gets a symbol (3…).
  const symbolOfFolded = new Map<number, number>();
  const normalized = patterns.map((p) => normalizePhrase(p.text));
  let alphabet = FIRST_LETTER;
  for (const text of normalized) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x7c /* | */ || symbolOfFolded.has(c)) continue;
      symbolOfFolded.set(c, alphabet++);
    }
  }
  for (let code = 0; code < 0x10000; code++) {
    if (symbolOf[code] !== 0) continue;
    const s = symbolOfFolded.get(foldCode(code));
    if (s !== undefined) symbolOf[code] = s;
  }
  // Trie.
  const goto: Array<Map<number, number>> = [new Map()];
  const outputs: number[][] = [[]];
  normalized.forEach((text, index) => {
    if (text.length === 0) return;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const sym = c === 0x7c ? SEP : symbolOfFolded.get(c)!;
      let next = goto[state]!.get(sym);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        outputs.push([]);
        goto[state]!.set(sym, next);
      }
      state = next;
    }
    outputs[state]!.push(index);
  });
  // Failure links by breadth-first search, folded into a full transition table.
  const states = goto.length;
  const delta = new Int32Array(states * alphabet);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (const [sym, next] of goto[0]!) {
    delta[sym] = next;
    queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    outputs[state]!.push(...outputs[fail[state]!]!);
    for (let sym = 0; sym < alphabet; sym++) {
      const next = goto[state]!.get(sym);
      if (next !== undefined && sym !== OTHER) {
        fail[next] = delta[fail[state]! * alphabet + sym]!;
        delta[state * alphabet + sym] = next;
        queue.push(next);
      } else {
        delta[state * alphabet + sym] = delta[fail[state]! * alphabet + sym]!;
      }
    }
  }
  // Rows of the table are addressed by state × alphabet, so the hot loop adds, never multiplies.
  for (let k = 0; k < delta.length; k++) delta[k] = delta[k]! * alphabet;
  const outStart = new Int32Array(states + 1);
  const flat: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = flat.length;
    flat.push(...outputs[s]!);
  }
  outStart[states] = flat.length;
  const lengths = Int32Array.from(normalized, (t) => t.length);
  return {
    symbolOf,
    boundaryKind,
    alphabet,
    delta,
    outStart,
    hasOutput: outputRows(outStart, states, alphabet),
    outList: Int32Array.from(flat),
    lengths,
    before: Uint8Array.from(patterns, (p) => (p.context.before ? 1 : 0)),
    afterBoundary: Uint8Array.from(patterns, (p) => (p.context.after === 'none' ? 0 : p.context.after === 'any' ? BOUNDARY.COMMA : BOUNDARY.STOP)),
    report: Int32Array.from(patterns, (p, i) => Math.min(p.context.report ?? lengths[i]!, lengths[i]!)),
    startable: Uint8Array.from(symbolOf, (sym) => (sym >= FIRST_LETTER && delta[sym] !== 0 ? 1 : 0)),
  };
}

// 1 at the row start of every state that completes a pattern.
function outputRows(outStart: Int32Array, states: number, alphabet: number): Uint8Array {
  const rows = new Uint8Array(states * alphabet);
  for (let st = 0; st < states; st++) if (outStart[st + 1]! > outStart[st]!) rows[st * alphabet] = 1;
  return rows;
}

const END = 3; // the end of the text: a boundary of every kind

function scan(c: Compiled, text: string, maxHits: number): ScanHits | 'limit' {
  const { symbolOf, boundaryKind, alphabet, delta, outStart, hasOutput, outList, lengths, before, afterBoundary, report, startable } = c;
  const size = text.length;
  const hits: ScanHits = [];
  const limit = maxHits * 3;
  // Hits waiting for the boundary after them: (pattern, index, length) triples.
  const pending: number[] = [];
  let row = 0; // the current state × alphabet
  let lastKind = -1; // boundary kind of the last normalised symbol (a run of punctuation: its strongest); -1 before the first
  const resolve = (afterKind: number): boolean => {
    for (let k = 0; k < pending.length; k += 3) {
      const p = pending[k]!;
      if (afterKind >= afterBoundary[p]!) hits.push(p, pending[k + 1]!, pending[k + 2]!);
    }
    pending.length = 0;
    return hits.length > limit;
  };
  // Offsets are found by walking back from the match's last character (only on a match):
  // the hot loop keeps no per-character bookkeeping.
  const symbolAt = (j: number) => symbolOf[text.charCodeAt(j)]!;
  const startOf = (last: number, symbols: number): number => {
    let j = last;
    for (let count = 1; count < symbols; ) {
      j--;
      const s = symbolAt(j);
      if (s === SKIP) continue;
      if (s === SEP) while (j > 0 && (symbolAt(j - 1) === SEP || symbolAt(j - 1) === SKIP)) j--;
      count++;
    }
    return j;
  };
  const endOf = (first: number, symbols: number): number => {
    let j = first;
    for (let count = 1; count < symbols; ) {
      j++;
      const s = symbolAt(j);
      if (s === SKIP) continue;
      if (s === SEP) while (j + 1 < text.length && (symbolAt(j + 1) === SEP || symbolAt(j + 1) === SKIP)) j++;
      count++;
    }
    return j + 1;
  };
  const boundaryBefore = (first: number): boolean => {
    for (let j = first - 1; j >= 0; j--) {
      const s = symbolAt(j);
      if (s !== SKIP) return s === SEP;
    }
    return true;
  };
  for (let i = 0; i < size; i++) {
    if (row === 0 && pending.length === 0) {
      // At the root with nothing waiting, only a character that starts a pattern matters:
      // skip the rest (the boundary before a match is read back from the text).
      while (i < size && startable[text.charCodeAt(i)] === 0) i++;
      if (i === size) break;
    }
    const code = text.charCodeAt(i);
    const sym = symbolOf[code]!;
    if (sym >= FIRST_LETTER) {
      if (pending.length > 0 && resolve(lastKind > 0 ? lastKind : 0)) return 'limit';
      lastKind = 0;
      row = delta[row + sym]!;
      if (hasOutput[row] === 0) continue;
      const state = row / alphabet;
      const end = outStart[state + 1]!;
      for (let o = outStart[state]!; o < end; o++) {
        const p = outList[o]!;
        const index = startOf(i, lengths[p]!);
        if (before[p] === 1 && !boundaryBefore(index)) continue;
        const length = (report[p] === lengths[p] ? i + 1 : endOf(index, report[p]!)) - index;
        if (afterBoundary[p] === 0) {
          hits.push(p, index, length);
          if (hits.length > limit) return 'limit';
        } else pending.push(p, index, length);
      }
      continue;
    }
    if (sym === SKIP) continue;
    if (sym === OTHER) {
      if (pending.length > 0 && resolve(lastKind > 0 ? lastKind : 0)) return 'limit';
      lastKind = 0;
      row = 0;
      continue;
    }
    // A run of punctuation is one separator, of its strongest kind.
    const kind = boundaryKind[code]!;
    if (lastKind > 0) {
      if (kind > lastKind) lastKind = kind;
      continue;
    }
    lastKind = kind;
    row = delta[row + SEP]!;
  }
  if (pending.length > 0 && resolve(lastKind > 0 ? lastKind : END)) return 'limit';
  return hits;
}
