/**
 * Writes the saved look-alike pages the host-layer unit tests run against:
 * tests/fixtures/{magister,somtoday}/*.html plus tests/fixtures/fixtures.json (file → URL → what it shows).
 *
 * Pages come from the demo school's pure view builders (demo/*\/views.js), so fixtures follow
 * /work/shared/hosts-reference.md; variants (label spellings, reordered fields, missing fields,
 * late render, …) are string transforms that fail loudly when the demo markup drifts.
 * The 1000-row grids are not stored: tests build them from the same builders.
 *
 *   npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { findStudentById } from '../demo/data/students.js';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as magister from '../demo/magister/views.js';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as somtoday from '../demo/somtoday/views.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests', 'fixtures');

export interface FixtureInfo {
  /** Path under tests/fixtures. */
  file: string;
  /** The URL the page is shown at. */
  url: string;
  /** What detection must say: a page type, 'pending' (late render) or 'none' (no UI at all). */
  expect: 'studentRecord' | 'gradeEntry' | 'mentorList' | 'logboek' | 'absence' | 'pending' | 'none';
  note: string;
}

const manifest: FixtureInfo[] = [];

/** Replaces exactly one occurrence; throws when the demo markup no longer contains `from`. */
function once(html: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? html.split(from).length - 1 : (html.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`make-fixtures: expected one ${String(from)}, found ${count}`);
  return html.replace(from, to);
}

/** No external stylesheet (happy-dom would try to load it) and no scripts. */
function clean(html: string): string {
  return html.replace(/<link rel="stylesheet"[^>]*>\n?/g, '').replace(/<script[\s\S]*?<\/script>\n?/g, '');
}

function write(host: 'magister' | 'somtoday', name: string, html: string, info: Omit<FixtureInfo, 'file'>): void {
  const file = `${host}/${name}.html`;
  mkdirSync(join(out, host), { recursive: true });
  writeFileSync(join(out, file), clean(html));
  manifest.push({ file, ...info });
}

// ---------------------------------------------------------------- Magister
const M = 'https://demo.magister.net/magister/';
const mPage = (hash: string, opts?: { dark?: boolean }): string => magister.pageForRoute(hash, opts);
const mView = (view: string, opts?: { dark?: boolean }): string => magister.page(view, opts);

write('magister', 'record', mPage('#/leerlingen/48213/kaart'), {
  url: `${M}#/leerlingen/48213/kaart`,
  expect: 'studentRecord',
  note: 'leerlingkaart, all fields (3 havo, profiel, 4 results, 2 absences)',
});
write('magister', 'record-dark', mPage('#/leerlingen/51877/kaart', { dark: true }), {
  url: `${M}#/leerlingen/51877/kaart`,
  expect: 'studentRecord',
  note: 'dark mode: <html class="dark">',
});
{
  let html = mPage('#/leerlingen/48213/kaart');
  html = once(html, '<dt>Stamnummer</dt>', '<dt>Stamnummer:</dt>');
  html = once(html, '<dt>Klas</dt>', '<dt> KLAS </dt>');
  html = once(html, '<dt>Studie</dt>', '<dt>studie</dt>');
  html = once(html, '<dt>Mentor</dt>', '<dt>Mentor :</dt>');
  html = once(html, '<dt>Profiel</dt>', '<dt>PROFIEL:</dt>');
  html = once(html, ' data-leerling-id="48213"', '');
  write('magister', 'record-labels', html, {
    url: `${M}?delay=0#/leerlingen/48213/kaart`,
    expect: 'studentRecord',
    note: 'label variants (colon, case, spaces); no data-leerling-id, so the id comes from "Stamnummer:"',
  });
}
{
  // Label formats: a wrapped label, inline "Label: value", a bold label followed by text.
  let html = mPage('#/leerlingen/48213/kaart');
  html = once(html, '<dt>Klas</dt>', '<dt><strong>Klas</strong></dt>');
  html = once(html, /\s*<dt>Studie<\/dt><dd>3 havo<\/dd>/, '');
  html = once(html, /\s*<dt>Mentor<\/dt><dd>J\. Bakker<\/dd>/, '');
  html = once(
    html,
    '</dl>',
    '</dl>\n      <div class="extra">Studie: 3 havo</div>\n      <p class="extra"><b>Mentor:</b> J. Bakker</p>',
  );
  write('magister', 'record-label-formats', html, {
    url: `${M}#/leerlingen/48213/kaart`,
    expect: 'studentRecord',
    note: 'wrapped label (<dt><strong>Klas</strong>), inline "Studie: 3 havo", "<b>Mentor:</b> J. Bakker"',
  });
}
{
  // Reordered dt/dd pairs: profiel first, stamnummer last.
  const html = mPage('#/leerlingen/48213/kaart').replace(
    /(<dl class="leerling-gegevens">)([\s\S]*?)(\s*<\/dl>)/,
    (_m, open, body, close) => {
      const pairs = body.match(/\s*<dt>[^<]*<\/dt><dd>[^<]*<\/dd>/g) ?? [];
      if (pairs.length !== 5) throw new Error('make-fixtures: expected 5 dt/dd pairs');
      return `${open}${[...pairs].reverse().join('')}${close}`;
    },
  );
  write('magister', 'record-reordered', html, {
    url: `${M}#/leerlingen/48213/kaart`,
    expect: 'studentRecord',
    note: 'dt/dd pairs in reverse order',
  });
}
{
  // Daan (no profiel), and no mentor, no results, no absences.
  let html = mPage('#/leerlingen/48220/kaart');
  html = once(html, /\s*<dt>Mentor<\/dt><dd>[^<]*<\/dd>/, '');
  html = once(html, /\s*<div id="cijfers-container">[\s\S]*?<\/tbody><\/table><\/div>\s*<\/div>/, '');
  html = once(html, /\s*<div id="absenties-container">.*?<\/div>/, '');
  write('magister', 'record-minimal', html, {
    url: `${M}#/leerlingen/48220/kaart`,
    expect: 'studentRecord',
    note: 'missing optional fields: no Profiel, no Mentor, no results, no absences',
  });
}
write('magister', 'record-markup-name', mPage('#/leerlingen/48231/kaart'), {
  url: `${M}#/leerlingen/48231/kaart`,
  expect: 'studentRecord',
  note: 'markup-like name <img src=x onerror=alert(1)> as literal text',
});
write('magister', 'record-mbo', mPage('#/leerlingen/53001/kaart'), {
  url: `${M}#/leerlingen/53001/kaart`,
  expect: 'studentRecord',
  note: 'mbo student: "MBO Verpleegkunde niv. 4", klas VPK4A',
});
write('magister', 'record-hbo', mPage('#/leerlingen/53012/kaart'), {
  url: `${M}#/leerlingen/53012/kaart`,
  expect: 'studentRecord',
  note: 'hbo student: "HBO jaar 1", klas HBO-ICT1',
});
write('magister', 'record-loading', mView(magister.loading()), {
  url: `${M}#/leerlingen/48213/kaart`,
  expect: 'pending',
  note: 'late render: the view root still shows the loading mask',
});
write('magister', 'grade-entry', mPage('#/cijfers/invoeren/4v.sk1/1'), {
  url: `${M}#/cijfers/invoeren/4v.sk1/1`,
  expect: 'gradeEntry',
  note: 'cijfers invoeren, Scheikunde 4v.sk1, 31 rows',
});
write('magister', 'grade-entry-loading', mView(magister.loading(), { dark: true }), {
  url: `${M}#/cijfers/invoeren/4v.sk1/1`,
  expect: 'pending',
  note: 'late render of the grade entry (dark)',
});
write('magister', 'mentor-list', mPage('#/mentor/leerlingen'), {
  url: `${M}#/mentor/leerlingen`,
  expect: 'mentorList',
  note: 'mentor group of J. Bakker',
});
write('magister', 'logboek', mPage('#/leerlingen/48213/logboek'), {
  url: `${M}#/leerlingen/48213/logboek`,
  expect: 'logboek',
  note: 'logboek (LVS) of Sanne',
});
write('magister', 'absence', mPage('#/afwezigheid/3H2'), {
  url: `${M}#/afwezigheid/3H2`,
  expect: 'absence',
  note: 'absence overview of klas 3H2',
});
write('magister', 'vandaag', mPage('#/vandaag'), { url: `${M}#/vandaag`, expect: 'none', note: 'unrelated route' });
write('magister', 'agenda', mPage('#/agenda'), { url: `${M}#/agenda`, expect: 'none', note: 'unrelated route' });
write('magister', 'login', readFileSync(join(root, 'demo', 'login', 'magister.html'), 'utf8'), {
  url: 'https://accounts.magister.net/account/login?sessionId=abc',
  expect: 'none',
  note: 'login page (excluded host)',
});

// ---------------------------------------------------------------- Somtoday
const S = 'https://docent.somtoday.nl';
const MOHAMMED = '6f1c2a9e-3b7d-4c15-9e08-5d2f41a7b6c3';
const sPage = (path: string, opts?: { dark?: boolean }): string => somtoday.pageForRoute(path, opts);
const sView = (main: string, opts?: { dark?: boolean }): string => somtoday.page(main, opts);
const uuidOf = (id: string): string => {
  const uuid: string | undefined = findStudentById(id)?.uuid;
  if (!uuid) throw new Error(`make-fixtures: no student ${id}`);
  return uuid;
};

write('somtoday', 'dossier', sPage(`/leerlingen/${MOHAMMED}/dossier`), {
  url: `${S}/leerlingen/${MOHAMMED}/dossier`,
  expect: 'studentRecord',
  note: 'leerlingdossier, all fields (4 vwo, profiel, 5 results, 0 absences)',
});
write('somtoday', 'dossier-dark', sPage(`/leerlingen/${MOHAMMED}/dossier`, { dark: true }), {
  url: `${S}/leerlingen/${MOHAMMED}/dossier`,
  expect: 'studentRecord',
  note: 'dark mode: <html class="dark">',
});
{
  let html = sPage(`/leerlingen/${MOHAMMED}/dossier`);
  html = once(html, '<span class="label">Leerlingnummer</span>', '<span class="label">Leerlingnummer:</span>');
  html = once(html, '<span class="label">Stamgroep</span>', '<span class="label">  stamgroep </span>');
  html = once(html, '<span class="label">Opleiding</span>', '<span class="label">OPLEIDING</span>');
  html = once(html, '<span class="label">Mentor</span>', '<span class="label">Mentor:</span>');
  html = once(html, ` data-leerling-uuid="${MOHAMMED}"`, '');
  write('somtoday', 'dossier-labels', html, {
    url: `${S}/leerlingen/${MOHAMMED}/dossier/`,
    expect: 'studentRecord',
    note: 'label variants; no data-leerling-uuid, so the id comes from "Leerlingnummer:" (102934)',
  });
}
{
  const html = sPage(`/leerlingen/${MOHAMMED}/dossier`).replace(
    /(<div class="kenmerken">)([\s\S]*?)(\s*<\/div>)/,
    (_m, open, body, close) => {
      const pairs = body.match(/\s*<span class="kenmerk">.*?<\/span><\/span>/g) ?? [];
      if (pairs.length !== 5) throw new Error('make-fixtures: expected 5 kenmerken');
      return `${open}${[...pairs].reverse().join('')}${close}`;
    },
  );
  write('somtoday', 'dossier-reordered', html, {
    url: `${S}/leerlingen/${MOHAMMED}/dossier`,
    expect: 'studentRecord',
    note: 'kenmerk pairs in reverse order',
  });
}
{
  const zoe = uuidOf('50312');
  let html = sPage(`/leerlingen/${zoe}/dossier`);
  html = once(html, /\s*<span class="kenmerk"><span class="label">Mentor<\/span>.*?<\/span><\/span>/, '');
  html = once(
    html,
    /\s*<h3 class="sectie-titel">Laatste resultaten<\/h3>\s*<sl-laatsteresultaten>[\s\S]*?<\/sl-laatsteresultaten>/,
    '',
  );
  html = once(html, /\s*<sl-registratie-overzicht>.*?<\/sl-registratie-overzicht>/, '');
  write('somtoday', 'dossier-minimal', html, {
    url: `${S}/leerlingen/${zoe}/dossier`,
    expect: 'studentRecord',
    note: 'missing optional fields: no Profiel, no Mentor, no results, no absences (2 vmbo-t)',
  });
}
write('somtoday', 'dossier-markup-name', sPage(`/leerlingen/${uuidOf('48231')}/dossier`), {
  url: `${S}/leerlingen/${uuidOf('48231')}/dossier`,
  expect: 'studentRecord',
  note: 'markup-like name as literal text',
});
write('somtoday', 'dossier-mbo', sPage(`/leerlingen/${uuidOf('53001')}/dossier`), {
  url: `https://demoschool.somtoday.nl/leerlingen/${uuidOf('53001')}/dossier`,
  expect: 'studentRecord',
  note: 'mbo student on a <school>.somtoday.nl host',
});
write('somtoday', 'dossier-hbo', sPage(`/leerlingen/${uuidOf('53012')}/dossier`), {
  url: `${S}/leerlingen/${uuidOf('53012')}/dossier`,
  expect: 'studentRecord',
  note: 'hbo student: "HBO jaar 1"',
});
write('somtoday', 'dossier-loading', sView(somtoday.loading()), {
  url: `${S}/leerlingen/${MOHAMMED}/dossier`,
  expect: 'pending',
  note: 'late render: <main> still shows hmy-loader',
});
write('somtoday', 'resultaten', sPage('/toetsen/ges-so-ko/resultaten'), {
  url: `${S}/toetsen/ges-so-ko/resultaten`,
  expect: 'gradeEntry',
  note: 'resultaten invoeren, Geschiedenis SO Koude Oorlog, 31 rows',
});
write('somtoday', 'resultaten-loading', sView(somtoday.loading()), {
  url: `${S}/toetsen/ges-so-ko/resultaten`,
  expect: 'pending',
  note: 'late render of the grade entry',
});
write('somtoday', 'mentor-leerlingen', sPage('/mentor/leerlingen'), {
  url: `${S}/mentor/leerlingen`,
  expect: 'mentorList',
  note: 'mentor group of J. Bakker',
});
write('somtoday', 'klassenboek', sPage('/klassenboek/4v.gs1', { dark: true }), {
  url: `${S}/klassenboek/4v.gs1`,
  expect: 'logboek',
  note: 'klassenboek of 4v.gs1 (dark)',
});
write('somtoday', 'vandaag', sPage('/'), { url: `${S}/`, expect: 'none', note: 'unrelated route' });
write('somtoday', 'rooster', sPage('/rooster'), { url: `${S}/rooster`, expect: 'none', note: 'unrelated route' });
write('somtoday', 'login', readFileSync(join(root, 'demo', 'login', 'somtoday.html'), 'utf8'), {
  url: 'https://inloggen.somtoday.nl/?0',
  expect: 'none',
  note: 'login page (excluded host)',
});

writeFileSync(join(out, 'fixtures.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`make-fixtures: ${manifest.length} fixtures in ${out}`);
