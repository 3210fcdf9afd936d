/**
 * Magister-like demo SPA (docent): hash routes under /magister/#/…, view root div.view.ng-scope,
 * content rendered after a delay on every route change. See demo/magister/views.js for markup.
 * `dna-page-header` is a real custom element with its title in an open shadow root
 * (demo/magister/components.js); #/leerlingen/{id}/kaart-frame shows the record inside a same-origin
 * iframe (demo/magister/frame.html). `?variant=2027` renders the record and the grade entry in the
 * changed markup of demo/magister/variant-2027.js (the shipped profile does not recognise it).
 */
import { manyStudents } from '../data/students.js';
import { createRuntime } from '../lib/runtime.js';
import './components.js';
import { GRADE_2027, gradeRows2027 } from './variant-2027.js';
import { gradeRows, lesgroepen, loading, parseRoute, renderView } from './views.js';

/** `?variant=2027`: the redesigned record and grade entry. */
const variant = new URLSearchParams(location.search).get('variant') === '2027' ? '2027' : undefined;
/** Rows of the grade grid in the markup of the chosen variant. */
const rowsHtml = variant
  ? (/** @type {Student[]} */ list, /** @type {Record<string, string>} */ vals, offset = 0) => gradeRows2027(list, vals, offset)
  : (/** @type {Student[]} */ list, /** @type {Record<string, string>} */ vals) => gradeRows(list, vals);

/** @typedef {import("../data/students.js").Student} Student */

/** Entered grades per "lesgroep/kolom", kept for the session like an unsaved model. */
/** @type {Map<string, Record<string, string>>} */
const values = new Map();
/** Late rows appended to the current grade route (reset on navigation). */
/** @type {Map<string, Student[]>} */
const extras = new Map();
let lateCount = 0;

/**
 * @param {string} path
 * @returns {string | null} key "lesgroep/kolom" for grade routes, else null
 */
function gradeKey(path) {
  const route = parseRoute(path);
  if (route.name !== 'cijfers') return null;
  const groep = lesgroepen[route.params.lesgroep];
  if (!groep?.kolommen[route.params.kolom]) return null;
  return `${route.params.lesgroep}/${route.params.kolom}`;
}

/** @param {string} key */
function valuesFor(key) {
  let v = values.get(key);
  if (!v) {
    v = {};
    values.set(key, v);
  }
  return v;
}

const currentPath = () => parseRoute(location.hash).path;

const { show } = createRuntime({
  root: () => /** @type {Element} */ (document.querySelector('div.view.ng-scope')),
  currentPath,
  isGrade: (path) => gradeKey(path) !== null,
  render(path) {
    const key = gradeKey(path);
    return renderView(parseRoute(path), {
      values: key ? valuesFor(key) : {},
      extraStudents: (key && extras.get(path)) || [],
      frameSearch: location.search,
      ...(variant ? { variant } : {}),
    });
  },
  renderRows(path) {
    const key = gradeKey(path);
    if (!key) return '';
    const route = parseRoute(path);
    const list = [...lesgroepen[route.params.lesgroep].students(), ...(extras.get(path) ?? [])];
    return rowsHtml(list, valuesFor(key));
  },
  rowsContainer: () => document.querySelector(variant ? GRADE_2027.rowsContainer : '.cijfer-invoer .cijfers-k-grid tbody'),
  appendRowsHtml(path, n) {
    const late = manyStudents(n, 10000 + lateCount);
    lateCount += n;
    const before = extras.get(path) ?? [];
    extras.set(path, [...before, ...late]);
    const key = gradeKey(path);
    const route = parseRoute(path);
    const offset = (key ? lesgroepen[route.params.lesgroep].students().length : 0) + before.length;
    return rowsHtml(late, key ? valuesFor(key) : {}, offset);
  },
  onValue(path, id, value) {
    const key = gradeKey(path);
    if (key) valuesFor(key)[id] = value;
  },
  go(pathOrHash) {
    const hashIndex = pathOrHash.indexOf('#');
    const target = hashIndex >= 0 ? pathOrHash.slice(hashIndex) : `#${pathOrHash}`;
    // Render synchronously so `__demo.navigate(...)` can hand back the right `ready`;
    // the hashchange event that follows sees the route already shown.
    if (target !== location.hash) location.hash = target;
    onRouteChange();
  },
  loadingHtml: loading,
  grade: variant
    ? { inputSelector: GRADE_2027.inputSelector, rowSelector: GRADE_2027.rowSelector, idAttribute: GRADE_2027.idAttribute }
    : { inputSelector: 'input.cijfer-text-input', rowSelector: 'tr.k-master-row', idAttribute: 'data-leerling-id' },
});

let shownPath = '';

function onRouteChange() {
  const path = currentPath();
  if (path !== shownPath) extras.delete(shownPath);
  shownPath = path;
  markMenu(path);
  show(path);
}

/** @param {string} path */
function markMenu(path) {
  for (const a of document.querySelectorAll('.main-menu a')) {
    const href = a.getAttribute('href') ?? '';
    const section = href.split('/')[1];
    const current = path.split('/')[1];
    const active = current === section || (section === 'mentor' && current === 'leerlingen');
    a.parentElement?.classList.toggle('active', active);
  }
}

window.addEventListener('hashchange', () => {
  if (currentPath() !== shownPath) onRouteChange();
});

if (!location.hash || location.hash === '#' || location.hash === '#/') {
  history.replaceState(null, '', `${location.pathname}${location.search}#/vandaag`);
}
onRouteChange();
