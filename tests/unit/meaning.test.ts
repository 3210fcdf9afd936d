import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { students } from '../../demo/data/students.js';
import { recogniseByMeaning } from '../../lib/hosts/meaning/recognise';
import { fixtures, load } from '../fixtures/load';

/**
 * Recognition by meaning on the saved look-alike pages, as if no profile knew them: the record's
 * name and number, the grid's rows with their names and numbers.
 */
interface DemoStudent {
  id: string;
  name: string;
  somtodayId: string;
}
const all = students as DemoStudent[];

/** The student a record's address names (Magister by stamnummer, Docent by its own number). */
function studentOf(url: string): DemoStudent | undefined {
  const id = /\/leerling(?:en)?\/(\d{3,})\//.exec(url)?.[1];
  return all.find((s) => s.id === id || s.somtodayId === id);
}

const records = fixtures.filter(
  (f) => !f.file.includes('loading') && (f.expect === 'studentRecord' || /record-2027/.test(f.file)) && studentOf(f.url),
);

describe('recognition by meaning on the saved look-alike pages', () => {
  it.each(records.map((f) => [f.file, f.url] as const))('finds the record on %s', (file, url) => {
    const { doc } = load(file);
    const student = studentOf(url) as DemoStudent;
    const found = recogniseByMeaning(doc, url);
    expect(found?.kind).toBe('studentRecord');
    if (found?.kind !== 'studentRecord') return;
    expect(found.name.textContent?.replace(/\s+/g, ' ').trim()).toBe(student.name);
    expect([student.id, student.somtodayId]).toContain(found.idText);
  });
});
