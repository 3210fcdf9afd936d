/**
 * Browser entry of the MX variant, for the top document (/magister/?variant=mx, mx.html) and for the
 * view inside its iframe (/magister/mx-view.html, `?frame=1`). Uses the demo runtime (delay,
 * loading state, re-render, `window.__demo`, `data-demo-rendered`) with the MX markup of mx/views.js.
 */
import { manyStudents } from '../../data/students.js';
import { createRuntime } from '../../lib/runtime.js';
import { periodAverage, shownKolommen } from './data.js';
import { mxRows } from './grid.js';
import { installMxKeys } from './keys.js';
import { gridOf, mxShell, parseMxRoute, renderMx } from './views.js';
import { fillRow, setVirtualSource } from './virtual.js';
import './components.js';

/** @typedef {import("../../data/students.js").Student} Student */

const params = new URLSearchParams(location.search);
const inFrame = document.body.classList.contains('mx-frame');
const frame = !inFrame && params.get('frame') === '1';
const rows = Number(params.get('rows')) || undefined;
let alle = params.get('weergave') === 'alle';

if (!inFrame) document.body.innerHTML = mxShell();

/** Typed grades and marks per grid key, kept for the session like an unsaved model. */
/** @type {Map<string, Record<string, string>>} */
const values = new Map();
/** @type {Map<string, Record<string, string>>} */
const marks = new Map();
/** @type {Map<string, Student[]>} late rows per route path */
const extras = new Map();
/** @type {Set<string>} */
const published = new Set();
let lateCount = 0;

/**
 * @param {Map<string, Record<string, string>>} map
 * @param {string} key
 */
const recordOf = (map, key) => {
  let r = map.get(key);
  if (!r) {
    r = {};
    map.set(key, r);
  }
  return r;
};

const currentPath = () => parseMxRoute(location.hash).path;
const root = () => /** @type {Element} */ (document.querySelector(inFrame ? '.mx-frame-inhoud' : 'div.view.ng-scope'));
const viewport = () => /** @type {any} */ (root().querySelector('cdk-virtual-scroll-viewport'));

/** @type {{ path: string, extra: number, grid: ReturnType<typeof gridOf> } | undefined} */
let cached;
/** The grade grid of a route (students cached: a 1000-row list is built once per route). */
function grid(/** @type {string} */ path) {
  const extra = extras.get(path) ?? [];
  if (cached?.path !== path || cached.extra !== extra.length) {
    cached = { path, extra: extra.length, grid: frame ? undefined : gridOf(parseMxRoute(path), { rows, extraStudents: extra }) };
  }
  return cached.grid;
}

/** Cell context of a grid route (for rows rendered or filled later). */
function context(/** @type {string} */ path) {
  const g = grid(path);
  if (!g) return undefined;
  const ctx = {
    groep: g.groep,
    kolommen: g.kolom ? [g.kolom] : shownKolommen(g.groep, alle),
    values: recordOf(values, g.key),
    marks: recordOf(marks, g.key),
    average: !g.kolom,
  };
  return { g, ctx };
}

setVirtualSource(() => {
  const c = context(currentPath());
  return c && { students: c.g.students, ctx: c.ctx };
});

/** @param {string} path */
function render(path) {
  const c = context(path);
  const route = parseMxRoute(path);
  return renderMx(path, {
    rows,
    alle,
    frame,
    frameSearch: location.search,
    extraStudents: extras.get(path) ?? [],
    ...(c ? { values: c.ctx.values, marks: c.ctx.marks } : {}),
    gepubliceerd: route.name === 'toets' && published.has(route.params.toetsId),
    first: viewport()?.first ?? 0,
  });
}

const { show, demo } = createRuntime({
  root,
  currentPath,
  isGrade: (path) => grid(path) !== undefined,
  render,
  renderRows(path) {
    const c = context(path);
    if (!c) return '';
    const vp = viewport();
    if (!vp) return mxRows(c.g.students, 0, c.ctx);
    const first = vp.first;
    return mxRows(
      c.g.students.slice(first, first + root().querySelectorAll('.mx-raster-body > [role="row"]').length),
      first,
      c.ctx,
    );
  },
  rowsContainer: () => root().querySelector('.mx-raster-body'),
  appendRowsHtml(path, n) {
    const late = manyStudents(n, 10000 + lateCount);
    lateCount += n;
    const before = grid(path)?.students.length ?? 0;
    extras.set(path, [...(extras.get(path) ?? []), ...late]);
    const c = context(path);
    const vp = viewport();
    if (!c) return '';
    if (vp) {
      vp.resize();
      return '';
    }
    root()
      .querySelector('[role="grid"]')
      ?.setAttribute('aria-rowcount', String(c.g.students.length + 1));
    return mxRows(late, before, c.ctx);
  },
  onValue() {
    // kept per column by the input listener below
  },
  go(pathOrHash) {
    const i = pathOrHash.indexOf('#');
    const target = i >= 0 ? pathOrHash.slice(i) : `#${pathOrHash}`;
    if (target !== location.hash) location.hash = target;
    onRouteChange();
  },
  loadingHtml: () => '<div class="mx-laden" role="status" aria-busy="true">Laden…</div>',
  grade: { inputSelector: 'input.mx-invoer', rowSelector: '[role="row"]', idAttribute: 'data-stamnr', moveFocus: false },
});
Object.assign(demo, { mxKeyLog: [] });

document.addEventListener('input', (e) => {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || !input.matches('input.mx-invoer')) return;
  const c = context(currentPath());
  const row = input.closest('[role="row"]');
  const id = row?.getAttribute('data-stamnr');
  if (!c || !row || !id) return;
  c.ctx.values[`${input.dataset.kolom}/${id}`] = input.value;
  // The row's average follows what is typed, as the vendor's Invoer shows it.
  const average = row.querySelector('.mx-gem');
  const student = c.g.students[Number(row.getAttribute('aria-rowindex')) - 2];
  if (average && student) average.textContent = periodAverage(student, c.ctx.groep, c.ctx.values, c.ctx.marks);
});

installMxKeys({
  onMark(input, mark) {
    const c = context(currentPath());
    const row = input.closest('[role="row"]');
    const id = row?.getAttribute('data-stamnr');
    if (!c || !row || !id) return;
    const key = `${input.dataset.kolom}/${id}`;
    if (c.ctx.marks[key] === mark) delete c.ctx.marks[key];
    else c.ctx.marks[key] = mark;
    const index = Number(row.getAttribute('aria-rowindex')) - 2;
    const student = c.g.students[index];
    if (student) fillRow(row, student, index, c.ctx);
  },
});

document.addEventListener('click', (e) => {
  const el = e.target instanceof Element ? e.target.closest('.mx-tab, .mx-opslaan, .mx-publiceren') : null;
  if (!el) return;
  const status = root().querySelector('.mx-status');
  if (el.classList.contains('mx-tab')) {
    alle = el.getAttribute('data-weergave') === 'alle';
    root().innerHTML = render(currentPath());
  } else if (el.classList.contains('mx-opslaan')) {
    if (status) status.textContent = 'Opgeslagen';
  } else {
    const route = parseMxRoute(currentPath());
    if (route.name === 'toets') published.add(route.params.toetsId);
    el.setAttribute('disabled', '');
    if (status) status.textContent = 'Gepubliceerd';
  }
});

let shownPath = '';

function onRouteChange() {
  const path = currentPath();
  if (path !== shownPath) extras.delete(shownPath);
  shownPath = path;
  for (const a of document.querySelectorAll('.main-menu a')) {
    const segs = (a.getAttribute('href') ?? '').replace(/^#\//, '').split('/');
    const prefix = `/${segs.slice(0, segs[0] === 'cijfers' ? 2 : 1).join('/')}`;
    a.parentElement?.classList.toggle('active', path === prefix || path.startsWith(`${prefix}/`));
  }
  if (inFrame) syncParent(path);
  show(path);
}

/** The frame's own navigation (prev/next) shows in the top URL without reloading the top view. */
function syncParent(/** @type {string} */ path) {
  try {
    if (window.parent === window) return;
    const top = window.parent.location;
    if (top.hash !== `#${path}`) window.parent.history.replaceState(null, '', `${top.pathname}${top.search}#${path}`);
    const dark = window.parent.document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', dark);
  } catch {
    // not same origin
  }
}

window.addEventListener('hashchange', () => {
  if (currentPath() !== shownPath) onRouteChange();
});

if (!location.hash || location.hash === '#' || location.hash === '#/') {
  history.replaceState(null, '', `${location.pathname}${location.search}#/vandaag`);
}
onRouteChange();
