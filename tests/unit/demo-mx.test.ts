import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { students } from '../../demo/data/students.js';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as magister from '../../demo/magister/views.js';
import { detectPage } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { parse } from '../fixtures/load';

/** The MX variant of the demo school (`?variant=mx`, demo/magister/mx/): routes and markup the shipped profile does not know. */

interface DemoStudent {
  id: string;
  name: string;
  klas: string;
  mentor: string;
}
const all = students as DemoStudent[];
const sanne = all.find((s) => s.id === '48213') as DemoStudent;

const BASE = 'https://demo.magister.net/magister/?variant=mx';
const mxDoc = (hash: string, options: Record<string, unknown> = {}): Document =>
  parse(magister.pageForRoute(hash, { variant: 'mx', ...options }).replace(/<link rel="stylesheet"[^>]*>/g, ''));
const RECORD = '#/leerling/48213/detail';
const GRID = '#/cijfers/groep/4v.sk1/sk';
const TOETS = '#/cijfers/toetsen/sk-so2';

/** Every selector, class and attribute of the shipped Magister profile that MX markup must not use. */
const SHIPPED_MARKUP = [
  'section.leerling-kaart',
  '.leerling-header',
  '.leerling-naam',
  '[data-leerling-id]',
  '#cijfers-container',
  '.cijfer-invoer',
  '.kolom-omschrijving',
  'tr.k-master-row',
  '.cijfer-text-input',
  '.stamnummer',
  '.gemiddelde',
  '.mentor-leerlingen',
  '.leerling-regel',
  'section.logboek',
  '.k-grid',
  'dna-page-header',
];

describe('the shipped profiles do not recognise the MX pages', () => {
  it.each([
    ['record', RECORD, {}],
    ['grid', GRID, {}],
    ['grid, all columns', GRID, { alle: true }],
    ['grid, 1000 rows', GRID, { rows: 1000 }],
    ['test', TOETS, {}],
  ])('%s', (_label, hash, options) => {
    const d = detectPage(`${BASE}${hash}`, mxDoc(hash, options), shippedProfiles);
    expect(d.status).not.toBe('recognised');
  });

  it('not even at the shipped routes: the MX markup has none of the shipped selectors', () => {
    for (const [hash, oldHash] of [
      [RECORD, '#/leerlingen/48213/kaart'],
      [GRID, '#/cijfers/invoeren/4v.sk1/1'],
    ] as const) {
      const doc = mxDoc(hash);
      for (const selector of SHIPPED_MARKUP) expect(doc.querySelector(selector), selector).toBeNull();
      expect(detectPage(`${BASE}${oldHash}`, doc, shippedProfiles).status).not.toBe('recognised');
    }
  });

  it('the default and 2027 variants are untouched by the MX routes', () => {
    expect(magister.pageForRoute('#/leerlingen/48213/kaart')).toContain('section class="leerling-kaart"');
    expect(magister.pageForRoute('#/leerlingen/48213/kaart', { variant: '2027' })).toContain('article class="dossier"');
    expect(magister.pageForRoute(RECORD)).not.toContain('mx-');
  });
});

describe('MX student record (detailkaarten)', () => {
  it('shows name, stamnummer and klas: Personalia in the page, the Leerlingpas for its shadow root', () => {
    const doc = mxDoc(RECORD);
    const field = (label: string) =>
      [...doc.querySelectorAll('.mx-veld')].find((v) => v.querySelector('dt')?.textContent === label)?.querySelector('dd')
        ?.textContent;
    expect(field('Roepnaam')).toBe('Sanne');
    expect(field('Achternaam')).toBe('de Vries');
    expect(field('Stamnummer')).toBe('48213');
    expect(field('Geboortedatum')).toMatch(/^\d\d-\d\d-20\d\d$/);
    const pas = doc.querySelector('dna-card[heading="Leerlingpas"] > template') as HTMLTemplateElement;
    const text = pas.content.textContent ?? pas.innerHTML;
    expect(text).toContain(sanne.name);
    expect(text).toContain(sanne.klas);
    expect(text).toContain(sanne.mentor);
    // not in the light DOM: only the shadow root shows it on a live page
    expect(doc.querySelector('.pas-naam')).toBeNull();
  });

  it('has the card menu and prev/next links on the MX route', () => {
    const doc = mxDoc(RECORD);
    const menu = [...doc.querySelectorAll('nav[aria-label="Detailkaarten"] a')].map((a) => a.textContent);
    expect(menu).toEqual(['Algemeen', 'Ouders/verzorgers', 'Medisch', 'Aanvullend', 'Vrije info']);
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toMatch(/^#\/leerling\/\d+\/detail$/);
    expect(doc.querySelector('a[rel="prev"]')).not.toBeNull();
    expect(mxDoc('#/leerling/48213/detail/medisch').querySelector('dna-card[heading="Medisch"]')).not.toBeNull();
  });

  it('the markup name stays text', () => {
    const doc = mxDoc('#/leerling/48231/detail');
    expect(doc.querySelector('.mx-kaarten img:not([alt])')).toBeNull();
    expect(doc.querySelector('img[src="x"]')).toBeNull();
  });

  it('?frame=1 puts the view in a same-origin iframe inside div.view', () => {
    // as text: happy-dom would try to load the frame
    const page = magister.pageForRoute(RECORD, { variant: 'mx', frame: true, frameSearch: '?variant=mx&delay=0' });
    expect(page).toContain(
      '<div class="view ng-scope"><iframe class="mx-view-frame" title="Weergave" src="/magister/mx-view.html?variant=mx&amp;delay=0#/leerling/48213/detail"></iframe></div>',
    );
  });

  it('the Leerlingpas moves into an open shadow root in the browser', async () => {
    // @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
    await import('../../demo/magister/mx/components.js');
    const host = document.createElement('div');
    host.innerHTML = magister.renderView({ name: 'onbekend', path: '/leerling/48213/detail', params: {} }, { variant: 'mx' });
    document.body.append(host);
    const card = host.querySelector('dna-card[heading="Leerlingpas"]') as HTMLElement;
    expect(card.shadowRoot?.querySelector('.pas-naam')?.textContent).toBe(sanne.name);
    expect(card.shadowRoot?.querySelector('.pas-klas')?.textContent).toBe(sanne.klas);
    expect(host.querySelector('.pas-naam')).toBeNull();
    host.remove();
  });
});

describe('MX Invoer groep/vak and Toetsen', () => {
  const rowsOf = (doc: Document) => [...doc.querySelectorAll('.mx-raster-body > [role="row"]')];

  it('every row has the name, the visible stamnummer and inputs labelled "Cijfer {naam}"', () => {
    const rows = rowsOf(mxDoc(GRID));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      const name = row.querySelector('[role="rowheader"]')?.textContent ?? '';
      const id = row.querySelector('.mx-nr')?.textContent ?? '';
      expect(all.find((s) => s.id === id)?.name).toBe(name);
      const inputs = row.querySelectorAll('input');
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of inputs) expect(input.getAttribute('aria-label')).toBe(`Cijfer ${name}`);
    }
  });

  it('by default the last filled column, the next empty one and the average; "Weergave" all columns', () => {
    const row = rowsOf(mxDoc(GRID))[0] as Element;
    const inputs = [...row.querySelectorAll('input')];
    expect(inputs.map((i) => i.dataset.kolom)).toEqual(['PR1', 'SO2']);
    expect(inputs[0]?.value).toMatch(/^\d+,\d$/);
    expect(inputs[1]?.value).toBe('');
    expect(row.querySelector('.mx-gem')?.textContent).toMatch(/^\d+,\d$/);
    const alle = rowsOf(mxDoc(GRID, { alle: true }))[0] as Element;
    expect(alle.querySelectorAll('input')).toHaveLength(5);
    expect(mxDoc(GRID).querySelector('[role="tab"][aria-selected="false"]')?.textContent).toMatch(/^Weergave/);
  });

  it('marks show in the cell (letter and aria-label)', () => {
    const doc = mxDoc(GRID, { marks: { 'SO2/48213': 'inhalen' } });
    const cell = doc.querySelector('[data-stamnr="48213"] .mx-cel[data-kolom="SO2"]') as Element;
    expect(cell.getAttribute('data-markering')).toBe('inhalen');
    expect(cell.querySelector('.mx-markering')?.textContent).toBe('H');
    expect(cell.querySelector('input')?.getAttribute('aria-label')).toBe(`Cijfer ${sanne.name} (inhalen)`);
  });

  it('?rows=1000 renders far fewer rows than 1000 in a virtual scroll viewport with a full-height spacer', () => {
    const doc = mxDoc(GRID, { rows: 1000 });
    const rows = rowsOf(doc);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThanOrEqual(50);
    expect(doc.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).toBe('1001');
    const viewport = doc.querySelector('cdk-virtual-scroll-viewport') as HTMLElement;
    expect(viewport.querySelector('.cdk-virtual-scroll-spacer')?.getAttribute('style')).toBe('height: 32000px');
    const later = rowsOf(mxDoc(GRID, { rows: 1000, first: 500 }));
    expect(later[0]?.getAttribute('aria-rowindex')).toBe('502');
  });

  it('Cijfers › Toetsen: one column of inputs for every student and a Publiceren button', () => {
    const doc = mxDoc(TOETS);
    const rows = rowsOf(doc);
    expect(rows.length).toBe(all.length);
    for (const row of rows) expect(row.querySelectorAll('input')).toHaveLength(1);
    expect([...doc.querySelectorAll('button')].map((b) => b.textContent)).toContain('Publiceren');
  });
});
