/**
 * The virtualised grid of the MX variant: `<cdk-virtual-scroll-viewport>` (a custom element here)
 * holds a spacer of the full height and a content wrapper with a fixed pool of row elements. On
 * scroll the wrapper moves and every pooled row element is filled in place with another student
 * (name, stamnummer, inputs, marks, average): the same DOM row shows another student afterwards.
 */
import { periodAverage } from './data.js';
import { cellState, VIRTUAL_POOL } from './grid.js';

/** @typedef {import("../../data/students.js").Student} Student */
/** @typedef {{ students: Student[], ctx: import("./grid.js").RowsContext }} VirtualSource */

/** @type {() => VirtualSource | undefined} */
let source = () => undefined;

/** @param {() => VirtualSource | undefined} fn the current grid's students and cell context */
export function setVirtualSource(fn) {
  source = fn;
}

/** Rows kept above the first visible one. */
const BUFFER_ABOVE = 5;

/**
 * Fill a row element in place with a student.
 * @param {Element} row
 * @param {Student} s
 * @param {number} index in the whole list
 * @param {import("./grid.js").RowsContext} ctx
 */
export function fillRow(row, s, index, ctx) {
  row.setAttribute('data-stamnr', s.id);
  row.setAttribute('aria-rowindex', String(index + 2));
  const set = (/** @type {string} */ sel, /** @type {string} */ text) => {
    const el = row.querySelector(sel);
    if (el) el.textContent = text;
  };
  set('.mx-naam', s.name);
  set('.mx-nr', s.id);
  set('.mx-klas', s.klas);
  for (const cell of row.querySelectorAll('.mx-cel')) {
    const k = ctx.kolommen.find((c) => c.code === cell.getAttribute('data-kolom'));
    const input = cell.querySelector('input');
    if (!k || !input) continue;
    const c = cellState(s, k, ctx);
    input.value = c.value;
    input.setAttribute('aria-label', c.label);
    cell.setAttribute('data-markering', c.mark);
    const letter = cell.querySelector('.mx-markering');
    if (letter) letter.textContent = c.letter;
  }
  if (ctx.average !== false) set('.mx-gem', periodAverage(s, ctx.groep, ctx.values, ctx.marks));
}

class VirtualViewport extends HTMLElement {
  constructor() {
    super();
    this.onScroll = () => this.update();
  }

  connectedCallback() {
    this.addEventListener('scroll', this.onScroll, { passive: true });
  }

  disconnectedCallback() {
    this.removeEventListener('scroll', this.onScroll);
  }

  get rowHeight() {
    return Number(this.dataset.rijhoogte) || 32;
  }

  get wrapper() {
    return this.querySelector('.cdk-virtual-scroll-content-wrapper');
  }

  /** Index of the student in the first pooled row. */
  get first() {
    const row = this.wrapper?.querySelector('[aria-rowindex]');
    return row ? Number(row.getAttribute('aria-rowindex')) - 2 : 0;
  }

  /** The list changed length (late rows): spacer and counts follow. */
  resize() {
    const src = source();
    if (!src) return;
    this.dataset.totaal = String(src.students.length);
    const spacer = /** @type {HTMLElement | null} */ (this.querySelector('.cdk-virtual-scroll-spacer'));
    if (spacer) spacer.style.height = `${src.students.length * this.rowHeight}px`;
    this.closest('[role="grid"]')?.setAttribute('aria-rowcount', String(src.students.length + 1));
    this.update(true);
  }

  /** @param {boolean} [force] refill even when the first row did not change */
  update(force = false) {
    const src = source();
    const wrapper = /** @type {HTMLElement | null} */ (this.wrapper);
    if (!src || !wrapper) return;
    const rows = [...wrapper.querySelectorAll(':scope > [role="row"]')];
    const max = Math.max(0, src.students.length - Math.max(rows.length, VIRTUAL_POOL));
    const first = Math.min(max, Math.max(0, Math.floor(this.scrollTop / this.rowHeight) - BUFFER_ABOVE));
    if (!force && first === this.first) return;
    rows.forEach((row, k) => {
      const s = src.students[first + k];
      if (s) fillRow(row, s, first + k, src.ctx);
    });
    wrapper.style.transform = `translateY(${first * this.rowHeight}px)`;
  }

  /**
   * Scroll just enough that row `index` is visible, and recycle the rows now (not on the later
   * scroll event), so a row can be focused right after.
   * @param {number} index
   */
  scrollToIndex(index) {
    const top = index * this.rowHeight;
    if (top < this.scrollTop) this.scrollTop = top;
    else if (top + this.rowHeight > this.scrollTop + this.clientHeight) this.scrollTop = top + this.rowHeight - this.clientHeight;
    this.update();
  }
}

if (!customElements.get('cdk-virtual-scroll-viewport')) customElements.define('cdk-virtual-scroll-viewport', VirtualViewport);
