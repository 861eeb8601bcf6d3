import type { Policy } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { violation } from '../../core/rule';
import { findForbiddenPhrases } from './forbidden-phrases';
import { PHRASE_RULES } from './rules';

// Apart from forbidden-phrases.ts, so that importing the scanner alone does not import the
// rules (and through them the parameters' schemas).

/**
 * @internal The forbidden phrases of a text as violations of their lists' rules, each with
 * the receipt of the parameters used and `data.index`/`data.length` into the text (what
 * `checkCall` and `checkFirstResponder` report).
 */
export function forbiddenPhraseViolations(input: string, policy?: Policy): Violation[] {
  return findForbiddenPhrases(input, policy).map((hit) => {
    const rule = PHRASE_RULES[hit.ruleId]!;
    const v = violation(rule, { phrase: hit.phrase, matched: input.slice(hit.index, hit.index + hit.length), index: hit.index }, policy);
    return { ...v, severity: hit.severity, source: hit.source, data: { ...v.data, length: hit.length, entryId: hit.entryId } };
  });
}
