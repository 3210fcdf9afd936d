/**
 * Somtoday-like demo SPA (docent): path routes with history.pushState, everything inside
 * <sl-root>, <main>'s children rebuilt after a delay on every navigation.
 * See demo/somtoday/views.js for markup.
 */
import { manyStudents } from '../data/students.js';
import { createRuntime } from '../lib/runtime.js';
import { gradeRows, loading, parseRoute, renderView, toetskolommen } from './views.js';

/** @typedef {import("../data/students.js").Student} Student */

/** Entered results per toetskolom, kept for the session like an unsaved model. */
/** @type {Map<string, Record<string, string>>} */
const values = new Map();
/** Late rows appended to the current grade route (reset on navigation). */
/** @type {Map<string, Student[]>} */
const extras = new Map();
let lateCount = 0;

/**
 * @param {string} path
 * @returns {string | null} toetskolom for grade routes, else null
 */
function gradeKey(path) {
  const route = parseRoute(path);
  if (route.name !== 'resultaten' || !toetskolommen[route.params.toetskolom]) return null;
  return route.params.toetskolom;
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

const currentPath = () => parseRoute(location.pathname).path;

const { show } = createRuntime({
  root: () => /** @type {Element} */ (document.querySelector('sl-root > main')),
  currentPath,
  isGrade: (path) => gradeKey(path) !== null,
  render(path) {
    const key = gradeKey(path);
    return renderView(parseRoute(path), {
      values: key ? valuesFor(key) : {},
      extraStudents: (key && extras.get(path)) || [],
    });
  },
  renderRows(path) {
    const key = gradeKey(path);
    if (!key) return '';
    const list = [...toetskolommen[key].students(), ...(extras.get(path) ?? [])];
    return gradeRows(list, valuesFor(key));
  },
  rowsContainer: () => document.querySelector('sl-resultaten-invoer'),
  appendRowsHtml(path, n) {
    const late = manyStudents(n, 10000 + lateCount);
    lateCount += n;
    extras.set(path, [...(extras.get(path) ?? []), ...late]);
    const key = gradeKey(path);
    return gradeRows(late, key ? valuesFor(key) : {});
  },
  onValue(path, id, value) {
    const key = gradeKey(path);
    if (key) valuesFor(key)[id] = value;
  },
  go(pathOrUrl) {
    const url = new URL(pathOrUrl, location.href);
    if (url.pathname === location.pathname) {
      onRouteChange();
      return;
    }
    history.pushState(null, '', url.pathname);
    onRouteChange();
  },
  loadingHtml: loading,
  grade: {
    inputSelector: 'input.resultaat-input',
    rowSelector: 'sl-leerling-resultaat-rij',
    idAttribute: 'data-leerling-uuid',
  },
});

let shownPath = '';

function onRouteChange() {
  const path = currentPath();
  if (path !== shownPath) extras.delete(shownPath);
  shownPath = path;
  markTabs(path);
  show(path);
}

/** @param {string} path */
function markTabs(path) {
  for (const a of document.querySelectorAll('sl-tab-bar a')) {
    const href = a.getAttribute('href') ?? '';
    const section = href.split('/')[1];
    const current = path.split('/')[1];
    const active =
      href === path ||
      (section !== '' && section === current) ||
      (section === 'mentor' && current === 'leerlingen') ||
      (href === '/' && path === '/');
    a.classList.toggle('actief', active);
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// Intercept clicks on internal links, like Angular's routerLink.
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
    return;
  }
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/_demo/')) return;
  e.preventDefault();
  if (url.pathname !== location.pathname) history.pushState(null, '', url.pathname);
  onRouteChange();
});

window.addEventListener('popstate', onRouteChange);

onRouteChange();
