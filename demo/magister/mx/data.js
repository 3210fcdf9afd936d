/**
 * Data of the MX variant (`?variant=mx`): lesgroepen with the columns of a period, made-up filled
 * grades (deterministic from stamnummer and column), tests ("toetsen") and the record's cards.
 * Pure: no DOM, importable from Node. Students come from demo/data/students.js only.
 */
import { manyStudents, students } from '../../data/students.js';

/** @typedef {import("../../data/students.js").Student} Student */

/**
 * @typedef {object} MxKolom
 * @property {string} code short column code, e.g. "PW1"
 * @property {string} omschrijving
 * @property {number} weging
 * @property {boolean} gevuld whether the column already holds grades
 */

/**
 * @typedef {object} MxGroep
 * @property {string} vak subject code in the route, e.g. "sk"
 * @property {string} vakNaam
 * @property {string} periode
 * @property {() => Student[]} students
 * @property {MxKolom[]} kolommen
 */

/** @type {Student[] | undefined} */
let grootList;
const groot = () => {
  grootList ??= manyStudents(1000);
  return grootList;
};

/** Lesgroepen of Invoer groep/vak, by lesgroep code. */
/** @type {Record<string, MxGroep>} */
export const MX_GROEPEN = {
  '4v.sk1': {
    vak: 'sk',
    vakNaam: 'Scheikunde',
    periode: 'Periode 2',
    students: () => students,
    kolommen: [
      { code: 'SO1', omschrijving: 'SO H4 Stoffen en mengsels', weging: 1, gevuld: true },
      { code: 'PW1', omschrijving: 'PW H5 Zuren en basen', weging: 2, gevuld: true },
      { code: 'PR1', omschrijving: 'Practicum titratie', weging: 1, gevuld: true },
      { code: 'SO2', omschrijving: 'SO H6 Redoxreacties', weging: 1, gevuld: false },
      { code: 'PW2', omschrijving: 'PW H6-H7', weging: 2, gevuld: false },
    ],
  },
  h4mtu1: {
    vak: 'wi',
    vakNaam: 'Wiskunde A',
    periode: 'Periode 2',
    students: groot,
    kolommen: [
      { code: 'T1', omschrijving: 'Toets H1 Functies', weging: 2, gevuld: true },
      { code: 'SO1', omschrijving: 'SO H2 Vergelijkingen', weging: 1, gevuld: true },
      { code: 'T2', omschrijving: 'Toets H3 Statistiek', weging: 2, gevuld: false },
    ],
  },
};

/** Tests of Cijfers › Toetsen, by toets id: a column of a lesgroep. */
/** @type {Record<string, { lesgroep: string, kolom: string }>} */
export const MX_TOETSEN = {
  'sk-so2': { lesgroep: '4v.sk1', kolom: 'SO2' },
  'sk-pw1': { lesgroep: '4v.sk1', kolom: 'PW1' },
  'wi-t2': { lesgroep: 'h4mtu1', kolom: 'T2' },
};

/** Cards of the student record (detailkaarten): [route segment, menu group, label]. */
export const MX_KAARTEN = [
  ['', 'Basisgegevens', 'Algemeen'],
  ['ouders', 'Basisgegevens', 'Ouders/verzorgers'],
  ['medisch', 'Zorg', 'Medisch'],
  ['aanvullend', 'Overig', 'Aanvullend'],
  ['vrije-info', 'Overig', 'Vrije info'],
];

/**
 * Small deterministic mixer for made-up values.
 * @param {string} text
 * @returns {number} unsigned 32-bit
 */
export function seeded(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Students of a lesgroep; `rows` pads (or cuts) the list to that many with generated students.
 * @param {MxGroep} groep
 * @param {number} [rows]
 * @returns {Student[]}
 */
export function groepStudents(groep, rows) {
  const own = groep.students();
  if (!rows || rows <= 0) return own;
  if (rows <= own.length) return own.slice(0, rows);
  const ownIds = new Set(own.map((s) => s.id));
  const extra = manyStudents(rows - own.length + 50).filter((s) => !ownIds.has(s.id));
  return [...own, ...extra.slice(0, rows - own.length)];
}

/**
 * The made-up grade of a filled column ("" for an empty column), e.g. "6,4".
 * @param {Student} student
 * @param {MxKolom} kolom
 * @returns {string}
 */
export function filledGrade(student, kolom) {
  if (!kolom.gevuld) return '';
  const n = seeded(`${student.id}/${kolom.code}`);
  return (3.5 + (n % 61) / 10).toFixed(1).replace('.', ',');
}

/**
 * Columns shown: by default the last filled column and the next empty one; `alle` shows every column.
 * @param {MxGroep} groep
 * @param {boolean} alle
 * @returns {MxKolom[]}
 */
export function shownKolommen(groep, alle) {
  if (alle) return groep.kolommen;
  const lastFilled = groep.kolommen.filter((k) => k.gevuld).at(-1);
  const nextEmpty = groep.kolommen.find((k) => !k.gevuld);
  return [lastFilled, nextEmpty].filter((k) => k !== undefined);
}

/**
 * Parse a grade typed as "6,4" or "6.4".
 * @param {string} text
 * @returns {number | undefined}
 */
export function parseGrade(text) {
  const n = Number(String(text).trim().replace(',', '.'));
  return String(text).trim() !== '' && Number.isFinite(n) && n >= 1 && n <= 10 ? n : undefined;
}

/**
 * Weighted average over the period's columns (typed values win over filled ones); marked cells
 * (telt niet mee, inhalen, vrijstelling) do not count.
 * @param {Student} student
 * @param {MxGroep} groep
 * @param {Record<string, string>} [values] typed values by "kolom/stamnummer"
 * @param {Record<string, string>} [marks] marks by "kolom/stamnummer"
 * @returns {string} e.g. "6,8" or ""
 */
export function periodAverage(student, groep, values = {}, marks = {}) {
  let sum = 0;
  let weight = 0;
  for (const k of groep.kolommen) {
    const key = `${k.code}/${student.id}`;
    if (marks[key]) continue;
    const grade = parseGrade(values[key] ?? filledGrade(student, k));
    if (grade === undefined) continue;
    sum += grade * k.weging;
    weight += k.weging;
  }
  return weight ? (sum / weight).toFixed(1).replace('.', ',') : '';
}

/** Marks the host sets with its own keys in a focused cell. */
export const MX_MARKS = {
  'telt-niet-mee': { letter: '*', label: 'telt niet mee', key: 'Shift+2' },
  inhalen: { letter: 'H', label: 'inhalen', key: 'Shift+H' },
  vrijstelling: { letter: 'V', label: 'vrijstelling', key: 'Shift+V' },
};
