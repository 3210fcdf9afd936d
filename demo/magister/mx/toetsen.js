/**
 * MX "Cijfers › Toetsen": `#/cijfers/toetsen/{toetsId}`. One test: one column of inputs for every
 * student of its lesgroep, then "Publiceren". Pure markup; rows as in mx/grid.js (no average column).
 */
import { html, raw } from '../../lib/html.js';
import { mxGridTable, VIRTUAL_FROM } from './grid.js';

/** @typedef {import("../../data/students.js").Student} Student */

/**
 * @param {object} o
 * @param {string} o.toetsId
 * @param {string} o.lesgroep
 * @param {import("./data.js").MxGroep} o.groep
 * @param {import("./data.js").MxKolom} o.kolom
 * @param {Student[]} o.students
 * @param {Record<string, string>} [o.values]
 * @param {Record<string, string>} [o.marks]
 * @param {boolean} [o.gepubliceerd]
 * @param {number} [o.first]
 * @returns {string}
 */
export function mxToets({ toetsId, lesgroep, groep, kolom, students, values = {}, marks = {}, gepubliceerd = false, first = 0 }) {
  const ctx = { groep, kolommen: [kolom], values, marks, average: false };
  const status = gepubliceerd ? 'Gepubliceerd' : 'Nog niet gepubliceerd';
  return html`<div class="mx-app mx-toets" data-toets="${toetsId}" data-groep="${lesgroep}">
  <header class="mx-kop"><h1 class="mx-titel">Toetsen <span class="mx-sub">${kolom.omschrijving}</span></h1>
    <p class="mx-toets-info">${groep.vakNaam} · ${lesgroep} · weging ${kolom.weging}x · ${groep.periode}</p></header>
  <div class="mx-werkbalk"><button type="button" class="mx-knop mx-publiceren"${raw(gepubliceerd ? ' disabled' : '')}>Publiceren</button><span class="mx-status" role="status" aria-live="polite">${status}</span></div>
  ${raw(mxGridTable({ label: `Toets ${kolom.omschrijving}`, students, ctx, virtual: students.length > VIRTUAL_FROM, first }))}
</div>`;
}
