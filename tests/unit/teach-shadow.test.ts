import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/hosts/detect';
import { previewPageProfile } from '../../lib/hosts/teach/preview';
import { teachStudentRecord } from '../../lib/hosts/teach/teach-page';
import { parse } from '../fixtures/load';

/** Teaching a record that renders inside a web component's open shadow root (nothing of it in the light DOM). */
const STUDENTS = [
  { id: '48213', name: 'Sanne de Vries', klas: '3H2' },
  { id: '51877', name: 'Mohammed El Amrani', klas: 'V4B' },
];
const url = (id: string) => `https://demo.magister.net/lab/shadow.html#/leerlingen/${id}/kaart`;

function shadowRecord(student: (typeof STUDENTS)[number]): Document {
  const doc = parse(
    '<html><body><header><h1>Lab</h1></header><main id="inhoud"><lab-leerlingkaart></lab-leerlingkaart></main></body></html>',
  );
  const host = doc.querySelector('lab-leerlingkaart') as Element;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<section class="kaart"><h2 class="naam">${student.name}</h2><dl class="gegevens">
    <div class="gegeven"><dt>Leerlingnummer</dt><dd>${student.id}</dd></div>
    <div class="gegeven"><dt>Klas</dt><dd>${student.klas}</dd></div></dl></section>`;
  return doc;
}

describe('teaching inside an open shadow root', () => {
  it('builds selectors that step into the shadow root with >>>, and they find the next student too', () => {
    const [first, second] = STUDENTS as [(typeof STUDENTS)[number], (typeof STUDENTS)[number]];
    const doc = shadowRecord(first);
    const inner = (doc.querySelector('lab-leerlingkaart') as Element).shadowRoot as ShadowRoot;
    const dds = inner.querySelectorAll('dd');
    const taught = teachStudentRecord(
      doc,
      { name: inner.querySelector('h2.naam') as Element, id: dds[0] as Element, klas: dds[1] as Element },
      { pathAndHash: `/lab/shadow.html#/leerlingen/${first.id}/kaart` },
    );
    expect(taught.missing).toEqual([]);
    const page = taught.page;
    expect(page?.root).toBe('#inhoud');
    const selectors = JSON.stringify(page?.student);
    expect(selectors).toContain('lab-leerlingkaart >>> ');
    expect(selectors).not.toContain(first.name);
    expect(selectors).not.toContain(first.id);
    expect(previewPageProfile(url(first.id), doc, 'studentRecord', page as NonNullable<typeof page>).student).toMatchObject({
      id: first.id,
      name: first.name,
    });
    const next = shadowRecord(second);
    const detection = detectPage(url(second.id), next, [
      { id: 'lab', hosts: ['demo.magister.net'], excludeHosts: [], pages: { studentRecord: page } },
    ]);
    expect(detection.status === 'recognised' && detection.context.student).toMatchObject({
      id: second.id,
      name: second.name,
      klas: second.klas,
    });
  });
});
