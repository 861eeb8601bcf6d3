import { boundaryOf, foldCode } from '../../src/procedures/first-responder/phrase-scanner';

/** One symbol of a text as the scanner reads it: a folded character or a run of punctuation ('|', its strongest kind), with its offsets. */
export interface Sym {
  readonly c: string;
  readonly kind: 0 | 1 | 2;
  readonly start: number;
  end: number;
}

/** The naive references' reading of a text: spacing skipped, each run of punctuation one symbol. */
export function symbols(t: string): Sym[] {
  const out: Sym[] = [];
  for (let i = 0; i < t.length; i++) {
    const b = boundaryOf(t[i]!);
    if (b === 'space') continue;
    if (b === 'comma' || b === 'stop') {
      const kind = b === 'comma' ? 1 : 2;
      const last = out[out.length - 1];
      if (last && last.kind > 0) {
        (last as { kind: number }).kind = Math.max(last.kind, kind);
        last.end = i + 1;
      } else out.push({ c: '|', kind, start: i, end: i + 1 });
      continue;
    }
    out.push({ c: String.fromCharCode(foldCode(t.charCodeAt(i))), kind: 0, start: i, end: i + 1 });
  }
  return out;
}
