/**
 * Markup of the Somtoday Docent look-alike (docent.somtoday.nl), as pure functions returning HTML
 * strings. Follows /work/shared/hosts-reference.md ("Somtoday Docent"); element names, routes and
 * id formats follow the published front-end source (NONtoday/docent-source, v11.3–12.0). The
 * markup is our own and much smaller than the real pages. No DOM use: importable from Node for
 * fixtures and benches.
 *
 * Routes (path, history.pushState):
 *   /  and /rooster                                  dt-rooster (start page, no student data)
 *   /studiewijzers                                   dt-studiewijzers (unrelated page)
 *   /mentordashboard/leerling/{somtodayId}/{tab}     tab: profiel | overzicht | resultaten | registraties | notitieboek
 *   /mentordashboard/stamgroep/{stamgroepId}         dt-groepsoverzicht of one mentor group
 *   /mentordashboard/gezamenlijk-overzicht           dt-groepsoverzicht of all mentor groups
 *   /resultaten/voortgangsdossier/{lesgroepId}       grade entry, built by column
 *   /rooster/les/{afspraakId}/registratie            lesson registration (attendance)
 *   anything else                                    dt-page-not-found
 *
 * Every student value goes through `html` / `escapeHtml`.
 */
import { findStudentBySomtodayId, manyStudents, students, teacher } from '../data/students.js';
import { escapeHtml, formatGrade, html, initials, isInsufficient, newestFirst, raw, shortDate } from '../lib/html.js';

/** @typedef {import("../data/students.js").Student} Student */

/**
 * @typedef {object} Route
 * @property {"rooster"|"studiewijzers"|"leerling"|"stamgroep"|"gezamenlijk"|"voortgangsdossier"|"registratie"|"onbekend"} name
 * @property {string} path pathname without query, e.g. "/mentordashboard/leerling/2401007/profiel"
 * @property {Record<string, string>} params
 */

/**
 * @typedef {object} Kolom one toetskolom (test column) of a voortgangsdossier
 * @property {string} id matrix kolom id (digits)
 * @property {string} code afkorting shown in the header, e.g. "SO1"
 * @property {string} omschrijving
 * @property {number} weging
 * @property {number} periode 1-based
 * @property {number | null} herkansing herkansingsnummer (null for the test itself, 1 for "Her 1")
 * @property {number} fill fraction of students with an existing result (0 … 1)
 */

/**
 * @typedef {object} Lesgroep
 * @property {string} naam e.g. "4V.gs1"
 * @property {string} vak e.g. "Geschiedenis"
 * @property {() => Student[]} students
 * @property {Kolom[]} kolommen
 */

/**
 * @typedef {object} GridState view state of the voortgangsdossier
 * @property {{ veld: "achternaam"|"voornaam", order: "ASC"|"DESC" }} [sortering] default achternaam ASC
 * @property {Record<number, boolean>} [collapsed] collapsed periods by number
 * @property {boolean} [phone] phone layout: no cells, tabs "Leerlingen" / "Toetsen"
 * @property {"leerlingen"|"toetsen"} [phoneTab]
 * @property {Record<string, string>} [values] results the teacher entered, by cell id (override the data)
 * @property {string | null} [activeCellId] the cell in edit state (holds input.resultaat-input)
 * @property {string} [activeValue] value of the input in the active cell
 * @property {Student[]} [extraStudents] late students appended to the lesgroep
 */

/** Mentor groups (stamgroepen) of the teacher, by numeric stamgroep id. */
/** @type {Record<string, { naam: string }>} */
export const STAMGROEPEN = {
  3102: { naam: '3H2' },
  3104: { naam: 'V4B' },
};

/** Record tabs of dt-mentordashboard-navigatie: [route segment, title]. "Dossier" links out (deeplink). */
export const LEERLING_TABS = [
  ['overzicht', 'Leerlingoverzicht'],
  ['profiel', 'Profiel'],
  ['registraties', 'Registraties'],
  ['resultaten', 'Resultaten'],
  ['notitieboek', 'Notitieboek'],
];

/** @type {Student[] | undefined} */
let groot;
/** The 1000 generated students of lesgroep "groot" (built once). */
export function grootStudents() {
  groot ??= manyStudents(1000);
  return groot;
}

/**
 * @param {string} id
 * @param {string} code
 * @param {string} omschrijving
 * @param {number} weging
 * @param {number} periode
 * @param {number} fill
 * @param {number | null} [herkansing]
 * @returns {Kolom}
 */
const kolom = (id, code, omschrijving, weging, periode, fill, herkansing = null) => ({
  id,
  code,
  omschrijving,
  weging,
  periode,
  fill,
  herkansing,
});

/** Lesgroepen with a voortgangsdossier, by lesgroep id ("veertig" and "groot" are test sizes). */
/** @type {Record<string, Lesgroep>} */
export const LESGROEPEN = {
  70412: {
    naam: '4V.gs1',
    vak: 'Geschiedenis',
    students: () => students,
    kolommen: [
      kolom('50101', 'SO1', 'SO Middeleeuwen', 1, 1, 0.95),
      kolom('50102', 'PW1', 'PW Renaissance', 2, 1, 0.9),
      kolom('50102', 'PW1', 'PW Renaissance', 2, 1, 0.15, 1),
      kolom('50103', 'PO1', 'Bronnenonderzoek', 1, 1, 0.85),
      kolom('50201', 'SO2', 'SO Koude Oorlog', 1, 2, 0.6),
      kolom('50202', 'PW2', 'PW Dekolonisatie', 2, 2, 0),
      kolom('50301', 'SO3', 'SO Europese eenwording', 1, 3, 0),
    ],
  },
  70415: {
    naam: 'H3.wiA',
    vak: 'Wiskunde A',
    students: () => students.filter((s) => /havo/.test(s.studie) || s.klas === 'V4A'),
    kolommen: [
      kolom('51101', 'T1', 'Toets H1 Verbanden', 2, 1, 0.9),
      kolom('51102', 'SO1', 'SO Procenten', 1, 1, 0.8),
      kolom('51201', 'T2', 'Toets H3 Statistiek', 2, 2, 0),
    ],
  },
  veertig: {
    naam: '4V.bi2',
    vak: 'Biologie',
    students: () => grootStudents().slice(0, 40),
    kolommen: [
      kolom('52101', 'SO1', 'SO Cellen', 1, 1, 0.9),
      kolom('52102', 'PW1', 'PW Erfelijkheid', 2, 1, 0.8),
      kolom('52201', 'SO2', 'SO Evolutie', 1, 2, 0),
    ],
  },
  groot: {
    naam: '4V.wi9',
    vak: 'Wiskunde',
    students: grootStudents,
    kolommen: [
      kolom('53101', 'T1', 'Toets H1 Functies', 2, 1, 0.9),
      kolom('53102', 'SO1', 'SO H2 Vergelijkingen', 1, 1, 0.85),
      kolom('53103', 'PO1', 'Praktische opdracht', 1, 1, 0.7),
      kolom('53201', 'T2', 'Toets H4 Afgeleiden', 2, 2, 0.3),
      kolom('53202', 'SO2', 'SO H5 Goniometrie', 1, 2, 0),
    ],
  },
};

/** The default lesgroep of the menu. */
export const DEFAULT_LESGROEP = '70412';

/** Lessons of today: [afspraakId, uur, tijd, lesgroepId, lokaal]. */
const LESSEN = [
  ['881201', '1', '08:30 – 09:20', '70412', 'B1.12'],
  ['881202', '2', '09:20 – 10:10', '70415', 'B1.12'],
  ['881205', '5', '12:25 – 13:15', 'veertig', 'A2.03'],
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
  if (parts.length === 0) return route('rooster');
  if (parts[0] === 'rooster' && parts.length === 4 && parts[1] === 'les' && parts[3] === 'registratie') {
    return route('registratie', { id: parts[2] });
  }
  if (parts[0] === 'rooster' && (parts.length === 1 || parts.length === 4)) return route('rooster');
  if (parts[0] === 'studiewijzers' && parts.length === 1) return route('studiewijzers');
  if (parts[0] === 'mentordashboard') {
    if (parts[1] === 'leerling' && /^\d+$/.test(parts[2] ?? '') && parts.length === 4) {
      if (LEERLING_TABS.some(([tab]) => tab === parts[3])) return route('leerling', { id: parts[2], tab: parts[3] });
    }
    if (parts[1] === 'stamgroep' && parts.length === 3) return route('stamgroep', { id: parts[2] });
    if (parts[1] === 'gezamenlijk-overzicht' && parts.length === 2) return route('gezamenlijk');
  }
  if (parts[0] === 'resultaten' && parts[1] === 'voortgangsdossier' && parts.length === 3) {
    return route('voortgangsdossier', { lesgroep: parts[2] });
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

// ------------------------------------------------------------------ data helpers

/**
 * FNV-1a hash of a string (stable pseudo-random values per cell).
 * @param {string} s
 * @returns {number}
 */
function strHash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Cell id as Somtoday Docent builds it: `${kolomId}:${leerlingUuid}:${herkansingsNummer}`. The test
 * itself has herkansingsNummer null (so the id ends in ":null"), a retake column ends in ":1", ":2".
 * @param {Kolom} k
 * @param {string} uuid
 * @returns {string}
 */
export function cellId(k, uuid) {
  return `${k.id}:${uuid}:${k.herkansing}`;
}

/**
 * The stored result of a student in a column ("6,4"), or "" when there is none.
 * @param {Kolom} k
 * @param {Student} s
 * @returns {string}
 */
export function storedResult(k, s) {
  const h = strHash(`${k.id}:${k.herkansing}:${s.uuid}`);
  if (h % 1000 >= k.fill * 1000) return '';
  return formatGrade(3.5 + ((h >>> 10) % 63) / 10);
}

/**
 * Current value of a cell: what the teacher entered this session, else the stored result.
 * @param {Kolom} k
 * @param {Student} s
 * @param {Record<string, string>} [values]
 * @returns {string}
 */
export function cellValue(k, s, values = {}) {
  const id = cellId(k, s.uuid);
  return id in values ? values[id] : storedResult(k, s);
}

/**
 * "6,4" → 6.4; undefined for empty or unparsable values.
 * @param {string} value
 * @returns {number | undefined}
 */
export function parseGrade(value) {
  const v = value.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1 && n <= 10 ? n : undefined;
}

/**
 * Names as Docent splits them (voornaam, tussenvoegsels, achternaam), derived from the display name.
 * @param {string} name
 * @returns {{ voornaam: string, tussenvoegsels: string, achternaam: string }}
 */
export function nameParts(name) {
  const isTv = (/** @type {string} */ w) => /^(de|van|der|den|het|'t|ten|ter|in|op|te)$/.test(w);
  const words = name.trim().split(/\s+/);
  const voornamen = [words.shift() ?? ''];
  // Extra first names before a tussenvoegsel ("Maximiliaan Alexander van Oldenbarnevelt").
  const tvAt = words.findIndex(isTv);
  if (tvAt > 0 && tvAt < words.length - 1) voornamen.push(...words.splice(0, tvAt));
  const tv = [];
  while (words.length > 1 && isTv(words[0])) tv.push(words.shift());
  return { voornaam: voornamen.join(' '), tussenvoegsels: tv.join(' '), achternaam: words.join(' ') };
}

/**
 * Students in the voortgangsdossier's sort order (default: achternaam ascending).
 * @param {Student[]} list
 * @param {GridState["sortering"]} [sortering]
 * @returns {Student[]}
 */
export function sortStudents(list, sortering = { veld: 'achternaam', order: 'ASC' }) {
  const key = (/** @type {Student} */ s) => {
    const p = nameParts(s.name);
    return sortering.veld === 'voornaam' ? `${p.voornaam} ${p.achternaam}` : `${p.achternaam} ${p.voornaam}`;
  };
  const sorted = [...list].sort((a, b) => key(a).localeCompare(key(b), 'nl', { sensitivity: 'base' }));
  return sortering.order === 'DESC' ? sorted.reverse() : sorted;
}

/**
 * Students of a lesgroep plus late ones, sorted like the page shows them.
 * @param {string} lesgroepId
 * @param {GridState} [state]
 * @returns {Student[]}
 */
export function gridStudents(lesgroepId, state = {}) {
  const groep = LESGROEPEN[lesgroepId];
  if (!groep) return [];
  return sortStudents([...groep.students(), ...(state.extraStudents ?? [])], state.sortering);
}

/**
 * Students of a stamgroep (by klas).
 * @param {string} stamgroepId
 * @returns {Student[]}
 */
export function stamgroepStudents(stamgroepId) {
  const groep = STAMGROEPEN[stamgroepId];
  return groep ? sortStudents(students.filter((s) => s.klas === groep.naam)) : [];
}

/** @returns {Student[]} all mentor students of the teacher (gezamenlijk overzicht) */
export function mentorStudents() {
  return sortStudents(students.filter((s) => Object.values(STAMGROEPEN).some((g) => g.naam === s.klas)));
}

/**
 * Stamgroep id of a klas, when the teacher mentors it.
 * @param {string} klas
 * @returns {string | undefined}
 */
const stamgroepIdOf = (klas) => Object.entries(STAMGROEPEN).find(([, g]) => g.naam === klas)?.[0];

// ------------------------------------------------------------------ shared parts

/**
 * dt-avatar with initials (no photo).
 * @param {string} name
 * @param {number} [size]
 * @returns {string}
 */
export const avatar = (name, size = 32) =>
  html`<dt-avatar><div class="initials-container" style="--dt-avatar-size: ${size}px">${initials(name)}</div></dt-avatar>`;

/**
 * dt-leerling: avatar plus span.naam.
 * @param {Student} s
 * @param {string} [cls]
 * @returns {string}
 */
const dtLeerling = (s, cls = '') =>
  html`<dt-leerling${raw(cls ? ` class="${escapeHtml(cls)}"` : '')}>${raw(avatar(s.name))}<span class="naam text-content-semi">${s.name}</span></dt-leerling>`;

/** Spinner shown while data "arrives over XHR". */
export const SPINNER = '<hmy-spinner role="status" aria-busy="true"><span class="spinner"></span></hmy-spinner>';

/**
 * dt-header; `inner` is the custom navigation (metNavigatie), otherwise the title is shown.
 * @param {string} titel
 * @param {string} [inner]
 * @returns {string}
 */
function header(titel, inner) {
  if (inner === undefined) {
    return html`<dt-header titel="${titel}"><div class="header"><div class="title text-heading-2">${titel}</div>${raw(headerIcons())}</div></dt-header>`;
  }
  return html`<dt-header class="met-border met-navigatie" titel="${titel}"><div class="custom-navigatie">${raw(inner)}</div><div class="header">${raw(headerIcons())}</div></dt-header>`;
}

const headerIcons = () =>
  '<i class="header-icon" hmyicon="zoeken" title="Zoeken (ctrl+spatie)"></i><button type="button" class="thema-knop" aria-label="Donker thema aan/uit" title="Donker thema">◐</button>';

// ------------------------------------------------------------------ views

/**
 * Content of the view root (`dt-root .dash-content`) for a route.
 * @param {Route} route
 * @param {{ grid?: GridState }} [state]
 * @returns {string}
 */
export function renderView(route, state = {}) {
  switch (route.name) {
    case 'rooster':
      return rooster();
    case 'studiewijzers':
      return studiewijzers();
    case 'leerling': {
      const student = findStudentBySomtodayId(route.params.id);
      return student ? studentRecord(student, route.params.tab) : notFound();
    }
    case 'stamgroep': {
      const groep = STAMGROEPEN[route.params.id];
      return groep ? groepsoverzicht(groep.naam, stamgroepStudents(route.params.id)) : notFound();
    }
    case 'gezamenlijk':
      return groepsoverzicht('Gezamenlijk overzicht', mentorStudents(), true);
    case 'voortgangsdossier':
      return LESGROEPEN[route.params.lesgroep] ? voortgangsdossier(route.params.lesgroep, state.grid) : notFound();
    case 'registratie': {
      const les = LESSEN.find(([id]) => id === route.params.id);
      return les ? registratie(les[0]) : notFound();
    }
    default:
      return notFound();
  }
}

/**
 * What a route shows while its data is still loading (the component shell without data).
 * @param {Route} route
 * @returns {string}
 */
export function loadingView(route) {
  switch (route.name) {
    case 'leerling':
    case 'stamgroep':
    case 'gezamenlijk':
      return html`<dt-mentordashboard>${raw(header('Mentorleerlingen', ''))}<div class="content"><div class="loading">${raw(SPINNER)}</div></div></dt-mentordashboard>`;
    case 'voortgangsdossier':
      return html`<dt-resultaten>${raw(header('Voortgangsdossier', ''))}<div class="loading">${raw(SPINNER)}</div></dt-resultaten>`;
    case 'registratie':
      return html`<dt-les><dt-registratie><div class="loading">${raw(SPINNER)}</div></dt-registratie></dt-les>`;
    default:
      return html`<div class="loading">${raw(SPINNER)}</div>`;
  }
}

/** @returns {string} */
export function notFound() {
  return html`<dt-page-not-found><div class="not-found"><h2>Pagina niet gevonden</h2><p>De pagina die je zoekt bestaat niet (meer).</p><a href="/rooster">Naar het rooster</a></div></dt-page-not-found>`;
}

/** Start page: today's lessons, no student data. */
export function rooster() {
  const items = LESSEN.map(([id, uur, tijd, lesgroepId, lokaal]) => {
    const groep = LESGROEPEN[lesgroepId];
    return html`
        <dt-rooster-item class="afspraak"><span class="lesuur">${uur}</span> <span class="tijd">${tijd}</span> <span class="lesgroep">${groep.naam}</span> <span class="vak">${groep.vak}</span> <span class="lokaal">${lokaal}</span>
          <a class="registratie-link" href="/rooster/les/${id}/registratie">Registratie</a> <a class="resultaten-link" href="/resultaten/voortgangsdossier/${lesgroepId}">Voortgangsdossier</a></dt-rooster-item>`;
  }).join('');
  return html`<dt-rooster>${raw(header('Rooster'))}
      <div class="rooster-dag"><h3 class="dag-titel">Vandaag</h3>${raw(items)}
      </div>
      <section class="mededeling"><h3>Mededelingen</h3><p>De toetsweek begint op maandag 7 december. Lever toetsen uiterlijk vrijdag in bij de examensecretaris.</p></section>
    </dt-rooster>`;
}

/** An unrelated page: no student data. */
export function studiewijzers() {
  const items = ['4V.gs1 Geschiedenis', 'H3.wiA Wiskunde A', '4V.bi2 Biologie']
    .map((t) => html`<li class="studiewijzer"><span class="titel">${t}</span> <span class="weken">week 45–52</span></li>`)
    .join('');
  return html`<dt-studiewijzers>${raw(header('Studiewijzers'))}<ul class="studiewijzers">${raw(items)}</ul></dt-studiewijzers>`;
}

/**
 * dt-groep-leerling-header-navigatie inside the mentordashboard's dt-header.
 * @param {string} groepNaam
 * @param {Student | undefined} student
 * @returns {string}
 */
function groepLeerlingNavigatie(groepNaam, student) {
  const groep = html`<div class="groep met-navigatie${student ? ' met-leerling' : ''}"><dt-background-icon icon="groep"></dt-background-icon><span class="groep-naam">${groepNaam}</span><i class="chevron" hmyicon="chevronRechts"></i></div>`;
  if (!student) {
    return html`<dt-groep-leerling-header-navigatie>${raw(groep)}<div class="flex-container"><div class="select-leerling naam-beschrijving pointer"><span class="text-content-semi ellipsis">Kies een leerling</span></div></div></dt-groep-leerling-header-navigatie>`;
  }
  const prev = neighbour(student, 'vorige');
  const next = neighbour(student, 'volgende');
  // Like the real app, the buttons carry no student id: the app knows the neighbours in memory.
  const button = (/** @type {string} */ cls, /** @type {Student | undefined} */ s, /** @type {string} */ label) =>
    html`<button type="button" class="${cls}" title="${label}" aria-label="${label}"${raw(s ? '' : ' disabled')}>${cls === 'vorige' ? '‹' : '›'}</button>`;
  return html`<dt-groep-leerling-header-navigatie>${raw(groep)}<div class="leerling pointer">${raw(avatar(student.name, 40))}<div class="naam-beschrijving pointer"><span class="text-content-bold naam ellipsis">${student.name}</span><i class="chevron" hmyicon="chevronOnder"></i></div></div>
      <dt-header-navigatie-buttons><div class="arrows"><hmy-browse>${raw(button('vorige', prev, 'Vorige leerling'))}${raw(button('volgende', next, 'Volgende leerling'))}</hmy-browse></div></dt-header-navigatie-buttons></dt-groep-leerling-header-navigatie>`;
}

/**
 * dt-mentordashboard-navigatie: the record's tabs. Like the real app the items are router links on
 * divs (no href); the demo app navigates on click using data-tab.
 * @param {string} active
 * @returns {string}
 */
function mentordashboardNavigatie(active) {
  const items = LEERLING_TABS.map(
    ([tab, titel]) =>
      html`<dt-mentordashboard-navigatie-item class="item"><div class="navigatie-item${raw(tab === active ? ' is-active' : '')}" tabindex="0" data-tab="${tab}"><div class="container"><i class="icon" hmyicon="${tab}"></i><span class="titel text-content-semi">${titel}</span></div></div></dt-mentordashboard-navigatie-item>`,
  ).join('');
  return html`<dt-mentordashboard-navigatie><div class="mentordashboard-header">${raw(items)}<dt-mentordashboard-navigatie-item class="item is-deeplink"><div class="navigatie-item" tabindex="0" data-deeplink="dossier"><div class="container"><i class="icon" hmyicon="dossier"></i><span class="titel text-content-semi">Dossier</span><i class="deeplink" hmyicon="link"></i></div></div></dt-mentordashboard-navigatie-item></div></dt-mentordashboard-navigatie>`;
}

/**
 * Student record (mentordashboard, one of its tabs).
 * @param {Student} student
 * @param {string} tab
 * @returns {string}
 */
export function studentRecord(student, tab) {
  const groepNaam = STAMGROEPEN[stamgroepIdOf(student.klas) ?? '']?.naam ?? student.klas;
  let content = '';
  if (tab === 'profiel') content = profiel(student);
  else if (tab === 'overzicht') content = leerlingoverzicht(student);
  else if (tab === 'resultaten') content = leerlingResultaten(student);
  else if (tab === 'registraties') content = registratieTotalen(student);
  else
    content = html`<dt-notitieboek><div class="notitieboek"><p class="geen-notities">Er zijn nog geen notities over deze leerling.</p></div></dt-notitieboek>`;
  return html`<dt-mentordashboard>${raw(header('Mentorleerlingen', groepLeerlingNavigatie(groepNaam, student)))}
    ${raw(mentordashboardNavigatie(tab))}
    <div class="content">${raw(content)}
    </div>
  </dt-mentordashboard>`;
}

/**
 * The pills of dt-leerling-personalia: stamgroep and opleiding, both unlabelled. The real app
 * shows the stamgroep first; the demo swaps the order for every other student (robustness).
 * @param {Student} student
 * @returns {string[]} texts in page order
 */
export function pillTexts(student) {
  const texts = [student.klas, student.studie];
  return strHash(`pills:${student.uuid}`) % 2 === 0 ? texts.reverse() : texts;
}

/**
 * dt-leerlingkaart (tab "profiel").
 * @param {Student} student
 * @returns {string}
 */
function profiel(student) {
  const pills = pillTexts(student)
    .map((t) => html`<hmy-pill class="label"><span>${t}</span></hmy-pill>`)
    .join('');
  const seed = strHash(student.uuid);
  const straat = ['Kerkstraat', 'Molenweg', 'Dorpsstraat', 'Stationsplein'][seed % 4];
  return html`
      <dt-leerlingkaart><div class="content">
        <div class="left container">
          <dt-leerling-personalia class="personalia"><div class="personalia">
            ${raw(avatar(student.name, 72))}
            <span class="naam text-heading-2 text-strong">${student.name}</span>
            <span class="adres text-content-semi text-weakest">${straat} ${1 + (seed % 80)} • ${1 + (seed % 28)} ${['mrt', 'jun', 'okt'][seed % 3]}</span>
            <div class="labels">${raw(pills)}</div>
          </div>
          <div class="buttons"><div class="button"><i hmyicon="bericht"></i><span class="text-content-semi">Bericht sturen</span></div></div></dt-leerling-personalia>
          <dt-leerling-contactpersonen class="contactpersonen"><h3>Contactpersonen</h3><div class="relatie"><span class="relatie-naam">Ouder/verzorger</span> <span class="telefoon">06-12345678</span></div></dt-leerling-contactpersonen>
        </div>
        <div class="right container">
          <dt-leerling-maatregelen class="maatregelen"><h3>Maatregelen</h3><p class="geen">Geen maatregelen</p></dt-leerling-maatregelen>
        </div>
      </div></dt-leerlingkaart>`;
}

/**
 * dt-leerlingoverzicht (tab "overzicht"): latest results and registrations, no pills.
 * @param {Student} student
 * @returns {string}
 */
function leerlingoverzicht(student) {
  const laatste = newestFirst(student.results)
    .slice(0, 4)
    .map(
      (r) =>
        html`<dt-mentordashboard-resultaat class="resultaat"><span class="vak">${r.vak}</span> <span class="omschrijving">${r.omschrijving}</span> <span class="cijfer${raw(isInsufficient(r.cijfer) ? ' onvoldoende' : '')}">${formatGrade(r.cijfer)}</span> <span class="datum">${shortDate(r.datum)}</span></dt-mentordashboard-resultaat>`,
    )
    .join('');
  return html`
      <dt-leerlingoverzicht>
        <div class="tile laatste-resultaten"><h3>Laatste resultaten</h3><dt-mentordashboard-laatste-resultaten-list>${raw(laatste)}</dt-mentordashboard-laatste-resultaten-list></div>
        <div class="tile registraties"><h3>Registraties</h3><div class="registratie"><span class="categorie">Afwezig ongeoorloofd</span> <span class="aantal">${student.absences}x</span></div></div>
      </dt-leerlingoverzicht>`;
}

/**
 * dt-leerling-resultaten (tab "resultaten"): results per subject.
 * @param {Student} student
 * @returns {string}
 */
function leerlingResultaten(student) {
  const rows = student.results
    .map(
      (r) =>
        html`<div class="vak-rij"><span class="vaknaam">${r.vak}</span><dt-mentordashboard-toets-resultaat class="resultaat"><span class="omschrijving">${r.omschrijving}</span> <span class="weging">${r.weging}x</span> <span class="cijfer${raw(isInsufficient(r.cijfer) ? ' onvoldoende' : '')}">${formatGrade(r.cijfer)}</span></dt-mentordashboard-toets-resultaat></div>`,
    )
    .join('');
  return html`<dt-leerling-resultaten><div class="vakken">${raw(rows)}</div></dt-leerling-resultaten>`;
}

/**
 * dt-leerlingregistraties-totalen (tab "registraties").
 * @param {Student} student
 * @returns {string}
 */
function registratieTotalen(student) {
  const seed = strHash(student.uuid);
  const rows = [
    ['Afwezig ongeoorloofd', student.absences],
    ['Te laat', seed % 5],
    ['Huiswerk niet in orde', (seed >>> 4) % 4],
  ]
    .map(
      ([naam, n]) =>
        html`<dt-leerlingregistratie-categorie><span class="naam">${naam}</span> <span class="aantal">${n}x</span></dt-leerlingregistratie-categorie>`,
    )
    .join('');
  return html`<dt-leerlingregistraties-totalen>${raw(rows)}</dt-leerlingregistraties-totalen>`;
}

/**
 * Registration categories of the group overview with the count per student.
 * @param {Student} s
 * @returns {[string, number][]}
 */
export function registratieTellingen(s) {
  const seed = strHash(s.uuid);
  return [
    ['Afwezig ongeoorloofd', s.absences],
    ['Te laat', seed % 5],
    ['Huiswerk niet in orde', (seed >>> 4) % 4],
    ['Verwijderd', (seed >>> 8) % 7 === 0 ? 1 : 0],
  ];
}

/**
 * dt-groepsoverzicht-leerling items per category, in page order ("groepsoverzicht").
 * @param {Student[]} list
 * @returns {{ categorie: string, leerlingen: { student: Student, aantal: number }[] }[]}
 */
export function groepsoverzichtCategorieen(list) {
  const names = registratieTellingen(list[0] ?? students[0]).map(([n]) => n);
  return names.map((categorie, i) => ({
    categorie,
    leerlingen: list
      .map((student) => ({ student, aantal: registratieTellingen(student)[i][1] }))
      .filter((x) => x.aantal > 0)
      .sort((a, b) => b.aantal - a.aantal),
  }));
}

/**
 * Mentor group overview (dt-groepsoverzicht). As in the real app the dt-groepsoverzicht-leerling items
 * carry no link and no id: clicking one opens a sidebar (dt-groepsoverzicht-registratie-sidebar) whose
 * "Leerlingoverzicht" action navigates to /mentordashboard/leerling/{id}/overzicht. The demo app
 * finds the student by the item's position (data in the app's memory, not in the DOM).
 * @param {string} groepNaam
 * @param {Student[]} list
 * @param {boolean} [gezamenlijk]
 * @returns {string}
 */
export function groepsoverzicht(groepNaam, list, gezamenlijk = false) {
  const boxes = groepsoverzichtCategorieen(list)
    .map(({ categorie, leerlingen }) => {
      const items = leerlingen
        .map(
          ({ student, aantal }) =>
            html`
            <dt-groepsoverzicht-leerling class="show-for-tablet">${raw(avatar(student.name))}<span class="leerling-naam text-content-small-semi ellipsis text-strong">${student.name}</span><div class="trend-aantal"><span class="aantal-registraties text-content-bold text-strong">${aantal}x</span></div></dt-groepsoverzicht-leerling>`,
        )
        .join('');
      const leeg = leerlingen.length === 0 ? '<div class="geen-leerlingen"><span>Geen leerlingen</span></div>' : '';
      return html`
          <dt-groepsoverzicht-categorie-box><div class="title"><div class="title-text ellipsis"><span class="text-content-semi text-strong">${categorie}</span></div></div><div class="box-content">${raw(items)}${raw(leeg)}
          </div></dt-groepsoverzicht-categorie-box>`;
    })
    .join('');
  const navigatie = html`<dt-mentordashboard-navigatie><div class="mentordashboard-header"><dt-mentordashboard-navigatie-item class="item"><div class="navigatie-item is-active" tabindex="0"><div class="container"><i class="icon" hmyicon="groep"></i><span class="titel text-content-semi">Groepsoverzicht</span></div></div></dt-mentordashboard-navigatie-item></div></dt-mentordashboard-navigatie>`;
  return html`<dt-mentordashboard${raw(gezamenlijk ? ' class="gezamenlijk"' : '')}>${raw(header('Mentorleerlingen', groepLeerlingNavigatie(groepNaam, undefined)))}
    ${raw(navigatie)}
    <div class="content"><dt-groepsoverzicht><dt-groepsoverzicht-registraties>
      <div class="header-buttons"><div class="header-left"><hmy-dropdown><span class="selected">Deze week</span></hmy-dropdown></div></div>
      <div class="registraties">${raw(boxes)}
      </div>
    </dt-groepsoverzicht-registraties></dt-groepsoverzicht></div>
  </dt-mentordashboard>`;
}

/**
 * Sidebar opened by clicking a dt-groepsoverzicht-leerling.
 * @param {Student} student
 * @param {string} categorie
 * @param {number} aantal
 * @returns {string}
 */
/**
 * The previous or next student of the same stamgroep (the record's browse buttons).
 * @param {Student} student
 * @param {"vorige" | "volgende"} direction
 * @returns {Student | undefined}
 */
export function neighbour(student, direction) {
  const list = stamgroepStudents(stamgroepIdOf(student.klas) ?? '');
  const index = list.indexOf(student);
  if (index < 0) return undefined;
  return list[direction === 'vorige' ? index - 1 : index + 1];
}

export function registratieSidebar(student, categorie, aantal) {
  return html`<dt-groepsoverzicht-registratie-sidebar><dt-sidebar><div class="sidebar" role="dialog" aria-label="${student.name}"><div class="sidebar-header"><span class="titel">${student.name}</span><button type="button" class="sluiten" aria-label="Sluiten">×</button></div>
    <div class="sidebar-content"><dt-mentordashboard-overzicht-sidebar-registratiedetails><p><span class="categorie">${categorie}</span>: <span class="aantal">${aantal}x</span></p>
      <button type="button" class="naar-leerlingoverzicht">Leerlingoverzicht</button></dt-mentordashboard-overzicht-sidebar-registratiedetails></div></div></dt-sidebar></dt-groepsoverzicht-registratie-sidebar>`;
}

// ------------------------------------------------------------------ voortgangsdossier

/**
 * One dt-resultaat-cell. The active cell holds only the input (no span.resultaat), like the real app.
 * @param {Kolom} k
 * @param {Student} s
 * @param {GridState} state
 * @returns {string}
 */
export function resultaatCell(k, s, state = {}) {
  const id = cellId(k, s.uuid);
  if (state.activeCellId === id) {
    const value = state.activeValue ?? cellValue(k, s, state.values);
    return html`<dt-resultaat-cell class="resultaat-cell active" id="${id}"><div class="resultaat-form"><input class="resultaat-input" id="${id}:input" type="text" autocomplete="off" value="${value}"></div><i class="arrow-icon cijfer-invoer active" hmyicon="chevronBoven"></i></dt-resultaat-cell>`;
  }
  const value = cellValue(k, s, state.values);
  const grade = parseGrade(value);
  const invalid = value !== '' && grade === undefined;
  const cls = `resultaat${grade !== undefined && isInsufficient(grade) ? ' onvoldoende' : ''}${value === '' ? ' niet-opgeslagen' : ''}`;
  const error = invalid ? '<i class="error" hmyicon="waarschuwing" title="Ongeldige waarde"></i>' : '';
  return html`<dt-resultaat-cell class="resultaat-cell${raw(invalid ? ' invalid' : '')}" id="${id}"><div class="icons">${raw(error)}</div><span class="${cls}">${value}</span><i class="arrow-icon cijfer-invoer close" hmyicon="chevronBoven"></i></dt-resultaat-cell>`;
}

/**
 * Class average of a column ("6,8"), or "-".
 * @param {Kolom} k
 * @param {Student[]} rows
 * @param {Record<string, string>} [values]
 * @returns {string}
 */
function klasgemiddelde(k, rows, values) {
  const grades = rows.map((s) => parseGrade(cellValue(k, s, values))).filter((g) => g !== undefined);
  if (grades.length === 0) return '-';
  return formatGrade(grades.reduce((a, b) => a + b, 0) / grades.length);
}

/**
 * dt-toetskolom: header (code, herkansing, omschrijving), class average, one cell per student in
 * the order of `rows` (desktop/tablet only; on a phone no cells render).
 * @param {Kolom} k
 * @param {Student[]} rows
 * @param {GridState} state
 * @returns {string}
 */
export function toetskolom(k, rows, state = {}) {
  const her = k.herkansing ? html`<div class="herkansingsnummer">Her ${k.herkansing}</div>` : '';
  const omschrijving = k.herkansing
    ? html`<div class="herkansing hide-for-tablet">Her ${k.herkansing}</div>`
    : html`<div class="omschrijving text-content-small-semi text-weak hide-for-tablet">${k.omschrijving}</div>`;
  const cells = state.phone ? '' : rows.map((s) => resultaatCell(k, s, state)).join('');
  return html`<dt-toetskolom${raw(k.herkansing ? ' class="is-herkansing"' : '')}><div class="kolom-header pointer" title="${k.omschrijving} (weging ${k.weging})"><div class="header-row show-for-tablet"></div><div class="afkorting"><span class="code">${k.code}</span></div>${raw(her)}</div>${raw(omschrijving)}<div class="klasgemiddelde"><span class="text-content-semi">${klasgemiddelde(k, rows, state.values)}</span></div>${raw(cells)}</dt-toetskolom>`;
}

/**
 * Read-only rapportcijfer column of a period (dt-gemiddeldekolom > dt-toetskolom, letter "R").
 * @param {Kolom[]} kolommen of the period
 * @param {number} periode
 * @param {Student[]} rows
 * @param {GridState} state
 * @returns {string}
 */
function rapportKolom(kolommen, periode, rows, state) {
  const id = `5900${periode}`;
  const cells = state.phone
    ? ''
    : rows
        .map((s) => {
          let sum = 0;
          let weight = 0;
          for (const k of kolommen) {
            const g = parseGrade(cellValue(k, s, state.values));
            if (g !== undefined) {
              sum += g * k.weging;
              weight += k.weging;
            }
          }
          const value = weight > 0 ? formatGrade(sum / weight) : '';
          const cls = `resultaat${weight > 0 && isInsufficient(sum / weight) ? ' onvoldoende' : ''}`;
          return html`<dt-resultaat-cell class="resultaat-cell read-only read-only-dark" id="${id}:${s.uuid}:null"><span class="${cls}">${value}</span></dt-resultaat-cell>`;
        })
        .join('');
  return html`<dt-gemiddeldekolom class="rapport-cijfer-kolom"><dt-toetskolom class="dark-background"><div class="kolom-header"><div class="header-row show-for-tablet center-letter"><div class="letter">R</div></div></div><div class="letter hide-for-tablet">R</div><div class="klasgemiddelde dark-background"><span class="text-content-semi">-</span></div>${raw(cells)}</dt-toetskolom></dt-gemiddeldekolom>`;
}

/**
 * dt-resultaat-periode: the columns of one period; collapsed periods show only their label (desktop).
 * @param {string} lesgroepId
 * @param {number} periode
 * @param {Student[]} rows
 * @param {GridState} state
 * @returns {string}
 */
export function resultaatPeriode(lesgroepId, periode, rows, state = {}) {
  const kolommen = LESGROEPEN[lesgroepId].kolommen.filter((k) => k.periode === periode);
  const collapsed = Boolean(state.collapsed?.[periode]) && !state.phone;
  const naam = `Periode ${periode}`;
  const headerHtml = collapsed
    ? html`<div class="header"><div class="label-block show-for-tablet">P${periode}</div></div>`
    : html`<div class="header"><div class="sticky-container show-for-tablet"><div class="label-block">P${periode}</div><div class="periode-naam text-content-semi">${naam}</div></div><i class="icon-uitklappen-links" hmyicon="uitklappenLinks"></i></div>`;
  const kolomHtml = collapsed
    ? ''
    : html`<div class="toetskolommen-container mag-bewerken"><div class="toetskolommen">${raw(kolommen.map((k) => toetskolom(k, rows, state)).join(''))}</div></div>`;
  return html`
      <dt-resultaat-periode class="${collapsed ? 'collapsed' : 'expanded'}" data-periode="${periode}">${raw(headerHtml)}<div class="content">${raw(kolomHtml)}${raw(rapportKolom(kolommen, periode, rows, state))}</div></dt-resultaat-periode>`;
}

/** @param {GridState["sortering"]} sortering */
const sorteerLabel = (sortering = { veld: 'achternaam', order: 'ASC' }) =>
  `${sortering.veld === 'voornaam' ? 'Voornaam' : 'Achternaam'}`;

/**
 * Inside of `.scroll-wrapper`: the names bar and the periods (re-rendered on sort, period toggle,
 * layout change and data refresh).
 * @param {string} lesgroepId
 * @param {GridState} [state]
 * @returns {string}
 */
export function scrollWrapperInner(lesgroepId, state = {}) {
  const rows = gridStudents(lesgroepId, state);
  const sortering = state.sortering ?? { veld: 'achternaam', order: 'ASC' };
  const tab = state.phoneTab ?? 'leerlingen';
  const toonLeerlingen = !state.phone || tab === 'leerlingen';
  const toonToetsen = !state.phone || tab === 'toetsen';
  const mobile = state.phone
    ? html`<div class="mobile-buttons text-content-semi"><div class="mobile-tab${raw(tab === 'leerlingen' ? ' selected' : '')}" data-tab="leerlingen" role="tab" tabindex="0">Leerlingen</div><div class="mobile-tab${raw(tab === 'toetsen' ? ' selected' : '')}" data-tab="toetsen" role="tab" tabindex="0">Toetsen</div></div>`
    : '';
  const names = rows
    .map(
      (s) => html`
          <div class="leerling-container">${raw(dtLeerling(s))}</div>`,
    )
    .join('');
  const bar = toonLeerlingen
    ? html`<div class="leerling-bar"><div class="sorteer-container"><div class="sorteer-header pointer" tabindex="0" role="button" aria-label="Sorteren"><span class="text-content-small-semi">${sorteerLabel(sortering)}</span><i class="icon-sort" hmyicon="${sortering.order === 'ASC' ? 'aZ' : 'zA'}"></i></div></div><div class="klasgemiddelde">Klasgemiddelde</div>${raw(names)}
        </div>`
    : '';
  const periodes = toonToetsen ? [1, 2, 3].map((p) => resultaatPeriode(lesgroepId, p, rows, state)).join('') : '';
  return html`<div class="lesgroep-leerlingen"><div class="lesgroep-container"><i class="icon-opties" hmyicon="opties"></i></div>${raw(mobile)}${raw(bar)}</div>${raw(periodes)}`;
}

/**
 * Grade entry: the voortgangsdossier of a lesgroep (dt-resultaten).
 * @param {string} lesgroepId
 * @param {GridState} [state]
 * @returns {string}
 */
export function voortgangsdossier(lesgroepId, state = {}) {
  const groep = LESGROEPEN[lesgroepId];
  const nav = html`<div class="lesgroep-onderwijssoort-navigatie"><dt-background-icon icon="groep"></dt-background-icon><div class="lesgroep-action" tabindex="0" role="button"><span class="lesgroep">${groep.naam}</span></div></div>`;
  return html`<dt-resultaten${raw(state.phone ? ' class="phone"' : '')}>${raw(header('Voortgangsdossier', nav))}
    <div class="content"><div class="scroll-wrapper">${raw(scrollWrapperInner(lesgroepId, state))}</div></div>
  </dt-resultaten>`;
}

/**
 * Quick navigation popup of the lesgroep name: the other voortgangsdossiers.
 * @param {string} current
 * @returns {string}
 */
export function lesgroepPopup(current) {
  const items = Object.entries(LESGROEPEN)
    .filter(([id]) => id !== current)
    .map(
      ([id, g]) =>
        html`<a class="lesgroep-optie" href="/resultaten/voortgangsdossier/${encodeURIComponent(id)}">${g.naam} ${g.vak}</a>`,
    )
    .join('');
  return html`<dt-popup class="resultaten-quick-nav"><div class="popup-content">${raw(items)}</div></dt-popup>`;
}

/** Sort popup of the names header (like the real ActionsPopup with voornaam/achternaam × A-Z/Z-A). */
export function sorteerPopup() {
  const opties = [
    ['achternaam', 'ASC', 'Achternaam A-Z'],
    ['achternaam', 'DESC', 'Achternaam Z-A'],
    ['voornaam', 'ASC', 'Voornaam A-Z'],
    ['voornaam', 'DESC', 'Voornaam Z-A'],
  ]
    .map(
      ([veld, order, label]) =>
        html`<button type="button" class="sorteer-optie" data-veld="${veld}" data-order="${order}">${label}</button>`,
    )
    .join('');
  return html`<dt-popup class="sorteer-popup"><dt-actions-popup>${raw(opties)}</dt-actions-popup></dt-popup>`;
}

// ------------------------------------------------------------------ lesson registration

/**
 * Lesson registration (attendance) of a lesson: rows without any id.
 * @param {string} afspraakId
 * @returns {string}
 */
export function registratie(afspraakId) {
  const les = LESSEN.find(([id]) => id === afspraakId) ?? LESSEN[0];
  const groep = LESGROEPEN[les[3]];
  const rows = sortStudents(groep.students())
    .map(
      (s) => html`
        <dt-leerling-list-registratie><div class="leerling-container">${raw(dtLeerling(s, 'leerling'))}</div><div class="statussen"><div class="aanwezigheid"><button type="button" class="afwezig">Afwezig</button><button type="button" class="te-laat">Te laat</button></div></div></dt-leerling-list-registratie>`,
    )
    .join('');
  return html`<dt-les>${raw(header('Deze les'))}
    <div class="les-info"><span class="lesgroep">${groep.naam}</span> · <span class="vak">${groep.vak}</span> · <span class="lesuur">${les[1]}e uur</span> · <span class="lokaal">${les[4]}</span></div>
    <dt-registratie><div class="leerlingen">${raw(rows)}
    </div></dt-registratie>
  </dt-les>`;
}

// ------------------------------------------------------------------ shell and pages

/** Main menu entries: [href, label]. */
export const MENU = [
  ['/rooster', 'Rooster'],
  ['/studiewijzers', 'Studiewijzers'],
  ['/mentordashboard/gezamenlijk-overzicht', 'Mentorleerlingen'],
  [`/resultaten/voortgangsdossier/${DEFAULT_LESGROEP}`, 'Resultaten'],
];

/**
 * The app shell: dt-root with the menu and the view root `.dash-content`.
 * @param {string} [viewHtml]
 * @returns {string}
 */
export function shell(viewHtml = '') {
  const menu = MENU.map(([href, label]) => html`<a class="menu-item" href="${href}">${label}</a>`).join('');
  return html`<dt-root><dt-dash><dt-menu><span class="logo">somtoday</span><nav aria-label="Hoofdmenu">${raw(menu)}</nav><dt-avatar class="medewerker"><div class="initials-container">${teacher.initials}</div></dt-avatar></dt-menu><div class="dash-content">${raw(viewHtml)}</div></dt-dash></dt-root>`;
}

/**
 * A complete static page, e.g. for saved test fixtures.
 * @param {string} viewHtml content of `.dash-content`
 * @param {object} [options]
 * @param {boolean} [options.dark] add class "dark" to <html>
 * @param {string} [options.stylesheet]
 * @returns {string}
 */
export function page(viewHtml, { dark = false, stylesheet = '/_demo/somtoday/style.css' } = {}) {
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
${shell(viewHtml)}
</body>
</html>
`;
}

/**
 * Convenience for fixtures and benches: full page for a path.
 * @param {string} pathname e.g. "/mentordashboard/leerling/2401007/profiel"
 * @param {{ dark?: boolean, stylesheet?: string, grid?: GridState }} [options]
 * @returns {string}
 */
export function pageForRoute(pathname, options = {}) {
  return page(renderView(parseRoute(pathname), { grid: options.grid }), options);
}

/**
 * Classic Somtoday (`<school>.somtoday.nl`, not Docent): a plain page with a student's name on it.
 * The extension must show nothing here.
 * @param {Student} [student]
 * @returns {string}
 */
export function classicPage(student = students[1]) {
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Somtoday</title>
<link rel="icon" href="data:,">
<style>body{font:14px/1.5 Arial,sans-serif;margin:0;background:#f2f4f7;color:#222}header{background:#1b75bb;color:#fff;padding:10px 16px}main{padding:16px}.kaart{background:#fff;border:1px solid #ccd;padding:12px;max-width:40rem}</style>
</head>
<body>
<header><b>Somtoday</b> — klassiek (core), niet Somtoday Docent</header>
<main>
  <div class="kaart" id="leerlingkaart">
    <h1 class="leerling-naam">${student.name}</h1>
    <table class="gegevens"><tr><th>Klas</th><td>${student.klas}</td></tr><tr><th>Leerlingnummer</th><td>${student.leerlingnummer}</td></tr></table>
    <p>Dit is het klassieke Somtoday op een schoolhost. Somtoday Docent draait op docent.somtoday.nl.</p>
  </div>
</main>
</body>
</html>
`;
}
