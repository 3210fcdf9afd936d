import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { findStudentById, findStudentBySomtodayId, findStudentByUuid, students } from '../../demo/data/students.js';
import { detectPage, routePageType } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import {
  loadMeaning,
  loadMeaningFrame,
  type MeaningEntry,
  type MeaningIdKind,
  meaning,
  meaningHtml,
} from '../fixtures/meaning/load-meaning';

/** The fixtures themselves (not the recogniser): files, ground truth and privacy. */

interface DemoStudent {
  id: string;
  uuid: string;
  somtodayId: string;
  leerlingnummer: string;
  name: string;
}
const all = students as DemoStudent[];
const byId = findStudentById as (id: string) => DemoStudent | undefined;
const byUuid = findStudentByUuid as (uuid: string) => DemoStudent | undefined;
const bySomtodayId = findStudentBySomtodayId as (id: string) => DemoStudent | undefined;

function demoStudent(kind: MeaningIdKind, id: string): DemoStudent | undefined {
  if (kind === 'stamnummer') return byId(id);
  if (kind === 'uuid') return byUuid(id);
  if (kind === 'somtodayId') return bySomtodayId(id);
  return all.find((s) => s.leerlingnummer === id);
}

/** Every demo id of every kind (5+ digits): the only long numbers a page may show besides staff numbers. */
const DEMO_NUMBERS = new Set(all.flatMap((s) => [s.id, s.somtodayId, s.leerlingnummer]));
/** Made-up personeelsnummers of the made-up teachers (trap-teacher-card, trap-staff). */
const STAFF_NUMBERS = new Set(['10482', '10517', '10533', '10561']);

const HERE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/meaning');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Visible-ish text of a node: text nodes joined by spaces, into open shadow roots, not into templates/styles. */
function deepText(node: Node, out: string[] = []): string[] {
  if (node.nodeType === 3) out.push(node.nodeValue ?? '');
  if (node.nodeType === 1) {
    const el = node as Element;
    if (['TEMPLATE', 'STYLE', 'SCRIPT'].includes(el.tagName)) return out;
    if (el.shadowRoot) for (const c of Array.from(el.shadowRoot.childNodes)) deepText(c, out);
  }
  for (const c of Array.from(node.childNodes)) deepText(c, out);
  return out;
}

/** Every element of a document, into open shadow roots. */
function deepElements(root: Document | ShadowRoot | Element, out: Element[] = []): Element[] {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  return out;
}

/** The entry's documents: the page itself and its frames' documents. */
function docsOf(entry: MeaningEntry): Document[] {
  return [loadMeaning(entry).doc, ...(entry.frames ?? []).map((f) => loadMeaningFrame(f).doc)];
}
function textOf(entry: MeaningEntry): string {
  return docsOf(entry)
    .flatMap((d) => deepText(d.body))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Each needle occurs after the previous one. */
function inOrder(haystack: string, needles: readonly string[]): boolean {
  let at = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, at);
    if (i < 0) return false;
    at = i + n.length;
  }
  return true;
}

const positives = meaning.filter((e) => e.expect !== 'none');
const records = meaning.filter((e) => e.expect === 'studentRecord');
const grids = meaning.filter((e) => e.expect === 'gradeEntry');
const traps = meaning.filter((e) => e.expect === 'none');

describe('meaning fixtures: manifest', () => {
  it('has enough pages of each kind, each file once', () => {
    expect(positives.length).toBeGreaterThanOrEqual(22);
    expect(records.length).toBeGreaterThanOrEqual(10);
    expect(grids.length).toBeGreaterThanOrEqual(8);
    expect(traps.length).toBeGreaterThanOrEqual(12);
    expect(new Set(meaning.map((e) => e.file)).size).toBe(meaning.length);
  });

  it('lists every html file in the folder (as a page or a frame)', () => {
    const listed = new Set(meaning.flatMap((e) => [e.file, ...(e.frames ?? []).map((f) => f.file)]));
    const onDisk = readdirSync(HERE).filter((f) => f.endsWith('.html'));
    expect(onDisk.map((f) => `meaning/${f}`).sort()).toEqual([...listed].sort());
  });

  it.each(meaning.map((e) => [e.file, e] as const))(
    '%s: static page on a plausible host that no shipped profile knows',
    (_, e) => {
      const html = meaningHtml(e.file);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      const { doc, url } = loadMeaning(e);
      const elements = deepElements(doc);
      expect(elements.filter((el) => el.tagName === 'SCRIPT')).toEqual([]);
      expect(elements.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')))).toEqual([]);
      expect(doc.body.children.length).toBeGreaterThan(0);
      const u = new URL(url);
      expect(u.protocol).toBe('https:');
      expect(u.hostname).toMatch(/(^|\.)magister\.net$|^docent\.somtoday\.nl$|^portaal\.democollege\.nl$/);
      expect(routePageType(url, shippedProfiles)).toBeUndefined();
      expect(detectPage(url, doc, shippedProfiles).status).not.toBe('recognised');
      expect(e.note.length).toBeGreaterThan(20);
    },
  );

  it('shadow content in the manifest is exactly the declarative template, and every template is listed', () => {
    for (const e of meaning) {
      const raw = new DOMParser().parseFromString(meaningHtml(e.file), 'text/html');
      const templates = Array.from(raw.querySelectorAll('template[shadowrootmode="open"]'));
      expect(templates.length, e.file).toBe(e.shadow?.length ?? 0);
      for (const s of e.shadow ?? []) {
        const hosts = raw.querySelectorAll(s.host);
        expect(hosts.length, `${e.file} ${s.host}`).toBe(1);
        const tpl = hosts[0]?.querySelector(':scope > template[shadowrootmode="open"]') as HTMLTemplateElement | null;
        expect(tpl?.innerHTML, `${e.file} ${s.host}`).toBe(s.html);
        expect(loadMeaning(e).doc.querySelector(s.host)?.shadowRoot?.innerHTML).toBe(s.html);
      }
    }
  });

  it('frames: the selector finds the iframe, its src names the frame file, same origin', () => {
    for (const e of meaning.filter((m) => m.frames)) {
      const { doc } = loadMeaning(e);
      for (const f of e.frames ?? []) {
        const iframe = doc.querySelector(f.selector);
        expect(iframe?.tagName, e.file).toBe('IFRAME');
        expect(iframe?.getAttribute('src')).toBe(basename(f.file));
        expect(new URL(f.url).origin).toBe(new URL(e.url).origin);
        expect(loadMeaningFrame(f).doc.body.children.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('meaning fixtures: records', () => {
  it.each(records.map((e) => [e.file, e] as const))('%s: shows the demo student; the id is where the manifest says', (_, e) => {
    const s = e.student;
    expect(s, 'records name their student').toBeDefined();
    expect(e.rows).toBeUndefined();
    if (!s) return;
    expect(demoStudent(s.idKind, s.id)?.name).toBe(s.name);
    const text = textOf(e);
    expect(text).toContain(s.name);
    if (s.idFrom === 'page') expect(text).toContain(s.id);
    else {
      expect(e.url).toContain(s.id);
      expect(text, 'a url-only id is not on the page').not.toContain(s.id);
    }
  });
});

describe('meaning fixtures: grids', () => {
  it.each(grids.map((e) => [e.file, e] as const))('%s: 3+ demo students in page order, ids where the manifest says', (_, e) => {
    const r = e.rows;
    expect(r, 'grids list their rows').toBeDefined();
    expect(e.student).toBeUndefined();
    if (!r) return;
    expect(r.count).toBeGreaterThanOrEqual(3);
    expect(r.ids.length).toBe(r.count);
    expect(r.names.length).toBe(r.count);
    expect(new Set(r.ids).size).toBe(r.count);
    for (const [i, id] of r.ids.entries()) {
      expect(id).toMatch(r.idKind === 'uuid' ? UUID : /^\d{3,}$/);
      expect(demoStudent(r.idKind, id)?.name, id).toBe(r.names[i]);
    }
    const text = textOf(e);
    expect(inOrder(text, r.names), 'names in page order').toBe(true);
    const els = docsOf(e).flatMap((d) => deepElements(d));
    const attrs = els.flatMap((el) => Array.from(el.attributes).map((a) => [el, a.name, a.value] as const));
    if (r.idFrom === 'cell') expect(inOrder(text, r.ids), 'ids in page order').toBe(true);
    else {
      for (const id of r.ids) expect(text, `${id} is not visible text`).not.toContain(id);
      const found = (pred: (el: Element, name: string, value: string, id: string) => boolean) =>
        r.ids.every((id) => attrs.some(([el, n, v]) => v.includes(id) && pred(el, n, v, id)));
      // A row attribute holding exactly the id (data-leerling-id, AG-Grid row-id), not a link or an element id.
      if (r.idFrom === 'attribute') expect(found((_el, n, v, id) => n !== 'href' && n !== 'id' && v === id)).toBe(true);
      if (r.idFrom === 'link') expect(found((el, n) => el.tagName === 'A' && n === 'href')).toBe(true);
      if (r.idFrom === 'cell-id') expect(found((_el, n) => n === 'id')).toBe(true);
    }
  });
});

describe('meaning fixtures: traps and privacy', () => {
  it.each(traps.map((e) => [e.file, e] as const))('%s: explains why it is a trap, carries no ground truth', (_, e) => {
    expect(e.note).toMatch(/^trap/);
    expect(e.note.length).toBeGreaterThan(40);
    expect(e.student).toBeUndefined();
    expect(e.rows).toBeUndefined();
  });

  it('no real-looking personal data: long numbers are demo ids or made-up staff numbers, e-mail and phones fictitious', () => {
    for (const e of meaning) {
      const text = textOf(e);
      for (const n of text.match(/\b\d{5,}\b/g) ?? []) {
        const generated = /^7000\d\d$/.test(n) && byId(n) !== undefined;
        expect(DEMO_NUMBERS.has(n) || STAFF_NUMBERS.has(n) || generated, `${e.file}: ${n}`).toBe(true);
      }
      for (const mail of text.match(/[\w.+-]+@[\w.-]+/g) ?? []) expect(mail, e.file).toMatch(/@example\.(nl|com|org)$/);
      const noDates = text.replace(/\b\d{2}-\d{2}-\d{4}\b/g, ' ');
      for (const phone of noDates.match(/(?:\+31|\b0)[1-9][\d -]{7,}\d/g) ?? []) expect(phone, e.file).toContain('0000');
    }
  });
});
