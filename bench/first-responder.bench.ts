// Scanning a 1 MB transcript for every forbidden phrase in one pass (findForbiddenPhrases)
// against a per-phrase indexOf loop over the same text and the same phrase forms.
import type { Comparison } from './harness';
import { findForbiddenPhrases } from '../src/procedures/first-responder/forbidden-phrases';
import { PHRASE_LISTS, RECOMMENDED_PHRASES } from '../src/procedures/first-responder/phrase-lists';
import { TRADITIONAL_FORMS } from '../src/procedures/first-responder/phrases.generated';
import { normalizePhrase } from '../src/procedures/first-responder/phrase-scanner';

const FILLER = ['业主您好，请问您有什么事吗？', '好的，我们马上派维修人员上门。', '电梯故障已经通知工程部处理。', '请您留下联络电话，有事我们再通知您。', '物業管理費請到財務處繳納。', '这个我不知道，你去问开发商吧。', '您好，华侨城服务中心。'];
// A 1 MB (UTF-8) transcript: staff and owner turns, recommended phrases, some forbidden ones.
const RECOMMENDED = Object.values(RECOMMENDED_PHRASES).flat();
const lines: string[] = [];
let bytes = 0;
for (let i = 0; bytes < 1_000_000; i++) {
  const line = `${i % 2 === 0 ? '客服' : '业主'}：${FILLER[i % FILLER.length]}${RECOMMENDED[i % RECOMMENDED.length]}\n`;
  lines.push(line);
  bytes += Buffer.byteLength(line, 'utf8');
}
const transcript = lines.join('');
const megabytes = Buffer.byteLength(transcript, 'utf8') / 1_000_000;

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

// The same transcript with its forbidden phrases taken out: the scan alone, no hits to report.
const clean = transcript.replaceAll('这个我不知道，你去问开发商吧。', '这个我们马上查清楚再答复您。');

const comparisons: Comparison[] = [
  {
    title: `findForbiddenPhrases on a ${megabytes.toFixed(2)} MB transcript (${phraseForms.length} phrase forms, ${findForbiddenPhrases(transcript).length} hits)`,
    subject: { name: 'one pass (Aho–Corasick)', fn: () => findForbiddenPhrases(transcript) },
    baseline: { name: 'indexOf per phrase', fn: () => indexOfLoop(transcript) },
    minRatio: 5,
    throughput: { unit: 'MB', perCall: megabytes },
  },
  {
    title: `findForbiddenPhrases on a ${megabytes.toFixed(2)} MB transcript with no forbidden phrase`,
    subject: { name: 'one pass (Aho–Corasick)', fn: () => findForbiddenPhrases(clean) },
    baseline: { name: 'indexOf per phrase', fn: () => indexOfLoop(clean) },
    minRatio: 5,
    throughput: { unit: 'MB', perCall: megabytes },
  },
];

export default comparisons;
