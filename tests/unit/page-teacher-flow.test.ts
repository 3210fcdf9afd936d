import { describe, expect, it } from 'vitest';
import {
  PAGE_TYPE,
  pickedTexts,
  pickFor,
  profileFor,
  profileForConfirmation,
  secondCheckPasses,
  TEACH_STEPS,
  teach,
} from '../../lib/features/page-teacher/content/flow';
import { shippedProfiles } from '../../lib/hosts/profiles';
import type { HostProfile } from '../../lib/hosts/schema';
import { previewPageProfile } from '../../lib/hosts/teach/preview';
import { load } from '../fixtures/load';

const pathAndHash = (href: string) => `${new URL(href).pathname}${new URL(href).hash}`;
const value = (doc: Document, label: string) =>
  [...doc.querySelectorAll('li.kenmerk')]
    .find((li) => li.querySelector('.kenmerk-label')?.textContent === label)
    ?.querySelector('.kenmerk-waarde') as Element;

describe('teaching a page, step by step (the picker in the school page)', () => {
  it('asks for one field at a time, the row first for a list', () => {
    expect(TEACH_STEPS.studentRecord.map((s) => s.key)).toEqual(['name', 'id', 'klas', 'study', 'mentor']);
    expect(TEACH_STEPS.gradeEntry.map((s) => s.key)).toEqual(['row', 'name', 'id', 'input']);
    expect(TEACH_STEPS.gradeEntry.slice(1).every((s) => s.inRow)).toBe(true);
    expect(TEACH_STEPS.studentRecord.find((s) => s.key === 'id')?.fromAddress).toBe(true);
  });

  it('takes the table row around a click for a row, and only things inside that row afterwards', () => {
    const { doc } = load('magister/grade-entry-2027.html');
    const [first, second] = [...doc.querySelectorAll('tr.raster-rij')].filter((r) => r.querySelector('input'));
    const cell = first?.querySelector('td') as Element;
    const row = pickFor(TEACH_STEPS.gradeEntry[0] as never, cell, {}, doc.body);
    expect(row).toBe(first);
    const nameStep = TEACH_STEPS.gradeEntry[1] as never;
    expect(pickFor(nameStep, first?.querySelector('a') as Element, { row: first as Element }, doc.body)).toBeDefined();
    expect(pickFor(nameStep, second?.querySelector('a') as Element, { row: first as Element }, doc.body)).toBeUndefined();
  });

  it('turns the picks on one student into a profile that finds the next student, and says what was picked', () => {
    const sanne = load('magister/record-2027.html');
    const picks = {
      name: sanne.doc.querySelector('.naam-tekst') as Element,
      id: value(sanne.doc, 'Leerlingnummer'),
      klas: value(sanne.doc, 'Klas'),
      study: null,
      mentor: null,
    };
    const taught = teach('studentRecord', picks, sanne.doc, pathAndHash(sanne.url));
    expect(taught.missing).toEqual([]);
    const page = taught.page as NonNullable<typeof taught.page>;
    const first = previewPageProfile(sanne.url, sanne.doc, PAGE_TYPE.studentRecord, page);
    expect(first.student).toMatchObject({ id: '48213', name: 'Sanne de Vries', klas: '3H2' });
    const daan = load('magister/record-2027-daan.html');
    const second = previewPageProfile(daan.url, daan.doc, PAGE_TYPE.studentRecord, page);
    expect(second.student).toMatchObject({ id: '48220' });
    expect(secondCheckPasses('studentRecord', first, second)).toBe(true);
    // The same student again is no second check.
    expect(secondCheckPasses('studentRecord', first, first)).toBe(false);
    expect(pickedTexts(picks)).toEqual(['Sanne de Vries', '48213', '3H2']);
  });

  it('patches the shipped profile of a known host, and makes a profile of its own for a school portal', () => {
    expect(profileFor('demo.magister.net', shippedProfiles)).toEqual({ id: 'magister' });
    expect(profileFor('docent.somtoday.nl', shippedProfiles)).toEqual({ id: 'somtoday' });
    expect(profileFor('portaal.lindecollege.nl', shippedProfiles)).toEqual({
      id: 'eigen-portaal-lindecollege-nl',
      hosts: ['portaal.lindecollege.nl'],
    });
  });

  it('a confirmed page of a kind already kept goes beside it, not over it; the same kind of page again replaces it', () => {
    const magister = shippedProfiles.find((p) => p.id === 'magister') as HostProfile;
    const own = (id: string, route: string): HostProfile => ({
      ...magister,
      id,
      hosts: ['demo.magister.net'],
      pages: { gradeEntry: { ...(magister.pages.gradeEntry as NonNullable<HostProfile['pages']['gradeEntry']>), route } },
    });
    const off = shippedProfiles.map((p) => (p.id === 'magister' ? { ...p, disabled: true } : p));
    const groep = 'https://demo.magister.net/magister/?variant=mx#/cijfers/groep/4v.sk1/sk';
    const toetsen = 'https://demo.magister.net/magister/?variant=mx#/cijfers/toetsen/sk-so2';
    // Nothing kept yet: the host's own profile.
    expect(profileForConfirmation(groep, off, 'gradeEntry')).toEqual({
      id: 'eigen-demo-magister-net',
      hosts: ['demo.magister.net'],
    });
    const kept = [...off, own('eigen-demo-magister-net', '^/magister/#/cijfers/groep/')];
    // The same kind of page (it stopped matching): replaced in place.
    expect(profileForConfirmation(groep, kept, 'gradeEntry').id).toBe('eigen-demo-magister-net');
    // Another kind of grid page: a second profile of the teacher's own, the first stays.
    expect(profileForConfirmation(toetsen, kept, 'gradeEntry')).toEqual({
      id: 'eigen-demo-magister-net-2',
      hosts: ['demo.magister.net'],
    });
    // A record page on that host: the first profile has no record yet.
    expect(profileForConfirmation(toetsen, kept, 'studentRecord').id).toBe('eigen-demo-magister-net');
    const both = [...kept, own('eigen-demo-magister-net-2', '^/magister/#/cijfers/toetsen/')];
    expect(profileForConfirmation(toetsen, both, 'gradeEntry').id).toBe('eigen-demo-magister-net-2');
    // On a host whose shipped profile is on, the second kind carries that profile's hosts.
    expect(
      profileForConfirmation(
        'https://x.magister.net/#/a',
        [
          ...shippedProfiles.filter((p) => p.id !== 'magister'),
          { ...magister, pages: { gradeEntry: own('m', '^/#/b').pages.gradeEntry } },
        ],
        'gradeEntry',
      ),
    ).toEqual({
      id: 'magister-2',
      hosts: magister.hosts,
    });
  });
});
