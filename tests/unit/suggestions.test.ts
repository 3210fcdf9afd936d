import { describe, expect, it } from 'vitest';
import { createSuggestions } from '../../lib/background/suggestions';
import { memoryArea } from '../../lib/core/stored-items';

const ann = { host: 'school.magister.net', id: '1001' };
const bo = { host: 'school.magister.net', id: '1002' };

describe('suggestions from presses that did not count', () => {
  it('keeps them per tab and student, one per moment, until answered or the tab closes; a restarted worker still has them', async () => {
    const area = memoryArea();
    const s = createSuggestions(area);
    await s.add({ id: 'a', tabId: 1, student: ann, momentType: 'compliment' });
    await s.add({ id: 'b', tabId: 1, student: ann, momentType: 'compliment' });
    await s.add({ id: 'c', tabId: 1, student: bo, momentType: 'compliment' });
    await s.add({ id: 'd', tabId: 2, student: ann, momentType: 'beroep' });
    expect((await s.list(1)).map((x) => x.id)).toEqual(['b', 'c']);
    expect((await s.list(2)).map((x) => x.id)).toEqual(['d']);
    // The worker stopped and started again: the same suggestions, read from the session area.
    const restarted = createSuggestions(area);
    expect((await restarted.list(1)).map((x) => x.id)).toEqual(['b', 'c']);
    expect((await restarted.take('b'))?.momentType).toBe('compliment');
    expect(await restarted.take('b')).toBeUndefined();
    await restarted.clearTab(1);
    expect(await restarted.list(1)).toEqual([]);
    expect(await createSuggestions(area).list(2)).toHaveLength(1);
  });

  it('keeps at most ten per tab, dropping the oldest', async () => {
    const s = createSuggestions(memoryArea());
    for (let i = 0; i < 12; i++) await s.add({ id: `x${i}`, tabId: 1, student: { ...ann, id: String(i) }, momentType: 'm' });
    expect((await s.list(1)).map((x) => x.student.id)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });
});
