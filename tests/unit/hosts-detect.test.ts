import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as magister from '../../demo/magister/views.js';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as somtoday from '../../demo/somtoday/views.js';
import { detectPage } from '../../lib/hosts/detect';
import { findByLabel, readField } from '../../lib/hosts/fields';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { createScanCache } from '../../lib/hosts/scan-cache';
import { type HostProfile, hostProfileSchema } from '../../lib/hosts/schema';
import { subjects } from '../../lib/prompts/library/subjects';
import { subjectIdFor } from '../../lib/prompts/subject-match';
import { fixtureHtml, fixtures, load, parse, recognised } from '../fixtures/load';

const MARKUP_NAME = '<img src=x onerror=alert(1)>';

function detect(file: string) {
  const { doc, url } = load(file);
  return detectPage(url, doc, shippedProfiles);
}

describe('every saved page gives what its manifest says', () => {
  it('has fixtures for every page type of both hosts, late render and no-UI pages', () => {
    const kinds = new Set(fixtures.map((f) => `${f.file.split('/')[0]}:${f.expect}`));
    for (const k of ['studentRecord', 'gradeEntry', 'mentorList', 'logboek', 'absence', 'pending', 'none']) {
      expect(kinds.has(`magister:${k}`), k).toBe(true);
    }
    // Somtoday Docent shows student ids only on the record (URL) and in grade cells.
    for (const k of ['studentRecord', 'gradeEntry', 'pending', 'none']) {
      expect(kinds.has(`somtoday:${k}`), k).toBe(true);
    }
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (file, info) => {
    const detection = detect(file);
    if (info.expect === 'none') {
      expect(detection.status).toBe('unrecognised');
    } else if (info.expect === 'pending') {
      expect(detection.status).toBe('pending');
      if (detection.status === 'pending') expect(detection.miss.what).toBe('root');
    } else {
      const context = recognised(detection);
      expect(context.pageType).toBe(info.expect);
      expect(context.root.isConnected).toBe(true);
      expect(context.host).toBe(new URL(info.url).hostname);
    }
  });
});

describe('Magister student record (leerlingkaart)', () => {
  it('reads every field of the full record', () => {
    const c = recognised(detect('magister/record.html'));
    expect(c.profileId).toBe('magister');
    expect(c.route).toEqual({ id: '48213' });
    expect(c.dark).toBe(false);
    expect(c.anchor?.classList.contains('leerling-header')).toBe(true);
    const s = c.student;
    expect(s).toMatchObject({
      id: '48213',
      name: 'Sanne de Vries',
      klas: '3H2',
      studyText: '3 havo',
      study: { schoolType: 'havo', year: 3 },
      mentor: 'J. Bakker',
      profile: 'Natuur en Gezondheid',
      absences: 2,
    });
    expect(s?.results.map((r) => [r.subject, r.grade])).toEqual([
      ['Scheikunde', 7.8],
      ['Biologie', 6.9],
      ['Wiskunde', 5.2],
      ['Engels', 8.1],
    ]);
    expect(s?.results[0]).toMatchObject({ description: 'PW H5', date: '12-11-2026' });
  });

  it('reads label variants and takes the id from the "Stamnummer:" label without data-leerling-id', () => {
    const c = recognised(detect('magister/record-labels.html'));
    expect(c.student).toMatchObject({
      id: '48213',
      klas: '3H2',
      study: { schoolType: 'havo', year: 3 },
      mentor: 'J. Bakker',
      profile: 'Natuur en Gezondheid',
    });
  });

  it('reads wrapped labels, inline "Label: value" and a bold label followed by text', () => {
    const c = recognised(detect('magister/record-label-formats.html'));
    expect(c.student).toMatchObject({ klas: '3H2', studyText: '3 havo', mentor: 'J. Bakker' });
  });

  it('does not depend on the order of the dt/dd pairs', () => {
    const plain = recognised(detect('magister/record.html')).student;
    const reordered = recognised(detect('magister/record-reordered.html')).student;
    expect(reordered).toEqual(plain);
  });

  it('leaves missing optional fields absent', () => {
    const s = recognised(detect('magister/record-minimal.html')).student;
    expect(s).toEqual({
      id: '48220',
      name: 'Daan van der Berg',
      klas: '3H2',
      studyText: '3 havo',
      study: { schoolType: 'havo', year: 3 },
      results: [],
    });
    expect(s && 'mentor' in s).toBe(false);
    expect(s && 'absences' in s).toBe(false);
  });

  it('returns a markup-like name as literal text', () => {
    const s = recognised(detect('magister/record-markup-name.html')).student;
    expect(s?.name).toBe(MARKUP_NAME);
    expect(s?.id).toBe('48231');
  });

  it('reads mbo and hbo students', () => {
    expect(recognised(detect('magister/record-mbo.html')).student).toMatchObject({
      id: '53001',
      klas: 'VPK4A',
      study: { schoolType: 'mbo', level: 4, programme: 'Verpleegkunde' },
    });
    expect(recognised(detect('magister/record-hbo.html')).student).toMatchObject({
      id: '53012',
      klas: 'HBO-ICT1',
      study: { schoolType: 'hbo', year: 1 },
    });
  });

  it('sees dark mode', () => {
    const c = recognised(detect('magister/record-dark.html'));
    expect(c.dark).toBe(true);
    expect(c.student).toMatchObject({ id: '51877', name: 'Mohammed El Amrani', study: { schoolType: 'vwo', year: 4 } });
  });

  it('is pending (not recognised) while the view shows its loading state', () => {
    const d = detect('magister/record-loading.html');
    expect(d).toMatchObject({ status: 'pending', profileId: 'magister', pageType: 'studentRecord' });
  });
});

describe('Magister ?variant=2027 (changed markup): the shipped profile no longer recognises it', () => {
  it.each(['magister/record-2027.html', 'magister/record-2027-daan.html', 'magister/grade-entry-2027.html'])('%s', (file) => {
    const { doc } = load(file);
    const detection = detect(file);
    // The route still matches; the page never becomes "recognised": no card, no grading cues.
    expect(detection.status).toBe('pending');
    if (detection.status === 'pending') expect(detection.miss.what).toBe('root');
    expect(doc.querySelector('[data-leerling-id], section.leerling-kaart, .cijfer-invoer, tr.k-master-row')).toBeNull();
  });

  it('shows the same students with other labels, in another order', () => {
    const record = load('magister/record-2027.html').doc.querySelector('article.dossier') as Element;
    expect(record.textContent).toContain('Sanne de Vries');
    expect(findByLabel(record, ['Leerlingnummer'])).toBe('48213');
    expect(findByLabel(record, ['Stamnummer'])).toBeUndefined();
    const labels = [...record.querySelectorAll('.kenmerk-label')].map((el) => el.textContent);
    expect(labels.indexOf('Klas')).toBeLessThan(labels.indexOf('Leerlingnummer'));
    const rows = load('magister/grade-entry-2027.html').doc.querySelectorAll('tr.raster-rij[data-nummer]');
    expect(rows.length).toBe(31);
  });
});

describe('Magister other page types', () => {
  it('grade entry: subject, assessment, group and one row per student', () => {
    const c = recognised(detect('magister/grade-entry.html'));
    expect(c).toMatchObject({ subject: 'Scheikunde', assessment: 'PW H5 Zuren en basen', group: '4v.sk1' });
    expect(c.route).toEqual({ group: '4v.sk1', column: '1' });
    expect(c.rows).toHaveLength(31);
    expect(c.rows[0]).toMatchObject({ id: '48213', name: 'Sanne de Vries', klas: '3H2', average: 6.8 });
    expect(c.rows.every((r) => r.input?.classList.contains('cijfer-text-input'))).toBe(true);
    expect(c.rows.every((r) => r.element.getAttribute('data-leerling-id') === r.id)).toBe(true);
    expect(new Set(c.rows.map((r) => r.id)).size).toBe(31);
    expect(c.rows.find((r) => r.id === '48231')?.name).toBe(MARKUP_NAME);
  });

  it('grade entry is pending while loading', () => {
    expect(detect('magister/grade-entry-loading.html')).toMatchObject({ status: 'pending', pageType: 'gradeEntry' });
  });

  it('mentor list rows', () => {
    const c = recognised(detect('magister/mentor-list.html'));
    expect(c.rows.length).toBeGreaterThan(3);
    expect(c.rows[0]).toMatchObject({ id: '48213', name: 'Sanne de Vries', klas: '3H2' });
    expect(c.rows.every((r) => r.input === undefined)).toBe(true);
  });

  it('logboek: the student', () => {
    const c = recognised(detect('magister/logboek.html'));
    expect(c.student).toMatchObject({ id: '48213', name: 'Sanne de Vries', results: [] });
  });

  it('absence overview: rows with absence counts', () => {
    const c = recognised(detect('magister/absence.html'));
    expect(c.group).toBe('3H2');
    expect(c.rows.length).toBeGreaterThan(3);
    expect(c.rows[0]).toMatchObject({ id: '48213', name: 'Sanne de Vries', klas: '3H2', absences: 2 });
    expect(c.rows.every((r) => typeof r.absences === 'number')).toBe(true);
  });
});

describe('Somtoday Docent student record (mentordashboard, tab profiel and its siblings)', () => {
  it('reads the name, the id from the URL and the two unlabelled pills by their text', () => {
    for (const file of ['somtoday/profiel.html', 'somtoday/profiel-pills-swapped.html', 'somtoday/profiel-dark.html']) {
      const { info } = load(file);
      const c = recognised(detect(file));
      expect(c.profileId).toBe('somtoday');
      expect(c.anchor?.localName).toBe('dt-mentordashboard-navigatie');
      expect(c.student).toMatchObject({
        id: info.student?.id,
        name: info.student?.name,
        klas: info.student?.klas,
        studyText: info.student?.study,
      });
    }
    expect(recognised(detect('somtoday/profiel.html')).student?.study).toEqual({ schoolType: 'vwo', year: 4 });
    expect(recognised(detect('somtoday/profiel-dark.html')).dark).toBe(true);
  });

  it('mbo on the acceptance host, hbo, a missing study pill, a markup-like name', () => {
    const mbo = recognised(detect('somtoday/profiel-mbo.html'));
    expect(mbo.host).toBe('docent.acceptatie.somtoday.nl');
    expect(mbo.student).toMatchObject({ klas: 'VPK4A', study: { schoolType: 'mbo', level: 4, programme: 'Verpleegkunde' } });
    expect(recognised(detect('somtoday/profiel-hbo.html')).student).toMatchObject({
      klas: 'HBO-ICT1',
      study: { schoolType: 'hbo', year: 1 },
    });
    const noStudy = recognised(detect('somtoday/profiel-no-study.html')).student;
    expect(noStudy).toMatchObject({ klas: '2T1', study: { schoolType: 'vmbo', year: 2 } });
    expect(noStudy?.studyText).toBeUndefined();
    expect(recognised(detect('somtoday/profiel-markup-name.html')).student?.name).toBe(MARKUP_NAME);
  });

  it('the other tabs of the same student: name from the header, same id', () => {
    for (const file of ['somtoday/overzicht.html', 'somtoday/resultaten.html']) {
      expect(recognised(detect(file)).student).toMatchObject({ id: '2408922', name: 'Mohammed El Amrani' });
    }
  });

  it('is pending while the record shows its spinner', () => {
    expect(detect('somtoday/profiel-loading.html')).toMatchObject({ status: 'pending', pageType: 'studentRecord' });
    expect(detect('somtoday/voortgangsdossier-loading.html')).toMatchObject({ status: 'pending', pageType: 'gradeEntry' });
  });
});

describe('Somtoday Docent voortgangsdossier (a grid built by column)', () => {
  const rowsOf = (file: string) => recognised(detect(file)).rows;

  it('one row per name, the uuid from the cells at the same position, the subject from the lesgroep', () => {
    for (const file of ['somtoday/voortgangsdossier.html', 'somtoday/voortgangsdossier-sorted.html']) {
      const { info } = load(file);
      const c = recognised(detect(file));
      expect(c).toMatchObject({ group: info.lesgroep, subject: 'gs', route: { group: '70412' } });
      expect(c.rows).toHaveLength(31);
      expect(c.rows.slice(0, 3).map((r) => ({ name: r.name, uuid: r.id }))).toEqual(info.rows);
      expect(new Set(c.rows.map((r) => r.id)).size).toBe(31);
      // the cue goes beside the name, never into a cell
      expect(c.rows.every((r) => r.cueAfter?.matches('span.naam'))).toBe(true);
    }
  });

  it('the same student keeps the same results in both sort orders', () => {
    const a = new Map(rowsOf('somtoday/voortgangsdossier.html').map((r) => [r.id, r.ownResults]));
    for (const r of rowsOf('somtoday/voortgangsdossier-sorted.html')) expect(r.ownResults).toEqual(a.get(r.id));
  });

  it('a re-rendered column gives its new values', () => {
    const before = rowsOf('somtoday/voortgangsdossier.html');
    const after = rowsOf('somtoday/voortgangsdossier-rerendered.html');
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(
      after
        .slice(0, 3)
        .flatMap((r) => r.ownResults ?? [])
        .concat(after.slice(0, 3).map((r) => r.grade ?? 0)),
    ).toEqual(expect.arrayContaining([5.9, 7.3, 8]));
  });

  it('the active cell: its input belongs to the right student, "this result" is the typed one', () => {
    const { info, doc, url } = load('somtoday/voortgangsdossier-input.html');
    const c = recognised(detectPage(url, doc, shippedProfiles));
    const editing = c.rows.filter((r) => r.input);
    expect(editing).toHaveLength(1);
    expect(editing[0]?.id).toBe(info.activeCell?.split(':')[1]);
    expect(editing[0]?.grade).toBe(6);
    const input = doc.querySelector('input.resultaat-input') as Element;
    expect(c.rowIdOf?.(input)).toBe(editing[0]?.id);
  });

  it('the phone layout (no cells) is recognised with no rows', () => {
    expect(rowsOf('somtoday/voortgangsdossier-phone.html')).toEqual([]);
  });

  it.each([
    ['4V.gs1', 'gs', 'geschiedenis'],
    ['H3.wiA', 'wiA', 'wiskunde-a'],
    ['4v.ne2', 'ne', 'nederlands'],
    ['5H.en', 'en', 'engels'],
    ['V4.wi1', 'wi', 'wiskunde'],
    ['3H.ak1', 'ak', 'aardrijkskunde'],
    ['4V.ec3', 'ec', 'economie'],
    ['5V.na1', 'na', 'natuurkunde'],
    ['4H.sk2', 'sk', 'scheikunde'],
    ['2A.bi1', 'bi', 'biologie'],
    ['1G.lo4', 'lo', 'lo'],
    ['4H.ckv1', 'ckv', 'ckv'],
    ['4V.ma1', 'ma', 'maatschappijleer'],
    ['3V.fa2', 'fa', 'frans'],
    ['3V.du1', 'du', 'duits'],
    ['2G.la1', 'la', 'latijn'],
    ['5G.gr1', 'gr', 'grieks'],
  ] as const)('lesgroep %s → code %s → subject %s', (lesgroep, code, subject) => {
    const { doc, url } = load('somtoday/voortgangsdossier.html');
    const el = doc.querySelector('dt-header span.lesgroep') as Element;
    el.textContent = lesgroep;
    const c = recognised(detectPage(url, doc, shippedProfiles));
    expect(c.subject).toBe(code);
    expect(subjectIdFor(code, subjects)).toBe(subject);
  });
});

describe('Magister frames and shadow roots', () => {
  it('a record inside a same-origin iframe is recognised in the frame', () => {
    const c = recognised(detect('magister/record-iframe-frame.html'));
    expect(c.student).toMatchObject({ id: '48213', name: 'Sanne de Vries', klas: '3H2' });
    expect(detect('magister/record-iframe.html').status).toBe('unrecognised');
  });

  it('reads the page title inside a dna-page-header shadow root', () => {
    const { doc, url } = load('magister/record.html');
    const header = doc.querySelector('dna-page-header') as Element;
    header.removeAttribute('heading');
    const shadow = header.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h1 part="title">Leerlingkaart</h1>';
    expect(recognised(detectPage(url, doc, shippedProfiles)).title).toBe('Leerlingkaart');
  });
});

describe('1000-row grids', () => {
  const cases = [
    [
      'magister',
      magister.pageForRoute('#/cijfers/invoeren/groot/1'),
      'https://demo.magister.net/magister/#/cijfers/invoeren/groot/1',
    ],
    [
      'somtoday',
      somtoday.pageForRoute('/resultaten/voortgangsdossier/groot'),
      'https://docent.somtoday.nl/resultaten/voortgangsdossier/groot',
    ],
  ] as const;

  // A correctness check on a large fixture, not a timing: parsing 1000 rows in happy-dom takes ~2 s
  // alone and over 5 s (vitest's default limit) on a shared 2-core machine under load. Speed is `npm run bench`.
  it.each(cases)('%s: 1000 rows with ids, names and inputs', { timeout: 30_000 }, (host, html, url) => {
    const doc = parse(html.replace(/<link rel="stylesheet"[^>]*>/, ''));
    const c = recognised(detectPage(url, doc, shippedProfiles));
    expect(c.rows).toHaveLength(1000);
    expect(new Set(c.rows.map((r) => r.id)).size).toBe(1000);
    expect(c.rows.every((r) => r.name && (host === 'somtoday' ? r.cueAfter : r.input))).toBe(true);
    if (host === 'magister') {
      expect(c.rows[0]?.id).toBe('700000');
      expect(c.rows.every((r) => r.klas && typeof r.average === 'number')).toBe(true);
    }
  });
});

describe('navigation', () => {
  it('waits while the view still shows the previous student after the URL changed', () => {
    const doc = parse(
      '<section class="leerling-kaart" data-leerling-id="48213"><h2 class="leerling-naam">Sanne de Vries</h2></section>',
    );
    const next = 'https://demo.magister.net/magister/#/leerlingen/48220/kaart';
    expect(detectPage(next, doc, shippedProfiles).status).toBe('pending');
  });
});

describe('nothing throws', () => {
  const magisterUrl = 'https://demo.magister.net/magister/#/leerlingen/48213/kaart';

  it('on an empty document, broken markup, garbage URLs', () => {
    const empty = document.implementation.createDocument(null, null, null) as unknown as Document;
    expect(detectPage(magisterUrl, empty, shippedProfiles).status).toBe('pending');
    const broken = parse('<section class="leerling-kaart" data-leerling-id="48213"><dl><dt>Klas<dd>3H2<dt>Studie</dt><dd>4 vwo');
    expect(recognised(detectPage(magisterUrl, broken, shippedProfiles)).student).toMatchObject({
      id: '48213',
      klas: '3H2',
      study: { schoolType: 'vwo', year: 4 },
    });
    expect(detectPage('not a url', broken, shippedProfiles).status).toBe('unrecognised');
    expect(detectPage(magisterUrl, broken, []).status).toBe('unrecognised');
    expect(detectPage(magisterUrl, parse(''), shippedProfiles).status).toBe('pending');
  });

  it('with a profile that has invalid selectors and an invalid route regex', () => {
    const bad: HostProfile = hostProfileSchema.parse({
      id: 'kapot',
      hosts: ['demo.magister.net'],
      pages: {
        studentRecord: {
          route: '^/magister/#/leerlingen/(?<id>[^/]+)/kaart',
          root: 'section.leerling-kaart',
          anchor: '>>>',
          student: {
            id: { selector: '[[[', labels: ['Stamnummer'] },
            name: { selector: ':nope(' },
            klas: [{ selector: '##' }, { labels: ['Klas'] }],
          },
          results: { item: '!!', subject: { selector: '.vak' }, grade: { selector: '.grade' } },
          rows: { row: 'tr[', studentId: { attribute: 'x' } },
        },
        gradeEntry: { route: '^/never', root: '.cijfer-invoer' },
        mentorList: { route: '^/magister/#/mentor', root: ':::' },
      },
    });
    // The schema refuses an invalid route; detection must survive one that got past it anyway.
    if (bad.pages.gradeEntry) bad.pages.gradeEntry.route = '(((';
    const { doc } = load('magister/record.html');
    const c = recognised(detectPage(magisterUrl, doc, [bad]));
    expect(c.student).toMatchObject({ id: '48213', klas: '3H2', results: [] });
    expect(c.student?.name).toBeUndefined();
    expect(c.anchor).toBeUndefined();
    expect(detectPage('https://demo.magister.net/magister/#/cijfers/invoeren/a/1', doc, [bad]).status).toBe('unrecognised');
    expect(detectPage('https://demo.magister.net/magister/#/mentor/leerlingen', doc, [bad])).toMatchObject({
      status: 'pending',
      miss: { what: 'root', selector: ':::' },
    });
  });

  it('a record whose id cannot be found is pending with a studentId miss', () => {
    const html = fixtureHtml('magister/record-labels.html').replace('<dt>Stamnummer:</dt><dd>48213</dd>', '');
    const d = detectPage('https://demo.magister.net/magister/#/leerlingen//kaart', parse(html), shippedProfiles);
    expect(d.status).not.toBe('recognised');
  });
});

describe('label reading', () => {
  const scope = (html: string) => parse(`<div id="s">${html}</div>`).getElementById('s') as Element;

  it('is case-, space- and colon-insensitive', () => {
    for (const label of ['Stamnummer', 'Stamnummer:', 'stamnummer', '  STAMNUMMER : ']) {
      expect(findByLabel(scope(`<dl><dt>${label}</dt><dd> 123 </dd></dl>`), ['Stamnummer'])).toBe('123');
    }
  });

  it('does not take a neighbouring label or header cell as the value', () => {
    expect(findByLabel(scope('<dl><dt>Mentor</dt><dt>Profiel</dt><dd>NG</dd></dl>'), ['Mentor'])).toBeUndefined();
    expect(findByLabel(scope('<table><tr><th>Klas</th><th>Cijfer</th></tr></table>'), ['Klas'])).toBeUndefined();
    expect(findByLabel(scope('<table><tr><th>Klas</th><td>3H2</td></tr></table>'), ['Klas'])).toBe('3H2');
  });

  it('tries alternatives in order and falls back to labels', () => {
    const s = scope('<span class="x" data-id="">?</span><span class="label">Leerlingnummer</span><span>77</span>');
    expect(readField(s, [{ selector: '.x', attribute: 'data-id' }, { labels: ['Leerlingnummer'] }])).toBe('77');
    expect(readField(s, undefined)).toBeUndefined();
  });
});

describe('incremental scanning: after the first scan only what a DOM change touched is read again', () => {
  const grid = (url: string, html: string) => {
    const doc = parse(html);
    return { doc, url };
  };

  /** The 40-row Docent grid, scanned once with a cache. */
  const docentFortyScanned = () => {
    const { doc, url } = grid(
      'https://docent.somtoday.nl/resultaten/voortgangsdossier/veertig',
      somtoday.pageForRoute('/resultaten/voortgangsdossier/veertig'),
    );
    const cache = createScanCache();
    const first = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    expect(first).toHaveLength(40);
    return { doc, url, cache, first };
  };

  it('Magister, 1000 rows: a changed class in one row re-reads that row only', () => {
    const { doc, url } = grid(
      'https://demo.magister.net/magister/#/cijfers/invoeren/groot/1',
      magister.pageForRoute('#/cijfers/invoeren/groot/1'),
    );
    const cache = createScanCache();
    const first = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    expect(first).toHaveLength(1000);
    const klas = first[500]?.element.querySelector('.klas');
    if (!klas?.firstChild) throw new Error('fixture changed');
    klas.firstChild.nodeValue = '6V9';
    cache.touched(klas.firstChild);
    const second = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    expect(second[500]?.klas).toBe('6V9');
    expect(second[500]).not.toBe(first[500]);
    expect(second.filter((row, i) => row !== first[i])).toHaveLength(1);
  });

  it('Somtoday Docent: a new grade in one cell re-reads that cell only, and the row shows it', () => {
    const { doc, url, cache, first } = docentFortyScanned();
    // The rightmost column with results is "this result": give student 20 a new grade there.
    const columns = [...doc.querySelectorAll('dt-toetskolom')].filter((c) => c.querySelector('span.resultaat'));
    const cell = columns.at(-1)?.querySelectorAll('dt-resultaat-cell')[20];
    const span = cell?.querySelector('span');
    if (!span) throw new Error('fixture changed');
    span.textContent = '9,9';
    cache.touched(span);
    const second = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    expect(second[20]?.grade).toBe(9.9);
    // Untouched students keep what was read of them (ids and names are not read again).
    expect(second.map((r) => r.id)).toEqual(first.map((r) => r.id));
  });

  it('Somtoday Docent: a changed name builds that one row again; the other rows are the rows of the last scan', () => {
    const { doc, url, cache, first } = docentFortyScanned();
    const name = doc.querySelectorAll('span.naam')[30]?.firstChild;
    if (!name) throw new Error('fixture changed');
    name.nodeValue = 'Ander Kind';
    cache.touched(name);
    const second = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    expect(second.filter((row, i) => row !== first[i]).map((row) => row.name)).toEqual(['Ander Kind']);
    // A grade in the current column changes that column: every row is built from it again, right.
    const column = [...doc.querySelectorAll('dt-toetskolom')].filter((c) => c.querySelector('span.resultaat')).at(-1);
    const span = column?.querySelectorAll('dt-resultaat-cell')[3]?.querySelector('span');
    if (!span) throw new Error('fixture changed');
    span.textContent = '1,5';
    cache.touched(span);
    const third = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    expect(third[3]?.grade).toBe(1.5);
    expect(third.map((r) => r.grade)).toEqual(recognised(detectPage(url, doc, shippedProfiles)).rows.map((r) => r.grade));
  });

  it('a changed text keeps the lists of rows; a removed row (a child list change) is gone from the next scan', () => {
    const { doc, url } = grid(
      'https://demo.magister.net/magister/#/cijfers/invoeren/veertig/1',
      magister.pageForRoute('#/cijfers/invoeren/veertig/1'),
    );
    const cache = createScanCache();
    const first = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    const klas = first[10]?.element.querySelector('.klas')?.firstChild;
    if (!klas) throw new Error('fixture changed');
    klas.nodeValue = '5H1';
    cache.touched(klas, 'characterData');
    expect(recognised(detectPage(url, doc, shippedProfiles, cache)).rows[10]?.klas).toBe('5H1');
    const gone = first[20]?.element;
    const parent = gone?.parentNode;
    if (!gone || !parent) throw new Error('fixture changed');
    parent.removeChild(gone);
    cache.touched(parent, 'childList');
    const after = recognised(detectPage(url, doc, shippedProfiles, cache)).rows;
    expect(after).toHaveLength(39);
    expect(after.map((r) => r.id)).not.toContain(first[20]?.id);
  });
});
