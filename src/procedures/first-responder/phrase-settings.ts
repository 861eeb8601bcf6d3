// The phrase scan's parameters as plain data (no zod): their ids and defaults, declared once
// here and read by the scanner; policy.ts gives them their schemas, titles and sources.

/**
 * A phrase a host adds to the forbidden lists: the phrase, its severity, optional extra
 * forms (e.g. its traditional form: added phrases are not converted at run time), where it
 * counts, and the clause of the host's own rules.
 *
 * @example
 * const added: AddedPhrase = { phrase: '这不是我们的事', severity: 'error', patterns: ['这不是我们的事', '這不是我們的事'] };
 */
export interface AddedPhrase {
  readonly phrase: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly patterns?: readonly string[];
  readonly scope?: 'anywhere' | 'clause-final' | 'whole-answer' | 'whole-clause';
  readonly source?: { readonly document: string; readonly clause: string };
}

/** @internal `firstResponder.addedPhrases`: its id and default (the parameter is in policy.ts). */
export const ADDED_PHRASES = Object.freeze({ id: 'firstResponder.addedPhrases', default: [] as readonly AddedPhrase[] });

/** @internal `firstResponder.removedPhrases`: its id and default (the parameter is in policy.ts). */
export const REMOVED_PHRASES = Object.freeze({ id: 'firstResponder.removedPhrases', default: [] as readonly string[] });

/** @internal `firstResponder.maxPhraseHits`: its id and default (the parameter is in policy.ts). */
export const MAX_PHRASE_HITS = Object.freeze({ id: 'firstResponder.maxPhraseHits', default: 100_000 });
