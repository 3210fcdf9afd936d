/**
 * Trap: the record lives in a same-origin iframe (outer page).
 *
 * frame.html#/leerlingen/<id>/kaart shows a header and, after the render delay, `<iframe id="weergave"
 * title="Leerlingweergave">` whose document (frame-inner.html, see frame-inner.js) renders the record.
 * Nothing of the student is in the outer document: the picker has to teach the inner document,
 * whose address differs from the tab's. The two hashes are kept in step: a change of the outer
 * hash is passed to the frame; the frame passes its own changes up.
 */
import { hashPath, RENDER_DELAY } from './lab.js';

const main = /** @type {Element} */ (document.getElementById('inhoud'));

/** @type {HTMLIFrameElement | undefined} */
let frame;

setTimeout(() => {
  frame = document.createElement('iframe');
  frame.id = 'weergave';
  frame.title = 'Leerlingweergave';
  frame.src = `/teach-lab/frame-inner.html${location.hash}`;
  main.replaceChildren(frame);
  document.documentElement.dataset.labRendered = hashPath();
}, RENDER_DELAY);

addEventListener('hashchange', () => {
  document.documentElement.dataset.labRendered = hashPath();
  const inner = frame?.contentWindow;
  if (inner && inner.location.hash !== location.hash) inner.location.hash = location.hash;
});
