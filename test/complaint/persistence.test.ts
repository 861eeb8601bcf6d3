import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import { restoreComplaint, startComplaint } from '../../src/procedures/complaint/index';
import { intake } from './fixtures';

const envelope = () => JSON.parse(JSON.stringify(persist(startComplaint(intake())[0]))) as { machine: string; version: number; snapshot: { value: unknown; context: { record: Record<string, unknown> } } };

describe('restoreComplaint refuses foreign or corrupt envelopes with INVALID_SNAPSHOT', () => {
  it('accepts its own envelope, as an object or as JSON text', () => {
    const e = envelope();
    expect(e).toMatchObject({ machine: 'complaint', version: 1 });
    expect(restoreComplaint(e).value).toBe('receiving');
    expect(restoreComplaint(JSON.stringify(e)).context).toEqual(startComplaint(intake())[0].context);
  });
  it.each([
    ['another machine', (e: ReturnType<typeof envelope>) => ({ ...e, machine: 'work-order' })],
    ['a version from the future', (e: ReturnType<typeof envelope>) => ({ ...e, version: 2 })],
    ['an unknown state', (e: ReturnType<typeof envelope>) => ({ ...e, snapshot: { ...e.snapshot, value: 'archived' } })],
    ['a record whose instant lost its offset', (e: ReturnType<typeof envelope>) => ({ ...e, snapshot: { ...e.snapshot, context: { ...e.snapshot.context, record: { ...e.snapshot.context.record, receivedAt: '2026-05-06T09:30:00' } } } })],
    ['a missing context', (e: ReturnType<typeof envelope>) => ({ ...e, snapshot: { ...e.snapshot, context: undefined } })],
    ['no snapshot at all', (e: ReturnType<typeof envelope>) => ({ machine: e.machine, version: e.version })],
  ])('%s', (_name, corrupt) => {
    expect(() => restoreComplaint(corrupt(envelope()))).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
  it.each(['closing', 'closed', 'handling', 'notifying', 'followingUp', 'reporting'])('a fresh case edited to claim %s is refused (it never passed the guards)', (value) => {
    const e = envelope();
    expect(() => restoreComplaint({ ...e, snapshot: { ...e.snapshot, value } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
  it('refuses text that is not JSON', () => {
    expect(() => restoreComplaint('{"machine":')).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});
