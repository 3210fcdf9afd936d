import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/hosts/detect';
import { idValueProblem, rowIdsProblem } from '../../lib/hosts/teach/id-check';
import { previewPageProfile } from '../../lib/hosts/teach/preview';
import { type GridPicks, teachRowList } from '../../lib/hosts/teach/teach-page';
import { parse } from '../fixtures/load';

/**
 * Ids that are ids: what a taught grid reads as a student's id is that row's own number, on every
 * row; a grade, an average, a name or a row's whole text is refused before anything is saved.
 */
const NAMES = [
  'Sanne de Vries',
  'Daan Jansen',
  'Lotte Bakker',
  'Milan Visser',
  'Noor Smit',
  'Finn Meijer',
  'Eva Mulder',
  'Sem Bos',
];
const AVERAGES = ['6,8', '7,1', '6,8', '5,4', '6,8', '8,0', '7,7', '6,2'];
const number = (i: number) => String(48210 + i);
const URL = 'https://demo.magister.net/lab/cijfers.html#/cijfers/4v.sk1/1';
const ADDRESS = { pathAndHash: '/lab/cijfers.html#/cijfers/4v.sk1/1' };

/** A grid built of `div`s with ARIA roles, every element the same class, a header row among the rows, no spaces between cells. */
function ariaGrid(): Document {
  const cell = (text: string) => `<div class="c" role="gridcell">${text}</div>`;
  const rows = NAMES.map(
    (name, i) =>
      `<div class="c" role="row">${cell(name)}${cell(number(i))}${cell('SO hoofdstuk 3')}${cell('<input class="c" aria-label="Cijfer">')}</div>`,
  ).join('');
  const head = ['Naam', 'Nr', 'Toets', 'Cijfer'].map((h) => `<div class="c" role="columnheader">${h}</div>`).join('');
  return parse(
    `<html><body><main class="c"><h1 class="c">Cijfers</h1><div class="c" role="grid"><div class="c" role="row">${head}</div>${rows}</div></main></body></html>`,
  );
}

/** A table with the student's average in a cell (several students share one). */
function tableWithAverages(): Document {
  const rows = NAMES.map(
    (name, i) =>
      `<tr class="rij"><td class="naam">${name}</td><td class="gem">${AVERAGES[i]}</td><td class="nr">${number(i)}</td><td><input class="cijfer"></td></tr>`,
  ).join('');
  return parse(`<html><body><table class="raster"><tbody>${rows}</tbody></table></body></html>`);
}

function teachGrid(doc: Document, rowIndex: number, idCell: (row: Element) => Element) {
  const row = doc.querySelectorAll('[role="row"], tr')[rowIndex] as Element;
  const picks: GridPicks = { row, id: { kind: 'cell', element: idCell(row) }, name: row.firstElementChild as Element };
  const taught = teachRowList(doc, picks, ADDRESS);
  return { taught, preview: taught.page ? previewPageProfile(URL, doc, 'gradeEntry', taught.page) : undefined };
}

describe('ids that are ids', () => {
  it('a grade, an average, a name or run-together text is not an id; three or more digits and a uuid are', () => {
    for (const grade of ['6', '6,8', '10', '7.25', '1,0']) expect(idValueProblem(grade)).toBe('grade');
    for (const text of ['Sanne de Vries', '48210Sanne', 'Sanne de Vries48210SO hoofdstuk 3', '4HB', '12', 'Nr'])
      expect(idValueProblem(text)).toBe('notAnId');
    for (const id of ['114334', '482', '2401000', '3f2b8c1e-9a4d-4c6b-8f1e-2d3c4b5a6f70'])
      expect(idValueProblem(id)).toBeUndefined();
    expect(rowIdsProblem(['114334', '114335', '114334'])).toBe('notDistinct');
    expect(rowIdsProblem(['114334', '114335'])).toBeUndefined();
  });

  it('on a div grid with ARIA roles, every row gets the number shown in that row, whichever row was taught', () => {
    for (let taughtRow = 1; taughtRow <= NAMES.length; taughtRow++) {
      const doc = ariaGrid();
      const { taught, preview } = teachGrid(doc, taughtRow, (row) => row.children[1] as Element);
      expect(taught.missing).toEqual([]);
      expect(preview?.idProblem).toBeUndefined();
      const detection = detectPage(URL, doc, [
        { id: 'les', hosts: ['demo.magister.net'], excludeHosts: [], pages: { gradeEntry: taught.page } },
      ]);
      expect(detection.status).toBe('recognised');
      const rows = detection.status === 'recognised' ? detection.context.rows : [];
      expect(rows.map((r) => r.id)).toEqual(NAMES.map((_, i) => number(i)));
      expect(rows.map((r) => r.name)).toEqual(NAMES);
    }
  });

  it('the name cell or a whole row taken as the id is refused', () => {
    const byName = teachGrid(ariaGrid(), 3, (row) => row.children[0] as Element);
    expect(byName.preview?.idProblem).toBe('notAnId');
    const byTest = teachGrid(ariaGrid(), 3, (row) => row.children[2] as Element);
    expect(byTest.preview?.idProblem).toBe('notAnId');
  });

  it('the average cell taken as the id is refused (a grade, and shared by several students)', () => {
    const { preview } = teachGrid(tableWithAverages(), 0, (row) => row.querySelector('.gem') as Element);
    expect(preview?.status).toBe('recognised');
    expect(preview?.idProblem).toBe('grade');
  });

  it('the number cell of the same table is fine', () => {
    const { preview } = teachGrid(tableWithAverages(), 2, (row) => row.querySelector('.nr') as Element);
    expect(preview?.idProblem).toBeUndefined();
    expect(preview?.rowCount).toBe(NAMES.length);
  });
});
