/**
 * Markup of the Magister-like demo (docent), as pure functions returning HTML strings.
 * Follows /work/shared/hosts-reference.md. No DOM use: importable from Node for fixtures.
 *
 * Every student value goes through `html` / `escapeHtml`.
 */

import { edgeStudents, findStudentById, manyStudents, students, teacher } from '../data/students.js';
import {
  escapeHtml,
  formatGrade,
  html,
  isInsufficient,
  newestFirst,
  PHOTO_PLACEHOLDER,
  raw,
  weightedAverage,
} from '../lib/html.js';
import { mxPageForRoute, renderMx } from './mx/views.js';
import { appShell } from './shell.js';
import { gradeEntry2027, studentRecord2027 } from './variant-2027.js';

/** @typedef {import("../data/students.js").Student} Student */

/**
 * @typedef {object} Route
 * @property {"vandaag"|"agenda"|"kaart"|"kaart-frame"|"logboek"|"cijfers"|"mentor"|"afwezigheid"|"onbekend"} name
 * @property {string} path hash path without "#", e.g. "/leerlingen/48213/kaart"
 * @property {Record<string, string>} params
 */

/**
 * @typedef {object} ViewState
 * @property {Record<string, string>} [values] entered grades by leerling id (grade entry)
 * @property {Student[]} [extraStudents] late rows appended to the grade entry
 * @property {string} [frameSearch] query string passed on to an iframe's document (e.g. "?delay=0")
 * @property {string} [variant] "2027": the record and the grade entry in changed markup (variant-2027.js);
 *   "mx": the MX routes and markup of mx/views.js (the other state fields go to renderMx)
 */

/** @type {Student[] | undefined} */
let groot;
/** The 1000 generated students of lesgroep "groot" (built once). */
export function grootStudents() {
  groot ??= manyStudents(1000);
  return groot;
}

/**
 * Lesgroepen with grade columns (kolommen).
 * @type {Record<string, { vak: string, students: () => Student[], kolommen: Record<string, string> }>}
 */
export const lesgroepen = {
  '4v.sk1': {
    vak: 'Scheikunde',
    students: () => students,
    kolommen: {
      1: 'PW H5 Zuren en basen',
      2: 'SO H6 Redoxreacties',
      3: 'Practicum titratie',
    },
  },
  'pro3.pr': {
    vak: 'Praktijk',
    students: () => edgeStudents.filter((s) => s.klas === 'PRO3'),
    kolommen: { 1: 'Praktijkopdracht horeca' },
  },
  veertig: {
    vak: 'Biologie',
    students: () => grootStudents().slice(0, 40),
    kolommen: { 1: 'SO Erfelijkheid' },
  },
  groot: {
    vak: 'Wiskunde',
    students: grootStudents,
    kolommen: {
      1: 'Toets H1 Functies',
      2: 'SO H2 Vergelijkingen',
    },
  },
};

/** Main menu entries: [id, hash, label]. */
export const MENU = [
  ['menu-vandaag', '#/vandaag', 'Vandaag'],
  ['menu-leerlingen', '#/mentor/leerlingen', 'Leerlingen'],
  ['menu-cijfers', '#/cijfers/invoeren/4v.sk1/1', 'Cijfers'],
  ['menu-afwezigheid', '#/afwezigheid/3H2', 'Afwezigheid'],
  ['menu-agenda', '#/agenda', 'Agenda'],
];

/**
 * Parse a hash ("#/leerlingen/48213/kaart" or "/leerlingen/48213/kaart").
 * @param {string} hash
 * @returns {Route}
 */
export function parseRoute(hash) {
  const path = `/${hash.replace(/^#?\/?/, '').split('?')[0]}`.replace(/\/+$/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  /** @type {(name: Route["name"], params?: Record<string, string>) => Route} */
  const route = (name, params = {}) => ({ name, path, params });
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'vandaag')) {
    return route('vandaag');
  }
  if (parts.length === 1 && parts[0] === 'agenda') return route('agenda');
  if (parts[0] === 'leerlingen' && parts.length === 3 && parts[2] === 'kaart') {
    return route('kaart', { id: parts[1] });
  }
  if (parts[0] === 'leerlingen' && parts.length === 3 && parts[2] === 'kaart-frame') {
    return route('kaart-frame', { id: parts[1] });
  }
  if (parts[0] === 'leerlingen' && parts.length === 3 && parts[2] === 'logboek') {
    return route('logboek', { id: parts[1] });
  }
  if (parts[0] === 'cijfers' && parts[1] === 'invoeren' && parts.length === 4) {
    return route('cijfers', { lesgroep: parts[2], kolom: parts[3] });
  }
  if (parts[0] === 'mentor' && parts[1] === 'leerlingen' && parts.length === 2) {
    return route('mentor');
  }
  if (parts[0] === 'afwezigheid' && parts.length === 2) {
    return route('afwezigheid', { groep: parts[1] });
  }
  return route('onbekend');
}

/**
 * @param {string} s
 * @returns {string}
 */
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The view content (children of `div.view.ng-scope`) for a route.
 * @param {Route} route
 * @param {ViewState} [state]
 * @returns {string}
 */
export function renderView(route, state = {}) {
  if (state.variant === 'mx') return renderMx(route.path, state);
  switch (route.name) {
    case 'vandaag':
      return today();
    case 'agenda':
      return agenda();
    case 'kaart': {
      const student = findStudentById(route.params.id);
      if (student && state.variant === '2027') return studentRecord2027(student, nextStudent(student));
      return student ? studentRecord(student) : notFound('Leerlingkaart', 'Leerling niet gevonden.');
    }
    case 'kaart-frame': {
      const student = findStudentById(route.params.id);
      return student ? studentRecordFrame(student.id, state.frameSearch) : notFound('Leerlingkaart', 'Leerling niet gevonden.');
    }
    case 'logboek': {
      const student = findStudentById(route.params.id);
      return student ? logboek(student) : notFound('Logboek', 'Leerling niet gevonden.');
    }
    case 'cijfers': {
      const groep = lesgroepen[route.params.lesgroep];
      const omschrijving = groep?.kolommen[route.params.kolom];
      if (!groep || !omschrijving) {
        return notFound('Cijfers invoeren', 'Deze cijferkolom bestaat niet.');
      }
      return (state.variant === '2027' ? gradeEntry2027 : gradeEntry)({
        vak: groep.vak,
        lesgroep: route.params.lesgroep,
        kolom: route.params.kolom,
        kolommen: groep.kolommen,
        students: [...groep.students(), ...(state.extraStudents ?? [])],
        values: state.values,
      });
    }
    case 'mentor':
      return mentorList(students.filter((s) => s.mentor === teacher.name));
    case 'afwezigheid':
      return absenceOverview(route.params.groep, groupStudents(route.params.groep));
    default:
      return notFound('Pagina niet gevonden', 'Deze pagina bestaat niet.');
  }
}

/**
 * Students of a group for the absence overview: a lesgroep, a klas, or everyone.
 * @param {string} groep
 * @returns {Student[]}
 */
export function groupStudents(groep) {
  if (lesgroepen[groep]) return lesgroepen[groep].students();
  const klas = students.filter((s) => s.klas.toLowerCase() === groep.toLowerCase());
  return klas.length > 0 ? klas : students;
}

/** Empty loading state shown while the data "arrives over XHR". */
export function loading() {
  return '<div class="k-loading-mask" role="status" aria-busy="true"><span class="k-loading-image"></span><span class="k-loading-text">Laden…</span></div>';
}

/**
 * @param {string} heading
 * @param {string} message
 * @returns {string}
 */
export function notFound(heading, message) {
  return html`<dna-page-header heading="${heading}"></dna-page-header>
<div class="geen-data"><p>${message}</p></div>`;
}

/**
 * The student the record's "Volgende leerling" link goes to.
 * @param {Student} student
 * @returns {Student | undefined}
 */
function nextStudent(student) {
  const index = students.indexOf(student);
  return index >= 0 ? students[(index + 1) % students.length] : undefined;
}

/**
 * Student record (leerlingkaart).
 * @param {Student} student
 * @returns {string}
 */
export function studentRecord(student) {
  const next = nextStudent(student);
  const recent = newestFirst(student.results).slice(0, 5);
  const profiel = student.profiel
    ? html`
        <dt>Profiel</dt><dd>${student.profiel}</dd>`
    : '';
  const cijfers =
    recent.length > 0
      ? html`
    <div id="cijfers-container">
      <h3 class="sectie-titel">Laatste cijfers</h3>
      <div class="k-grid cijfers-k-grid"><table role="grid"><tbody>${raw(recent.map(resultRow).join(''))}
      </tbody></table></div>
    </div>`
      : '';
  const volgende = next ? html`<a class="volgende-leerling" href="#/leerlingen/${next.id}/kaart">Volgende leerling</a>` : '';
  return html`<dna-page-header heading="Leerlingkaart"></dna-page-header>
  <section class="leerling-kaart" data-leerling-id="${student.id}">
    <dna-card class="leerling-header">
      <img class="leerling-foto" alt="" src="${PHOTO_PLACEHOLDER}">
      <h2 class="leerling-naam">${student.name}</h2>
      <dl class="leerling-gegevens">
        <dt>Stamnummer</dt><dd>${student.id}</dd>
        <dt>Klas</dt><dd>${student.klas}</dd>
        <dt>Studie</dt><dd>${student.studie}</dd>
        <dt>Mentor</dt><dd>${student.mentor}</dd>${raw(profiel)}
      </dl>
    </dna-card>${raw(cijfers)}
    <div id="absenties-container"><span class="absentie-label">Ongeoorloofd afwezig</span> <span class="absentie-telling" data-soort="ongeoorloofd">${student.absences}</span></div>
    <div class="kaart-acties">
      <a class="logboek-link" href="#/leerlingen/${student.id}/logboek">Logboek</a>
      ${raw(volgende)}
    </div>
  </section>`;
}

/** Path of the document that the iframe record view loads (same origin). */
export const FRAME_PATH = '/magister/frame.html';

/**
 * Student record rendered inside a same-origin iframe (`.view > iframe`, like some Magister views):
 * the outer view holds only the header and the iframe; the iframe's document
 * (/magister/frame.html#/leerlingen/{id}/kaart) holds the usual `section.leerling-kaart`.
 * @param {string} id stamnummer
 * @param {string} [search] query string for the frame document, e.g. "?delay=0"
 * @returns {string}
 */
export function studentRecordFrame(id, search = '') {
  return html`<dna-page-header heading="Leerlingkaart"></dna-page-header>
  <iframe class="leerlingkaart-frame" title="Leerlingkaart" src="${FRAME_PATH}${search}#/leerlingen/${id}/kaart"></iframe>`;
}

/**
 * The iframe's complete document for a student record (also used for fixtures).
 * @param {Student} student
 * @param {{ stylesheet?: string }} [options]
 * @returns {string}
 */
export function framePage(student, { stylesheet = '/magister/style.css' } = {}) {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Leerlingkaart</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body class="frame">
<div class="container">${studentRecord(student).replace(/^<dna-page-header[^>]*><\/dna-page-header>\s*/, '')}</div>
</body>
</html>
`;
}

/**
 * @param {import("../data/students.js").Result} result
 * @returns {string}
 */
function resultRow(result) {
  const cls = isInsufficient(result.cijfer) ? 'grade insufficient' : 'grade';
  return html`
        <tr><td class="vak">${result.vak}</td><td class="omschrijving">${result.omschrijving}</td>
            <td class="cijfer"><span class="${cls}">${formatGrade(result.cijfer)}</span></td><td class="weging">${result.weging}x</td>
            <td class="datum">${result.datum}</td></tr>`;
}

/**
 * Grade entry (cijfers invoeren) for one column of a lesgroep.
 * @param {object} options
 * @param {string} options.vak
 * @param {string} options.lesgroep
 * @param {string} options.kolom
 * @param {Record<string, string>} options.kolommen kolom number → omschrijving
 * @param {Student[]} options.students
 * @param {Record<string, string>} [options.values] entered grades by leerling id
 * @returns {string}
 */
export function gradeEntry({ vak, lesgroep, kolom, kolommen, students: rows, values = {} }) {
  const links = Object.entries(kolommen)
    .map(([k, omschrijving]) =>
      k === kolom
        ? html`<li><span class="kolom-link actief" aria-current="page">${omschrijving}</span></li>`
        : html`<li><a class="kolom-link" href="#/cijfers/invoeren/${encodeURIComponent(lesgroep)}/${k}">${omschrijving}</a></li>`,
    )
    .join('');
  return html`<dna-page-header heading="Cijfers invoeren"></dna-page-header>
  <div class="cijfer-invoer" data-vak="${vak}" data-lesgroep="${lesgroep}">
    <nav class="kolom-navigatie" aria-label="Cijferkolommen"><ul>${raw(links)}</ul></nav>
    <h3 class="kolom-omschrijving">${kolommen[kolom]}</h3>
    <div class="invoer-toolbar"><dna-button><button type="button" class="opslaan-knop">Opslaan</button></dna-button><span id="opslaan-status" role="status" aria-live="polite"></span><span class="invoer-hint">Enter of ↓ volgende leerling · ↑ vorige · Alt+S opslaan</span></div>
    <div class="k-grid cijfers-k-grid"><table role="grid">
      <thead><tr><th>Naam</th><th>Stamnr.</th><th>Klas</th><th>Cijfer</th><th>Gem.</th></tr></thead>
      <tbody>${raw(gradeRows(rows, values))}
      </tbody>
    </table></div>
  </div>`;
}

/**
 * Rows (`tr.k-master-row`) of the grade entry grid.
 * @param {Student[]} rows
 * @param {Record<string, string>} [values]
 * @returns {string}
 */
export function gradeRows(rows, values = {}) {
  return rows
    .map((s) => {
      const avg = weightedAverage(s.results);
      return html`
        <tr class="k-master-row" data-leerling-id="${s.id}">
          <td class="naam">${s.name}</td><td class="stamnummer">${s.id}</td><td class="klas">${s.klas}</td>
          <td class="cijfer"><input class="cijfer-text-input" value="${values[s.id] ?? ''}" inputmode="decimal" aria-label="Cijfer ${s.name}"></td>
          <td class="gemiddelde">${avg === undefined ? '' : formatGrade(avg)}</td>
        </tr>`;
    })
    .join('');
}

/**
 * Mentor group list.
 * @param {Student[]} list
 * @returns {string}
 */
export function mentorList(list) {
  const items = list
    .map(
      (s) => html`
    <li class="leerling-regel" data-leerling-id="${s.id}"><a class="naam" href="#/leerlingen/${s.id}/kaart">${s.name}</a> <span class="klas">${s.klas}</span></li>`,
    )
    .join('');
  return html`<dna-page-header heading="Mijn mentorleerlingen"></dna-page-header>
  <ul class="mentor-leerlingen">${raw(items)}
  </ul>`;
}

const LOGBOEK_TEKSTEN = [
  ['Gesprek', 'Voortgangsgesprek gevoerd; afspraak om over drie weken terug te kijken.'],
  ['Compliment', 'Sterke presentatie gegeven bij het vak.'],
  ['Te laat', 'Tweede uur te laat binnengekomen.'],
  ['Afspraak', 'Huiswerkplanning samen doorgenomen.'],
];

/**
 * Logboek (LVS) of a student.
 * @param {Student} student
 * @returns {string}
 */
export function logboek(student) {
  const seed = Number(student.id) || 0;
  const items = [0, 1, 2]
    .map((k) => {
      const [soort, tekst] = LOGBOEK_TEKSTEN[(seed + k) % LOGBOEK_TEKSTEN.length];
      const datum = `${String(3 + k * 9).padStart(2, '0')}-10-2026`;
      return html`
      <li class="logboek-item"><span class="datum">${datum}</span> <span class="soort">${soort}</span> <span class="auteur">${teacher.name}</span><p class="tekst">${tekst}</p></li>`;
    })
    .join('');
  return html`<dna-page-header heading="Logboek"></dna-page-header>
  <section class="logboek" data-leerling-id="${student.id}">
    <h2 class="leerling-naam">${student.name}</h2>
    <ol class="logboek-items">${raw(items)}
    </ol>
    <a class="kaart-link" href="#/leerlingen/${student.id}/kaart">Naar leerlingkaart</a>
  </section>`;
}

/**
 * Absence overview of a group.
 * @param {string} groep
 * @param {Student[]} list
 * @returns {string}
 */
export function absenceOverview(groep, list) {
  const rows = list
    .map(
      (s) => html`
        <tr class="k-master-row" data-leerling-id="${s.id}"><td class="naam"><a href="#/leerlingen/${s.id}/kaart">${s.name}</a></td><td class="stamnummer">${s.id}</td><td class="klas">${s.klas}</td><td class="absentie-telling" data-soort="ongeoorloofd">${s.absences}</td></tr>`,
    )
    .join('');
  return html`<dna-page-header heading="Afwezigheid"></dna-page-header>
  <div class="afwezigheid-overzicht" data-groep="${groep}">
    <h3 class="groep-naam">Groep ${groep}</h3>
    <div class="k-grid"><table role="grid">
      <thead><tr><th>Naam</th><th>Stamnr.</th><th>Klas</th><th>Ongeoorloofd</th></tr></thead>
      <tbody>${raw(rows)}
      </tbody>
    </table></div>
  </div>`;
}

/** Dashboard "Vandaag": no student data. */
export function today() {
  const lessen = [
    ['1', '08:30', '4v.sk1', 'Scheikunde', 'B1.12'],
    ['2', '09:20', '3h.sk2', 'Scheikunde', 'B1.12'],
    ['4', '11:15', '5g.sk1', 'Scheikunde', 'B2.04'],
    ['6', '13:40', 'Mentoruur 3H2', 'Mentoraat', 'A0.07'],
  ];
  const items = lessen
    .map(
      ([uur, tijd, groep, vak, lokaal]) => html`
      <li class="les"><span class="lesuur">${uur}</span> <span class="tijd">${tijd}</span> <span class="lesgroep">${groep}</span> <span class="vak">${vak}</span> <span class="lokaal">${lokaal}</span></li>`,
    )
    .join('');
  return html`<dna-page-header heading="Vandaag"></dna-page-header>
  <div class="vandaag">
    <dna-card class="widget"><h3>Rooster</h3><ol class="lessen">${raw(items)}
    </ol></dna-card>
    <dna-card class="widget"><h3>Mededelingen</h3><p>Donderdag is de studiemiddag over de nieuwe toetsweek; de lessen na het 5e uur vervallen.</p></dna-card>
    <dna-card class="widget"><h3>Berichten</h3><p>Je hebt geen nieuwe berichten.</p></dna-card>
  </div>`;
}

/** Agenda: a week of lessons, no student data. */
export function agenda() {
  const dagen = ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag'];
  const rows = dagen
    .map(
      (dag, i) => html`
        <tr><th scope="row">${dag}</th><td>${i % 2 ? '4v.sk1 — Scheikunde' : '3h.sk2 — Scheikunde'}</td><td>${i === 3 ? 'Studiemiddag' : '5g.sk1 — Scheikunde'}</td><td>${i === 0 ? 'Sectieoverleg' : ''}</td></tr>`,
    )
    .join('');
  return html`<dna-page-header heading="Agenda"></dna-page-header>
  <div class="agenda">
    <table class="agenda-week"><thead><tr><th>Dag</th><th>Ochtend</th><th>Middag</th><th>Na school</th></tr></thead>
      <tbody>${raw(rows)}
      </tbody></table>
  </div>`;
}

/**
 * A complete static page (shell + view content), e.g. for saved test fixtures.
 * @param {string} viewHtml content of `div.view.ng-scope`
 * @param {object} [options]
 * @param {boolean} [options.dark] add class "dark" to <html>
 * @param {string} [options.stylesheet] href of the stylesheet ("/magister/style.css")
 * @returns {string}
 */
export function page(viewHtml, { dark = false, stylesheet = '/magister/style.css' } = {}) {
  return `<!doctype html>
<html lang="nl"${dark ? ' class="dark"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Magister</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
${shell(viewHtml)}
</body>
</html>
`;
}

/**
 * The app shell of every route.
 * @param {string} [viewHtml]
 * @returns {string}
 */
export function shell(viewHtml = '') {
  return appShell(MENU, viewHtml);
}

/**
 * Convenience for fixtures: full page for a hash route.
 * @param {string} hash e.g. "#/leerlingen/48213/kaart"
 * @param {{ dark?: boolean, stylesheet?: string, variant?: string } & Record<string, unknown>} [options] with
 *   variant "mx" also the MX state (rows, alle, values, marks, frame; see mx/views.js)
 * @returns {string}
 */
export function pageForRoute(hash, options = {}) {
  if (options.variant === 'mx') return mxPageForRoute(hash, options);
  return page(renderView(parseRoute(hash), options.variant ? { variant: options.variant } : {}), options);
}
