/**
 * Somtoday Docent look-alike SPA (docent.somtoday.nl): path routes with history.pushState, root
 * element <dt-root>, the view root `.dash-content` rebuilt after a delay (`?delay=`) on every
 * navigation. Markup: demo/somtoday/views.js. `?dark=1` dark mode, `?layout=phone` phone layout
 * (also below 600 px width), `?layout=desktop` forces the desktop layout.
 *
 * Grade entry (voortgangsdossier) behaves like the real one: only the active dt-resultaat-cell holds
 * `input.resultaat-input#{cellId}:input`. Clicking a cell activates it (after 10 ms, like the real
 * app); Enter, Tab (with or without Shift, as in the real source) and ArrowDown commit the value and
 * move the input to the next student's cell in that column, ArrowUp to the previous one; past the
 * last cell the input closes. Escape cancels (demo only). A click elsewhere commits and closes.
 *
 * Test hooks on `window.__demo` (besides the shared ones of demo/lib/runtime.js: navigate(path),
 * rerender(), ready, delay, setDark(on), inputLog [{id: cellId, value}], focusLog [cellId],
 * hotkeyLog):
 *   appendRows(n)              late students: n names + one cell per column, each at its sorted
 *                              position (no re-render of the others); returns the number of students
 *   sort(veld, order)          veld "achternaam"|"voornaam", order "ASC"|"DESC": re-renders the names and
 *                              all columns; returns the names in the new order
 *   togglePeriod(n)            collapse/expand period n (re-renders the grid); returns collapsed state
 *   showPeriod(n)              expand period n only (re-renders the grid)
 *   rerenderColumn(kolomId, herkansing = null)
 *                              replace one dt-toetskolom with new elements (data refresh); returns its cell count
 *   activateCell(cellId)       put the input in that cell now (as a click would after 10 ms)
 *   received()                 {cellId: value} the host has received (committed, valid values only)
 *   saveLog                    [{id: cellId, value}] every commit the host received, in order
 *   setLayout(mode)            "phone" | "desktop" | "auto" (re-renders the grid)
 *   rows()                     [{name, uuid, somtodayId}] of the grid in page order
 *   gridState()                {lesgroep, sortering, collapsed, phone, phoneTab, activeCellId}
 */
import { findStudentBySomtodayId, findStudentByUuid, manyStudents } from '../data/students.js';
import { createRuntime } from '../lib/runtime.js';
import {
  cellId,
  cellValue,
  gridStudents,
  groepsoverzichtCategorieen,
  LESGROEPEN,
  lesgroepPopup,
  loadingView,
  mentorStudents,
  neighbour,
  parseGrade,
  parseRoute,
  registratieSidebar,
  renderView,
  resultaatCell,
  scrollWrapperInner,
  shell,
  sorteerPopup,
  stamgroepStudents,
  toetskolom,
} from './views.js';

/** @typedef {import("../data/students.js").Student} Student */
/** @typedef {import("./views.js").GridState} GridState */
/** @typedef {import("./views.js").Kolom} Kolom */

const params = new URLSearchParams(location.search);
const layoutParam = params.get('layout');

/** @type {Required<Pick<GridState, "sortering" | "collapsed" | "values" | "extraStudents" | "phoneTab">> & GridState} */
const grid = {
  sortering: { veld: 'achternaam', order: 'ASC' },
  collapsed: {},
  phone: false,
  phoneTab: 'leerlingen',
  values: {},
  activeCellId: null,
  activeValue: undefined,
  extraStudents: [],
};
/** Committed valid values, as the host would save them. */
/** @type {Record<string, string>} */
const received = {};
/** @type {{ id: string, value: string }[]} */
const saveLog = [];
let lateCount = 0;
/** @type {"phone" | "desktop" | "auto"} */
let layoutMode = layoutParam === 'phone' || layoutParam === 'desktop' ? layoutParam : 'auto';

const isPhone = () => (layoutMode === 'auto' ? window.innerWidth < 600 : layoutMode === 'phone');
grid.phone = isPhone();

// Angular bootstraps into <dt-root>; the demo puts its shell there.
document.querySelector('dt-root')?.remove();
document.body.insertAdjacentHTML('afterbegin', shell());

const currentPath = () => parseRoute(location.pathname).path;

/** @returns {string | null} lesgroep id of the current grade route */
function currentLesgroep() {
  const route = parseRoute(location.pathname);
  return route.name === 'voortgangsdossier' && LESGROEPEN[route.params.lesgroep] ? route.params.lesgroep : null;
}

const { show, demo } = createRuntime({
  root: () => /** @type {Element} */ (document.querySelector('dt-root .dash-content')),
  currentPath,
  isGrade: () => currentLesgroep() !== null,
  render(path) {
    return renderView(parseRoute(path), { grid });
  },
  renderRows() {
    const lesgroep = currentLesgroep();
    return lesgroep ? scrollWrapperInner(lesgroep, grid) : '';
  },
  rowsContainer: () => document.querySelector('dt-resultaten .scroll-wrapper'),
  appendRowsHtml: () => '',
  onValue(_path, id, value) {
    if (id === grid.activeCellId) grid.activeValue = value;
  },
  go(pathOrUrl) {
    const url = new URL(pathOrUrl, location.href);
    if (url.pathname !== location.pathname) history.pushState(null, '', url.pathname + location.search);
    onRouteChange();
  },
  loadingHtml: () => loadingView(parseRoute(location.pathname)),
  grade: {
    inputSelector: 'input.resultaat-input',
    rowSelector: 'dt-resultaat-cell',
    idAttribute: 'id',
    moveFocus: false,
  },
});

let shownPath = '';

function onRouteChange() {
  const path = currentPath();
  if (path !== shownPath) {
    grid.extraStudents = [];
    grid.activeCellId = null;
    grid.activeValue = undefined;
    grid.phoneTab = 'leerlingen';
  }
  shownPath = path;
  closePopups();
  markMenu(path);
  show(path);
}

/** @param {string} path */
function markMenu(path) {
  for (const a of document.querySelectorAll('dt-menu a.menu-item')) {
    const href = a.getAttribute('href') ?? '';
    const active = href.split('/')[1] === (path.split('/')[1] || 'rooster');
    a.classList.toggle('active', active);
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// ------------------------------------------------------------------ grade entry

/**
 * @param {string} id cell id
 * @returns {{ kolom: Kolom, student: Student } | undefined}
 */
function cellData(id) {
  const lesgroep = currentLesgroep();
  const m = /^([^:]+):([^:]+):(.+)$/.exec(id);
  if (!lesgroep || !m) return undefined;
  const kolom = LESGROEPEN[lesgroep].kolommen.find((k) => k.id === m[1] && String(k.herkansing) === m[3]);
  const student = grid.extraStudents.find((s) => s.uuid === m[2]) ?? findStudentByUuid(m[2]);
  return kolom && student ? { kolom, student } : undefined;
}

/**
 * Replace one cell element with freshly rendered markup.
 * @param {string} id
 */
function redrawCell(id) {
  const el = document.getElementById(id);
  const data = cellData(id);
  if (!el || !data) return;
  el.outerHTML = resultaatCell(data.kolom, data.student, grid);
}

/** Save the active cell's value (as the host does) and leave the edit state. */
function commitActive() {
  const id = grid.activeCellId;
  if (!id) return;
  const input = document.getElementById(`${id}:input`);
  const value = (input instanceof HTMLInputElement ? input.value : (grid.activeValue ?? '')).trim();
  const data = cellData(id);
  grid.activeCellId = null;
  grid.activeValue = undefined;
  if (data) {
    const changed = value !== cellValue(data.kolom, data.student, grid.values);
    grid.values[id] = value;
    if (changed && (value === '' || parseGrade(value) !== undefined)) {
      received[id] = value;
      saveLog.push({ id, value });
    }
  }
  redrawCell(id);
}

/** Leave the edit state without saving. */
function cancelActive() {
  const id = grid.activeCellId;
  if (!id) return;
  grid.activeCellId = null;
  grid.activeValue = undefined;
  redrawCell(id);
}

/**
 * Put the input into a cell, focus and select it.
 * @param {string} id
 */
function activate(id) {
  const el = document.getElementById(id);
  if (!el || el.classList.contains('read-only') || grid.activeCellId === id) return;
  if (grid.activeCellId) commitActive();
  grid.activeCellId = id;
  grid.activeValue = undefined;
  redrawCell(id);
  const input = document.getElementById(`${id}:input`);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
    input.closest('dt-resultaat-cell')?.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * Commit and move the input within the column.
 * @param {number} step +1 next student, -1 previous
 */
function move(step) {
  const id = grid.activeCellId;
  const el = id ? document.getElementById(id) : null;
  if (!id || !el) return;
  const column = [...(el.parentElement?.querySelectorAll(':scope > dt-resultaat-cell:not(.read-only)') ?? [])];
  const target = column[column.indexOf(el) + step];
  commitActive();
  if (target) activate(target.id);
}

/** Re-render names and columns (sort, period, layout, phone tab). */
function redrawGrid() {
  const lesgroep = currentLesgroep();
  const wrapper = document.querySelector('dt-resultaten .scroll-wrapper');
  if (!lesgroep || !wrapper) return;
  if (grid.activeCellId) commitActive();
  wrapper.innerHTML = scrollWrapperInner(lesgroep, grid);
  wrapper.closest('dt-resultaten')?.classList.toggle('phone', Boolean(grid.phone));
}

function closePopups() {
  for (const el of document.querySelectorAll('body > dt-popup')) el.remove();
}

/**
 * Open a popup below an anchor element.
 * @param {Element} anchor
 * @param {string} markup
 */
function openPopup(anchor, markup) {
  closePopups();
  document.body.insertAdjacentHTML('beforeend', markup);
  const popup = /** @type {HTMLElement | null} */ (document.body.lastElementChild);
  if (!popup) return;
  const r = anchor.getBoundingClientRect();
  popup.style.left = `${Math.round(r.left + window.scrollX)}px`;
  popup.style.top = `${Math.round(r.bottom + window.scrollY + 4)}px`;
}

document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (!(t instanceof HTMLInputElement) || !t.matches('input.resultaat-input')) return;
  if (e.key === 'Enter' || e.key === 'Tab') {
    e.preventDefault();
    move(1);
  } else if (e.key === 'ArrowDown') {
    move(1);
  } else if (e.key === 'ArrowUp') {
    move(-1);
  } else if (e.key === 'Escape') {
    cancelActive();
  }
});

window.addEventListener('resize', () => {
  const phone = isPhone();
  if (phone === grid.phone) return;
  grid.phone = phone;
  redrawGrid();
});

// ------------------------------------------------------------------ clicks

document.addEventListener('click', (e) => {
  const target = e.target instanceof Element ? e.target : null;
  if (!target) return;

  // Grade cells: activate after 10 ms (like the real app); a click elsewhere commits.
  const cell = target.closest('dt-resultaat-cell');
  if (grid.activeCellId && cell?.id !== grid.activeCellId && !target.closest('dt-popup')) commitActive();
  if (cell && !cell.classList.contains('read-only') && cell.id !== grid.activeCellId) {
    const id = cell.id;
    setTimeout(() => activate(id), 10);
    return;
  }

  const sortButton = target.closest('.sorteer-optie');
  if (sortButton instanceof HTMLElement) {
    closePopups();
    demo.sort(sortButton.dataset.veld, sortButton.dataset.order);
    return;
  }
  if (!target.closest('dt-popup')) closePopups();
  const sortHeader = target.closest('.sorteer-header');
  if (sortHeader) {
    openPopup(sortHeader, sorteerPopup());
    return;
  }
  const lesgroepAction = target.closest('dt-resultaten .lesgroep-action');
  if (lesgroepAction) {
    openPopup(lesgroepAction, lesgroepPopup(currentLesgroep() ?? ''));
    return;
  }
  const periodeHeader = target.closest('dt-resultaat-periode > .header');
  if (periodeHeader) {
    demo.togglePeriod(Number(periodeHeader.parentElement?.getAttribute('data-periode')));
    return;
  }
  const mobileTab = target.closest('dt-resultaten .mobile-tab');
  if (mobileTab instanceof HTMLElement) {
    grid.phoneTab = mobileTab.dataset.tab === 'toetsen' ? 'toetsen' : 'leerlingen';
    redrawGrid();
    return;
  }

  // Mentordashboard: tabs, previous/next, group overview items and their sidebar.
  const route = parseRoute(location.pathname);
  const tab = target.closest('dt-mentordashboard-navigatie .navigatie-item[data-tab]');
  if (tab instanceof HTMLElement && route.name === 'leerling') {
    demo.navigate(`/mentordashboard/leerling/${route.params.id}/${tab.dataset.tab}`);
    return;
  }
  const browse = target.closest('hmy-browse button.vorige, hmy-browse button.volgende');
  const current = route.name === 'leerling' ? findStudentBySomtodayId(route.params.id ?? '') : undefined;
  if (browse instanceof HTMLElement && current) {
    const other = neighbour(current, browse.classList.contains('vorige') ? 'vorige' : 'volgende');
    if (other) demo.navigate(`/mentordashboard/leerling/${other.somtodayId}/${route.params.tab}`);
    return;
  }
  const item = target.closest('dt-groepsoverzicht-leerling');
  if (item && (route.name === 'stamgroep' || route.name === 'gezamenlijk')) {
    openSidebar(item, route.name === 'stamgroep' ? stamgroepStudents(route.params.id) : mentorStudents());
    return;
  }
  if (target.closest('.naar-leerlingoverzicht') && sidebarStudent) {
    demo.navigate(`/mentordashboard/leerling/${sidebarStudent.somtodayId}/overzicht`);
    return;
  }
  if (target.closest('dt-sidebar .sluiten')) {
    document.querySelector('dt-groepsoverzicht-registratie-sidebar')?.remove();
    return;
  }

  // Internal links, like Angular's routerLink on <a>.
  const a = target.closest('a[href]');
  if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute('download')) return;
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/_demo/')) return;
  e.preventDefault();
  closePopups();
  if (url.pathname !== location.pathname) history.pushState(null, '', url.pathname + location.search);
  onRouteChange();
});

document.addEventListener('keydown', (e) => {
  // Router links on divs are keyboard reachable (tabindex 0) and open on Enter.
  if (e.key !== 'Enter' || !(e.target instanceof HTMLElement)) return;
  if (e.target.matches('.navigatie-item[data-tab], .sorteer-header, .lesgroep-action, .mobile-tab')) e.target.click();
});

/**
 * Open the registration sidebar of a group overview item (found by position: the DOM has no id).
 * @param {Element} item
 * @param {Student[]} list
 */
/** The student whose registration sidebar is open (kept in memory, like the real app; not in the DOM). */
/** @type {Student | undefined} */
let sidebarStudent;

function openSidebar(item, list) {
  const box = item.closest('dt-groepsoverzicht-categorie-box');
  const boxes = [...document.querySelectorAll('dt-groepsoverzicht-categorie-box')];
  const categorie = groepsoverzichtCategorieen(list)[boxes.indexOf(/** @type {Element} */ (box))];
  const index = [...(box?.querySelectorAll('dt-groepsoverzicht-leerling') ?? [])].indexOf(item);
  const entry = categorie?.leerlingen[index];
  if (!entry) return;
  sidebarStudent = entry.student;
  document.querySelector('dt-groepsoverzicht-registratie-sidebar')?.remove();
  document
    .querySelector('dt-mentordashboard')
    ?.insertAdjacentHTML('beforeend', registratieSidebar(entry.student, categorie.categorie, entry.aantal));
}

// ------------------------------------------------------------------ test hooks

Object.assign(demo, {
  saveLog,
  received: () => ({ ...received }),
  /**
   * @param {string} veld
   * @param {string} order
   */
  sort(veld, order) {
    grid.sortering = { veld: veld === 'voornaam' ? 'voornaam' : 'achternaam', order: order === 'DESC' ? 'DESC' : 'ASC' };
    redrawGrid();
    return [...document.querySelectorAll('dt-resultaten .leerling-bar .naam')].map((n) => n.textContent ?? '');
  },
  /** @param {number} n */
  togglePeriod(n) {
    grid.collapsed = { ...grid.collapsed, [n]: !grid.collapsed[n] };
    redrawGrid();
    return grid.collapsed[n];
  },
  /** @param {number} n */
  showPeriod(n) {
    grid.collapsed = { 1: n !== 1, 2: n !== 2, 3: n !== 3 };
    redrawGrid();
  },
  /**
   * @param {string} kolomId
   * @param {number | null} [herkansing]
   */
  rerenderColumn(kolomId, herkansing = null) {
    const lesgroep = currentLesgroep();
    const kolom = lesgroep && LESGROEPEN[lesgroep].kolommen.find((k) => k.id === kolomId && k.herkansing === herkansing);
    const first = kolom
      ? document.querySelector(`dt-resultaat-cell[id^="${CSS.escape(`${kolomId}:`)}"][id$=":${herkansing}"]`)
      : null;
    const column = first?.closest('dt-toetskolom');
    if (!kolom || !lesgroep || !column) return 0;
    const hadFocus = document.activeElement?.matches('input.resultaat-input') ?? false;
    column.outerHTML = toetskolom(kolom, gridStudents(lesgroep, grid), grid);
    const input = grid.activeCellId ? document.getElementById(`${grid.activeCellId}:input`) : null;
    if (hadFocus && input instanceof HTMLInputElement) input.focus();
    return gridStudents(lesgroep, grid).length;
  },
  /** @param {string} id */
  activateCell(id) {
    activate(id);
    return grid.activeCellId === id;
  },
  /** @param {"phone" | "desktop" | "auto"} mode */
  setLayout(mode) {
    layoutMode = mode;
    grid.phone = isPhone();
    redrawGrid();
  },
  rows() {
    const lesgroep = currentLesgroep();
    return lesgroep ? gridStudents(lesgroep, grid).map((s) => ({ name: s.name, uuid: s.uuid, somtodayId: s.somtodayId })) : [];
  },
  gridState() {
    return {
      lesgroep: currentLesgroep(),
      sortering: { ...grid.sortering },
      collapsed: { ...grid.collapsed },
      phone: Boolean(grid.phone),
      phoneTab: grid.phoneTab,
      activeCellId: grid.activeCellId,
    };
  },
  /**
   * Late students: inserted at their sorted positions into the names bar and every column.
   * @param {number} n
   */
  appendRows(n) {
    const lesgroep = currentLesgroep();
    const bar = document.querySelector('dt-resultaten .leerling-bar');
    if (!lesgroep || !bar) return 0;
    const late = manyStudents(n, 20000 + lateCount);
    lateCount += n;
    grid.extraStudents = [...grid.extraStudents, ...late];
    const rows = gridStudents(lesgroep, grid);
    const isLate = new Set(late.map((s) => s.uuid));
    const kolommen = LESGROEPEN[lesgroep].kolommen;
    rows.forEach((s, i) => {
      if (!isLate.has(s.uuid)) return;
      const names = bar.querySelectorAll(':scope > .leerling-container');
      const nameHtml = `<div class="leerling-container"><dt-leerling><dt-avatar></dt-avatar><span class="naam text-content-semi"></span></dt-leerling></div>`;
      if (names[i]) names[i].insertAdjacentHTML('beforebegin', nameHtml);
      else bar.insertAdjacentHTML('beforeend', nameHtml);
      const added = bar.querySelectorAll(':scope > .leerling-container')[i];
      const naam = added?.querySelector('.naam');
      if (naam) naam.textContent = s.name;
      for (const column of document.querySelectorAll('dt-resultaat-periode dt-toetskolom')) {
        const cells = column.querySelectorAll(':scope > dt-resultaat-cell');
        const first = cells[0];
        const k = first && kolommen.find((x) => first.id.startsWith(`${x.id}:`) && first.id.endsWith(`:${x.herkansing}`));
        const markup = k
          ? resultaatCell(k, s, grid)
          : `<dt-resultaat-cell class="resultaat-cell read-only" id="${first?.id.split(':')[0]}:${s.uuid}:null"><span class="resultaat"></span></dt-resultaat-cell>`;
        if (cells[i]) cells[i].insertAdjacentHTML('beforebegin', markup);
        else column.insertAdjacentHTML('beforeend', markup);
      }
    });
    return rows.length;
  },
});

/** Current cell id of a kolom and student (exported for console use). */
Object.assign(demo, { cellId });

window.addEventListener('popstate', onRouteChange);

onRouteChange();
