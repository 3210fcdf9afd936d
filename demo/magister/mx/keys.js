/**
 * Grade-entry keys of the MX variant, as the vendor documents them: Tab/Shift+Tab, Enter/Shift+Enter
 * and the arrow keys move between cells; in the focused cell Shift+2 marks "telt niet mee", Shift+H
 * "inhalen" and Shift+V "vrijstelling" (again: mark removed). Each handled mark key is logged in
 * `window.__demo.mxKeyLog` ({ key, stamnr, kolom, mark }) so tests can check the host got exactly
 * these keys. In a virtualised grid the viewport scrolls first, so the target row exists.
 */

const INPUT = 'input.mx-invoer';

/**
 * @param {KeyboardEvent} e
 * @returns {"telt-niet-mee" | "inhalen" | "vrijstelling" | undefined}
 */
export function markFor(e) {
  if (!e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return undefined;
  if (e.code === 'Digit2' || e.key === '@' || e.key === '"' || e.key === '2') return 'telt-niet-mee';
  if (e.code === 'KeyH' || e.key === 'H' || e.key === 'h') return 'inhalen';
  if (e.code === 'KeyV' || e.key === 'V' || e.key === 'v') return 'vrijstelling';
  return undefined;
}

/**
 * @param {KeyboardEvent} e
 * @param {HTMLInputElement} input
 * @returns {[number, number]} row step, column step (0, 0: not a move)
 */
function stepFor(e, input) {
  if (e.altKey || e.ctrlKey || e.metaKey) return [0, 0];
  const atStart = (input.selectionStart ?? 0) === 0;
  const atEnd = (input.selectionEnd ?? input.value.length) === input.value.length;
  switch (e.key) {
    case 'Enter':
      return [e.shiftKey ? -1 : 1, 0];
    case 'ArrowDown':
      return [1, 0];
    case 'ArrowUp':
      return [-1, 0];
    case 'ArrowLeft':
      return atStart && !e.shiftKey ? [0, -1] : [0, 0];
    case 'ArrowRight':
      return atEnd && !e.shiftKey ? [0, 1] : [0, 0];
    case 'Tab':
      return [0, e.shiftKey ? -1 : 1];
    default:
      return [0, 0];
  }
}

/**
 * @param {object} hooks
 * @param {(input: HTMLInputElement, mark: string) => void} hooks.onMark toggle a mark on the input's cell
 */
export function installMxKeys({ onMark }) {
  document.addEventListener('keydown', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || !input.matches(INPUT)) return;
    const row = input.closest('[role="row"]');
    const grid = input.closest('[role="grid"]');
    if (!row || !grid) return;
    const mark = markFor(e);
    if (mark) {
      e.preventDefault();
      onMark(input, mark);
      const log = /** @type {any} */ (window).__demo?.mxKeyLog;
      log?.push({ key: e.key, code: e.code, stamnr: row.getAttribute('data-stamnr'), kolom: input.dataset.kolom, mark });
      return;
    }
    let [dr, dc] = stepFor(e, input);
    if (dr === 0 && dc === 0) return;
    const inputs = [...row.querySelectorAll(INPUT)];
    let col = inputs.indexOf(input) + dc;
    let index = Number(row.getAttribute('aria-rowindex')) - 2 + dr;
    if (col < 0 || col >= inputs.length) {
      if (e.key !== 'Tab') return; // arrows stop at the row's edge
      dr = col < 0 ? -1 : 1;
      index += dr;
      col = col < 0 ? inputs.length - 1 : 0;
    }
    const total = Number(grid.getAttribute('aria-rowcount')) - 1;
    if (index < 0 || index >= total) return; // leave the grid: default Tab, nothing for the rest
    e.preventDefault();
    const viewport = /** @type {any} */ (grid.querySelector('cdk-virtual-scroll-viewport'));
    viewport?.scrollToIndex?.(index);
    const target = grid.querySelector(`[role="row"][aria-rowindex="${index + 2}"]`)?.querySelectorAll(INPUT)[col];
    if (target instanceof HTMLInputElement) {
      target.focus({ preventScroll: Boolean(viewport) });
      target.select();
    }
  });
}
