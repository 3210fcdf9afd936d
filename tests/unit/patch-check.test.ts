import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/core/errors';
import { checkTaughtPage } from '../../lib/features/page-teacher/background';
import { shippedProfiles } from '../../lib/hosts/profiles';
import type { HostProfilePatch } from '../../lib/hosts/teach/host-patch';
import { checkForExport, taughtPatchProblem } from '../../lib/hosts/teach/patch-check';
import { taughtProblemText } from '../../lib/i18n/taught-problem-text';

/** The checks on a taught page run at save (the picker and the background) and again at export. */
const profiles = shippedProfiles;
const record = (route: string, extra: Record<string, unknown> = {}): HostProfilePatch => ({
  id: 'magister',
  pages: {
    studentRecord: { route, root: 'section.dossier', anchor: null, student: { id: null, name: [{ selector: 'h1' }] }, ...extra },
  },
});
const GOOD = '^/magister/#/dossier/(?<id>[^/?#]+)/overzicht(?=[/?#]|$)';
/** The route a page routed by its query string gave (`/magister/?pagina=leerling&id=48213`). */
const QUERY_ROUTED = '^/magister/(?=[/?#]|$)';

describe('the checks on a taught page', () => {
  it('a route that would capture every Magister page is refused at save, in the background too', () => {
    expect(taughtPatchProblem(record(QUERY_ROUTED), { values: [], profiles })).toEqual({
      code: 'route',
      conflict: { reason: 'shell' },
    });
    expect(() => checkTaughtPage(record(QUERY_ROUTED), [], profiles)).toThrow(AppError);
    expect(checkTaughtPage(record(GOOD), ['Sanne de Vries', '48213'], profiles)).toEqual(record(GOOD));
  });

  it('a route of another kind of page is refused with that kind named', () => {
    const grid: HostProfilePatch = {
      id: 'magister',
      pages: {
        gradeEntry: {
          route: '^/magister/#/leerlingen/(?<group>[^/?#]+)/kaart(?=[/?#]|$)',
          root: 'table',
          rows: { row: 'tr', studentId: [{ selector: 'td' }] },
        },
      },
    };
    const problem = taughtPatchProblem(grid, { values: [], profiles });
    expect(problem).toEqual({ code: 'route', conflict: { reason: 'otherPage', pageType: 'studentRecord' } });
    expect(taughtProblemText(problem as NonNullable<typeof problem>)).toContain('Leerlingkaart');
  });

  it('a name in a class, an aria-label, a data value or an address segment is refused in every form', () => {
    const values = ['Sanne de Vries', '48213'];
    for (const root of [
      'div.naam-sanne-de-vries',
      'section[aria-label="Leerling de Vries, Sanne"]',
      '[data-leerling="sanne_devries"]',
      'div.rij-48213',
    ]) {
      expect(taughtPatchProblem(record(GOOD, { root }), { values, profiles })).toEqual({ code: 'studentData' });
    }
    expect(taughtPatchProblem(record('^/magister/#/leerlingen/sanne-de-vries/kaart(?=[/?#]|$)'), { values, profiles })).toEqual({
      code: 'studentData',
    });
    // A number run is an id even when the teacher's list does not know the student.
    expect(taughtPatchProblem(record(GOOD, { root: 'div.leerling-114334' }), { values: [], profiles })).toEqual({
      code: 'studentData',
    });
  });

  it('at export, a page that fails a check is left out with its reason; the rest stays', () => {
    const grid: HostProfilePatch = {
      id: 'magister',
      pages: {
        gradeEntry: {
          route: '^/magister/#/toetsen/(?<group>[^/?#]+)(?=[/?#]|$)',
          root: 'table.raster',
          rows: { row: 'tr', studentId: [{ selector: 'td.nr' }] },
        },
      },
    };
    const patches = [{ ...record(QUERY_ROUTED), pages: { ...record(QUERY_ROUTED).pages, ...grid.pages } }];
    const { kept, refused } = checkForExport(patches, { values: ['Sanne de Vries'], profiles });
    expect(refused).toEqual([
      { profileId: 'magister', pageType: 'studentRecord', problem: { code: 'route', conflict: { reason: 'shell' } } },
    ]);
    expect(kept.map((p) => Object.keys(p.pages))).toEqual([['gradeEntry']]);
  });
});

describe('a shipped profile switched off by the school', () => {
  it('recognises nothing, while its hosts stay the extension’s (the picker and recognition by meaning work there)', async () => {
    const { applyProfilePatches } = await import('../../lib/hosts/patch');
    const { detectPage, servesHost } = await import('../../lib/hosts/detect');
    const { profiles: off, errors } = applyProfilePatches(profiles, [{ id: 'magister', disabled: true }]);
    expect(errors).toEqual([]);
    const { load } = await import('../fixtures/load');
    const { doc, url } = load('magister/record.html');
    expect(detectPage(url, doc, profiles).status).toBe('recognised');
    expect(detectPage(url, doc, off).status).toBe('unrecognised');
    expect(servesHost('school.magister.net', off)).toBe(true);
    expect(servesHost('example.org', off)).toBe(false);
  });
});
