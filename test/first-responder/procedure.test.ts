import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { firstResponderDocs } from '../../src/procedures/first-responder/docs';
import { describe, expect, it } from 'vitest';
import { composePolicy, paramOrigin, paramValue } from '../../src/index';
import { firstResponderMachine, firstResponderPacks, firstResponderParameters, firstResponderProcedure, firstResponderRules, scriptParameters, scriptRules, serviceLineRules } from '../../src/procedures/first-responder/index';
import { PHRASE_LISTS } from '../../src/procedures/first-responder/phrase-lists';

const { approvalAnswerWithin } = firstResponderParameters;

describe('firstResponderProcedure', () => {
  it('carries what the docs generator renders', () => {
    expect(firstResponderProcedure.name).toBe('first-responder');
    expect(firstResponderProcedure.machine).toBe(firstResponderMachine);
    expect(firstResponderProcedure.parameters.slice(0, 2).map((p) => p.id)).toEqual(['core.zone', 'core.dayCounting']);
    expect(firstResponderProcedure.rules.map((r) => r.id)).toEqual([...Object.values(firstResponderRules), ...Object.values(scriptRules), ...Object.values(serviceLineRules)].map((r) => r.id));
    expect(firstResponderProcedure.packs.map((p) => p.id)).toEqual(['ZH', 'RULES']);
    for (const t of [firstResponderProcedure.title, firstResponderDocs.summary, ...firstResponderDocs.readings]) {
      expect(t['zh-CN'].length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
    }
  });

  it('every phrase list has its rule, with the same severity and clause', () => {
    for (const list of PHRASE_LISTS) {
      const rule = firstResponderProcedure.rules.find((r) => r.id === list.ruleId);
      expect(rule).toMatchObject({ severity: list.severity, source: list.source });
    }
  });

  it('every rule and parameter cites a clause and has both languages', () => {
    for (const r of firstResponderProcedure.rules) {
      expect(r.source.clause.length).toBeGreaterThan(0);
      expect(r.title.en.length * r.title['zh-CN'].length).toBeGreaterThan(0);
    }
    for (const p of Object.values(firstResponderParameters)) expect(p.schema.safeParse(p.default).success).toBe(true);
  });

  it('the limited-time number missing in the source is the library’s default, stated as such', () => {
    expect(approvalAnswerWithin.defaultFrom).toBe('LIBRARY');
    expect(approvalAnswerWithin.source.clause).toBe('WI/FW-006.5');
    expect(firstResponderDocs.parameters[approvalAnswerWithin.id]!['zh-CN']).toContain('本库的选择');
    expect(firstResponderDocs.parameters[approvalAnswerWithin.id]!.en).toContain("library's choice");
    const policy = composePolicy(firstResponderPacks.ZH, firstResponderPacks.RULES);
    expect(paramOrigin(policy, approvalAnswerWithin)).toMatchObject({ from: 'LIBRARY' });
    expect(paramValue(policy, approvalAnswerWithin)).toEqual({ value: 3, unit: 'day' });
  });

  it('the packs state the sources’ numbers with their clauses', () => {
    expect(firstResponderPacks.ZH.values['firstResponder.answerWithinRings']).toMatchObject({ value: 3, source: { clause: 'WI/FW-003.1' } });
    expect(firstResponderPacks.ZH.values['firstResponder.privateCallMax']).toMatchObject({ value: { value: 3, unit: 'minute' }, source: { clause: 'WI/FW-003.18' } });
    expect(firstResponderPacks.RULES.values['firstResponder.phoneFine']).toMatchObject({ value: 15, source: { clause: '管理处客服中心奖惩细则 一.2' } });
    expect(firstResponderPacks.RULES.values['firstResponder.appearanceFine']).toMatchObject({ value: 15, source: { clause: '管理处客服中心奖惩细则 一.1' } });
    expect(firstResponderPacks.RULES.values['firstResponder.answerWithinRings']).toMatchObject({ value: 3, source: { clause: '电话接听规范 ①' } });
  });

  it('the packs are derived from the parameters: each lists only what its document sets', () => {
    expect(Object.keys(firstResponderPacks.ZH.values).sort()).toEqual(
      ['firstResponder.answerWithinRings', 'firstResponder.arriveEarly', 'firstResponder.callNoteFields', 'firstResponder.minDeskStaff', 'firstResponder.privateCallMax', 'firstResponder.sameDayReply', 'firstResponder.openerAsksConvenience', 'firstResponder.emailSignatureFields'].sort(),
    );
    expect(Object.keys(firstResponderPacks.RULES.values).sort()).toEqual(['firstResponder.answerWithinRings', 'firstResponder.appearanceFine', 'firstResponder.fineRingThreshold', 'firstResponder.phoneFine', 'firstResponder.securityRoomGreeting', 'firstResponder.festivePhrases'].sort());
    expect(firstResponderProcedure.parameters.map((p) => p.id)).toEqual([...CORE_PARAMETERS.map((p) => p.id), ...Object.values(firstResponderParameters).map((p) => p.id), ...Object.values(scriptParameters).map((p) => p.id)]);
  });
});
