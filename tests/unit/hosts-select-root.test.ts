import { describe, expect, it } from 'vitest';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { selectRoot } from '../../lib/hosts/select-root';

const PAGE = `
  <main class="app">
    <dt-resultaten id="empty"><dt-header><span class="titel">Leeg</span></dt-header></dt-resultaten>
    <section class="outer"><dt-resultaten id="nested-bar"><p>geen balk</p></dt-resultaten><div class="leerling-bar"><dt-leerling></dt-leerling></div></section>
    <div class="leerling-bar"><dt-resultaten id="bar-outside"><dt-leerling></dt-leerling></dt-resultaten></div>
    <dt-resultaten id="full"><dt-header><span class="lesgroep">4V.gs1</span></dt-header><div class="leerling-bar"><dt-leerling></dt-leerling></div></dt-resultaten>
    <ul class="k-grid"><li class="child"><span class="x"></span></li></ul>
    <ul class="k-grid" id="deep"><li><div><span class="child"></span></div></li></ul>
    <p class="a"></p><p class="b" id="after-a"></p>
  </main>`;

/** Root selectors: the shapes the fast path takes, and ones it must leave to the browser. */
const SELECTORS = [
  'dt-resultaten:has(dt-header span.lesgroep):has(.leerling-bar dt-leerling)',
  'dt-resultaten:has(.leerling-bar dt-leerling)',
  'dt-resultaten:has(dt-leerling)',
  'dt-resultaten:has(span.titel)',
  '.k-grid:has(> .child)',
  '.k-grid:has(.child)',
  'main :has(.child)',
  'main>:has(dt-leerling)',
  'dt-resultaten:has(span.lesgroep, span.titel)',
  'dt-resultaten:not(:has(span.lesgroep))',
  'dt-resultaten:has(:is(span.lesgroep))',
  'section, dt-resultaten:has(dt-leerling)',
  '[data-x="a:has(b)"]',
  'dt-resultaten',
  ...shippedProfiles.flatMap((profile) => Object.values(profile.pages).map((page) => page.root)),
];

describe('finding a view root', () => {
  it('finds what querySelector finds, for every selector shape', () => {
    document.body.innerHTML = PAGE;
    const outcome = (find: () => Element | null) => {
      try {
        return find();
      } catch {
        return 'throws';
      }
    };
    for (const selector of SELECTORS) {
      expect(
        outcome(() => selectRoot(document, selector)),
        selector,
      ).toBe(outcome(() => document.querySelector(selector)));
    }
    expect(selectRoot(document, SELECTORS[0] as string)?.id).toBe('full');
  });

  it('throws on a bad selector as querySelector does (the caller reports a miss)', () => {
    expect(() => selectRoot(document, 'dt-resultaten:has(')).toThrow();
  });
});
