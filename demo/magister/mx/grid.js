/**
 * MX "Invoer groep/vak": `#/cijfers/groep/{lesgroep}/{vak}`. A div grid with ARIA roles: per row the
 * name (rowheader), the stamnummer (visible cell), the shown grade columns (inputs) and the period
 * average. By default the last filled column and the next empty one; the "Weergave" tab shows every
 * column of the period. Big groups render virtualised: `cdk-virtual-scroll-viewport` with a spacer
 * of the full height and a pool of VIRTUAL_POOL rows that mx/virtual.js recycles on scroll.
 * Pure markup (the row cells are also filled in place by mx/virtual.js).
 */
import { html, raw } from '../../lib/html.js';
import { filledGrade, MX_MARKS, periodAverage } from './data.js';

/** @typedef {import("../../data/students.js").Student} Student */
/** @typedef {import("./data.js").MxGroep} MxGroep */
/** @typedef {import("./data.js").MxKolom} MxKolom */

/** Row height of the virtualised grid (px), rows visible in its viewport and rows rendered in all. */
export const ROW_HEIGHT = 32;
export const VIRTUAL_VISIBLE = 30;
export const VIRTUAL_POOL = 40;
/** Groups bigger than this render virtualised. */
export const VIRTUAL_FROM = 100;

/**
 * @typedef {object} RowsContext
 * @property {MxGroep} groep
 * @property {MxKolom[]} kolommen shown columns
 * @property {Record<string, string>} [values] typed grades by "kolom/stamnummer"
 * @property {Record<string, string>} [marks] marks by "kolom/stamnummer" (keys of MX_MARKS)
 * @property {boolean} [average] show the average column (default true)
 */

/**
 * What one cell shows: value, mark and the input's aria-label.
 * @param {Student} s
 * @param {MxKolom} k
 * @param {RowsContext} ctx
 */
export function cellState(s, k, ctx) {
  const key = `${k.code}/${s.id}`;
  const mark = ctx.marks?.[key] ?? '';
  const info = MX_MARKS[/** @type {keyof typeof MX_MARKS} */ (mark)];
  return {
    value: ctx.values?.[key] ?? filledGrade(s, k),
    mark,
    letter: info?.letter ?? '',
    label: info ? `Cijfer ${s.name} (${info.label})` : `Cijfer ${s.name}`,
  };
}

/**
 * Rows of the grid.
 * @param {Student[]} list
 * @param {number} offset index of the first row in the whole list
 * @param {RowsContext} ctx
 * @returns {string}
 */
export function mxRows(list, offset, ctx) {
  return list
    .map((s, i) => {
      const cells = ctx.kolommen.map((k) => {
        const c = cellState(s, k, ctx);
        return html`<span role="gridcell" class="mx-cel" data-kolom="${k.code}" data-markering="${c.mark}"><input class="mx-invoer" data-kolom="${k.code}" value="${c.value}" inputmode="decimal" autocomplete="off" aria-label="${c.label}" aria-describedby="mx-kolom-${k.code}"><span class="mx-markering" aria-hidden="true">${c.letter}</span></span>`;
      });
      const avg =
        ctx.average === false
          ? ''
          : html`<span role="gridcell" class="mx-gem">${periodAverage(s, ctx.groep, ctx.values, ctx.marks)}</span>`;
      return html`
      <div role="row" class="mx-rij" data-stamnr="${s.id}" aria-rowindex="${offset + i + 2}"><span role="rowheader" class="mx-naam">${s.name}</span><span role="gridcell" class="mx-nr">${s.id}</span><span role="gridcell" class="mx-klas">${s.klas}</span>${raw(cells.join(''))}${raw(avg)}</div>`;
    })
    .join('');
}

/**
 * Header row and the grid around the rows (plain or virtualised).
 * @param {object} o
 * @param {string} o.label aria-label of the grid
 * @param {Student[]} o.students all students of the group
 * @param {RowsContext} o.ctx
 * @param {boolean} [o.virtual]
 * @param {number} [o.first] first rendered row when virtualised
 * @returns {string}
 */
export function mxGridTable({ label, students, ctx, virtual = false, first = 0 }) {
  const heads = ctx.kolommen.map(
    (k) =>
      html`<span role="columnheader" class="mx-kolomkop" id="mx-kolom-${k.code}" title="${k.omschrijving}">${k.code} <small>${k.omschrijving} · ${k.weging}x</small></span>`,
  );
  const gem = ctx.average === false ? '' : '<span role="columnheader" class="mx-kolomkop">Gem.</span>';
  const head = html`<div role="rowgroup" class="mx-raster-kop"><div role="row" class="mx-rij mx-kopregel" aria-rowindex="1"><span role="columnheader">Naam</span><span role="columnheader">Stamnr.</span><span role="columnheader">Klas</span>${raw(heads.join(''))}${raw(gem)}</div></div>`;
  const style = `--mx-kolommen: ${ctx.kolommen.length + (ctx.average === false ? 0 : 1)}`;
  if (!virtual) {
    return html`<div role="grid" class="mx-raster" aria-label="${label}" aria-rowcount="${students.length + 1}" style="${style}">
    ${raw(head)}
    <div role="rowgroup" class="mx-raster-body">${raw(mxRows(students, 0, ctx))}
    </div>
  </div>`;
  }
  const start = Math.max(0, Math.min(first, students.length - VIRTUAL_POOL));
  const pool = students.slice(start, start + VIRTUAL_POOL);
  return html`<div role="grid" class="mx-raster is-virtueel" aria-label="${label}" aria-rowcount="${students.length + 1}" style="${style}">
    ${raw(head)}
    <cdk-virtual-scroll-viewport class="mx-viewport" data-totaal="${students.length}" data-rijhoogte="${ROW_HEIGHT}" style="height: ${VIRTUAL_VISIBLE * ROW_HEIGHT}px">
      <div class="cdk-virtual-scroll-spacer" style="height: ${students.length * ROW_HEIGHT}px"></div>
      <div role="rowgroup" class="cdk-virtual-scroll-content-wrapper mx-raster-body" style="transform: translateY(${start * ROW_HEIGHT}px)">${raw(mxRows(pool, start, ctx))}
      </div>
    </cdk-virtual-scroll-viewport>
  </div>`;
}

/**
 * The Invoer groep/vak page.
 * @param {object} o
 * @param {string} o.lesgroep
 * @param {MxGroep} o.groep
 * @param {Student[]} o.students
 * @param {boolean} [o.alle] "Weergave": every column of the period
 * @param {Record<string, string>} [o.values]
 * @param {Record<string, string>} [o.marks]
 * @param {boolean} [o.virtual]
 * @param {number} [o.first]
 * @param {(alle: boolean) => MxKolom[]} o.kolommen
 * @returns {string}
 */
export function mxGrid({ lesgroep, groep, students, alle = false, values = {}, marks = {}, virtual, first = 0, kolommen }) {
  const ctx = { groep, kolommen: kolommen(alle), values, marks };
  const tab = (/** @type {boolean} */ on, /** @type {string} */ weergave, /** @type {string} */ text) =>
    html`<button type="button" role="tab" class="mx-tab" data-weergave="${weergave}" aria-selected="${on ? 'true' : 'false'}">${text}</button>`;
  const isVirtual = virtual ?? students.length > VIRTUAL_FROM;
  return html`<div class="mx-app mx-invoer" data-groep="${lesgroep}" data-vakcode="${groep.vak}" data-weergave="${alle ? 'alle' : 'standaard'}">
  <header class="mx-kop"><h1 class="mx-titel">Invoer groep/vak <span class="mx-sub">${lesgroep} · ${groep.vakNaam} · ${groep.periode}</span></h1></header>
  <div class="mx-tabs" role="tablist" aria-label="Weergave">${raw(tab(!alle, 'standaard', 'Invoer'))}${raw(tab(alle, 'alle', 'Weergave: alle kolommen'))}</div>
  <p class="mx-hint">Tab, Enter en pijltjestoetsen: volgende cel · Shift+2 telt niet mee · Shift+H inhalen · Shift+V vrijstelling</p>
  <div class="mx-werkbalk"><button type="button" class="mx-knop mx-opslaan">Opslaan</button><span class="mx-status" role="status" aria-live="polite"></span><span class="mx-aantal">${students.length} leerlingen</span></div>
  ${raw(mxGridTable({ label: `Cijfers ${lesgroep} ${groep.vakNaam}`, students, ctx, virtual: isVirtual, first }))}
</div>`;
}
