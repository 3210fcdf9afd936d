/**
 * Trap: the student's name in the markup and the address.
 *
 * names-in-markup.html#/leerlingen/<id>/kaart (and #/leerlingen/<id>/<name-slug>/kaart, with the name
 * in a URL segment) shows a record whose markup carries the name in every form a selector could
 * pick up: the wrapper's class `naam-<slug>` (e.g. `naam-sanne-de-vries`), the section's
 * `aria-label="Leerling de Vries, Sanne"`, `data-leerling="sanne-de-vries"` on the name element and
 * a link to `#/leerlingen/sanne-de-vries/profiel`. A taught selector or route built on any of these
 * would leak the name into the stored profile and fit only this one student; teaching must avoid
 * them and use the stable hooks: `section.dossier`, `h1.leerling-naam`, and the labels
 * Leerlingnummer / Klas / Opleiding of `dl.gegevens`.
 *
 * The slug link's target (#/leerlingen/<slug>/profiel) renders the same record.
 */
import { html, raw } from '../lib/html.js';
import { gegevensHtml, hashPath, mount, nextStudent, notFoundHtml, slug, studentById, studentBySlug } from './lab.js';

/** @typedef {import("../data/students.js").Student} Student */

const root = () => /** @type {Element} */ (document.getElementById('inhoud'));

/**
 * "Sanne de Vries" → "de Vries, Sanne" (first word is the first name).
 * @param {string} name
 * @returns {string}
 */
function surnameFirst(name) {
  const [first, ...rest] = name.trim().split(/\s+/);
  return rest.length ? `${rest.join(' ')}, ${first}` : first;
}

/**
 * Student and address style of the current route.
 * @param {string} path
 * @returns {{ student: Student | undefined, withSlug: boolean }}
 */
function resolve(path) {
  const plain = /^\/leerlingen\/(\d+)\/kaart$/.exec(path);
  if (plain) return { student: studentById(plain[1]), withSlug: false };
  const named = /^\/leerlingen\/(\d+)\/([^/]+)\/kaart$/.exec(path);
  if (named) {
    const student = studentById(named[1]);
    return { student: student && slug(student.name) === named[2] ? student : undefined, withSlug: true };
  }
  const bySlug = /^\/leerlingen\/([^/]*[^/\d][^/]*)\/[^/]+$/.exec(path);
  if (bySlug) return { student: studentBySlug(bySlug[1]), withSlug: true };
  return { student: undefined, withSlug: false };
}

mount(root, () => {
  const path = hashPath();
  const { student, withSlug } = resolve(path);
  if (!student) return notFoundHtml(`Geen leerling op ${path}`);
  const s = slug(student.name);
  const next = nextStudent(student);
  const nextHref = withSlug ? `#/leerlingen/${next.id}/${slug(next.name)}/kaart` : `#/leerlingen/${next.id}/kaart`;
  return html`<div class="leerlingweergave naam-${s}">
  <section class="dossier" aria-label="Leerling ${surnameFirst(student.name)}">
    <h1 class="leerling-naam" data-leerling="${s}">${student.name}</h1>
    ${raw(gegevensHtml(student))}
    <p class="links"><a class="profiel-link" href="#/leerlingen/${s}/profiel">Profiel van ${student.name}</a></p>
    <p class="navigatie"><a class="volgende" href="${nextHref}">Volgende leerling</a></p>
  </section>
</div>`;
});
