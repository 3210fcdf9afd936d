/**
 * `?variant=2027`: the Magister look-alike after an imagined vendor redesign. The student record and
 * the grade entry grid render with changed markup, so the shipped magister profile no longer
 * recognises them (the routes stay the same) — the page a school repairs with "Leer deze pagina
 * herkennen" (issue 19). Same students, same ids and names as the normal demo.
 *
 * What changed against views.js:
 * - record: `article.dossier[aria-label]` instead of `section.leerling-kaart[data-leerling-id]`
 *   (no id attribute at all), extra wrappers around the header, the name in `h2 > span`, label/value
 *   pairs as `li.kenmerk > span.kenmerk-label + span.kenmerk-waarde`, "Klas" first and
 *   "Leerlingnummer" instead of "Stamnummer", "Opleiding" instead of "Studie";
 * - grade entry: `.toetsinvoer` instead of `.cijfer-invoer`, the grid inside two wrappers,
 *   rows `tr.raster-rij` (odd ones also `.is-oneven`) with the id in `data-nummer` instead of
 *   `data-leerling-id`, columns Klas · Naam (a link to the record) · Leerlingnr. · Cijfer · Gem.,
 *   the input `input.score-invoer` inside a wrapper.
 */
import { formatGrade, html, isInsufficient, newestFirst, PHOTO_PLACEHOLDER, raw, weightedAverage } from '../lib/html.js';

/** @typedef {import("../data/students.js").Student} Student */

/** The variant's grid, for the demo runtime (keyboard moves, remembered values, late rows). */
export const GRADE_2027 = {
  inputSelector: 'input.score-invoer',
  rowSelector: 'tr.raster-rij',
  idAttribute: 'data-nummer',
  rowsContainer: '.toetsinvoer .raster-tabel tbody',
};

/**
 * Student record (leerlingkaart), variant 2027.
 * @param {Student} student
 * @param {Student | undefined} next the student the "Volgende leerling" link goes to
 * @returns {string}
 */
export function studentRecord2027(student, next) {
  const kenmerk = (/** @type {string} */ label, /** @type {string} */ value) =>
    html`
          <li class="kenmerk"><span class="kenmerk-label">${label}</span><span class="kenmerk-waarde">${value}</span></li>`;
  const kenmerken = [
    kenmerk('Klas', student.klas),
    kenmerk('Leerlingnummer', student.id),
    kenmerk('Mentor', student.mentor),
    kenmerk('Opleiding', student.studie),
    ...(student.profiel ? [kenmerk('Profiel', student.profiel)] : []),
  ].join('');
  const recent = newestFirst(student.results).slice(0, 5);
  const resultaten =
    recent.length > 0
      ? html`
      <div class="blok blok-resultaten"><h3 class="blok-titel">Recente resultaten</h3>
        <table class="resultaten-lijst"><tbody>${raw(recent.map(resultRow).join(''))}
        </tbody></table>
      </div>`
      : '';
  const volgende = next ? html`<a class="naar-volgende" href="#/leerlingen/${next.id}/kaart">Volgende leerling</a>` : '';
  return html`<dna-page-header heading="Leerlingkaart"></dna-page-header>
  <div class="lk-pagina">
    <article class="dossier" aria-label="Leerlingdossier">
      <header class="dossier-kop">
        <div class="kop-binnen">
          <dna-card class="kop-kaart">
            <figure class="portret"><img class="portret-foto" alt="" src="${PHOTO_PLACEHOLDER}"></figure>
            <div class="kop-tekst"><h2 class="dossier-naam"><span class="naam-tekst">${student.name}</span></h2></div>
          </dna-card>
        </div>
      </header>
      <div class="dossier-inhoud">
        <ul class="kenmerken">${raw(kenmerken)}
        </ul>${raw(resultaten)}
        <p class="verzuim"><span class="verzuim-label">Ongeoorloofd afwezig</span> <strong class="verzuim-aantal">${student.absences}</strong></p>
      </div>
      <footer class="dossier-acties">
        <a class="naar-logboek" href="#/leerlingen/${student.id}/logboek">Logboek</a>
        ${raw(volgende)}
      </footer>
    </article>
  </div>`;
}

/**
 * @param {import("../data/students.js").Result} result
 * @returns {string}
 */
function resultRow(result) {
  const cls = isInsufficient(result.cijfer) ? 'score onvoldoende' : 'score';
  return html`
          <tr class="resultaat"><td class="vak-naam">${result.vak}</td><td class="toets">${result.omschrijving}</td><td><b class="${cls}">${formatGrade(result.cijfer)}</b></td><td class="op">${result.datum}</td></tr>`;
}

/**
 * Grade entry (cijfers invoeren), variant 2027.
 * @param {object} options
 * @param {string} options.vak
 * @param {string} options.lesgroep
 * @param {string} options.kolom
 * @param {Record<string, string>} options.kolommen kolom number → omschrijving
 * @param {Student[]} options.students
 * @param {Record<string, string>} [options.values] entered grades by leerling id
 * @returns {string}
 */
export function gradeEntry2027({ vak, lesgroep, kolom, kolommen, students: rows, values = {} }) {
  const links = Object.entries(kolommen)
    .map(([k, omschrijving]) =>
      k === kolom
        ? html`<li><span class="toets-tab gekozen" aria-current="page">${omschrijving}</span></li>`
        : html`<li><a class="toets-tab" href="#/cijfers/invoeren/${encodeURIComponent(lesgroep)}/${k}">${omschrijving}</a></li>`,
    )
    .join('');
  return html`<dna-page-header heading="Cijfers invoeren"></dna-page-header>
  <div class="toetsinvoer" data-vak-naam="${vak}" data-groep-code="${lesgroep}">
    <nav class="toets-tabs" aria-label="Toetsen"><ul>${raw(links)}</ul></nav>
    <h3 class="toets-titel">${kolommen[kolom]}</h3>
    <div class="werkbalk"><dna-button><button type="button" class="opslaan-knop">Opslaan</button></dna-button><span id="opslaan-status" role="status" aria-live="polite"></span></div>
    <div class="raster-buiten"><div class="raster" role="region" aria-label="Cijfers">
      <table class="raster-tabel">
        <thead><tr><th>Klas</th><th>Naam</th><th>Leerlingnr.</th><th>Cijfer</th><th>Gem.</th></tr></thead>
        <tbody>${raw(gradeRows2027(rows, values))}
        </tbody>
      </table>
    </div></div>
  </div>`;
}

/**
 * Rows (`tr.raster-rij`) of the variant's grid.
 * @param {Student[]} rows
 * @param {Record<string, string>} [values]
 * @param {number} [offset] index of the first row (odd rows get `.is-oneven`)
 * @returns {string}
 */
export function gradeRows2027(rows, values = {}, offset = 0) {
  return rows
    .map((s, i) => {
      const avg = weightedAverage(s.results);
      return html`
          <tr class="${(offset + i) % 2 ? 'raster-rij is-oneven' : 'raster-rij'}" data-nummer="${s.id}">
            <td class="cel cel-klas">${s.klas}</td>
            <td class="cel cel-naam"><a class="naar-kaart" href="#/leerlingen/${s.id}/kaart">${s.name}</a></td>
            <td class="cel cel-nummer">${s.id}</td>
            <td class="cel cel-cijfer"><div class="invoer-wrap"><input class="score-invoer" type="text" value="${values[s.id] ?? ''}" inputmode="decimal" aria-label="Cijfer ${s.name}"></div></td>
            <td class="cel cel-gem">${avg === undefined ? '' : formatGrade(avg)}</td>
          </tr>`;
    })
    .join('');
}
