/**
 * Document inside the iframe of the Magister record view (#/leerlingen/{id}/kaart-frame):
 * /magister/frame.html#/leerlingen/{id}/kaart renders `section.leerling-kaart` into `.container`
 * after the `?delay=` of its own URL, and again on every hash change. It follows the parent's dark
 * mode. `data-demo-rendered` on its <html> marks a finished render.
 */
import { findStudentById } from '../data/students.js';
import { parseDelay } from '../lib/runtime.js';
import { notFound, parseRoute, studentRecord } from './views.js';

const { min, max } = parseDelay(location.search);
let token = 0;

function syncDark() {
  try {
    const dark = window.parent !== window && window.parent.document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', dark);
  } catch {
    // not same origin: keep light
  }
}

function render() {
  const mine = ++token;
  delete document.documentElement.dataset.demoRendered;
  const container = /** @type {Element} */ (document.querySelector('.container'));
  container.replaceChildren();
  const ms = max <= 0 ? 0 : min + Math.round(Math.random() * (max - min));
  const draw = () => {
    if (mine !== token) return;
    const route = parseRoute(location.hash);
    const student = route.name === 'kaart' ? findStudentById(route.params.id) : undefined;
    const markup = student ? studentRecord(student) : notFound('Leerlingkaart', 'Leerling niet gevonden.');
    container.innerHTML = markup.replace(/^<dna-page-header[^>]*><\/dna-page-header>\s*/, '');
    syncDark();
    document.documentElement.dataset.demoRendered = route.path;
  };
  if (ms <= 0) draw();
  else setTimeout(draw, ms);
}

window.addEventListener('hashchange', render);
try {
  if (window.parent !== window) {
    new MutationObserver(syncDark).observe(window.parent.document.documentElement, {
      attributes: true,
      attributeFilter: ['class'],
    });
  }
} catch {
  // not same origin
}
render();
