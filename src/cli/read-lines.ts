import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The lines of a text file, streamed (a large file is never read whole), with their
 * 1-based numbers.
 *
 * @example
 * for await (const { line, number } of readLines('records.jsonl')) { … }
 */
export async function* readLines(path: string): AsyncGenerator<{ line: string; number: number }> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of rl) {
    number += 1;
    yield { line, number };
  }
}
