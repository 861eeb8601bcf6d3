import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactForPublication } from '../../src/procedures/complaint/index';

describe('redactForPublication (STD 投诉管理 受理与回复 3: no room numbers or names)', () => {
  it('removes room numbers in the forms estates write them', () => {
    for (const room of ['3栋2单元1201', '3栋1201室', 'A座1203', '12-3-401', '5号楼502', '1201室', '8棟2單元802']) {
      const r = redactForPublication(`${room}业主反映电梯故障`);
      expect(r.text).toBe('某房号业主反映电梯故障');
      expect(r.removed).toEqual([{ kind: 'room', text: room, index: 0 }]);
    }
  });
  it('removes surname + form of address and the names the host passes', () => {
    const r = redactForPublication('王先生与李秀英女士反映：3栋1201楼上装修噪声', { names: ['李秀英'] });
    expect(r.text).toBe('某业主与某业主反映：某房号楼上装修噪声');
    expect(r.removed.map((x) => x.kind)).toEqual(['name', 'name', 'room']);
  });
  it('removes the whole name: compound surnames and full names before a form of address', () => {
    expect(redactForPublication('欧阳先生与司马女士反映噪声').text).toBe('某业主与某业主反映噪声');
    expect(redactForPublication('物业经理张明先生到场，王建国先生表示满意').text).toBe('物业经理某业主到场，某业主表示满意');
    expect(redactForPublication('反映王先生的问题').text).toBe('反映某业主的问题');
  });
  it('removes a unit and room number without a building', () => {
    expect(redactForPublication('2单元1201住户反映漏水').text).toBe('某房号住户反映漏水');
  });
  it('keeps dates, times and amounts', () => {
    const s = '2026-05-06 09:30 收到投诉，5月3号起维修，费用120元，共3天';
    expect(redactForPublication(s)).toEqual({ text: s, removed: [] });
  });
  it('reports every removal at its place in the original text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('3栋1201', 'A座1203', '12-3-401'), fc.string(), (a, room, b) => {
        const input = `${a} ${room} ${b}`;
        const r = redactForPublication(input);
        for (const x of r.removed) expect(input.slice(x.index, x.index + x.text.length)).toBe(x.text);
        expect(r.text).not.toContain(room);
      }),
    );
  });
  it('rejects a non-string with INVALID_INPUT', () => {
    expect(() => redactForPublication(42 as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('rejects names that are not a list with INVALID_INPUT, and takes null options as none', () => {
    expect(() => redactForPublication('王先生', { names: '王建国' as never })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(redactForPublication('王先生', null as never).text).toBe('某业主');
  });
});
