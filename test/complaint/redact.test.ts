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

// Issue 15: the unit, floor and title forms the library's own examples use (3栋1201, 5栋302,
// 12F 1203, 12F-1203, 3-1201, 1-101, A座1205) must not survive publication (STD 投诉管理 受理与回复 3).
describe('redactForPublication: room numbers, floors and titles of the issue-15 audit', () => {
  it.each([
    '12-03',
    '12 03',
    '1201',
    '302',
    '3栋1201',
    '3-1201',
    '1-101',
    'A座1203',
    'A座1205',
    '3栋2单元1201室',
    'B-12-03',
    'A-1201',
    'B1203',
    'B栋1201',
    'A栋12-03',
    '3栋-1201',
    '3栋-1201室',
    '5栋302',
    '12F 1203',
    '12F-1203',
    '三栋二单元1201',
    '８棟１２０１',
  ])('removes the room number %s', (room) => {
    const r = redactForPublication(`业主反映${room}漏水`);
    expect(r.text).toBe('业主反映某房号漏水');
    expect(r.removed).toEqual([{ kind: 'room', text: room, index: 4 }]);
  });

  it.each(['12楼', '12层', '3樓', '12F'])('removes the floor %s', (floor) => {
    expect(redactForPublication(`住${floor}的业主反映噪声`).text).toBe('住某房号的业主反映噪声');
  });

  it.each([
    ['张总', '某总'],
    ['李经理', '某经理'],
    ['陈主任', '某主任'],
    ['欧阳经理', '某经理'],
    ['張經理', '某經理'],
    ['赵师傅', '某业主'],
    ['王先生', '某业主'],
    ['王女士', '某业主'],
    ['王阿姨', '某业主'],
  ])('removes the surname of %s', (titled, redacted) => {
    const r = redactForPublication(`${titled}已到场处理`);
    expect(r.text).toBe(`${redacted}已到场处理`);
    expect(r.removed.every((x) => x.kind === 'name')).toBe(true);
  });

  it.each([
    '2026-05-06 09:30 收到投诉',
    '国办发明电〔2025〕7号',
    '费用1200元，共120户',
    '2026年5月3号起维修',
    '拨打110报警',
    '由物业经理与客服主管到场，汇总后总共3项',
    '这栋楼的楼梯间',
    '《服务中心工作手册》 WI/FW-006.18',
    '粤B12345停放在车位旁',
    '这一栋楼',
  ])('keeps %s', (s) => {
    expect(redactForPublication(s)).toEqual({ text: s, removed: [] });
  });

  it('every room form redacted inside arbitrary text, at its place in the original', () => {
    const rooms = ['3栋2单元1201室', 'B-12-03', '12F 1203', '3-1201', 'A座1203', '12楼', '李经理'];
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...rooms), fc.string(), (a, room, b) => {
        const input = `${a}，${room}，${b}`;
        const r = redactForPublication(input);
        for (const x of r.removed) expect(input.slice(x.index, x.index + x.text.length)).toBe(x.text);
        expect(r.text).not.toContain(`，${room}，`);
      }),
    );
  });
});
