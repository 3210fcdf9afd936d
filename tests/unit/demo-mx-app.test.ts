import { describe, expect, it } from 'vitest';

/** The MX app of the demo school running in happy-dom (demo/magister/mx/app.js): render, keys, recycling. */

type Demo = {
  ready: Promise<string>;
  mxKeyLog: { mark: string; stamnr: string; kolom: string }[];
  navigate: (h: string) => Promise<string>;
};
const demo = () => (window as unknown as { __demo: Demo }).__demo;
const key = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
const rows = () => [...document.querySelectorAll('.mx-raster-body > [role="row"]')];

describe('the MX app in a browser-like document', () => {
  it('renders the virtualised grid, moves with the keys, marks with Shift+2/H/V and recycles rows on scroll', async () => {
    history.replaceState(null, '', '/magister/?variant=mx&delay=0&rows=1000#/cijfers/groep/4v.sk1/sk');
    document.body.className = 'mx';
    // @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
    await import('../../demo/magister/mx/app.js');
    await demo().ready;
    expect(document.documentElement.dataset.demoRendered).toBe('/cijfers/groep/4v.sk1/sk');
    expect(rows().length).toBe(40);

    const first = rows()[0] as Element;
    const input = first.querySelectorAll('input')[1] as HTMLInputElement;
    input.focus();
    key(input, { key: 'H', code: 'KeyH', shiftKey: true });
    expect(first.querySelector('.mx-cel[data-kolom="SO2"]')?.getAttribute('data-markering')).toBe('inhalen');
    key(input, { key: '@', code: 'Digit2', shiftKey: true });
    expect(first.querySelector('.mx-cel[data-kolom="SO2"] .mx-markering')?.textContent).toBe('*');
    key(input, { key: 'V', code: 'KeyV', shiftKey: true });
    expect(demo().mxKeyLog.map((l) => l.mark)).toEqual(['inhalen', 'telt-niet-mee', 'vrijstelling']);

    key(input, { key: 'Enter' });
    expect(document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('3');
    key(document.activeElement as Element, { key: 'ArrowLeft' });
    expect((document.activeElement as HTMLInputElement).dataset.kolom).toBe('PR1');

    const viewport = document.querySelector('cdk-virtual-scroll-viewport') as HTMLElement;
    const before = first.getAttribute('data-stamnr');
    viewport.scrollTop = 32 * 500;
    viewport.dispatchEvent(new Event('scroll'));
    expect(rows()[0]).toBe(first);
    expect(first.getAttribute('data-stamnr')).not.toBe(before);
    expect(first.getAttribute('aria-rowindex')).toBe(String(500 - 5 + 2));

    await demo().navigate('#/leerling/48213/detail');
    const pas = document.querySelector('dna-card[heading="Leerlingpas"]') as HTMLElement;
    expect(pas.shadowRoot?.querySelector('.pas-naam')?.textContent).toBe('Sanne de Vries');
  });
});
