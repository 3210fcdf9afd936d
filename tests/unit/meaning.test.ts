import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { students } from '../../demo/data/students.js';
import { recogniseByMeaning } from '../../lib/hosts/meaning/recognise';
import { fixtures, load } from '../fixtures/load';
import { loadMeaning, loadMeaningFrame, type MeaningEntry, meaning } from '../fixtures/meaning/load-meaning';

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

describe('recognition by meaning on the saved grade grids', () => {
  const grids = fixtures.filter(
    (f) =>
      (f.file.startsWith('magister/grade-entry') || f.file.startsWith('somtoday/voortgangsdossier')) &&
      !f.file.includes('loading') &&
      !f.file.includes('phone'),
  );
  it('no proposal on the phone layout of the voortgangsdossier: names without any student number', () => {
    const { doc, url } = load('somtoday/voortgangsdossier-phone.html');
    expect(recogniseByMeaning(doc, url)).toBeUndefined();
  });
  it.each(grids.map((f) => [f.file] as const))('finds every row of %s with its own number', (file) => {
    const { doc, url } = load(file);
    const result = recogniseByMeaning(doc, url);
    expect(result?.kind).toBe('gradeEntry');
    if (result?.kind !== 'gradeEntry') return;
    if ('rows' in result) expect(result.count).toBe(result.rows.length);
    expect(result.count).toBeGreaterThanOrEqual(3);
    expect(all.some((s) => s.name === result.exampleName)).toBe(true);
  });
});

describe('recognition by meaning on pages no profile knows', () => {
  /** A page whose record is in a frame is found by the frame's own copy (each frame runs its own content script). */
  const pageOf = (entry: MeaningEntry) => {
    const frame = entry.frames?.[0];
    return frame && entry.expect !== 'none' ? loadMeaningFrame(frame) : loadMeaning(entry);
  };
  /**
   * Shapes not read yet, for which the recogniser must at least not be wrong (no finding at all): an
   * AG Grid whose pinned name column is a second row per student, and cards whose number sits in a
   * text ("Leerlingnr. 52104").
   */
  const NOT_YET = ['meaning/grid-ag-pinned.html', 'meaning/grid-portal-cards.html'];
  it.each(NOT_YET)('%s: nothing wrong found (shape not read yet)', (file) => {
    const { doc, url } = loadMeaning(meaning.find((e) => e.file === file) as MeaningEntry);
    expect(recogniseByMeaning(doc, url)).toBeUndefined();
  });

  const found = meaning.filter(
    (e) => e.expect !== 'none' && !NOT_YET.includes(e.file) && !meaning.some((o) => o.frames?.some((f) => f.file === e.file)),
  );
  it.each(found.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const { doc, url } = pageOf(entry);
    const result = recogniseByMeaning(doc, url);
    expect(result?.kind).toBe(entry.expect);
    if (result?.kind === 'studentRecord') {
      expect(result.name.textContent?.replace(/\s+/g, ' ').trim()).toBe(entry.student?.name);
      expect(result.idText).toBe(entry.student?.id);
    }
    if (result?.kind === 'gradeEntry') {
      expect(result.count).toBe(entry.rows?.count);
      expect(entry.rows?.names).toContain(result.exampleName);
    }
  });

  const traps = meaning.filter((e) => e.expect === 'none');
  it.each(traps.map((e) => [e.file, e] as const))('no proposal on the trap %s', (_file, entry) => {
    const { doc, url } = loadMeaning(entry);
    expect(recogniseByMeaning(doc, url)).toBeUndefined();
  });
});
