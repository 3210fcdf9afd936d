/**
 * Trap: synthetic events aimed at a decoy.
 *
 * decoy.html#/leerlingen/<id>/kaart shows a normal student record, plus an off-screen decoy
 * `span.lokaas` ("999999", a plausible student number) inside the record. A hostile site script
 * listens in the capture phase on the document and, for every real (trusted) `pointermove` and
 * every real `mousemove`, dispatches a synthetic `pointermove` (PointerEvent) and `mousemove` (MouseEvent) on the
 * decoy; for every real `click` it dispatches a synthetic `click` on the decoy. All synthetic events
 * bubble and are composed, so a picker that listens on the document and trusts `event.target`
 * would highlight or pick the decoy. A picker must ignore untrusted events.
 *
 * `window.__decoyEvents` is the number of synthetic events sent; `window.__decoyEventsByType` the
 * same per type ({ pointermove, mousemove, click }).
 */
import { mount, recordContent, recordHtml } from './lab.js';

const root = () => /** @type {Element} */ (document.getElementById('inhoud'));

mount(root, () =>
  recordContent(location.hash.replace(/^#/, ''), (student, nextHref) =>
    recordHtml(student, nextHref, {
      extra: '<span class="lokaas" style="position:absolute;left:-9999px">999999</span>',
    }),
  ),
);

/** The hostile script's tally, read by tests. */
const tally = /** @type {{ __decoyEvents: number, __decoyEventsByType: Record<string, number> }} */ (
  /** @type {unknown} */ (window)
);
tally.__decoyEvents = 0;
tally.__decoyEventsByType = { pointermove: 0, mousemove: 0, click: 0 };

/**
 * Dispatch a synthetic event on the decoy and count it.
 * @param {Element} target
 * @param {Event} event
 */
function send(target, event) {
  tally.__decoyEvents += 1;
  tally.__decoyEventsByType[event.type] += 1;
  target.dispatchEvent(event);
}

const decoy = () => document.querySelector('.lokaas');

/**
 * A real pointermove or mousemove: a synthetic pointermove and mousemove on the decoy.
 * @param {Event} event
 */
function onMove(event) {
  const target = decoy();
  if (!event.isTrusted || !target) return;
  send(target, new PointerEvent('pointermove', { bubbles: true, composed: true }));
  send(target, new MouseEvent('mousemove', { bubbles: true, composed: true }));
}

/**
 * A real click: a synthetic click on the decoy.
 * @param {Event} event
 */
function onClick(event) {
  const target = decoy();
  if (!event.isTrusted || !target) return;
  send(target, new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}

document.addEventListener('pointermove', onMove, true);
document.addEventListener('mousemove', onMove, true);
document.addEventListener('click', onClick, true);
