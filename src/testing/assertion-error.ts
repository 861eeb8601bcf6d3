/**
 * The error the testing kit throws: named `AssertionError`, with `actual` and `expected`,
 * so vitest, jest and node:test all report it as a failed assertion (and show a diff)
 * without the kit importing any of them.
 *
 * @example
 * throw new ComplianceAssertionError('expected no violations', [], ['complaint.notify-deadline']);
 */
export class ComplianceAssertionError extends Error {
  readonly actual: unknown;
  readonly expected: unknown;
  readonly showDiff = true;

  constructor(message: string, expected: unknown, actual: unknown) {
    super(typeof message === 'string' ? message : 'assertion failed');
    this.name = 'AssertionError';
    this.expected = expected;
    this.actual = actual;
  }
}
