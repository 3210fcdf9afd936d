import { describe, expect, it } from 'vitest';
import { EVIDENCE, lookOf, type MeaningLook, recordLook, validLooks } from '../../lib/core/meaning-look';
import type { Miss } from '../../lib/hosts/context';
import { detectPage } from '../../lib/hosts/detect';
import { type DiagnosticsLog, recordMiss, redactSelector, serializeDiagnostics } from '../../lib/hosts/diagnostics';
import { recogniseByMeaning } from '../../lib/hosts/meaning/recognise';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { hostProfileSchema } from '../../lib/hosts/schema';
import { fixtureHtml, parse } from '../fixtures/load';
import { loadMeaning, type MeaningEntry, meaning } from '../fixtures/meaning/load-meaning';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

describe('diagnostics log', () => {
  it('deduplicates by profile/pageType/what/selector with a count and first/last seen', () => {
    const miss: Miss = { profileId: 'magister', pageType: 'studentRecord', what: 'root', selector: 'section.leerling-kaart' };
    let log = recordMiss(undefined, miss, T0);
    log = recordMiss(log, { ...miss }, T0 + 1000);
    log = recordMiss(log, { ...miss, selector: '.other' }, T0 + 2000);
    expect(log.entries).toEqual([
      { ...miss, count: 2, firstSeen: T0, lastSeen: T0 + 1000 },
      { ...miss, selector: '.other', count: 1, firstSeen: T0 + 2000, lastSeen: T0 + 2000 },
    ]);
  });

  it('is pure and capped to the newest entries', () => {
    const start: DiagnosticsLog = { version: 1, entries: [] };
    let log = start;
    for (let i = 0; i < 50; i++) log = recordMiss(log, { profileId: 'magister', what: 'root', selector: `.s${i}` }, T0 + i, 10);
    expect(start.entries).toEqual([]);
    expect(log.entries).toHaveLength(10);
    expect(log.entries[0]?.selector).toBe('.s40');
    expect(log.entries[9]?.selector).toBe('.s49');
  });

  it('keeps only codes and selectors; drops anything else a caller passes', () => {
    const sneaky = {
      profileId: 'magister',
      what: 'studentId',
      pageType: 'nonsense',
      name: 'Sanne de Vries',
      id: '48213',
      grade: 7.8,
    } as unknown as Miss;
    const log = recordMiss(undefined, sneaky, T0);
    expect(log.entries).toEqual([{ profileId: 'magister', what: 'studentId', count: 1, firstSeen: T0, lastSeen: T0 }]);
    expect(recordMiss(log, { profileId: 'x', what: 'weird' } as unknown as Miss, T0).entries).toHaveLength(1);
    expect(recordMiss(log, { profileId: 'Sanne de Vries', what: 'root' }, T0).entries[1]?.profileId).toBe('onbekend');
  });

  it('masks ids and free text pasted into selectors', () => {
    expect(redactSelector('[data-leerling-id="48213"] .naam')).toBe('[data-leerling-id="…"] .naam');
    expect(redactSelector('#leerling-48213')).toBe('#leerling-#');
    expect(redactSelector('[title="Sanne de Vries"]')).toBe('[title="…"]');
    expect(redactSelector('.absentie-telling[data-soort="ongeoorloofd"]')).toBe('.absentie-telling[data-soort="ongeoorloofd"]');
    expect(redactSelector('x'.repeat(500))).toHaveLength(200);
  });

  it('a miss from a real page never contains the student name or id', () => {
    // the vendor renamed the card and dropped the id attribute; a school profile keys on the id label
    const html = fixtureHtml('magister/record.html')
      .replace(' data-leerling-id="48213"', '')
      .replace('<dt>Stamnummer</dt>', '<dt>Nummer</dt>');
    const doc = parse(html);
    const profile = hostProfileSchema.parse({
      id: 'school-lvs',
      hosts: ['lvs.school.nl'],
      pages: {
        studentRecord: {
          route: '^/kaart',
          root: 'section.leerling-kaart',
          student: { id: { selector: '[data-leerling-id="48213"]', attribute: 'data-leerling-id', labels: ['Stamnummer'] } },
        },
      },
    });
    const misses: Miss[] = [];
    for (const [href, profiles] of [
      ['https://lvs.school.nl/kaart', [profile]],
      ['https://demo.magister.net/magister/#/leerlingen/48213/kaart', shippedProfiles],
      ['https://demo.magister.net/magister/#/vandaag', shippedProfiles],
    ] as const) {
      const d = detectPage(href, doc, profiles);
      if (d.status !== 'recognised' && d.miss) misses.push(d.miss);
    }
    const loading = parse(fixtureHtml('magister/record-loading.html'));
    const pending = detectPage('https://demo.magister.net/magister/#/leerlingen/48213/kaart', loading, shippedProfiles);
    if (pending.status === 'pending') misses.push(pending.miss);
    expect(misses.length).toBeGreaterThanOrEqual(3);
    let log: DiagnosticsLog | undefined;
    for (const miss of misses) log = recordMiss(log, miss, T0);
    const exported = serializeDiagnostics(log);
    expect(JSON.parse(exported)).toMatchObject({ kind: 'lob-host-diagnostics', version: 1 });
    for (const secret of ['48213', 'Sanne', 'Vries', '3H2', '7,8', 'Natuur']) expect(exported).not.toContain(secret);
    expect(exported).toContain('"what": "studentId"');
    expect(exported).toContain('"what": "root"');
  });

  it('serializes to JSON with ISO times and survives a corrupt stored log', () => {
    const log = recordMiss(undefined, { profileId: 'somtoday', pageType: 'gradeEntry', what: 'root', selector: 'x' }, T0);
    const json = JSON.parse(serializeDiagnostics(log));
    expect(json.entries).toEqual([
      {
        profileId: 'somtoday',
        pageType: 'gradeEntry',
        what: 'root',
        selector: 'x',
        count: 1,
        firstSeen: '2026-11-23T09:00:00.000Z',
        lastSeen: '2026-11-23T09:00:00.000Z',
      },
    ]);
    const corrupt = { version: 1, entries: [{ what: 'root', profileId: 'a', firstSeen: 'x', count: 'y' }, null] } as never;
    expect(() => serializeDiagnostics(corrupt)).not.toThrow();
    expect(() => recordMiss(corrupt, { profileId: 'a', what: 'root' }, T0)).not.toThrow();
  });
});

describe('what recognition by meaning saw (the diagnostics of pages no profile knows)', () => {
  const record: MeaningLook = { host: 'school.magister.net', outcome: 'studentRecord', evidence: ['naam:heading', 'afstand:2'] };

  it('counts each host, outcome and evidence; keeps the newest 50', () => {
    let log = recordLook(undefined, record, T0);
    log = recordLook(log, { ...record }, T0 + 1000);
    log = recordLook(log, { host: 'school.magister.net', outcome: 'none', evidence: [] }, T0 + 2000);
    expect(log).toEqual([
      { ...record, count: 2, firstSeen: T0, lastSeen: T0 + 1000 },
      { host: 'school.magister.net', outcome: 'none', evidence: [], count: 1, firstSeen: T0 + 2000, lastSeen: T0 + 2000 },
    ]);
    for (let i = 0; i < 80; i++) log = recordLook(log, { ...record, host: `s${i}.magister.net` }, T0 + 3000 + i);
    expect(log).toHaveLength(50);
    expect(log.at(-1)?.host).toBe('s79.magister.net');
  });

  it('keeps kinds and positions only: a name, a number or an odd host in what is stored is dropped', () => {
    const stored = [
      { ...record, evidence: ['naam:heading', 'naam:Sanne de Vries', 'nummer:48213x'], count: 3, firstSeen: T0, lastSeen: T0 },
      { ...record, host: 'Sanne de Vries', count: 1, firstSeen: T0, lastSeen: T0 },
      { ...record, outcome: 'sanne', count: 1, firstSeen: T0, lastSeen: T0 },
      'nonsense',
    ];
    expect(validLooks(stored)).toEqual([{ ...record, evidence: ['naam:heading'], count: 3, firstSeen: T0, lastSeen: T0 }]);
    expect(validLooks({ not: 'a list' })).toEqual([]);
  });

  it('a finding becomes its kind and evidence; no finding is "none"', () => {
    expect(lookOf(undefined)).toEqual({ outcome: 'none', evidence: [] });
    const { doc, url } = loadMeaning(meaning.find((e) => e.file === 'meaning/record-dl.html') as MeaningEntry);
    const seen = lookOf(recogniseByMeaning(doc, url));
    expect(seen.outcome).toBe('studentRecord');
    expect(seen.evidence).toContain('nummer:label');
    expect(seen.evidence.every((e) => EVIDENCE.test(e))).toBe(true);
    expect(JSON.stringify(seen)).not.toMatch(/51877|Amrani/);
  });
});
