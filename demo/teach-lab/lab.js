/**
 * Shared helpers of the teaching lab (demo/teach-lab/): hostile and unusual pages on which the
 * picker ("Leer deze pagina herkennen") is tested. Each page module sets its own trap; this module
 * only holds what they share: the hash route, the delayed render, the record markup and lookups.
 *
 * Rendering: every page renders its content 50 ms after load and after every route change, as an
 * app that fetches its data would. When a render is done, `<html data-lab-rendered="…">` holds the
 * route that was rendered (removed while a render is pending), for tests to wait on.
 */
import { findStudentById, MARKUP_NAME, students } from '../data/students.js';
import { html, raw } from '../lib/html.js';

/** @typedef {import("../data/students.js").Student} Student */

/** Delay before content appears, in ms. */
export const RENDER_DELAY = 50;

/** The demo's students, in the demo's order. */
export { students };

/** Students for the grids: the demo's students without the one whose name is markup. */
export const gridStudents = students.filter((s) => s.name !== MARKUP_NAME);

/**
 * @param {string} id Magister stamnummer
 * @returns {Student | undefined}
 */
export function studentById(id) {
  return findStudentById(id);
}

/**
 * The student after this one in the demo's list (wraps around).
 * @param {Student} student
 * @returns {Student}
 */
export function nextStudent(student) {
  const i = students.findIndex((s) => s.id === student.id);
  return students[(i + 1) % students.length];
}

/**
 * URL slug of a name: lower case, without diacritics, runs of other characters as "-".
 * "Sanne de Vries" → "sanne-de-vries", "Zoë Çelik" → "zoe-celik", "Noa 't Hart" → "noa-t-hart".
 * @param {string} name
 * @returns {string}
 */
export function slug(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Student by the slug of their name.
 * @param {string} value
 * @returns {Student | undefined}
 */
export function studentBySlug(value) {
  return students.find((s) => slug(s.name) === value);
}

/**
 * Path of the hash without "#", e.g. "/leerlingen/48213/kaart".
 * @returns {string}
 */
export function hashPath() {
  return location.hash.replace(/^#/, '') || '/';
}

/**
 * Record markup shared by the lab pages: the name in `h1.leerling-naam`, then a labelled list
 * (`dl.gegevens` with `dt` Leerlingnummer / Klas / Opleiding and their `dd`), then the
 * "Volgende leerling" link.
 * @param {Student} student
 * @param {string} nextHref
 * @param {{ sectionAttrs?: string, nameAttrs?: string, extra?: string }} [options] raw markup added
 *   to the section's and the name's start tags, and after the list
 * @returns {string}
 */
export function recordHtml(student, nextHref, options = {}) {
  const { sectionAttrs = '', nameAttrs = '', extra = '' } = options;
  return html`<section class="leerling"${raw(sectionAttrs ? ` ${sectionAttrs}` : '')} aria-labelledby="leerling-naam">
  <h1 class="leerling-naam" id="leerling-naam"${raw(nameAttrs ? ` ${nameAttrs}` : '')}>${student.name}</h1>
  ${raw(gegevensHtml(student))}
  ${raw(extra)}
  <p class="navigatie"><a class="volgende" href="${nextHref}">Volgende leerling</a></p>
</section>`;
}

/**
 * The labelled list of a record.
 * @param {Student} student
 * @returns {string}
 */
export function gegevensHtml(student) {
  return html`<dl class="gegevens">
    <div class="gegeven"><dt>Leerlingnummer</dt><dd>${student.id}</dd></div>
    <div class="gegeven"><dt>Klas</dt><dd>${student.klas}</dd></div>
    <div class="gegeven"><dt>Opleiding</dt><dd>${student.studie}</dd></div>
  </dl>`;
}

/**
 * "Not found" content.
 * @param {string} what
 * @returns {string}
 */
export function notFoundHtml(what) {
  return html`<section class="leeg"><h1>Niet gevonden</h1><p>${what}</p></section>`;
}

/**
 * Render `content()` into `root` after RENDER_DELAY, now and on every `hashchange` (and `popstate`
 * when asked). A newer render cancels a pending one. Empties the root while waiting.
 * @param {() => Element | ShadowRoot} root
 * @param {() => string} content markup for the current address
 * @param {{ popstate?: boolean, route?: () => string }} [options]
 */
export function mount(root, content, options = {}) {
  const route = options.route ?? hashPath;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const show = () => {
    clearTimeout(timer);
    delete document.documentElement.dataset.labRendered;
    const target = root();
    target.replaceChildren();
    const loading = document.createElement('p');
    loading.className = 'laden';
    loading.textContent = 'Laden…';
    target.append(loading);
    timer = setTimeout(() => {
      const markup = content();
      const into = root();
      // innerHTML of an element or a shadow root; every value went through html`` escaping.
      into.innerHTML = markup;
      document.documentElement.dataset.labRendered = route();
    }, RENDER_DELAY);
  };
  addEventListener('hashchange', show);
  if (options.popstate) addEventListener('popstate', show);
  show();
  return show;
}

/**
 * Student id of a record route `/leerlingen/<id>/kaart`; undefined for any other path.
 * @param {string} path
 * @returns {string | undefined}
 */
export function recordId(path) {
  return /^\/leerlingen\/([^/]+)\/kaart$/.exec(path)?.[1];
}

/**
 * Content of a record route: the record, or "not found".
 * @param {string} path
 * @param {(student: Student, nextHref: string) => string} render
 * @returns {string}
 */
export function recordContent(path, render) {
  const id = recordId(path);
  const student = id === undefined ? undefined : studentById(id);
  if (!student) return notFoundHtml(`Geen leerling op ${path}`);
  return render(student, `#/leerlingen/${nextStudent(student).id}/kaart`);
}

/**
 * Lesgroepen of the grade pages, with their grade columns (kolommen).
 * @type {Record<string, { vak: string, kolommen: Record<string, string> }>}
 */
export const LAB_GROUPS = {
  '4v.sk1': { vak: 'Scheikunde', kolommen: { 1: 'SO hoofdstuk 3', 2: 'PW hoofdstuk 4' } },
  '3h2.ne': { vak: 'Nederlands', kolommen: { 1: 'SO hoofdstuk 3', 2: 'Leesdossier' } },
};

/**
 * Averages shown per row, by row index: several rows share one ("6,8" three times, "7,4" twice),
 * so an average is no id.
 */
export const AVERAGES = ['6,8', '7,4', '6,8', '5,9', '8,1', '6,8', '7,4', '6,2', '7,0', '5,5'];

/**
 * Lesgroep and kolom of a grade route `/cijfers/<group>/<column>`; undefined when unknown.
 * @param {string} path
 * @returns {{ groep: string, vak: string, kolom: string, toets: string } | undefined}
 */
export function gradeRoute(path) {
  const m = /^\/cijfers\/([^/]+)\/([^/]+)$/.exec(path);
  if (!m) return undefined;
  const [, groep, kolom] = m;
  const known = Object.hasOwn(LAB_GROUPS, groep) ? LAB_GROUPS[groep] : undefined;
  const toets = known && Object.hasOwn(known.kolommen, kolom) ? known.kolommen[kolom] : undefined;
  return known && toets ? { groep, vak: known.vak, kolom, toets } : undefined;
}
