/**
 * Trap: a page routed only by its query string.
 *
 * query.html?pagina=leerling&id=<id> shows the student record; the path never changes and there is
 * no hash. The same file is served at /magister/?lab=query&pagina=leerling&id=<id> (demo/server.js),
 * the path of every genuine demo Magister page. A route taught from this page can only be the
 * path (`^/teach-lab/query\.html…`, or `^/magister/(?=[/?#]|$)` on the Magister path), which would
 * claim every page under it: teaching must refuse such a too-broad, shell-capturing route.
 *
 * "Volgende leerling" is a plain link to the same path with the next student's `id` in the query
 * (a full page load; the other query parameters, such as `lab=query`, are kept).
 */
import { mount, nextStudent, notFoundHtml, recordHtml, studentById } from './lab.js';

const root = () => /** @type {Element} */ (document.getElementById('inhoud'));

mount(
  root,
  () => {
    const params = new URLSearchParams(location.search);
    const student = params.get('pagina') === 'leerling' ? studentById(params.get('id') ?? '') : undefined;
    if (!student) return notFoundHtml('Geen leerling in het adres (verwacht ?pagina=leerling&id=…).');
    const next = new URLSearchParams(params);
    next.set('id', nextStudent(student).id);
    return recordHtml(student, `${location.pathname}?${next}`);
  },
  { route: () => `${location.pathname}${location.search}` },
);
