import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { students } from '../../demo/data/students.js';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as magister from '../../demo/magister/views.js';
import { detectPage } from '../../lib/hosts/detect';
import { applyProfilePatches } from '../../lib/hosts/patch';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { isSafePattern } from '../../lib/hosts/safe-pattern';
import type { HostProfile } from '../../lib/hosts/schema';
import { containsStudentData, hostProfilePatch, policyJson } from '../../lib/hosts/teach/host-patch';
import { previewPageProfile } from '../../lib/hosts/teach/preview';
import { previewPatch } from '../../lib/hosts/teach/preview-patch';
import { generalizeRoute, hrefIdPattern } from '../../lib/hosts/teach/route';
import { synthesizeRowSelector } from '../../lib/hosts/teach/rows';
import { type ColumnPicks, cellIdPattern, teachColumnGrid } from '../../lib/hosts/teach/teach-columns';
import { type GridPicks, type RecordPicks, teachRowList, teachStudentRecord } from '../../lib/hosts/teach/teach-page';
import { parsePolicy } from '../../lib/policy/parse';
import { load, parse, recognised } from '../fixtures/load';
import { picker, prng } from '../support/prng';

interface DemoStudent {
  id: string;
  name: string;
  klas: string;
  studie: string;
  mentor: string;
  somtodayId?: string;
  uuid?: string;
}
const all = students as DemoStudent[];
/** Every name and id of every demo student: none may ever appear in a taught patch. */
const STUDENT_DATA = all.flatMap((s) => [s.id, s.name, ...(s.somtodayId ? [s.somtodayId] : []), ...(s.uuid ? [s.uuid] : [])]);

const BASE = 'https://demo.magister.net/magister/?variant=2027';
const recordUrl = (id: string) => `${BASE}#/leerlingen/${id}/kaart`;
const GRID_URL = `${BASE}#/cijfers/invoeren/4v.sk1/1`;
/** A demo page without its stylesheet (happy-dom would try to load it). */
const demoPage = (hash: string, variant?: string): Document =>
  parse(magister.pageForRoute(hash, variant ? { variant } : {}).replace(/<link rel="stylesheet"[^>]*>/g, ''));
const recordDoc = (id: string, variant = '2027') => demoPage(`#/leerlingen/${id}/kaart`, variant);
const gridDoc = (group = '4v.sk1', column = '1') => demoPage(`#/cijfers/invoeren/${group}/${column}`, '2027');
const pathAndHash = (href: string) => {
  const url = new URL(href);
  return `${url.pathname}${url.hash}`;
};

/** The value after a label in the variant's record (what a person clicks). */
function labelledValue(doc: Document, label: string): Element {
  const labelEl = [...doc.querySelectorAll('.kenmerk-label')].find((el) => el.textContent === label);
  if (!labelEl?.nextElementSibling) throw new Error(`no ${label}`);
  return labelEl.nextElementSibling;
}

function recordPicks(doc: Document): RecordPicks {
  return {
    name: doc.querySelector('.naam-tekst') as Element,
    id: labelledValue(doc, 'Leerlingnummer'),
    klas: labelledValue(doc, 'Klas'),
    study: labelledValue(doc, 'Opleiding'),
    mentor: labelledValue(doc, 'Mentor'),
  };
}

function gridPicks(doc: Document, index: number, idFrom: 'cell' | 'attribute' | 'link'): GridPicks {
  const row = doc.querySelectorAll('tr.raster-rij')[index] as Element;
  const link = row.querySelector('a.naar-kaart') as Element;
  const id = row.getAttribute('data-nummer') as string;
  return {
    row,
    name: link,
    klas: row.querySelector('.cel-klas') as Element,
    input: row.querySelector('input') as Element,
    id:
      idFrom === 'cell'
        ? { kind: 'cell', element: row.querySelector('.cel-nummer') as Element }
        : idFrom === 'attribute'
          ? { kind: 'attribute', name: 'data-nummer' }
          : { kind: 'link', element: link, id },
  };
}

function taughtRecordPatch(id = '48213') {
  const doc = recordDoc(id);
  const taught = teachStudentRecord(doc, recordPicks(doc), { pathAndHash: pathAndHash(recordUrl(id)) });
  expect(taught.missing).toEqual([]);
  if (!taught.page) throw new Error('no page');
  return hostProfilePatch('magister', 'studentRecord', taught.page);
}

function taughtGridPatch(index = 0, idFrom: 'cell' | 'attribute' | 'link' = 'cell') {
  const doc = gridDoc();
  const taught = teachRowList(doc, gridPicks(doc, index, idFrom), { pathAndHash: pathAndHash(GRID_URL) });
  expect(taught.missing).toEqual([]);
  if (!taught.page) throw new Error('no page');
  return hostProfilePatch('magister', 'gradeEntry', taught.page);
}

function patched(patch: unknown): HostProfile[] {
  const { profiles, errors } = applyProfilePatches(shippedProfiles, [patch]);
  expect(errors).toEqual([]);
  return profiles;
}

describe('teaching the ?variant=2027 student record restores recognition', () => {
  it('recognition fails before, and the taught patch finds every field', () => {
    expect(detectPage(recordUrl('48213'), recordDoc('48213'), shippedProfiles).status).toBe('pending');
    const patch = taughtRecordPatch();
    const c = recognised(detectPage(recordUrl('48213'), recordDoc('48213'), patched(patch)));
    expect(c.pageType).toBe('studentRecord');
    expect(c.student).toMatchObject({
      id: '48213',
      name: 'Sanne de Vries',
      klas: '3H2',
      studyText: '3 havo',
      mentor: 'J. Bakker',
    });
    expect(c.anchor?.localName).toBe('header');
  });

  it('prefers the label beside a value and names the rest without its text', () => {
    const page = patched(taughtRecordPatch()).find((p) => p.id === 'magister')?.pages.studentRecord;
    expect(page?.student?.id).toEqual([{ labels: ['Leerlingnummer'] }]);
    expect(page?.student?.klas).toEqual([{ labels: ['Klas'] }]);
    expect(page?.student?.name).toEqual([{ selector: '.naam-tekst' }]);
    expect(page?.root).toBe('article[aria-label="Leerlingdossier"]');
    expect(JSON.stringify(page)).not.toMatch(/nth-/);
  });

  it('the same patch works on every other student of the demo school', () => {
    const profiles = patched(taughtRecordPatch());
    for (const s of all) {
      const c = recognised(detectPage(recordUrl(s.id), recordDoc(s.id), profiles));
      expect(c.student).toMatchObject({ id: s.id, name: s.name, klas: s.klas });
    }
  });

  it('replaces the shipped page: with the patch the old markup is no longer this page (and nothing throws)', () => {
    const profiles = patched(taughtRecordPatch());
    expect(detectPage(recordUrl('48213'), recordDoc('48213', ''), profiles).status).toBe('pending');
  });

  it('takes the id from the address when asked to', () => {
    const doc = recordDoc('48220');
    const picks = { ...recordPicks(doc), id: 'route' as const };
    const taught = teachStudentRecord(doc, picks, { pathAndHash: pathAndHash(recordUrl('48220')) });
    expect(taught.missing).toEqual([]);
    expect(taught.page?.student?.id).toBeUndefined();
    const profiles = patched(hostProfilePatch('magister', 'studentRecord', taught.page as NonNullable<typeof taught.page>));
    expect(recognised(detectPage(recordUrl('51877'), recordDoc('51877'), profiles)).student?.id).toBe('51877');
  });

  it('never takes a number, or a name it knows, before a value for its label', () => {
    const doc = parse(
      '<main class="kaart"><p><span class="a">Sanne de Vries</span><span class="b">3H2</span></p><p><span class="a">48213</span><span class="b">3 havo</span></p></main>',
    );
    const spans = doc.querySelectorAll('span.b');
    const picks: RecordPicks = { id: 'route', klas: spans[0] as Element, study: spans[1] as Element };
    const address = { pathAndHash: '/leerling/48213' };
    const unknownName = teachStudentRecord(doc, picks, address);
    // Only a name the picker knows can be kept out (the picker asks for the name first): hence `known`.
    expect(JSON.stringify(unknownName.page)).not.toContain('48213');
    const knownName = teachStudentRecord(doc, picks, address, ['Sanne de Vries']);
    expect(knownName.missing).toEqual([]);
    expect(JSON.stringify(knownName.page)).not.toMatch(/Sanne|48213/);
  });
});

describe('teaching a page whose student id is only in the address (Somtoday Docent)', () => {
  it('takes the id from the address and names the fields without their values', () => {
    const { doc, url } = load('somtoday/profiel.html');
    const personalia = doc.querySelector('dt-leerling-personalia') as Element;
    const picks: RecordPicks = {
      id: 'route',
      name: personalia.querySelector('span.naam') as Element,
      klas: personalia.querySelector('hmy-pill span') as Element,
    };
    const taught = teachStudentRecord(doc, picks, { pathAndHash: pathAndHash(url) });
    expect(taught.missing).toEqual([]);
    const patch = hostProfilePatch('somtoday', 'studentRecord', taught.page as NonNullable<typeof taught.page>);
    expect(patch.pages.studentRecord?.route).toBe('^/mentordashboard/leerling/(?<id>[^/?#]+)/profiel(?=[/?#]|$)');
    expect(containsStudentData(patch, STUDENT_DATA)).toBe(false);
    const { profiles, errors } = applyProfilePatches(shippedProfiles, [patch]);
    expect(errors).toEqual([]);
    const c = recognised(detectPage(url, doc, profiles));
    expect(c.student).toMatchObject({ id: '2408922', name: 'Mohammed El Amrani', klas: 'V4B' });
  });
});

describe('teaching the ?variant=2027 grade grid restores the grading cues', () => {
  it.each(['cell', 'attribute', 'link'] as const)('rows with ids, names and inputs (id from a %s)', (idFrom) => {
    expect(detectPage(GRID_URL, gridDoc(), shippedProfiles).status).toBe('pending');
    const profiles = patched(taughtGridPatch(3, idFrom));
    const c = recognised(detectPage(GRID_URL, gridDoc(), profiles));
    expect(c.pageType).toBe('gradeEntry');
    expect(c.group).toBe('4v.sk1');
    expect(c.rows).toHaveLength(31);
    c.rows.forEach((row, i) => {
      expect(row).toMatchObject({ id: all[i]?.id, name: all[i]?.name, klas: all[i]?.klas });
      expect(row.input?.localName).toBe('input');
    });
  });

  it('works on another lesgroep and column (the route generalises the codes)', () => {
    const profiles = patched(taughtGridPatch());
    const url = `${BASE}#/cijfers/invoeren/veertig/1`;
    const c = recognised(detectPage(url, gridDoc('veertig', '1'), profiles));
    expect(c.rows).toHaveLength(40);
    expect(c.group).toBe('veertig');
  });

  it('the row selector matches every row, also the odd ones with an extra class', () => {
    const doc = gridDoc();
    const row = doc.querySelectorAll('tr.raster-rij')[1] as Element;
    expect(row.classList.contains('is-oneven')).toBe(true);
    const selector = synthesizeRowSelector(row, doc.querySelector('tbody') as Element, []);
    expect(selector).toBeDefined();
    expect(doc.querySelectorAll(selector as string)).toHaveLength(31);
  });
});

describe('teaching a grid built by column (Somtoday Docent voortgangsdossier)', () => {
  it('from one name and one result cell: the same rows as the shipped profile', () => {
    const { doc, url } = load('somtoday/voortgangsdossier.html');
    const shipped = recognised(detectPage(url, doc, shippedProfiles));
    const picks: ColumnPicks = {
      name: doc.querySelectorAll('.leerling-bar span.naam')[2] as Element,
      cell: doc.querySelectorAll('dt-resultaat-cell span.resultaat')[3] as Element,
    };
    const taught = teachColumnGrid(doc, picks, { pathAndHash: pathAndHash(url) });
    expect(taught.missing).toEqual([]);
    const page = taught.page as NonNullable<typeof taught.page>;
    expect(page.columns?.cellId).toBe('^[^:|_/]+:(?<id>[^:|_/]+)');
    const preview = previewPageProfile(url, doc, 'gradeEntry', page);
    expect(preview.rowCount).toBe(shipped.rows.length);
    expect(preview.rows).toEqual(shipped.rows.slice(0, 5).map((r) => ({ id: r.id, name: r.name, hasInput: false })));
    const patch = hostProfilePatch('somtoday', 'gradeEntry', page);
    expect(containsStudentData(patch, STUDENT_DATA)).toBe(false);
    expect(applyProfilePatches(shippedProfiles, [patch]).errors).toEqual([]);
  });

  it('finds the student part of cell ids by comparing them', () => {
    expect(cellIdPattern(['50101:aaa-1:null', '50101:bbb-2:null'], ['50102:aaa-1:null'])).toBe('^[^:|_/]+:(?<id>[^:|_/]+)');
    expect(cellIdPattern(['cel_7_x', 'cel_7_y'])).toBe('^cel_7_(?<id>[^:|_/]+)');
    expect(cellIdPattern(['same', 'same'])).toBeUndefined();
  });
});

describe('teaching a list built by row (Magister mentor list)', () => {
  it('one row gives every row', () => {
    const { doc, url } = load('magister/mentor-list.html');
    const shipped = recognised(detectPage(url, doc, shippedProfiles));
    const row = doc.querySelectorAll('li.leerling-regel')[1] as Element;
    const picks: GridPicks = {
      row,
      id: { kind: 'attribute', name: 'data-leerling-id' },
      name: row.querySelector('a') as Element,
      klas: row.querySelector('.klas') as Element,
    };
    const taught = teachRowList(doc, picks, { pathAndHash: pathAndHash(url) });
    expect(taught.missing).toEqual([]);
    const preview = previewPageProfile(url, doc, 'mentorList', taught.page as NonNullable<typeof taught.page>);
    expect(preview.rowCount).toBe(shipped.rows.length);
    expect(preview.rows).toEqual(
      shipped.rows.slice(0, 5).map((r) => ({ id: r.id, name: r.name, klas: r.klas, hasInput: false })),
    );
  });
});

describe('a taught patch never holds student data', () => {
  it('property: random rows, id sources and lesgroepen (generated students too) never leak a name or id', () => {
    const pick = picker(prng(2027));
    const groups = [
      ['4v.sk1', magister.lesgroepen['4v.sk1'].students()],
      ['veertig', magister.lesgroepen.veertig.students()],
    ] as const;
    for (let run = 0; run < 12; run++) {
      const [group, list] = pick(groups) as readonly [string, DemoStudent[]];
      const doc = gridDoc(group, '1');
      const index = Math.floor(pick([0, 0.3, 0.6, 0.99]) * list.length);
      const kind = pick(['cell', 'attribute', 'link'] as const);
      const url = `${BASE}#/cijfers/invoeren/${group}/1`;
      const taught = teachRowList(doc, gridPicks(doc, index, kind), { pathAndHash: pathAndHash(url) });
      expect(taught.missing).toEqual([]);
      const patch = hostProfilePatch('magister', 'gradeEntry', taught.page as NonNullable<typeof taught.page>);
      const values = [...STUDENT_DATA, ...list.flatMap((s) => [s.id, s.name])];
      expect(containsStudentData(patch, values), JSON.stringify(patch)).toBe(false);
      const rows = recognised(detectPage(url, doc, patched(patch))).rows;
      expect(rows.map((r) => r.id)).toEqual(list.map((s) => s.id));
    }
  }, 30_000);

  it('no name or id of any demo student in any patch taught on any student or row', () => {
    const patches = [
      ...all.map((s) => taughtRecordPatch(s.id)),
      ...[0, 1, 2, 5, 30].flatMap((i) => (['cell', 'attribute', 'link'] as const).map((k) => taughtGridPatch(i, k))),
    ];
    for (const patch of patches) {
      expect(containsStudentData(patch, STUDENT_DATA), JSON.stringify(patch)).toBe(false);
      for (const value of STUDENT_DATA) expect(policyJson([patch])).not.toContain(value);
    }
  }, 30_000);

  it('containsStudentData sees a value anywhere, keys included', () => {
    expect(
      containsStudentData({ id: 'magister', pages: { x: { root: '[aria-label="Sanne de Vries"]' } } }, ['sanne de vries']),
    ).toBe(true);
    expect(containsStudentData({ id: 'magister', '48213': 1 }, ['48213'])).toBe(true);
    expect(containsStudentData({ id: 'magister', pages: {} }, ['48213', 'Sanne de Vries'])).toBe(false);
  });

  it('an aria-label that carries the name is never used for the input', () => {
    const patch = taughtGridPatch();
    expect(JSON.stringify(patch)).not.toContain('aria-label');
  });

  it('shows what a taught patch looks like', () => {
    // Each entry is a JSON text (the managed schema types hostProfiles items as strings); read back here.
    const entries = JSON.parse(policyJson([taughtRecordPatch(), taughtGridPatch(0, 'link')])).hostProfiles as string[];
    expect({ hostProfiles: entries.map((e) => JSON.parse(e)) }).toMatchInlineSnapshot(`
      {
        "hostProfiles": [
          {
            "id": "magister",
            "pages": {
              "gradeEntry": {
                "anchor": null,
                "root": ".raster-tabel tbody",
                "route": "^/magister/#/cijfers/invoeren/(?<group>[^/?#]+)/[^/?#]+(?=[/?#]|$)",
                "rows": {
                  "input": ".score-invoer",
                  "klas": [
                    {
                      "selector": ".cel-klas",
                    },
                  ],
                  "name": [
                    {
                      "selector": ".naar-kaart",
                    },
                  ],
                  "row": "[data-nummer]",
                  "studentId": [
                    {
                      "attribute": "href",
                      "pattern": "/leerlingen/(?<value>[^/?#&]+)/kaart",
                      "selector": ".naar-kaart",
                    },
                  ],
                },
              },
              "studentRecord": {
                "anchor": ".dossier-kop",
                "root": "article[aria-label="Leerlingdossier"]",
                "route": "^/magister/#/leerlingen/(?<id>[^/?#]+)/kaart(?=[/?#]|$)",
                "student": {
                  "id": [
                    {
                      "labels": [
                        "Leerlingnummer",
                      ],
                    },
                  ],
                  "klas": [
                    {
                      "labels": [
                        "Klas",
                      ],
                    },
                  ],
                  "mentor": [
                    {
                      "labels": [
                        "Mentor",
                      ],
                    },
                  ],
                  "name": [
                    {
                      "selector": ".naam-tekst",
                    },
                  ],
                  "study": [
                    {
                      "labels": [
                        "Opleiding",
                      ],
                    },
                  ],
                },
              },
            },
          },
        ],
      }
    `);
  });
});

describe('policy shape and preview', () => {
  it('exports exactly the policy hostProfiles shape', () => {
    const json = JSON.parse(policyJson([taughtRecordPatch(), taughtGridPatch()]));
    expect(Object.keys(json)).toEqual(['hostProfiles']);
    expect(json.hostProfiles.every((e: unknown) => typeof e === 'string')).toBe(true);
    // Read as the extension reads the school's policy.
    const { policy, problems } = parsePolicy(json);
    expect(problems).toEqual([]);
    expect(applyProfilePatches(shippedProfiles, policy.hostProfiles).errors).toEqual([]);
  });

  it('previews what a patch or a candidate page finds before saving', () => {
    const doc = recordDoc('48220');
    const preview = previewPatch(recordUrl('48220'), doc, shippedProfiles, [taughtRecordPatch()]);
    expect(preview).toMatchObject({
      status: 'recognised',
      pageType: 'studentRecord',
      student: { id: '48220', name: 'Daan van der Berg' },
      errors: [],
    });
    const gridPage = patched(taughtGridPatch()).find((p) => p.id === 'magister')?.pages.gradeEntry;
    const grid = previewPageProfile(GRID_URL, gridDoc(), 'gradeEntry', gridPage as NonNullable<typeof gridPage>);
    expect(grid.rowCount).toBe(31);
    expect(grid.rows[0]).toEqual({ id: '48213', name: 'Sanne de Vries', klas: '3H2', hasInput: true });
    expect(previewPatch(recordUrl('48213'), recordDoc('48213'), shippedProfiles, []).status).toBe('pending');
  });
});

describe('nothing throws into the school page', () => {
  it('odd attribute names and detached or foreign elements give "missing", not an exception', () => {
    const doc = parse('<main><p data-x:y="1" class="a">Klas</p><p class="b">3H2</p></main>');
    const other = parse('<div><span>x</span></div>').querySelector('span') as Element;
    const b = doc.querySelector('.b') as Element;
    expect(() => teachStudentRecord(doc, { klas: b, name: other }, { pathAndHash: '/leerling/48213' })).not.toThrow();
    expect(teachRowList(doc, { row: other, id: { kind: 'cell', element: other } }, { pathAndHash: '/x' }).page).toBeUndefined();
    expect(teachColumnGrid(doc, { name: other, cell: b }, { pathAndHash: '/x' }).page).toBeUndefined();
  });
});

describe('route generalisation', () => {
  it.each([
    ['/magister/#/leerlingen/48213/kaart', '48213', '^/magister/#/leerlingen/(?<id>[^/?#]+)/kaart(?=[/?#]|$)'],
    ['/mentordashboard/leerling/2401000/profiel', '2401000', '^/mentordashboard/leerling/(?<id>[^/?#]+)/profiel(?=[/?#]|$)'],
    ['/magister/#/cijfers/invoeren/4v.sk1/1', undefined, '^/magister/#/cijfers/invoeren/(?<group>[^/?#]+)/[^/?#]+(?=[/?#]|$)'],
    ['/portaal/leerling.html?x=1#/dossier/48213', '48213', '^/portaal/leerling\\.html#/dossier/(?<id>[^/?#]+)(?=[/?#]|$)'],
  ])('%s', (input, id, expected) => {
    const route = generalizeRoute(input, id);
    expect(route).toBe(expected);
    expect(isSafePattern(route as string)).toBe(true);
    expect(route).not.toContain('48213');
  });

  it('matches other students and codes, not other pages', () => {
    const record = new RegExp(generalizeRoute('/magister/#/leerlingen/48213/kaart', '48213') as string);
    expect(record.exec('/magister/#/leerlingen/51877/kaart')?.groups?.id).toBe('51877');
    expect(record.test('/magister/#/leerlingen/51877/logboek')).toBe(false);
    const grid = new RegExp(generalizeRoute('/magister/#/cijfers/invoeren/4v.sk1/1') as string);
    expect(grid.exec('/magister/#/cijfers/invoeren/groot/2')?.groups?.group).toBe('groot');
  });

  it('refuses an id that is not in the address', () => {
    expect(generalizeRoute('/magister/#/leerlingen/48213/kaart', '99999')).toBeUndefined();
  });

  it('a link pattern keeps the id in the group "value"', () => {
    const pattern = hrefIdPattern('#/leerlingen/48213/kaart', '48213') as string;
    expect(pattern).toBe('/leerlingen/(?<value>[^/?#&]+)/kaart');
    expect(new RegExp(pattern).exec('#/leerlingen/51877/kaart')?.groups?.value).toBe('51877');
  });
});
