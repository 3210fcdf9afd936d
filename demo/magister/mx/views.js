/**
 * The MX variant (`/magister/?variant=mx`): Magister rebuilt from what the vendor documents, in markup
 * the shipped profile does not know. Pure functions (no DOM): routes, view content, shell, full page.
 *
 * Routes (hash): #/vandaag · #/leerling/{id}/detail[/{kaart}] · #/cijfers/groep/{lesgroep}/{vak}
 * · #/cijfers/toetsen · #/cijfers/toetsen/{toetsId}.
 * Query: `frame=1` every view inside a same-origin iframe (mx-view.html) in `div.view`; `rows=N`
 * N students in the grade grids (virtualised above VIRTUAL_FROM); `weergave=alle` all columns.
 */

import { findStudentById, teacher } from '../../data/students.js';
import { escapeHtml, html, raw } from '../../lib/html.js';
import { appShell } from '../shell.js';
import { groepStudents, MX_GROEPEN, MX_TOETSEN, shownKolommen } from './data.js';
import { mxGrid } from './grid.js';
import { mxRecord } from './record.js';
import { mxToets } from './toetsen.js';

/** @typedef {import("../../data/students.js").Student} Student */

/**
 * @typedef {object} MxRoute
 * @property {"vandaag"|"leerling"|"groep"|"toetsen"|"toets"|"onbekend"} name
 * @property {string} path
 * @property {Record<string, string>} params
 */

/**
 * @typedef {object} MxState
 * @property {Record<string, string>} [values] typed grades by "kolom/stamnummer"
 * @property {Record<string, string>} [marks] marks by "kolom/stamnummer"
 * @property {boolean} [alle] Weergave: all columns
 * @property {number} [rows] students per grid (padded with generated students)
 * @property {Student[]} [extraStudents] late rows appended to a grid
 * @property {boolean} [frame] render the view as an iframe (top document)
 * @property {string} [frameSearch] query of the iframe document
 * @property {number} [first] first rendered row of a virtualised grid
 * @property {boolean} [gepubliceerd] the test was published
 */

/** Main menu of the MX shell: [id, hash, label]. */
export const MX_MENU = [
  ['mx-menu-vandaag', '#/vandaag', 'Vandaag'],
  ['mx-menu-leerling', '#/leerling/48213/detail', 'Leerlingen'],
  ['mx-menu-groep', '#/cijfers/groep/4v.sk1/sk', 'Invoer groep/vak'],
  ['mx-menu-toetsen', '#/cijfers/toetsen', 'Toetsen'],
];

/** Document the iframe views load (same origin). */
export const MX_VIEW_PATH = '/magister/mx-view.html';

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
 * @param {string} hash "#/leerling/48213/detail" or a path
 * @returns {MxRoute}
 */
export function parseMxRoute(hash) {
  const path = `/${hash.replace(/^#?\/?/, '').split('?')[0]}`.replace(/\/+$/, '') || '/';
  const p = path.split('/').filter(Boolean).map(safeDecode);
  /** @type {(name: MxRoute["name"], params?: Record<string, string>) => MxRoute} */
  const route = (name, params = {}) => ({ name, path, params });
  if (p.length === 0 || (p.length === 1 && p[0] === 'vandaag')) return route('vandaag');
  if (p[0] === 'leerling' && p[2] === 'detail' && (p.length === 3 || p.length === 4)) {
    return route('leerling', { id: p[1], kaart: p[3] ?? '' });
  }
  if (p[0] === 'cijfers' && p[1] === 'groep' && p.length === 4) return route('groep', { lesgroep: p[2], vak: p[3] });
  if (p[0] === 'cijfers' && p[1] === 'toetsen' && p.length === 2) return route('toetsen');
  if (p[0] === 'cijfers' && p[1] === 'toetsen' && p.length === 3) return route('toets', { toetsId: p[2] });
  return route('onbekend');
}

/**
 * Students and group of a grade route (grid or test), or undefined.
 * @param {MxRoute} route
 * @param {MxState} [state]
 */
export function gridOf(route, state = {}) {
  /** @type {{ lesgroep: string, kolom?: string } | undefined} */
  let ref;
  if (route.name === 'groep') {
    const g = MX_GROEPEN[route.params.lesgroep];
    if (g && g.vak === route.params.vak) ref = { lesgroep: route.params.lesgroep };
  } else if (route.name === 'toets') {
    ref = MX_TOETSEN[route.params.toetsId];
  }
  if (!ref) return undefined;
  const groep = MX_GROEPEN[ref.lesgroep];
  const kolom = ref.kolom ? groep.kolommen.find((k) => k.code === ref.kolom) : undefined;
  return {
    key: route.name === 'toets' ? `toets/${route.params.toetsId}` : `groep/${ref.lesgroep}`,
    lesgroep: ref.lesgroep,
    groep,
    kolom,
    students: [...groepStudents(groep, state.rows), ...(state.extraStudents ?? [])],
  };
}

/**
 * @param {string} heading
 * @param {string} message
 */
function notFound(heading, message) {
  return html`<div class="mx-app"><header class="mx-kop"><h1 class="mx-titel">${heading}</h1></header><p class="mx-leeg">${message}</p></div>`;
}

function startPage() {
  const toetsen = Object.entries(MX_TOETSEN).map(([id, t]) => {
    const k = MX_GROEPEN[t.lesgroep].kolommen.find((c) => c.code === t.kolom);
    return html`<li><a href="#/cijfers/toetsen/${id}">${k?.omschrijving ?? id}</a> <span class="mx-sub">${t.lesgroep}</span></li>`;
  });
  return toetsen;
}

/**
 * View content for an MX route (children of `div.view`).
 * @param {string} hashOrPath
 * @param {MxState} [state]
 * @returns {string}
 */
export function renderMx(hashOrPath, state = {}) {
  const route = parseMxRoute(hashOrPath);
  if (state.frame && route.name !== 'vandaag') {
    return html`<iframe class="mx-view-frame" title="Weergave" src="${MX_VIEW_PATH}${state.frameSearch ?? ''}#${route.path}"></iframe>`;
  }
  switch (route.name) {
    case 'vandaag':
      return html`<div class="mx-app mx-start"><header class="mx-kop"><h1 class="mx-titel">Vandaag</h1></header>
  <p>Welkom, ${teacher.name}. Kies links een onderdeel.</p></div>`;
    case 'leerling': {
      const s = findStudentById(route.params.id);
      return s ? mxRecord(s, route.params.kaart) : notFound('Leerlinggegevens', 'Leerling niet gevonden.');
    }
    case 'toetsen':
      return html`<div class="mx-app mx-toetsen"><header class="mx-kop"><h1 class="mx-titel">Toetsen</h1></header>
  <ul class="mx-toetslijst">${raw(startPage().join(''))}</ul></div>`;
    case 'groep':
    case 'toets': {
      const g = gridOf(route, state);
      if (!g) return notFound(route.name === 'groep' ? 'Invoer groep/vak' : 'Toetsen', 'Deze groep of toets bestaat niet.');
      const common = { lesgroep: g.lesgroep, groep: g.groep, students: g.students, values: state.values, marks: state.marks };
      if (g.kolom) {
        return mxToets({
          ...common,
          toetsId: route.params.toetsId,
          kolom: g.kolom,
          gepubliceerd: state.gepubliceerd,
          first: state.first,
        });
      }
      return mxGrid({ ...common, alle: state.alle, first: state.first, kolommen: (alle) => shownKolommen(g.groep, alle) });
    }
    default:
      return notFound('Pagina niet gevonden', 'Deze pagina bestaat niet.');
  }
}

/**
 * The shell of the MX variant: the classic bar and menu around `div.view`.
 * @param {string} [viewHtml]
 * @returns {string}
 */
export function mxShell(viewHtml = '') {
  return appShell(MX_MENU, viewHtml);
}

/**
 * A complete static MX page for a hash route (fixtures and unit tests).
 * @param {string} hash
 * @param {MxState & { dark?: boolean, stylesheet?: string }} [options]
 * @returns {string}
 */
export function mxPageForRoute(hash, options = {}) {
  const { dark = false, stylesheet = '/magister/style.css', ...state } = options;
  return `<!doctype html>
<html lang="nl"${dark ? ' class="dark"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Magister</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
<link rel="stylesheet" href="/magister/mx/style.css">
</head>
<body class="mx">
${mxShell(renderMx(hash, state))}
</body>
</html>
`;
}
