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
  /** How many hits one match counts for toward `maxHits` (default 1: a pattern that stands for several list items counts each). */
  readonly weight?: number;
}

/**
 * Raw hits, flat: `[pattern, index, length, pattern, index, length, …]`, where
 * `[index, index + length)` is the matched range of the original text (an Int32Array view: no
 * object per hit).
 *
 * @example
 * const hits: ScanHits = Int32Array.of(0, 3, 3); // pattern 0 at 3, 3 code units long
 */
export type ScanHits = Int32Array;

/**
 * A compiled scanner; `scan` runs in one pass, O(text + hits), and returns `'limit'` once
 * more than `maxHits` hits (counted by the patterns' weights) were found.
 *
 * @example
 * const scanner = compileScanner([{ text: '不知道', context: { before: false, after: 'none' } }]);
 * [...(scanner.scan('我不知道', 10) as Int32Array)] // [0, 1, 3]
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
 * Whether the clause of `text` ends with the normalised `word` right before `index`, or (with
 * `forward`) starts with it right at `index`: characters folded as the scanner folds them,
 * spacing skipped, punctuation and line breaks ending the clause. Reads at most the word's
 * length of characters (plus spacing); builds no string.
 *
 * @example
 * clauseHas('如有 不清楚请来电', 3, '如有', false) // true
 * clauseHas('如有 不清楚请来电', 6, '请', true) // true
 */
export function clauseHas(text: string, index: number, word: string, forward: boolean): boolean {
  const { symbolOf } = base();
  const step = forward ? 1 : -1;
  let j = forward ? index : index - 1;
  for (let k = 0; k < word.length; k++) {
    while (j >= 0 && j < text.length && symbolOf[text.charCodeAt(j)] === SKIP) j += step;
    if (j < 0 || j >= text.length || symbolOf[text.charCodeAt(j)] === SEP) return false;
    if (foldCode(text.charCodeAt(j)) !== word.charCodeAt(forward ? k : word.length - 1 - k)) return false;
    j += step;
  }
  return true;
}

/**
 * The folded character of `text`'s clause right before `index` (or, with `forward`, right at
 * it), spacing skipped; -1 at punctuation, a line break or an end of the text.
 *
 * @example
 * String.fromCharCode(clauseChar('如有 不清楚', 3, false)) // '有'
 */
export function clauseChar(text: string, index: number, forward: boolean): number {
  const { symbolOf } = base();
  const step = forward ? 1 : -1;
  let j = forward ? index : index - 1;
  while (j >= 0 && j < text.length && symbolOf[text.charCodeAt(j)] === SKIP) j += step;
  if (j < 0 || j >= text.length || symbolOf[text.charCodeAt(j)] === SEP) return -1;
  return foldCode(text.charCodeAt(j));
}

interface Compiled {
  readonly symbolOf: Uint16Array;
  readonly boundaryKind: Uint8Array;
  readonly alphabet: number;
  readonly delta: Int32Array;
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  readonly lengths: Int32Array;
  readonly before: Uint8Array;
  readonly afterBoundary: Uint8Array;
  readonly report: Int32Array;
  readonly weight: Int32Array;
  /** 1 for a code unit that can start a pattern (its symbol leaves the root state). */
  readonly startable: Uint8Array;
  /**
   * Finds (natively) the next place a match can start: a code unit that starts a pattern
   * followed by one that can come next (see `prefilterOf`).
   */
  readonly prefilter: RegExp;
}

/**
 * Compiles patterns into a scanner. Each pattern is normalised with {@link normalizePhrase};
 * an internal `|` matches one run of punctuation. An empty normalised pattern never matches.
 *
 * @example
 * compileScanner([{ text: '你问我,我问谁去', context: { before: false, after: 'none' } }]).scan('你问我！我问谁去', 10)
 * // Int32Array [0, 0, 8]
 */
export function compileScanner(patterns: readonly ScanPattern[]): PhraseScanner {
  const compiled = compile(patterns);
  // One buffer for the raw hits of every scan (scans are synchronous and never nest); each
  // result is a copy of its part. A buffer a text with many hits grew is let go after the scan,
  // so a long-lived scanner never holds more than 48 kB of it.
  let buffer = new HitBuffer();
  return Object.freeze({
    patternCount: patterns.length,
    scan: (text: string, maxHits: number) => {
      const result = scan(compiled, text, maxHits, buffer);
      if (buffer.data.length > 3 * 4096) buffer = new HitBuffer();
      return result;
    },
  });
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
  const outStart = new Int32Array(states + 1);
  const flat: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = flat.length;
    flat.push(...outputs[s]!);
  }
  outStart[states] = flat.length;
  // Rows of the table are addressed by state × alphabet, so the hot loop adds, never multiplies;
  // a transition into a state that completes a pattern is stored as ~row (negative), so the hot
  // loop learns of a match from the value it already loaded. (No pattern ends in a separator,
  // so a separator transition is never negative.)
  for (let k = 0; k < delta.length; k++) {
    const next = delta[k]!;
    delta[k] = outStart[next + 1]! > outStart[next]! ? ~(next * alphabet) : next * alphabet;
  }
  const lengths = Int32Array.from(normalized, (t) => t.length);
  return {
    symbolOf,
    boundaryKind,
    alphabet,
    delta,
    outStart,
    outList: Int32Array.from(flat),
    lengths,
    before: Uint8Array.from(patterns, (p) => (p.context.before ? 1 : 0)),
    afterBoundary: Uint8Array.from(patterns, (p) => (p.context.after === 'none' ? 0 : p.context.after === 'any' ? BOUNDARY.COMMA : BOUNDARY.STOP)),
    report: Int32Array.from(patterns, (p, i) => Math.min(p.context.report ?? lengths[i]!, lengths[i]!)),
    weight: Int32Array.from(patterns, (p) => p.weight ?? 1),
    startable: Uint8Array.from(symbolOf, (sym) => (sym >= FIRST_LETTER && delta[sym] !== 0 ? 1 : 0)),
    prefilter: prefilterOf(symbolOf, goto, outputs, patterns),
  };
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

// A RegExp character class of the code units (sorted), as ranges.
function classOf(codes: readonly number[]): string {
  let out = '';
  for (let k = 0; k < codes.length; k++) {
    let end = k;
    while (end + 1 < codes.length && codes[end + 1] === codes[end]! + 1) end++;
    out += end === k ? hex(codes[k]!) : `${hex(codes[k]!)}-${hex(codes[end]!)}`;
    k = end;
  }
  return `[${out}]`;
}

// Where a match can start, as two code units: one whose symbol starts a pattern, then one
// that can follow it — spacing, a symbol that continues a pattern, or (after a one-symbol
// pattern) a separator, or anything when that pattern needs no boundary after it. Every match
// starts at such a pair or at the last code unit of the text, so the scan at the root state
// jumps from one to the next with the engine's regular-expression search (faster than any
// loop over the text in script) and the automaton reads only what is around the pairs.
function prefilterOf(symbolOf: Uint16Array, goto: ReadonlyArray<ReadonlyMap<number, number>>, outputs: readonly (readonly number[])[], patterns: readonly ScanPattern[]): RegExp {
  const codesOf = new Map<number, number[]>();
  for (let code = 0; code < 0x10000; code++) {
    const sym = symbolOf[code]!;
    if (sym === OTHER) continue;
    let codes = codesOf.get(sym);
    if (!codes) codesOf.set(sym, (codes = []));
    codes.push(code);
  }
  const firstsByNext = new Map<string, number[]>();
  for (const [first, state] of goto[0]!) {
    const next = new Set([SKIP, ...goto[state]!.keys()]);
    const ends = outputs[state]!;
    let any = false;
    if (ends.length > 0) {
      next.add(SEP);
      any = ends.some((p) => patterns[p]!.context.after === 'none');
    }
    const nextClass = any ? '[\\s\\S]' : classOf([...next].flatMap((sym) => codesOf.get(sym) ?? []).sort((a, b) => a - b));
    firstsByNext.set(nextClass, [...(firstsByNext.get(nextClass) ?? []), ...(codesOf.get(first) ?? [])]);
  }
  const alternatives = [...firstsByNext].map(([nextClass, firsts]) => classOf(firsts.sort((a, b) => a - b)) + nextClass);
  return new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'g');
}


const END = 3; // the end of the text: a boundary of every kind

// Raw hits as they are found: triples in a typed array that doubles when full; `count` adds
// up their patterns' weights.
class HitBuffer {
  data = new Int32Array(3 * 256);
  length = 0;
  count = 0;

  push(pattern: number, index: number, length: number, weight: number): void {
    this.count += weight;
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    d[this.length] = pattern;
    d[this.length + 1] = index;
    d[this.length + 2] = length;
    this.length += 3;
  }
}

// Hits waiting for the boundary after them, resolved by the kind of boundary that came.
function flush(pending: number[], hits: HitBuffer, afterBoundary: Uint8Array, weight: Int32Array, afterKind: number): void {
  for (let k = 0; k < pending.length; k += 3) {
    const p = pending[k]!;
    if (afterKind >= afterBoundary[p]!) hits.push(p, pending[k + 1]!, pending[k + 2]!, weight[p]!);
  }
  pending.length = 0;
}

// Offsets are found by walking back from the match's last character (only on a match): the
// hot loop keeps no per-character bookkeeping. `symbols` counts normalised symbols.
function startOf(symbolOf: Uint16Array, text: string, last: number, symbols: number): number {
  let j = last;
  for (let count = 1; count < symbols; ) {
    j--;
    const s = symbolOf[text.charCodeAt(j)]!;
    if (s === SKIP) continue;
    if (s === SEP) while (j > 0 && (symbolOf[text.charCodeAt(j - 1)] === SEP || symbolOf[text.charCodeAt(j - 1)] === SKIP)) j--;
    count++;
  }
  return j;
}

function endOf(symbolOf: Uint16Array, text: string, first: number, symbols: number): number {
  let j = first;
  for (let count = 1; count < symbols; ) {
    j++;
    const s = symbolOf[text.charCodeAt(j)]!;
    if (s === SKIP) continue;
    if (s === SEP) while (j + 1 < text.length && (symbolOf[text.charCodeAt(j + 1)] === SEP || symbolOf[text.charCodeAt(j + 1)] === SKIP)) j++;
    count++;
  }
  return j + 1;
}

function boundaryBefore(symbolOf: Uint16Array, text: string, first: number): boolean {
  for (let j = first - 1; j >= 0; j--) {
    const s = symbolOf[text.charCodeAt(j)]!;
    if (s !== SKIP) return s === SEP;
  }
  return true;
}

// The hot loop uses only locals (no closure captures a variable it writes), so they stay in registers.
function scan(c: Compiled, text: string, maxHits: number, hits: HitBuffer): ScanHits | 'limit' {
  const { symbolOf, boundaryKind, alphabet, delta, outStart, outList, lengths, before, afterBoundary, report, weight, startable, prefilter } = c;
  const size = text.length;
  hits.length = 0;
  hits.count = 0;
  const pending: number[] = [];
  let waiting = false; // pending is not empty
  let row = 0; // the current state × alphabet
  let lastKind = -1; // boundary kind of the last normalised symbol (a run of punctuation: its strongest); -1 before the first
  for (let i = 0; i < size; i++) {
    if (row === 0 && !waiting && startable[text.charCodeAt(i)] === 0) {
      // At the root with nothing waiting, only where a match can start matters: jump to the
      // next such pair, or to the last code unit (the boundary before a match is read back
      // from the text).
      prefilter.lastIndex = i;
      if (prefilter.test(text)) i = prefilter.lastIndex - 2;
      else if (startable[text.charCodeAt(size - 1)] === 1) i = size - 1;
      else break;
    }
    const code = text.charCodeAt(i);
    const sym = symbolOf[code]!;
    if (sym >= FIRST_LETTER) {
      if (waiting) {
        flush(pending, hits, afterBoundary, weight, lastKind > 0 ? lastKind : 0);
        waiting = false;
        if (hits.count > maxHits) return 'limit';
      }
      lastKind = 0;
      const next = delta[row + sym]!;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = ~next;
      const state = row / alphabet;
      const end = outStart[state + 1]!;
      // Patterns of one length ending here start at the same place (a phrase in several lists).
      let knownSymbols = -1;
      let index = 0;
      for (let o = outStart[state]!; o < end; o++) {
        const p = outList[o]!;
        if (lengths[p] !== knownSymbols) {
          knownSymbols = lengths[p]!;
          index = startOf(symbolOf, text, i, knownSymbols);
        }
        if (before[p] === 1 && !boundaryBefore(symbolOf, text, index)) continue;
        const length = (report[p] === lengths[p] ? i + 1 : endOf(symbolOf, text, index, report[p]!)) - index;
        if (afterBoundary[p] === 0) {
          hits.push(p, index, length, weight[p]!);
          if (hits.count > maxHits) return 'limit';
        } else {
          pending.push(p, index, length);
          waiting = true;
        }
      }
      continue;
    }
    if (sym === SKIP) continue;
    if (sym === OTHER) {
      if (waiting) {
        flush(pending, hits, afterBoundary, weight, lastKind > 0 ? lastKind : 0);
        waiting = false;
        if (hits.count > maxHits) return 'limit';
      }
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
  if (waiting) {
    flush(pending, hits, afterBoundary, weight, lastKind > 0 ? lastKind : END);
    if (hits.count > maxHits) return 'limit';
  }
  return hits.data.slice(0, hits.length);
}
