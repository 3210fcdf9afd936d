/**
 * Markup of the Somtoday-like demo (docent), as pure functions returning HTML strings.
 * Follows /work/shared/hosts-reference.md. No DOM use: importable from Node for fixtures.
 *
 * Every student value goes through `html` / `escapeHtml`.
 */
import { findStudentByUuid, manyStudents, students, teacher } from '../data/students.js';
import { escapeHtml, formatGrade, html, initials, isInsufficient, newestFirst, raw, shortDate } from '../lib/html.js';

/** @typedef {import("../data/students.js").Student} Student */

/**
 * @typedef {object} Route
 * @property {"vandaag"|"rooster"|"dossier"|"resultaten"|"mentor"|"klassenboek"|"onbekend"} name
 * @property {string} path pathname, e.g. "/leerlingen/6f1c…/dossier"
 * @property {Record<string, string>} params
 */

/**
 * @typedef {object} ViewState
 * @property {Record<string, string>} [values] entered results by leerling uuid
 * @property {Student[]} [extraStudents] late rows appended to the grade entry
 */

/** @type {Student[] | undefined} */
let groot;
/** The 1000 generated students of toetskolom / lesgroep "groot" (built once). */
export function grootStudents() {
  groot ??= manyStudents(1000);
  return groot;
}

/**
 * Toetskolommen (grade columns).
 * @type {Record<string, { vak: string, toets: string, lesgroep: string, students: () => Student[] }>}
 */
export const toetskolommen = {
  'ges-so-ko': {
    vak: 'Geschiedenis',
    toets: 'SO Koude Oorlog',
    lesgroep: '4v.gs1',
    students: () => students,
  },
  'ges-pw-wo2': {
    vak: 'Geschiedenis',
    toets: 'PW Tweede Wereldoorlog',
    lesgroep: '4v.gs1',
    students: () => students,
  },
  veertig: {
    vak: 'Biologie',
    toets: 'SO Erfelijkheid',
    lesgroep: 'veertig',
    students: () => grootStudents().slice(0, 40),
  },
  groot: {
    vak: 'Wiskunde',
    toets: 'Toets H1 Functies',
    lesgroep: 'groot',
    students: grootStudents,
  },
};

/** Lesgroepen of the klassenboek. */
/** @type {Record<string, { vak: string, students: () => Student[] }>} */
export const klassenboekGroepen = {
  '4v.gs1': { vak: 'Geschiedenis', students: () => students },
  groot: { vak: 'Wiskunde', students: grootStudents },
};

/** Tab bar entries: [href, label]. */
export const TABS = [
  ['/', 'Vandaag'],
  ['/rooster', 'Rooster'],
  ['/klassenboek/4v.gs1', 'Klassenboek'],
  ['/toetsen/ges-so-ko/resultaten', 'Resultaten'],
  ['/mentor/leerlingen', 'Leerlingen'],
];

/**
 * Parse a pathname.
 * @param {string} pathname
 * @returns {Route}
 */
export function parseRoute(pathname) {
  const path = `/${pathname.split(/[?#]/)[0].replace(/^\/+/, '')}`.replace(/(.)\/+$/, '$1');
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  /** @type {(name: Route["name"], params?: Record<string, string>) => Route} */
  const route = (name, params = {}) => ({ name, path, params });
  if (parts.length === 0) return route('vandaag');
  if (parts.length === 1 && parts[0] === 'rooster') return route('rooster');
  if (parts[0] === 'leerlingen' && parts.length === 3 && parts[2] === 'dossier') {
    return route('dossier', { uuid: parts[1] });
  }
  if (parts[0] === 'toetsen' && parts.length === 3 && parts[2] === 'resultaten') {
    return route('resultaten', { toetskolom: parts[1] });
  }
  if (parts[0] === 'mentor' && parts[1] === 'leerlingen' && parts.length === 2) {
    return route('mentor');
  }
  if (parts[0] === 'klassenboek' && parts.length === 2) {
    return route('klassenboek', { lesgroep: parts[1] });
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
 * Content of `<main>` for a route.
 * @param {Route} route
 * @param {ViewState} [state]
 * @returns {string}
 */
export function renderView(route, state = {}) {
  switch (route.name) {
    case 'vandaag':
      return today();
    case 'rooster':
      return rooster();
    case 'dossier': {
      const student = findStudentByUuid(route.params.uuid);
      return student ? studentRecord(student) : geenData('Leerling niet gevonden.');
    }
    case 'resultaten': {
      const kolom = toetskolommen[route.params.toetskolom];
      if (!kolom) return geenData('Deze toetskolom bestaat niet.');
      return gradeEntry({
        toetskolom: route.params.toetskolom,
        vak: kolom.vak,
        toets: kolom.toets,
        students: [...kolom.students(), ...(state.extraStudents ?? [])],
        values: state.values,
      });
    }
    case 'mentor':
      return mentorList(students.filter((s) => s.mentor === teacher.name));
    case 'klassenboek': {
      const lesgroep = route.params.lesgroep;
      const groep = klassenboekGroepen[lesgroep];
      const list = groep ? groep.students() : students.filter((s) => s.klas.toLowerCase() === lesgroep.toLowerCase());
      if (list.length === 0) return geenData('Geen leerlingen in deze lesgroep.');
      return klassenboek(lesgroep, groep?.vak ?? 'Mentoruur', list);
    }
    default:
      return geenData('Deze pagina bestaat niet.');
  }
}

/** Empty loading state shown while the data "arrives over XHR". */
export function loading() {
  return '<hmy-loader class="laden" role="status" aria-busy="true"><span class="spinner"></span><span>Laden…</span></hmy-loader>';
}

/**
 * @param {string} message
 * @returns {string}
 */
export function geenData(message) {
  return html`<hmy-geen-data><p>${message}</p></hmy-geen-data>`;
}

/**
 * @param {Student} s
 * @returns {string}
 */
const avatar = (s) => html`<hmy-avatar initialen="${initials(s.name)}"></hmy-avatar>`;

/**
 * Student record (leerlingdossier).
 * @param {Student} student
 * @returns {string}
 */
export function studentRecord(student) {
  const index = students.indexOf(student);
  const next = index >= 0 ? students[(index + 1) % students.length] : undefined;
  /** @type {[string, string][]} */
  const kenmerken = [
    ['Leerlingnummer', student.leerlingnummer],
    ['Stamgroep', student.klas],
    ['Opleiding', student.studie],
    ['Mentor', student.mentor],
  ];
  if (student.profiel) kenmerken.push(['Profiel', student.profiel]);
  const kenmerkHtml = kenmerken
    .map(
      ([label, waarde]) => html`
          <span class="kenmerk"><span class="label">${label}</span><span class="waarde">${waarde}</span></span>`,
    )
    .join('');
  const items = newestFirst(student.results).slice(0, 5).map(resultaatItem).join('');
  const volgende = next ? html`<a class="volgende-leerling" href="/leerlingen/${next.uuid}/dossier">Volgende leerling</a>` : '';
  return html`<sl-leerling-dossier data-leerling-uuid="${student.uuid}">
      <sl-leerling-header>
        ${raw(avatar(student))}
        <div class="naam">${student.name}</div>
        <div class="kenmerken">${raw(kenmerkHtml)}
        </div>
      </sl-leerling-header>
      <h3 class="sectie-titel">Laatste resultaten</h3>
      <sl-laatsteresultaten>${raw(items)}
      </sl-laatsteresultaten>
      <sl-registratie-overzicht><span class="label">Ongeoorloofd afwezig</span> <span class="aantal" data-soort="ongeoorloofd">${student.absences}</span></sl-registratie-overzicht>
      <nav class="dossier-acties">${raw(volgende)}</nav>
    </sl-leerling-dossier>`;
}

/**
 * @param {import("../data/students.js").Result} result
 * @returns {string}
 */
function resultaatItem(result) {
  const cijfer = formatGrade(result.cijfer);
  const cls = isInsufficient(result.cijfer) ? 'cijfer onvoldoende' : 'cijfer';
  return html`
        <sl-resultaat-item><div class="root" role="text" aria-label="${result.vak} cijfer ${cijfer}">
          <div class="details"><div class="titel">${result.vak}</div><div class="subtitel">${shortDate(result.datum)} · ${result.omschrijving}</div></div>
          <div class="wegingcijfer"><span class="weging">${result.weging}x</span><div class="${cls}"><span>${cijfer}</span></div></div>
        </div></sl-resultaat-item>`;
}

/**
 * Grade entry (resultaten invoeren) for one toetskolom.
 * @param {object} options
 * @param {string} options.toetskolom
 * @param {string} options.vak
 * @param {string} options.toets
 * @param {Student[]} options.students
 * @param {Record<string, string>} [options.values] entered results by uuid
 * @returns {string}
 */
export function gradeEntry({ toetskolom, vak, toets, students: rows, values = {} }) {
  const links = Object.entries(toetskolommen)
    .filter(([, k]) => k.vak === vak)
    .map(([id, k]) =>
      id === toetskolom
        ? html`<span class="toetskolom-link actief" aria-current="page">${k.toets}</span>`
        : html`<a class="toetskolom-link" href="/toetsen/${encodeURIComponent(id)}/resultaten">${k.toets}</a>`,
    )
    .join('');
  return html`<div class="toets-kop">
      <h2 class="toets-titel">${toets}</h2><span class="toets-vak">${vak}</span>
      <nav class="toetskolom-navigatie" aria-label="Toetskolommen">${raw(links)}</nav>
      <div class="invoer-toolbar"><hmy-button><button type="button" class="opslaan-knop">Opslaan</button></hmy-button><span id="opslaan-status" role="status" aria-live="polite"></span><span class="invoer-hint">Enter of ↓ volgende · ↑ vorige · Alt+S opslaan</span></div>
    </div>
    <sl-resultaten-invoer data-vak="${vak}" data-toets="${toets}">${raw(gradeRows(rows, values))}
    </sl-resultaten-invoer>`;
}

/**
 * Rows (`sl-leerling-resultaat-rij`) of the grade entry.
 * @param {Student[]} rows
 * @param {Record<string, string>} [values]
 * @returns {string}
 */
export function gradeRows(rows, values = {}) {
  return rows
    .map((s) => {
      const value = values[s.uuid];
      const valueAttr = value ? html` value="${value}"` : '';
      return html`
      <sl-leerling-resultaat-rij data-leerling-uuid="${s.uuid}">
        ${raw(avatar(s))}<span class="naam">${s.name}</span>
        <span class="leerlingnummer">${s.leerlingnummer}</span>
        <input class="resultaat-input" inputmode="decimal"${raw(valueAttr)} aria-label="Resultaat ${s.name}">
      </sl-leerling-resultaat-rij>`;
    })
    .join('');
}

/**
 * One `sl-leerling-regel` (mentor list, klassenboek).
 * @param {Student} s
 * @param {string} [extra] trailing markup
 * @returns {string}
 */
function leerlingRegel(s, extra = '') {
  return html`
      <sl-leerling-regel data-leerling-uuid="${s.uuid}">
        ${raw(avatar(s))}<a class="naam" href="/leerlingen/${s.uuid}/dossier">${s.name}</a>
        <span class="stamgroep">${s.klas}</span>${raw(extra)}
      </sl-leerling-regel>`;
}

/**
 * Mentor group list.
 * @param {Student[]} list
 * @returns {string}
 */
export function mentorList(list) {
  return html`<h2 class="pagina-titel">Mijn mentorleerlingen</h2>
    <sl-mentor-leerlingen>${raw(list.map((s) => leerlingRegel(s)).join(''))}
    </sl-mentor-leerlingen>`;
}

/**
 * Class register (klassenboek) of a lesgroep.
 * @param {string} lesgroep
 * @param {string} vak
 * @param {Student[]} list
 * @returns {string}
 */
export function klassenboek(lesgroep, vak, list) {
  const regels = list
    .map((s) => leerlingRegel(s, '<label class="aanwezig"><input type="checkbox" checked> aanwezig</label>'))
    .join('');
  return html`<sl-klassenboek data-lesgroep="${lesgroep}">
      <h2 class="pagina-titel">Klassenboek ${lesgroep}</h2>
      <div class="lesinfo"><span class="vak">${vak}</span> · <span class="lesuur">3e uur</span> · <span class="lokaal">B1.12</span></div>${raw(regels)}
    </sl-klassenboek>`;
}

/** Start page "Vandaag": no student data. */
export function today() {
  return html`<h2 class="pagina-titel">Goedemorgen, ${teacher.name}</h2>
    <div class="vandaag">
      <section class="kaart"><h3>Nieuws</h3><p>De toetsweek begint op maandag 7 december. Lever toetsen uiterlijk vrijdag in bij de examensecretaris.</p></section>
      <section class="kaart"><h3>Taken</h3><p>Je hebt geen openstaande taken.</p></section>
    </div>`;
}

/** Rooster: a day of lessons, no student data. */
export function rooster() {
  const lessen = [
    ['1', '08:30 – 09:20', '4v.gs1', 'Geschiedenis', 'B1.12'],
    ['2', '09:20 – 10:10', '3h.gs2', 'Geschiedenis', 'B1.12'],
    ['5', '12:25 – 13:15', '5v.gs1', 'Geschiedenis', 'A2.03'],
  ];
  const items = lessen
    .map(
      ([uur, tijd, groep, vak, lokaal]) => html`
        <li class="afspraak"><span class="lesuur">${uur}</span> <span class="tijd">${tijd}</span> <span class="lesgroep">${groep}</span> <span class="vak">${vak}</span> <span class="lokaal">${lokaal}</span></li>`,
    )
    .join('');
  return html`<h2 class="pagina-titel">Rooster</h2>
    <sl-rooster><ol class="afspraken">${raw(items)}
    </ol></sl-rooster>`;
}

/**
 * The app shell: everything inside <sl-root>.
 * @param {string} [mainHtml] content of <main>
 * @returns {string}
 */
export function shell(mainHtml = '') {
  const tabs = TABS.map(([href, label]) => html`<a class="tab" href="${href}">${label}</a>`).join('');
  return html`<sl-root>
  <sl-header><span class="logo">somtoday</span><span class="spacer"></span><button type="button" class="thema-knop" aria-label="Donker thema aan/uit" title="Donker thema">◐</button><hmy-avatar initialen="${teacher.initials}"></hmy-avatar></sl-header>
  <sl-tab-bar><nav aria-label="Hoofdmenu">${raw(tabs)}</nav></sl-tab-bar>
  <main>${raw(mainHtml)}</main>
</sl-root>`;
}

/**
 * A complete static page, e.g. for saved test fixtures.
 * @param {string} mainHtml content of <main>
 * @param {object} [options]
 * @param {boolean} [options.dark] add class "dark" to <html>
 * @param {string} [options.stylesheet]
 * @returns {string}
 */
export function page(mainHtml, { dark = false, stylesheet = '/_demo/somtoday/style.css' } = {}) {
  return `<!doctype html>
<html lang="nl"${dark ? ' class="dark"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Somtoday Docent</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
${shell(mainHtml)}
</body>
</html>
`;
}

/**
 * Convenience for fixtures: full page for a path.
 * @param {string} pathname e.g. "/leerlingen/6f1c…/dossier"
 * @param {{ dark?: boolean, stylesheet?: string }} [options]
 * @returns {string}
 */
export function pageForRoute(pathname, options) {
  return page(renderView(parseRoute(pathname)), options);
}
