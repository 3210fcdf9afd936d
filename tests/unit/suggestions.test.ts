import { describe, expect, it } from 'vitest';
import { createSuggestions } from '../../lib/background/suggestions';

const ann = { host: 'school.magister.net', id: '1001' };
const bo = { host: 'school.magister.net', id: '1002' };

describe('suggestions from presses that did not count', () => {
  it('keeps them per tab and student, one per moment, until answered or the tab closes', () => {
    const s = createSuggestions();
    s.add({ id: 'a', tabId: 1, student: ann, momentType: 'compliment' });
    s.add({ id: 'b', tabId: 1, student: ann, momentType: 'compliment' });
    s.add({ id: 'c', tabId: 1, student: bo, momentType: 'compliment' });
    s.add({ id: 'd', tabId: 2, student: ann, momentType: 'beroep' });
    expect(s.list(1).map((x) => x.id)).toEqual(['b', 'c']);
    expect(s.list(2).map((x) => x.id)).toEqual(['d']);
    expect(s.take('b')?.momentType).toBe('compliment');
    expect(s.take('b')).toBeUndefined();
    s.clearTab(1);
    expect(s.list(1)).toEqual([]);
    expect(s.list(2)).toHaveLength(1);
  });

  it('keeps at most ten per tab, dropping the oldest', () => {
    const s = createSuggestions();
    for (let i = 0; i < 12; i++) s.add({ id: `x${i}`, tabId: 1, student: { ...ann, id: String(i) }, momentType: 'm' });
    expect(s.list(1).map((x) => x.student.id)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });
});
