import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as magister from '../../demo/magister/views.js';
import { buildAppConfig } from '../../lib/config/app-config';
import { contentConfigOf } from '../../lib/config/publish';
import { readTeacherPatches, withTaughtPage } from '../../lib/config/teacher-patches';
import { detectPage } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { type HostProfilePatch, withoutPage } from '../../lib/hosts/teach/host-patch';
import { parsePolicy } from '../../lib/policy';
import { parse } from '../fixtures/load';

/** The patch "Leer deze pagina herkennen" makes for the 2027 record (see hosts-teach.test.ts for how it is built). */
const TAUGHT: HostProfilePatch = {
  id: 'magister',
  pages: {
    studentRecord: {
      route: '^/magister/#/leerlingen/(?<id>[^/?#]+)/kaart(?=[/?#]|$)',
      root: 'article[aria-label="Leerlingdossier"]',
      anchor: '.dossier-kop',
      student: {
        id: [{ labels: ['Leerlingnummer'] }],
        name: [{ selector: '.naam-tekst' }],
        klas: [{ labels: ['Klas'] }],
      },
    },
  },
};

const URL_2027 = 'https://demo.magister.net/magister/?variant=2027#/leerlingen/48220/kaart';
const doc2027 = () =>
  parse(magister.pageForRoute('#/leerlingen/48220/kaart', { variant: '2027' }).replace(/<link rel="stylesheet"[^>]*>/g, ''));
const schoolPolicy = (hostProfiles: unknown[]) => parsePolicy({ hostProfiles }).policy;
const record = (config: ReturnType<typeof buildAppConfig>) =>
  config.profiles.find((p) => p.id === 'magister')?.pages.studentRecord;

describe("the teacher's own patch (taught pages)", () => {
  it('reaches the content configuration and restores recognition of the changed page', () => {
    expect(detectPage(URL_2027, doc2027(), buildAppConfig({}, [], undefined).profiles).status).toBe('pending');
    const config = buildAppConfig({}, [], undefined, readTeacherPatches([TAUGHT]));
    expect(config.profileErrors).toEqual([]);
    expect(config.teacherPatchCount).toBe(1);
    const detection = detectPage(URL_2027, doc2027(), contentConfigOf(config).profiles);
    expect(detection.status).toBe('recognised');
    if (detection.status === 'recognised') {
      expect(detection.context.student).toMatchObject({ id: '48220', name: 'Daan van der Berg', klas: '3H2' });
    }
  });

  it("lies below the school's policy: shipped < teacher < school", () => {
    const school = schoolPolicy([
      { id: 'magister', pages: { studentRecord: { root: 'main.dossier', student: { klas: { labels: ['Stamgroep'] } } } } },
    ]);
    const page = record(buildAppConfig(school, [], undefined, readTeacherPatches([TAUGHT])));
    // The school wins where both set something …
    expect(page?.root).toBe('main.dossier');
    expect(page?.student?.klas).toEqual({ labels: ['Stamgroep'] });
    // … the teacher's patch wins over the shipped profile where the school says nothing …
    expect(page?.student?.name).toEqual([{ selector: '.naam-tekst' }]);
    expect(page?.anchor).toBe('.dossier-kop');
    // … and the shipped profile stays where neither does.
    expect(page?.student?.mentor).toEqual(record(buildAppConfig({}, [], undefined))?.student?.mentor);
  });

  it('is removable: without it the shipped profile is back', () => {
    const stored = withTaughtPage([], TAUGHT);
    expect(stored).toEqual([TAUGHT]);
    const removed = withoutPage(stored, 'magister', 'studentRecord');
    expect(removed).toEqual([]);
    expect(record(buildAppConfig({}, [], undefined, readTeacherPatches(removed)))).toEqual(
      shippedProfiles.find((p) => p.id === 'magister')?.pages.studentRecord,
    );
  });

  it('teaching a page again replaces what was taught for that page, other pages stay', () => {
    const grid: HostProfilePatch = { id: 'magister', pages: { gradeEntry: { root: '.raster-tabel tbody' } } };
    const again: HostProfilePatch = { id: 'magister', pages: { studentRecord: { root: 'article.dossier' } } };
    const stored = withTaughtPage(withTaughtPage([TAUGHT], grid), again);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.pages.studentRecord).toEqual({ root: 'article.dossier' });
    expect(stored[0]?.pages.gradeEntry).toEqual({ root: '.raster-tabel tbody' });
    expect(withoutPage(stored, 'magister', 'studentRecord')).toEqual([
      { id: 'magister', pages: { gradeEntry: { root: '.raster-tabel tbody' } } },
    ]);
  });

  it.each([
    ['not a list', 'rommel'],
    ['an entry without pages', [{ id: 'magister' }]],
    ['an unsafe route', [{ id: 'magister', pages: { studentRecord: { route: '^/(a+)+$' } } }]],
    ['an unknown field', [{ id: 'magister', pages: { studentRecord: { student: { naam: { selector: 'h2' } } } } }]],
    ['a new profile without hosts', [{ id: 'portaal', pages: { studentRecord: { route: '^/x', root: 'main' } } }]],
    ['JSON text that is not JSON', ['{kapot']],
  ])('an invalid patch (%s) is diagnosed, never thrown; the shipped profiles stay', (_, raw) => {
    const config = buildAppConfig({}, [], undefined, readTeacherPatches(raw));
    expect(config.profileErrors.length).toBeGreaterThan(0);
    expect(config.profileErrors.every((e) => e.startsWith('Eigen herkenning'))).toBe(true);
    expect(record(config)).toEqual(shippedProfiles.find((p) => p.id === 'magister')?.pages.studentRecord);
  });

  it('reads nothing from nothing', () => {
    expect(readTeacherPatches(undefined)).toEqual({ patches: [], problems: [] });
    expect(buildAppConfig({}, [], undefined).teacherPatchCount).toBe(0);
  });
});
