/**
 * Trap: a grade grid of bare divs with ARIA roles.
 *
 * aria-grid.html#/cijfers/<group>/<column> renders `div[role=grid]` > `div[role=row]` (one header row
 * of `div[role=columnheader]`, then 10 student rows) > `div[role=gridcell]`: name, student number
 * (the demo stamnummer, digits only), the test's name (e.g. "SO hoofdstuk 3", the same on every row)
 * and a cell holding the grade `input`. Every div, the grid, its wrapper, rows and cells alike, has
 * the same `class="c"` and nothing else distinguishes them, so a selector built from tag and class
 * matches everything; the roles and positions are the only structure. The markup has no whitespace
 * between cells, so a row's text runs together ("Sanne de Vries48213SO hoofdstuk 3"): reading a
 * value from the row's text instead of from its cell gives garbage.
 *
 * Groups: 4v.sk1 (columns 1, 2) and 3h2.ne (columns 1, 2), see LAB_GROUPS in lab.js.
 */
import { html } from '../lib/html.js';
import { gradeRoute, gridStudents, hashPath, mount, notFoundHtml } from './lab.js';

const root = () => /** @type {Element} */ (document.getElementById('inhoud'));

/** Entered grades by "group/column/stamnummer", kept while the page lives. */
/** @type {Map<string, string>} */
const values = new Map();

mount(root, () => {
  const route = gradeRoute(hashPath());
  if (!route) return notFoundHtml(`Geen cijferkolom op ${hashPath()}`);
  const key = `${route.groep}/${route.kolom}`;
  const header = ['Naam', 'Leerlingnummer', 'Toets', 'Cijfer']
    .map((label) => html`<div class="c" role="columnheader">${label}</div>`)
    .join('');
  const rows = gridStudents
    .slice(0, 10)
    .map(
      (s) =>
        html`<div class="c" role="row"><div class="c" role="gridcell">${s.name}</div><div class="c" role="gridcell">${s.id}</div><div class="c" role="gridcell">${route.toets}</div><div class="c" role="gridcell"><input value="${values.get(`${key}/${s.id}`) ?? ''}" inputmode="decimal" aria-label="Cijfer"></div></div>`,
    )
    .join('');
  return `${html`<h1 id="raster-kop">${route.vak} ${route.groep}: ${route.toets}</h1>`}<div class="c"><div class="c" role="grid" aria-labelledby="raster-kop"><div class="c" role="row">${header}</div>${rows}</div></div>`;
});

document.addEventListener('input', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.closest('[role="grid"]')) return;
  const route = gradeRoute(hashPath());
  const nr = input.closest('[role="row"]')?.children[1]?.textContent;
  if (route && nr) values.set(`${route.groep}/${route.kolom}/${nr}`, input.value);
});
