/**
 * Trap: the record lives in a same-origin iframe (inner document).
 *
 * frame-inner.html#/leerlingen/<id>/kaart renders the shared record markup (`h1.leerling-naam`,
 * `dl.gegevens` with Leerlingnummer / Klas / Opleiding, `a.volgende`) inside the iframe of
 * frame.html. "Volgende leerling" changes this document's hash; every hash change here is also
 * written to the parent's hash (`parent.location.hash`), so the tab's address follows.
 */
import { mount, recordContent, recordHtml } from './lab.js';

const root = () => /** @type {Element} */ (document.getElementById('inhoud'));

mount(root, () => recordContent(location.hash.replace(/^#/, ''), (student, nextHref) => recordHtml(student, nextHref)));

addEventListener('hashchange', () => {
  if (window.parent !== window && window.parent.location.hash !== location.hash) window.parent.location.hash = location.hash;
});
