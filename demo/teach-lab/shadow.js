/**
 * Trap: the record lives in an open shadow root.
 *
 * shadow.html#/leerlingen/<id>/kaart has a custom element `<lab-leerlingkaart>` in its main; the
 * element attaches an open shadow root (attachShadow({ mode: 'open' })) and the record renders
 * inside it: `section.kaart` with the name in `h2.naam`, the labelled list `dl.gegevens`
 * (Leerlingnummer / Klas / Opleiding) and the link `a.volgende` ("Volgende leerling"). Nothing of the
 * student is in the light DOM; `document.querySelector` cannot see it, and a click inside reports
 * the host element as its target outside the shadow root (use `composedPath()`).
 */

import { html, raw } from '../lib/html.js';
import { gegevensHtml, mount, recordContent } from './lab.js';

class LabLeerlingkaart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

customElements.define('lab-leerlingkaart', LabLeerlingkaart);

const host = /** @type {LabLeerlingkaart} */ (document.querySelector('lab-leerlingkaart'));

mount(
  () => /** @type {ShadowRoot} */ (host.shadowRoot),
  () =>
    `<link rel="stylesheet" href="/teach-lab/lab.css">${recordContent(
      location.hash.replace(/^#/, ''),
      (student, nextHref) => html`<section class="kaart" aria-labelledby="naam">
  <h2 class="naam" id="naam">${student.name}</h2>
  ${raw(gegevensHtml(student))}
  <p class="navigatie"><a class="volgende" href="${nextHref}">Volgende leerling</a></p>
</section>`,
    )}`,
);
