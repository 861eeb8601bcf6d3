// Scanning a 1 MB transcript for every forbidden phrase in one pass (findForbiddenPhrases),
// reported against a charCodeAt loop over the same text (issue 14: ≥ 1 GB/s on clean text,
// ≥ 600 MB/s with 6k hits per MB) and against a per-phrase indexOf loop.
import type { Comparison } from './harness';
import { findForbiddenPhrases } from '../src/procedures/first-responder/forbidden-phrases';
import { PHRASE_LISTS, RECOMMENDED_PHRASES } from '../src/procedures/first-responder/phrase-lists';
import { TRADITIONAL_FORMS } from '../src/procedures/first-responder/phrases.generated';
import { normalizePhrase } from '../src/procedures/first-responder/phrase-scanner';

const MB = 1_000_000;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

// A transcript of about 1 MB (UTF-8): staff and owner turns with the recommended phrases;
// `taboo` is put into every `every`-th line (none when 0), and `extra` among the filler.
function transcript(taboo: string, every: number, extra: readonly string[] = []): string {
  const filler = ['业主您好，请问您有什么事吗？', '好的，我们马上派维修人员上门。', '电梯故障已经通知工程部处理。', '请您留下联络电话，有事我们再通知您。', '物業管理費請到財務處繳納。', '您好，华侨城服务中心。', ...extra];
  const recommended = Object.values(RECOMMENDED_PHRASES).flat();
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < MB; i++) {
    const line = `${i % 2 === 0 ? '客服' : '业主'}：${filler[i % filler.length]}${recommended[i % recommended.length]}${every > 0 && i % every === 0 ? taboo : ''}\n`;
    lines.push(line);
    bytes += utf8(line);
  }
  return lines.join('');
}

// No forbidden phrase and nothing that looks like one.
const clean = transcript('', 0);
// 这个我不知道 gives 4 hits (one per list naming 不知道); one in every 7th line gives about 6k hits per
// MB. Every 7th line also has 不行 and 不清楚 read in context and dropped (车辆不行驶, 如有不清楚).
const withHits = transcript('这个我不知道，你去问开发商吧。', 7, ['车辆不行驶时请熄火，如有不清楚请随时来电。']);
const hitsPerMb = (t: string) => Math.round(findForbiddenPhrases(t).length / (utf8(t) / MB));

function charCodeLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

// The same phrase forms as literal strings: simplified and traditional, internal punctuation
// as a full-width comma, a half-width comma, or none.
const forms = new Set<string>();
for (const list of PHRASE_LISTS) {
  for (const entry of list.entries) {
    for (const p of [...entry.patterns, ...(entry.leadPatterns ?? [])]) {
      for (const form of [p, ...(TRADITIONAL_FORMS[p] ?? [])]) {
        const n = normalizePhrase(form);
        for (const sep of ['，', ',', '']) forms.add(n.split('|').join(sep));
      }
    }
  }
}
const phraseForms = [...forms];
function indexOfLoop(text: string): number {
  let count = 0;
  for (const phrase of phraseForms) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) count++;
  }
  return count;
}

const comparisons: Comparison[] = [];
for (const [name, text] of [
  ['clean text (no hit)', clean],
  [`${hitsPerMb(withHits)} hits per MB`, withHits],
] as const) {
  const megabytes = utf8(text) / MB;
  comparisons.push(
    {
      title: `findForbiddenPhrases on ${megabytes.toFixed(2)} MB, ${name}, vs a charCodeAt loop over the same text (asked: ${name.startsWith('clean') ? '≥ 1 GB/s' : '≥ 600 MB/s'})`,
      subject: { name: 'findForbiddenPhrases', fn: () => findForbiddenPhrases(text) },
      baseline: { name: 'charCodeAt loop', fn: () => charCodeLoop(text) },
      throughput: { unit: 'MB', perCall: megabytes },
    },
    {
      title: `findForbiddenPhrases on ${megabytes.toFixed(2)} MB, ${name}, vs indexOf per phrase (${phraseForms.length} forms)`,
      subject: { name: 'one pass (Aho–Corasick)', fn: () => findForbiddenPhrases(text) },
      baseline: { name: 'indexOf per phrase', fn: () => indexOfLoop(text) },
      minRatio: 5,
      throughput: { unit: 'MB', perCall: megabytes },
    },
  );
}

export default comparisons;
