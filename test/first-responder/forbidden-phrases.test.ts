import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { composePolicy, isWuyeError } from '../../src/index';
import { deepFreeze } from '../../src/core/policy';
import type { PhraseHit } from '../../src/procedures/first-responder/index';
import { findForbiddenPhrases, firstResponderPacks } from '../../src/procedures/first-responder/index';
import { forbiddenPhraseViolations } from '../../src/procedures/first-responder/phrase-violations';
import { PHRASE_LISTS, RECOMMENDED_ORIGINALS, RECOMMENDED_PHRASES } from '../../src/procedures/first-responder/phrase-lists';
import { normalizePhrase } from '../../src/procedures/first-responder/phrase-scanner';

// Test-time conversion with the same converter the generator uses, independent of the generated file.
const toTraditional = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
const traditionalForms = (s: string) => [...new Set(toTraditional.map((convert) => convert(s)))];
const FULL_WIDTH: Record<string, string> = { '!': '！', ',': '，', '?': '？', '(': '（', ')': '）', ':': '：', ';': '；', '.': '。' };
const fullWidth = (s: string) => s.replace(/[!,?():;.]/g, (c) => FULL_WIDTH[c]!);
const halfWidth = (s: string) => s.replace(/[！，？（）：；。]/g, (c) => Object.entries(FULL_WIDTH).find(([, f]) => f === c)![0]);
const writings = (s: string) => [...new Set([s, ...traditionalForms(s)].flatMap((w) => [halfWidth(w), fullWidth(w)]))];
const sliceOf = (t: string, h: PhraseHit) => t.slice(h.index, h.index + h.length);
const ALL_RECOMMENDED = [...Object.values(RECOMMENDED_PHRASES).flat(), ...RECOMMENDED_ORIGINALS];

describe('every verbatim phrase of every list is found', () => {
  for (const list of PHRASE_LISTS) {
    for (const entry of list.entries) {
      for (const written of writings(entry.phrase)) {
        it(`${list.source.clause} ${entry.id}: ${written}`, () => {
          const hits = findForbiddenPhrases(written).filter((h) => h.entryId === entry.id);
          expect(hits.length).toBeGreaterThan(0);
          for (const h of hits) {
            expect(h).toMatchObject({ phrase: entry.phrase, ruleId: list.ruleId, severity: list.severity, source: list.source });
            expect(normalizePhrase(sliceOf(written, h)).length).toBeGreaterThan(0);
          }
        });
      }
    }
  }

  it('the severity follows the clause: 禁语 and 不能说 are errors, 避免使用 warnings', () => {
    const severity = Object.fromEntries(PHRASE_LISTS.map((l) => [l.source.clause, l.severity]));
    expect(severity).toEqual({ 'WI/FW-004.8': 'error', 'WI/FW-004.10': 'error', 'WI/FW-009.2': 'error', 'WI/FW-018 一.4': 'error', 'WI/FW-003.8、.10': 'warning', 'WI/FW-003.3': 'warning' });
  });
});

// The list items exactly as 《服务中心工作手册》 prints them (quotes and closing punctuation included).
const SOURCE_ITEMS: ReadonlyArray<readonly [ruleId: string, items: readonly string[]]> = [
  ['first-responder.work-taboo', ['不知道!不管!不行!', '不是告诉你了吗,怎么还问?', '我没时间!', '你问我,我问谁去!', '没看到我在忙吗!', '我就这态度!', '你找领导去呀!', '你会告状你去告吧', '你怎么这么多毛病!', '你有什么资格!', '你自己看着办!', '我不是为你一个人服务!']],
  ['first-responder.complaint-taboo', ['“你要知道,一分管理费,一分管理(服务)”。', '绝对不可能有这种事发生。', '请你去找,这事不归我管。', '“我绝对没说过这种话”。', '“我不知道怎么处理”。', '“企业要求就是这么”。', '怎么连基础常识全部不懂!', '“改天再通知你”。']],
  ['first-responder.first-ask-refusal', ['“不”', '“不行”', '“不知道”', '“不清楚”', '“不是我管”']],
  ['first-responder.follow-up-refusal', ['“不行”', '“不知道”', '“不清楚”']],
  ['first-responder.phone-vague', ['“仿佛是”', '“不太清楚”', '“不知道”']],
  ['first-responder.phone-wei', ['“喂”']],
];

describe('every list item as the handbook prints it is flagged by its rule', () => {
  for (const [ruleId, items] of SOURCE_ITEMS) {
    for (const item of items) {
      for (const written of writings(item)) {
        it(`${ruleId}: ${written}`, () => {
          const hits = findForbiddenPhrases(written).filter((h) => h.ruleId === ruleId);
          expect(hits.length).toBe(item.startsWith('不知道!不管!不行!') ? 3 : 1);
        });
      }
    }
  }
});

describe('every recommended phrase of WI/FW-004.6/.7/.9 is clean', () => {
  it('lists 7, 15 and 6 phrases', () => {
    expect([RECOMMENDED_PHRASES['WI/FW-004.6'].length, RECOMMENDED_PHRASES['WI/FW-004.7'].length, RECOMMENDED_PHRASES['WI/FW-004.9'].length]).toEqual([7, 15, 6]);
  });
  for (const phrase of [...ALL_RECOMMENDED, '不客气', '对不起', '不好意思', '您好！华侨城服务中心', '你好!凯鸿物业。', '您好!保安室。', '请您稍候', '请问有什么能够帮到您吗?']) {
    for (const written of writings(phrase)) {
      it(`clean: ${written}`, () => expect(findForbiddenPhrases(written)).toEqual([]));
    }
  }
});

describe('the cases of the issue', () => {
  it('flags 不知道 inside a sentence, once for each list naming it', () => {
    const t = '这个我不知道，你去问开发商吧';
    const hits = findForbiddenPhrases(t);
    expect(hits.map((h) => h.ruleId)).toEqual(['first-responder.work-taboo', 'first-responder.first-ask-refusal', 'first-responder.follow-up-refusal', 'first-responder.phone-vague']);
    expect(hits.every((h) => sliceOf(t, h) === '不知道' && h.index === 3)).toBe(true);
    expect(hits.map((h) => h.severity)).toEqual(['error', 'error', 'error', 'warning']);
  });

  it.each([
    ['你问我，我问谁去', 'WI/FW-004.8-4'],
    ['你问我我问谁去！', 'WI/FW-004.8-4'],
    ['你问我 ， 我问谁去', 'WI/FW-004.8-4'],
    ['这事不归我管', 'WI/FW-004.10-3'],
    ['這事不歸我管。', 'WI/FW-004.10-3'],
    ['喂，你好，物业吗？', 'WI/FW-003.3-1'],
    ['喂您好', 'WI/FW-003.3-1'],
    ['喂？', 'WI/FW-003.3-1'],
    ['不。', 'WI/FW-009.2-1'],
    ['不!', 'WI/FW-009.2-1'],
    ['“不！”', 'WI/FW-009.2-1'],
    ['业主：能修吗？\n客服：不。', 'WI/FW-009.2-1'],
    ['我不管！', 'WI/FW-004.8-1b'],
    ['这事我不管', 'WI/FW-004.8-1b'],
  ])('flags %s', (t, entryId) => {
    const hits = findForbiddenPhrases(t).filter((h) => h.entryId === entryId);
    expect(hits).toHaveLength(1);
  });

  it.each(['不客气', '对不起', '不好意思', '不，我们马上派人处理', '喂养宠物须遵守规定', '不管怎样，我们都会处理', '对不起，请您再讲一遍', '不客气，很高兴为您服务，再见'])('does not flag %s', (t) => {
    expect(findForbiddenPhrases(t)).toEqual([]);
  });

  it('喂 is reported as the single character, also when it opens 您好', () => {
    const [hit] = findForbiddenPhrases('喂您好，华侨城服务中心');
    expect(hit).toMatchObject({ index: 0, length: 1, ruleId: 'first-responder.phone-wei', severity: 'warning' });
  });

  it('matches the likely original wording of machine-altered phrases', () => {
    expect(findForbiddenPhrases('好像是明天停水')).toMatchObject([{ phrase: '仿佛是', variant: '好像是', index: 0, length: 3 }]);
    expect(findForbiddenPhrases('公司规定就是这样，没办法')).toMatchObject([{ phrase: '企业要求就是这么', variant: '公司规定就是这样', ruleId: 'first-responder.complaint-taboo' }]);
    expect(findForbiddenPhrases('公司規定就是這樣')).toMatchObject([{ phrase: '企业要求就是这么', variant: '公司规定就是这样' }]);
  });

  it('slices the original text across full-width punctuation, spacing and traditional characters', () => {
    const t = '先生，你問我 ，  我問誰去！';
    const [hit] = findForbiddenPhrases(t);
    expect(sliceOf(t, hit!)).toBe('你問我 ，  我問誰去');
  });
});

describe('packs add and remove phrases', () => {
  it('adds a phrase with its own severity, forms and source', () => {
    const policy = composePolicy(firstResponderPacks.ZH, {
      'firstResponder.addedPhrases': [{ phrase: '这不是我们的事', severity: 'error', patterns: ['这不是我们的事', '這不是我們的事'], source: { document: '《某物业服务规范》', clause: '3.2' } }],
    });
    const hits = findForbiddenPhrases('這不是我們的事！', policy);
    expect(hits).toMatchObject([{ phrase: '这不是我们的事', ruleId: 'first-responder.added-phrase', severity: 'error', source: { clause: '3.2' }, index: 0, length: 7 }]);
    expect(findForbiddenPhrases('這不是我們的事！')).toEqual([]);
  });

  it('removes a phrase by text from every list, or one list item by id', () => {
    const byText = composePolicy(firstResponderPacks.ZH, { 'firstResponder.removedPhrases': ['不知道', '不管'] });
    expect(findForbiddenPhrases('我不知道，我不管！')).toHaveLength(5);
    expect(findForbiddenPhrases('我不知道，我不管！', byText)).toEqual([]);
    const byId = composePolicy(firstResponderPacks.ZH, { 'firstResponder.removedPhrases': ['WI/FW-003.8-3'] });
    expect(findForbiddenPhrases('我不知道', byId).map((h) => h.ruleId)).toEqual(['first-responder.work-taboo', 'first-responder.first-ask-refusal', 'first-responder.follow-up-refusal']);
  });

  it('rejects a malformed added phrase as INVALID_POLICY', () => {
    expect(() => composePolicy(firstResponderPacks.ZH, { 'firstResponder.addedPhrases': [{ phrase: '', severity: 'fatal' }] })).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });

  it('turns hits into violations with the parameter receipt', () => {
    const [v] = forbiddenPhraseViolations('喂，你好');
    expect(v).toMatchObject({ ruleId: 'first-responder.phone-wei', severity: 'warning', data: { matched: '喂', index: 0, length: 1 } });
    expect(v!.message['zh-CN']).toContain('喂');
    expect(v!.data.parameters).toHaveProperty(['firstResponder.removedPhrases']);
  });
});

describe('bad and extreme input', () => {
  it.each([42, null, undefined, {}, ['不知道'], Symbol('x')])('a non-string (%s) is INVALID_INPUT', (value) => {
    expect(() => findForbiddenPhrases(value as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('a policy that is not composed is INVALID_POLICY', () => {
    expect(() => findForbiddenPhrases('不知道', { 'firstResponder.removedPhrases': [] } as never)).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });

  it('a 10 MB string: the correct answer', () => {
    const block = '业主您好，请问您有什么事吗？我们马上派维修人员上门。';
    const half = block.repeat(Math.ceil(5_000_000 / block.length));
    const t = `${half}我没时间！${half}`;
    expect(t.length).toBeGreaterThan(10_000_000);
    const hits = findForbiddenPhrases(t);
    expect(hits).toMatchObject([{ entryId: 'WI/FW-004.8-3', index: half.length, length: 4 }]);
  });

  it('a 10 MB string of forbidden phrases: a typed error at the hit limit, not a hang', () => {
    const t = '不知道'.repeat(3_500_000);
    let error: unknown;
    try {
      findForbiddenPhrases(t);
    } catch (e) {
      error = e;
    }
    expect(isWuyeError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as { details: { limit: number } }).details.limit).toBe(100_000);
  });

  it('lone surrogates: the correct answer', () => {
    const t = '\uD800不知道\uDC00喂\uDFFF。\uD83D';
    const hits = findForbiddenPhrases(t);
    expect(hits.filter((h) => h.entryId === 'WI/FW-009.2-3')).toMatchObject([{ index: 1, length: 3 }]);
    // 喂 is preceded by a lone surrogate (an ordinary character), so it is no clause of its own.
    expect(hits.some((h) => h.ruleId === 'first-responder.phone-wei')).toBe(false);
    expect(findForbiddenPhrases('\uD800')).toEqual([]);
    expect(findForbiddenPhrases('')).toEqual([]);
  });
});

const PIECES = ['不', '知', '道', '管', '行', '喂', '你', '您', '好', '问', '我', '谁', '去', '。', '，', ',', '!', '！', '?', ' ', '\u3000', '\n', '客', '气', '对', '起', '清', '楚', '歸', '這', '事', '彷', '彿', '是', '\uD800', 'a'];
const fuzz = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...PHRASE_LISTS.flatMap((l) => l.entries.map((e) => e.phrase))), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), { maxLength: 60 }).map((a) => a.join(''));

describe('properties', () => {
  it('no hit is ever reported inside a recommended phrase (simplified or traditional)', () => {
    const recommended = fc.constantFrom(...ALL_RECOMMENDED.flatMap((p) => writings(p)));
    fc.assert(
      fc.property(fc.array(fc.oneof(recommended.map((p) => ({ p, recommended: true })), fuzz.map((p) => ({ p, recommended: false }))), { maxLength: 8 }), (parts) => {
        let t = '';
        const ranges: Array<[number, number]> = [];
        for (const { p, recommended: r } of parts) {
          if (r) ranges.push([t.length, t.length + p.length]);
          t += p;
        }
        for (const h of findForbiddenPhrases(t)) {
          expect(ranges.some(([s, e]) => h.index >= s && h.index + h.length <= e)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('index/length slice back to the matched text: scanned alone, the slice is the same hit', () => {
    fc.assert(
      fc.property(fuzz, (t) => {
        for (const h of findForbiddenPhrases(t)) {
          const slice = sliceOf(t, h);
          expect(slice.length).toBe(h.length);
          expect(findForbiddenPhrases(slice).some((again) => again.entryId === h.entryId && again.index === 0 && again.length === slice.length)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic and leaves a frozen policy and the text unchanged', () => {
    const policy = deepFreeze(composePolicy(firstResponderPacks.ZH, { 'firstResponder.removedPhrases': ['喂'] }));
    fc.assert(
      fc.property(fuzz, (t) => {
        const copy = `${t}`;
        expect(findForbiddenPhrases(t, policy)).toEqual(findForbiddenPhrases(t, policy));
        expect(t).toBe(copy);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores punctuation width and spacing: full-width and half-width give the same hits', () => {
    fc.assert(
      fc.property(fuzz, (t) => {
        const strip = (hits: PhraseHit[]) => hits.map((h) => [h.entryId, h.index, h.length]);
        expect(strip(findForbiddenPhrases(fullWidth(t)))).toEqual(strip(findForbiddenPhrases(halfWidth(t))));
      }),
      { numRuns: 300 },
    );
  });
});

// Issue 15: 不行, 不清楚 and 不知道 of WI/FW-004.8, 009.2, 018 一.4 and 003.8 are refusals said to the
// customer; inside a word (行驶), a condition (不行的话, 如有不清楚), an A-not-A question (行不行) or a
// polite question (不知道您…是否…) they are not.
describe('the refusal phrases are read in context (issue 15)', () => {
  it.each([
    '车辆不行驶时请熄火',
    '不行的话我们换个时间',
    '如有不清楚请随时来电',
    '如有不清楚的地方，请随时来电',
    '您好，我是3栋1201的管家小李，不知道您现在是否方便？',
    '這樣行不行？',
    '您知不知道停水的时间？我们马上查。',
    '对不起，我听不清楚，请您再讲一遍',
    '如果不行，我们派人上门',
    '我们高兴得不行',
  ])('does not flag %s', (t) => {
    for (const written of writings(t)) expect(findForbiddenPhrases(written)).toEqual([]);
  });

  it('WI/FW-018 一.1: the required opener of a follow-up call is clean', () => {
    expect(findForbiddenPhrases('您好，我是物业服务中心客服部的王敏，就您反映的漏水问题回访，不知道您现在是否方便？')).toEqual([]);
  });

  it.each([
    ['不行，这个办不了', ['first-responder.work-taboo', 'first-responder.first-ask-refusal', 'first-responder.follow-up-refusal']],
    ['这事我不清楚，你问别人', ['first-responder.first-ask-refusal', 'first-responder.follow-up-refusal']],
    ['我不知道你说的是哪栋', ['first-responder.work-taboo', 'first-responder.first-ask-refusal', 'first-responder.follow-up-refusal', 'first-responder.phone-vague']],
    ['不行就是不行', ['first-responder.work-taboo', 'first-responder.first-ask-refusal', 'first-responder.follow-up-refusal', 'first-responder.work-taboo', 'first-responder.first-ask-refusal', 'first-responder.follow-up-refusal']],
    ['不知道。', ['first-responder.work-taboo', 'first-responder.first-ask-refusal', 'first-responder.follow-up-refusal', 'first-responder.phone-vague']],
  ])('still flags the refusal %s', (t, ruleIds) => {
    for (const written of writings(t)) expect(findForbiddenPhrases(written).map((h) => h.ruleId)).toEqual(ruleIds);
  });

  it('喂喂喂 is a 喂 greeting, like 喂，你好', () => {
    for (const t of ['喂喂喂', '喂喂，你好', '喂喂喂？物业吗']) {
      expect(findForbiddenPhrases(t)).toMatchObject([{ ruleId: 'first-responder.phone-wei', index: 0, length: 1 }]);
    }
    expect(findForbiddenPhrases('喂，你好')).toMatchObject([{ ruleId: 'first-responder.phone-wei', index: 0, length: 1 }]);
  });

  it('every recommended phrase stays clean inside a sentence of context', () => {
    for (const phrase of ALL_RECOMMENDED) {
      for (const written of writings(phrase)) {
        expect(findForbiddenPhrases(`业主：你好。客服：${written}`)).toEqual([]);
      }
    }
  });
});
