/**
 * Trap: a column that looks like an id but is not unique.
 *
 * grades.html#/cijfers/<group>/<column> is a grade-entry table of 8 students: rows `tr.rij` with
 * cells `td.naam` (name), `td.gem` (the student's average, e.g. "6,8"), `td.nr` (the student
 * number, the demo stamnummer) and `td.invoer > input.cijfer`. Several rows share an average (three
 * rows show "6,8"), so a teacher who picks the average cell as the student's id must be refused;
 * the student number is the right choice. Rows carry no id attribute.
 *
 * Groups: 4v.sk1 (columns 1, 2) and 3h2.ne (columns 1, 2), see LAB_GROUPS in lab.js.
 */
import { html, raw } from '../lib/html.js';
import { AVERAGES, gradeRoute, gridStudents, hashPath, mount, notFoundHtml } from './lab.js';

const root = () => /** @type {Element} */ (document.getElementById('inhoud'));

/** Entered grades by "group/column/id", kept while the page lives. */
/** @type {Map<string, string>} */
const values = new Map();

mount(root, () => {
  const route = gradeRoute(hashPath());
  if (!route) return notFoundHtml(`Geen cijferkolom op ${hashPath()}`);
  const key = `${route.groep}/${route.kolom}`;
  const rows = gridStudents.slice(0, 8).map(
    (s, i) => html`
      <tr class="rij">
        <td class="naam">${s.name}</td><td class="gem">${AVERAGES[i]}</td><td class="nr">${s.id}</td>
        <td class="invoer"><input class="cijfer" value="${values.get(`${key}/${s.id}`) ?? ''}" inputmode="decimal" aria-label="Cijfer ${s.name}"></td>
      </tr>`,
  );
  return html`<section class="cijferinvoer" aria-labelledby="toets-kop">
  <h1 id="toets-kop" class="toets-kop">${route.vak} ${route.groep}: ${route.toets}</h1>
  <table class="cijfers">
    <thead><tr><th scope="col">Naam</th><th scope="col">Gemiddelde</th><th scope="col">Leerlingnummer</th><th scope="col">Cijfer</th></tr></thead>
    <tbody>${raw(rows.join(''))}
    </tbody>
  </table>
</section>`;
});

document.addEventListener('input', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.matches('input.cijfer')) return;
  const route = gradeRoute(hashPath());
  const nr = input.closest('tr.rij')?.querySelector('td.nr')?.textContent;
  if (route && nr) values.set(`${route.groep}/${route.kolom}/${nr}`, input.value);
});
