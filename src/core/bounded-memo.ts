/**
 * @internal A function of a string remembered for its last few hundred arguments: the same few
 * instants are written again and again while a case steps (the zone writer's answers). When `limit`
 * answers are kept the memo starts afresh; a non-string argument is never remembered.
 *
 * @example
 * const ms = boundedMemo(64, (at: string) => Date.parse(at));
 * ms('2026-05-06T09:30:00+08:00') // 1778031000000 (computed), then remembered
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    // One lookup when the answer is known (has() only for a remembered undefined).
    const known = seen.get(key);
    if (known !== undefined || seen.has(key)) return known as V;
    const value = compute(key);
    if (typeof key === 'string') {
      if (seen.size >= limit) seen.clear();
      seen.set(key, value);
    }
    return value;
  };
}
