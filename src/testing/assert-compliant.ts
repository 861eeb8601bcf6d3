import type { BusinessCalendar } from '../core/calendar';
import { WuyeError } from '../core/errors';
import type { InstantInput } from '../core/instant';
import type { Policy } from '../core/policy';
import type { ProcedureDefinition } from '../core/procedure';
import type { Violation } from '../core/rule';
import { formatSource } from '../core/source';
import { text } from '../core/text';
import { requireObject } from '../core/require-input';
import { ComplianceAssertionError } from './assertion-error';
import { requireProcedure } from './require-procedure';

/** When and under which policy a host record is judged. @example const o: ComplianceOptions = { asOf: '2026-05-10T00:00:00+08:00' }; */
export interface ComplianceOptions {
  readonly asOf: InstantInput;
  readonly policy?: Policy;
  readonly calendar?: BusinessCalendar;
  /** Which severities fail {@link assertCompliant} (default: errors only). */
  readonly failOn?: ReadonlyArray<Violation['severity']>;
}

function check(record: unknown, procedure: ProcedureDefinition, options: ComplianceOptions): Violation[] {
  requireProcedure(procedure);
  requireObject(options, text('检查选项', 'check options'), 'options');
  if (!procedure.check) {
    throw new WuyeError('INVALID_INPUT', text(`流程“${procedure.name}”没有记录检查函数`, `Procedure "${procedure.name}" has no record check`), { procedure: procedure.name });
  }
  const { asOf, policy, calendar } = options;
  return procedure.check(record as never, { asOf, ...(policy ? { policy } : {}), ...(calendar ? { calendar } : {}) });
}

const describe = (v: Violation) => `  [${v.severity}] ${v.ruleId} (${formatSource(v.source)})\n    ${v.message['zh-CN']}\n    ${v.message.en}`;

/**
 * Asserts that a host record complies with a procedure as of an instant: throws an
 * `AssertionError` listing every violation (rule, clause, both languages) of a failing
 * severity. Works in vitest, jest and node:test alike. Returns the violations it tolerated.
 *
 * @example
 * assertCompliant(hostTicketToRecord(ticket), complaintProcedure, { asOf: '2026-05-10T00:00:00+08:00' });
 */
export function assertCompliant(record: unknown, procedure: ProcedureDefinition, options: ComplianceOptions): Violation[] {
  const violations = check(record, procedure, options);
  const failOn = options.failOn ?? ['error'];
  const failing = violations.filter((v) => failOn.includes(v.severity));
  if (failing.length > 0) {
    throw new ComplianceAssertionError(
      `expected the ${procedure.name} record to comply, found ${failing.length} violation(s):\n${failing.map(describe).join('\n')}`,
      [],
      failing.map((v) => v.ruleId),
    );
  }
  return violations;
}

/**
 * Asserts that checking a host record raises exactly the violations named (rule ids, any
 * order; repeats count). Throws an `AssertionError` with both lists otherwise. Returns the
 * violations, for further assertions on their data.
 *
 * @example
 * expectViolations(record, complaintProcedure, { asOf }, ['complaint.notify-deadline']);
 */
export function expectViolations(record: unknown, procedure: ProcedureDefinition, options: ComplianceOptions, expected: readonly string[]): Violation[] {
  if (!Array.isArray(expected)) throw new WuyeError('INVALID_INPUT', text('预期的规则编号须为列表', 'The expected rule ids must be a list'), { field: 'expected' });
  const violations = check(record, procedure, options);
  const actual = violations.map((v) => v.ruleId).sort();
  const wanted = [...expected].sort();
  if (actual.length !== wanted.length || actual.some((id, i) => id !== wanted[i])) {
    throw new ComplianceAssertionError(
      `expected violations [${wanted.join(', ')}], found [${actual.join(', ')}]${violations.length ? `:\n${violations.map(describe).join('\n')}` : ''}`,
      wanted,
      actual,
    );
  }
  return violations;
}
