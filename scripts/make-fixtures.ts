/**
 * Writes the saved look-alike pages the host-layer unit tests run against:
 * tests/fixtures/{magister,somtoday}/*.html plus tests/fixtures/fixtures.json (file → URL → what it shows,
 * plus ground truth from the demo data where a test needs it: student, rows, subject, frames).
 * Old files in tests/fixtures/somtoday/ are deleted first (the Somtoday half follows Somtoday Docent).
 *
 * Pages come from the demo school's pure view builders (demo/*\/views.js), so fixtures follow
 * /work/shared/hosts-reference.md; variants (label spellings, reordered fields, missing fields,
 * late render, …) are string transforms that fail loudly when the demo markup drifts.
 * The 1000-row grids are not stored: tests build them from the same builders.
 *
 *   npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { findStudentById, students } from '../demo/data/students.js';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as magister from '../demo/magister/views.js';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as somtoday from '../demo/somtoday/views.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests', 'fixtures');
rmSync(join(out, 'somtoday'), { recursive: true, force: true });

export interface FixtureInfo {
  /** Path under tests/fixtures. */
  file: string;
  /** The URL the page is shown at. */
  url: string;
  /** What detection must say: a page type, 'pending' (late render) or 'none' (no UI at all). */
  expect: 'studentRecord' | 'gradeEntry' | 'mentorList' | 'logboek' | 'absence' | 'pending' | 'none';
  note: string;
  /** Ground truth of a student record, from the demo data (Somtoday: id = numeric id from the URL). */
  student?: { id: string; uuid?: string; name: string; klas?: string; study?: string; pills?: string[] };
  /** First rows of a list or grid in page order (grade entry: name + uuid; mentor list: name + numeric id + uuid). */
  rows?: { name: string; uuid?: string; id?: string }[];
  /** Grade entry: the subject and the lesgroep name it is derivable from. */
  subject?: string;
  lesgroep?: string;
  /** Grade entry: id of the cell that holds the input. */
  activeCell?: string;
  /** Same-origin iframes of the page, saved as separate fixture files. */
  frames?: { selector: string; file: string; url: string }[];
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
  if (manifest.some((f) => f.file === file)) throw new Error(`make-fixtures: ${file} twice`);
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
// ?variant=2027: markup changed by an imagined vendor redesign; the shipped profile finds no root.
const V = 'https://demo.magister.net/magister/?variant=2027';
write('magister', 'record-2027', magister.pageForRoute('#/leerlingen/48213/kaart', { variant: '2027' }), {
  url: `${V}#/leerlingen/48213/kaart`,
  expect: 'pending',
  note: 'variant 2027 leerlingkaart (Sanne): other classes, wrappers, labels; no data-leerling-id',
});
write('magister', 'record-2027-daan', magister.pageForRoute('#/leerlingen/48220/kaart', { variant: '2027' }), {
  url: `${V}#/leerlingen/48220/kaart`,
  expect: 'pending',
  note: 'variant 2027 leerlingkaart of a second student (Daan)',
});
write('magister', 'grade-entry-2027', magister.pageForRoute('#/cijfers/invoeren/4v.sk1/1', { variant: '2027' }), {
  url: `${V}#/cijfers/invoeren/4v.sk1/1`,
  expect: 'pending',
  note: 'variant 2027 cijfers invoeren 4v.sk1: rows tr.raster-rij with data-nummer',
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
{
  // Record inside a same-origin iframe: the outer page and the iframe's document are two files.
  const sanne = findStudentById('48213');
  const frameUrl = `https://demo.magister.net${magister.FRAME_PATH}#/leerlingen/48213/kaart`;
  const outer = once(
    mPage('#/leerlingen/48213/kaart-frame'),
    `src="${magister.FRAME_PATH}#/leerlingen/48213/kaart"`,
    'src="record-iframe-frame.html"',
  );
  write('magister', 'record-iframe', outer, {
    url: `${M}#/leerlingen/48213/kaart-frame`,
    expect: 'none',
    note: 'record in a same-origin iframe (.view > iframe): the outer page has only the header and gets no UI (the content script in the frame shows the card); attach magister/record-iframe-frame.html as the iframe document (its src points at that file name)',
    student: { id: sanne.id, name: sanne.name, klas: sanne.klas, study: sanne.studie },
    frames: [{ selector: '.view > iframe', file: 'magister/record-iframe-frame.html', url: frameUrl }],
  });
  write('magister', 'record-iframe-frame', magister.framePage(sanne), {
    url: frameUrl,
    expect: 'studentRecord',
    note: 'the iframe document of record-iframe.html on its own: section.leerling-kaart',
    student: { id: sanne.id, name: sanne.name, klas: sanne.klas, study: sanne.studie },
  });
}
{
  // dna-page-header with its title only inside an open shadow root (declarative shadow DOM; a parser
  // that ignores <template shadowrootmode> leaves the title in a <template>).
  const sanne = findStudentById('48213');
  const html = once(
    mPage('#/leerlingen/48213/kaart'),
    '<dna-page-header heading="Leerlingkaart"></dna-page-header>',
    '<dna-page-header><template shadowrootmode="open"><h1 part="title">Leerlingkaart</h1></template></dna-page-header>',
  );
  write('magister', 'record-shadow-header', html, {
    url: `${M}#/leerlingen/48213/kaart`,
    expect: 'studentRecord',
    note: 'dna-page-header without a heading attribute: the title "Leerlingkaart" is only in its open shadow root (declarative <template shadowrootmode="open">)',
    student: { id: sanne.id, name: sanne.name, klas: sanne.klas, study: sanne.studie },
  });
}
write('magister', 'login', readFileSync(join(root, 'demo', 'login', 'magister.html'), 'utf8'), {
  url: 'https://accounts.magister.net/account/login?sessionId=abc',
  expect: 'none',
  note: 'login page (excluded host)',
});

// ---------------------------------------------------------------- Somtoday Docent
const S = 'https://docent.somtoday.nl';
type DemoStudent = { id: string; uuid: string; somtodayId: string; name: string; klas: string; studie: string };
const sPage = (path: string, opts?: { dark?: boolean; grid?: object }): string => somtoday.pageForRoute(path, opts);
const sView = (view: string, opts?: { dark?: boolean }): string => somtoday.page(view, opts);
const byMagisterId = (id: string): DemoStudent => {
  const s: DemoStudent | undefined = findStudentById(id);
  if (!s) throw new Error(`make-fixtures: no student ${id}`);
  return s;
};
const record = (s: DemoStudent, tab = 'profiel'): string => `/mentordashboard/leerling/${s.somtodayId}/${tab}`;
/** Ground truth of a record: the numeric id from the URL, the name, and the two unlabelled pills. */
const truth = (s: DemoStudent, withStudy = true) => ({
  id: s.somtodayId,
  uuid: s.uuid,
  name: s.name,
  klas: s.klas,
  study: withStudy ? s.studie : undefined,
  pills: (somtoday.pillTexts(s) as string[]).filter((t) => t === s.klas || (withStudy && t === s.studie)),
});

const MOHAMMED = byMagisterId('51877');
write('somtoday', 'profiel', sPage(record(MOHAMMED)), {
  url: `${S}${record(MOHAMMED)}`,
  expect: 'studentRecord',
  note: 'leerlingkaart (tab profiel): dt-leerling-personalia with span.naam and two unlabelled hmy-pills (klas first)',
  student: truth(MOHAMMED),
});
{
  const noa = (students as DemoStudent[]).find(
    (s) => (somtoday.pillTexts(s) as string[])[0] === s.studie && /vwo|havo/.test(s.studie),
  );
  if (!noa) throw new Error('make-fixtures: no student with swapped pills');
  write('somtoday', 'profiel-pills-swapped', sPage(record(noa)), {
    url: `${S}${record(noa)}`,
    expect: 'studentRecord',
    note: `pills in the other order: study ("${noa.studie}") before klas ("${noa.klas}")`,
    student: truth(noa),
  });
}
write('somtoday', 'profiel-dark', sPage(record(byMagisterId('48213')), { dark: true }), {
  url: `${S}${record(byMagisterId('48213'))}`,
  expect: 'studentRecord',
  note: 'dark mode: <html class="dark">',
  student: truth(byMagisterId('48213')),
});
write('somtoday', 'profiel-markup-name', sPage(record(byMagisterId('48231'))), {
  url: `${S}${record(byMagisterId('48231'))}`,
  expect: 'studentRecord',
  note: 'markup-like name <img src=x onerror=alert(1)> as literal text',
  student: truth(byMagisterId('48231')),
});
write('somtoday', 'profiel-mbo', sPage(record(byMagisterId('53001'))), {
  url: `https://docent.acceptatie.somtoday.nl${record(byMagisterId('53001'))}`,
  expect: 'studentRecord',
  note: 'mbo student ("MBO Verpleegkunde niv. 4", VPK4A) on the acceptance host *.acceptatie.somtoday.nl',
  student: truth(byMagisterId('53001')),
});
write('somtoday', 'profiel-hbo', sPage(record(byMagisterId('53012'))), {
  url: `${S}${record(byMagisterId('53012'))}`,
  expect: 'studentRecord',
  note: 'hbo student ("HBO jaar 1", HBO-ICT1)',
  student: truth(byMagisterId('53012')),
});
{
  const zoe = byMagisterId('50312');
  const html = once(sPage(record(zoe)), `<hmy-pill class="label"><span>${zoe.studie}</span></hmy-pill>`, '');
  write('somtoday', 'profiel-no-study', html, {
    url: `${S}${record(zoe)}`,
    expect: 'studentRecord',
    note: 'only the stamgroep pill ("2T1"): the study pill is missing',
    student: truth(zoe, false),
  });
}
write('somtoday', 'profiel-loading', sView(somtoday.loadingView(somtoday.parseRoute(record(MOHAMMED)))), {
  url: `${S}${record(MOHAMMED)}`,
  expect: 'pending',
  note: 'late render: dt-mentordashboard shell with hmy-spinner, no dt-leerling-personalia yet',
});
write('somtoday', 'overzicht', sPage(record(MOHAMMED, 'overzicht')), {
  url: `${S}${record(MOHAMMED, 'overzicht')}`,
  expect: 'studentRecord',
  note: 'tab leerlingoverzicht: name only in the header (dt-groep-leerling-header-navigatie .naam), no pills; id from the URL',
  student: { id: MOHAMMED.somtodayId, uuid: MOHAMMED.uuid, name: MOHAMMED.name },
});
write('somtoday', 'resultaten', sPage(record(MOHAMMED, 'resultaten')), {
  url: `${S}${record(MOHAMMED, 'resultaten')}`,
  expect: 'studentRecord',
  note: 'tab resultaten: name only in the header, results per subject; id from the URL',
  student: { id: MOHAMMED.somtodayId, uuid: MOHAMMED.uuid, name: MOHAMMED.name },
});

type Item = { student: DemoStudent; aantal: number };
const overviewRows = (list: DemoStudent[]) =>
  (somtoday.groepsoverzichtCategorieen(list) as { leerlingen: Item[] }[])
    .flatMap((c) => c.leerlingen)
    .slice(0, 3)
    .map(({ student }) => ({ name: student.name, id: student.somtodayId, uuid: student.uuid }));
write('somtoday', 'stamgroep', sPage('/mentordashboard/stamgroep/3102'), {
  url: `${S}/mentordashboard/stamgroep/3102`,
  expect: 'none',
  note: 'groepsoverzicht of stamgroep 3H2: dt-groepsoverzicht-leerling items (span.leerling-naam) per registration category, a student may appear in several; no link or id in the DOM (a click opens a sidebar), so no student-linked UI',
  rows: overviewRows(somtoday.stamgroepStudents('3102')),
});
write('somtoday', 'gezamenlijk-overzicht', sPage('/mentordashboard/gezamenlijk-overzicht', { dark: true }), {
  url: `${S}/mentordashboard/gezamenlijk-overzicht`,
  expect: 'none',
  note: 'gezamenlijk overzicht of all mentor groups (3H2, V4B), dark; like the stamgroep overview no student id in the DOM',
  rows: overviewRows(somtoday.mentorStudents()),
});

const LESGROEP = '70412';
const VD = `/resultaten/voortgangsdossier/${LESGROEP}`;
const gridRows = (grid: object = {}) =>
  (somtoday.gridStudents(LESGROEP, grid) as DemoStudent[]).slice(0, 3).map((s) => ({ name: s.name, uuid: s.uuid }));
const gradeTruth = (grid: object = {}) => ({
  subject: somtoday.LESGROEPEN[LESGROEP].vak as string,
  lesgroep: somtoday.LESGROEPEN[LESGROEP].naam as string,
  rows: gridRows(grid),
});
write('somtoday', 'voortgangsdossier', sPage(VD), {
  url: `${S}${VD}`,
  expect: 'gradeEntry',
  note: 'voortgangsdossier 4V.gs1 (Geschiedenis), 31 students sorted on achternaam, 3 periods, cells id="{kolomId}:{uuid}:null" (retake column ":1"), read-only rapportcijfer cells',
  ...gradeTruth(),
});
{
  const grid = { sortering: { veld: 'voornaam', order: 'DESC' } };
  write('somtoday', 'voortgangsdossier-sorted', sPage(VD, { grid }), {
    url: `${S}${VD}`,
    expect: 'gradeEntry',
    note: 'second sort order (voornaam Z-A): names and every column reordered together',
    ...gradeTruth(grid),
  });
}
{
  // A data refresh of column SO2 (kolom 50201): new values for the first three students.
  const first = somtoday.gridStudents(LESGROEP) as DemoStudent[];
  const values = Object.fromEntries(first.slice(0, 3).map((s, i) => [`50201:${s.uuid}:null`, ['5,9', '7,3', '8,0'][i]]));
  write('somtoday', 'voortgangsdossier-rerendered', sPage(VD, { grid: { values } }), {
    url: `${S}${VD}`,
    expect: 'gradeEntry',
    note: 'column SO2 (50201) after a data refresh: new values 5,9 / 7,3 / 8,0 for the first three students',
    ...gradeTruth(),
  });
}
{
  const first = (somtoday.gridStudents(LESGROEP) as DemoStudent[])[1] as DemoStudent;
  const grid = { activeCellId: `50202:${first.uuid}:null`, activeValue: '6,' };
  const html = sPage(VD, { grid });
  once(html, 'class="resultaat-input"', 'class="resultaat-input"');
  write('somtoday', 'voortgangsdossier-input', html, {
    url: `${S}${VD}`,
    expect: 'gradeEntry',
    note: `the active cell 50202:${first.uuid}:null (second student, column PW2) holds input.resultaat-input#{cellId}:input with "6," typed`,
    ...gradeTruth(),
    activeCell: grid.activeCellId,
  });
}
write('somtoday', 'voortgangsdossier-phone', sPage(VD, { grid: { phone: true } }), {
  url: `${S}${VD}?layout=phone`,
  expect: 'gradeEntry',
  note: 'phone layout: tabs "Leerlingen" / "Toetsen", names only and no dt-resultaat-cell: recognised, but no student id on the page, so no rows and no cues',
});
write('somtoday', 'voortgangsdossier-loading', sView(somtoday.loadingView(somtoday.parseRoute(VD))), {
  url: `${S}${VD}`,
  expect: 'pending',
  note: 'late render: dt-header[titel="Voortgangsdossier"] without span.lesgroep, hmy-spinner',
});
write('somtoday', 'registratie', sPage('/rooster/les/881201/registratie'), {
  url: `${S}/rooster/les/881201/registratie`,
  expect: 'none',
  note: 'lesson registration: dt-leerling-list-registratie rows with dt-leerling span.naam and no id',
});
write('somtoday', 'vandaag', sPage('/'), { url: `${S}/`, expect: 'none', note: 'start page (rooster), no student' });
write('somtoday', 'studiewijzers', sPage('/studiewijzers'), {
  url: `${S}/studiewijzers`,
  expect: 'none',
  note: 'unrelated route',
});
write('somtoday', 'login', readFileSync(join(root, 'demo', 'login', 'somtoday.html'), 'utf8'), {
  url: 'https://inloggen.somtoday.nl/?0',
  expect: 'none',
  note: 'login page (excluded host)',
});
write('somtoday', 'classic', somtoday.classicPage(), {
  url: 'https://school.somtoday.nl/',
  expect: 'none',
  note: 'classic Somtoday on a school host (not Docent) with a student name on it: no UI',
});

writeFileSync(join(out, 'fixtures.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`make-fixtures: ${manifest.length} fixtures in ${out}`);
