import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReturnVisitRecord } from '../../src/procedures/follow-up/index';
import { RATED_ASPECTS, RATINGS, RETURN_VISIT_CATEGORIES, summariseReturnVisits } from '../../src/procedures/follow-up/index';
import { freezeAll, thrown } from '../core/helpers';

const rec = (category: ReturnVisitRecord['category'], date: string, quality: ReturnVisitRecord['ratings']['quality'] = 'satisfied'): ReturnVisitRecord => ({
  place: '3栋1201',
  category,
  content: '维修后回访',
  ratings: { punctuality: 'satisfied', attitude: 'fairlySatisfied', quality },
  date,
});

describe('summariseReturnVisits: QR-003 → QR-004', () => {
  it('has the eight QR-004 categories in the form’s order and the three QR-003 ratings', () => {
    expect(RETURN_VISIT_CATEGORIES.map((c) => c.label['zh-CN'])).toEqual(['治安工作', '清洁绿化', '消杀清运', '噪声影响', '工程维修', '投诉处理', '服务态度', '工作效率']);
    expect(RATED_ASPECTS.map((a) => a.label['zh-CN'])).toEqual(['守时', '态度', '质量']);
    expect(RATINGS.map((r) => r.label['zh-CN'])).toEqual(['满意', '较满意', '不满意']);
  });

  it('counts visits and ratings per category; other months are only counted', () => {
    const s = summariseReturnVisits(
      [rec('engineeringRepair', '2026-05-01'), rec('engineeringRepair', '2026-05-31', 'dissatisfied'), rec('noise', '2026-05-15'), rec('noise', '2026-06-01'), rec('security', '2026-04-30')],
      '2026-05',
    );
    expect(s.rows.map((r) => r.category)).toEqual(RETURN_VISIT_CATEGORIES.map((c) => c.id));
    const repair = s.rows.find((r) => r.category === 'engineeringRepair')!;
    expect(repair.visits).toBe(2);
    expect(repair.ratings.quality).toEqual({ satisfied: 1, fairlySatisfied: 0, dissatisfied: 1 });
    expect(repair.ratings.attitude).toEqual({ satisfied: 0, fairlySatisfied: 2, dissatisfied: 0 });
    expect(s.rows.find((r) => r.category === 'noise')!.visits).toBe(1);
    expect(s.rows.find((r) => r.category === 'security')!.visits).toBe(0);
    expect(s.total.visits).toBe(3);
    expect(s.otherMonths).toBe(2);
  });

  it('bad input is a typed error', () => {
    thrown(() => summariseReturnVisits([], '2026-5'), 'INVALID_INPUT');
    thrown(() => summariseReturnVisits([], '2026-13'), 'INVALID_INPUT');
    thrown(() => summariseReturnVisits([rec('noise', '2026-02-30')], '2026-02'), 'INVALID_INPUT');
    thrown(() => summariseReturnVisits([{ ...rec('noise', '2026-05-02'), category: '绿化' } as never], '2026-05'), 'INVALID_INPUT');
    thrown(() => summariseReturnVisits([{ ...rec('noise', '2026-05-02'), ratings: { punctuality: '满意', attitude: 'satisfied', quality: 'satisfied' } } as never], '2026-05'), 'INVALID_INPUT');
  });

  it('properties: totals add up, same input → same table, input unchanged', () => {
    const category = fc.constantFrom(...RETURN_VISIT_CATEGORIES.map((c) => c.id));
    const rating = fc.constantFrom(...RATINGS.map((r) => r.id));
    const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));
    const record = fc.record({
      place: fc.string({ minLength: 1 }),
      category,
      ratings: fc.record({ punctuality: rating, attitude: rating, quality: rating }),
      date: fc.tuple(fc.constantFrom('2026-04', '2026-05'), day).map(([m, d]) => `${m}-${d}`),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const frozen = freezeAll(structuredClone(records));
        const s = summariseReturnVisits(frozen, '2026-05');
        expect(summariseReturnVisits(structuredClone(records), '2026-05')).toEqual(s);
        expect(frozen).toEqual(records);
        const inMonth = records.filter((r) => r.date.startsWith('2026-05')).length;
        expect(s.total.visits).toBe(inMonth);
        expect(s.otherMonths).toBe(records.length - inMonth);
        expect(s.rows.reduce((n, r) => n + r.visits, 0)).toBe(inMonth);
        for (const row of [...s.rows, s.total]) {
          for (const a of RATED_ASPECTS) {
            const c = row.ratings[a.id];
            expect(c.satisfied + c.fairlySatisfied + c.dissatisfied).toBe(row.visits);
          }
        }
      }),
    );
  });
});
