import { describe, expect, it } from 'vitest';
import { containsStudentData } from '../../lib/hosts/teach/host-patch';
import { generalizeRoute } from '../../lib/hosts/teach/route';
import { isStableClass, isStableToken } from '../../lib/hosts/teach/stable-token';
import { compileStudentMatcher, fold, mentionsStudent, words } from '../../lib/hosts/teach/student-words';
import { picker, prng } from '../support/prng';

const SANNE = 'Sanne de Vries';

describe('fold and words', () => {
  it.each([
    ['Çakır', 'cakir'],
    ['Zoë', 'zoe'],
    ['Émilie', 'emilie'],
    ['Øster', 'oster'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['Öztürk', 'ozturk'],
  ])('fold(%s) = %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it.each([
    ['sanneDeVries', ['sanne', 'de', 'vries']],
    ['naam-sanne-de-vries', ['naam', 'sanne', 'de', 'vries']],
    ['S.deVries', ['s', 'de', 'vries']],
    ['de Vries, Sanne', ['de', 'vries', 'sanne']],
    ['HTMLElement', ['html', 'element']],
    ['rij48213', ['rij', '48213']],
    ['IJzerman', ['ijzerman']],
    ['sanneIJzerman', ['sanne', 'ijzerman']],
    ["'t Hart", ['t', 'hart']],
    ['Çakır_Öztürk', ['cakir', 'ozturk']],
    ['', []],
  ])('words(%s)', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('mentionsStudent: forms that must hit', () => {
  it.each([
    // class slugs and run-together forms (rule a)
    ['naam-sanne-de-vries', SANNE],
    ['sannedevries', SANNE],
    ['SanneDeVries', SANNE],
    ['sanne_de_vries', SANNE],
    ['  Sanne   de  Vries ', SANNE],
    // camelCase and separate words (rule b)
    ['sanneDeVries', SANNE],
    ['leerlingSanne', SANNE],
    ['de Vries, Sanne', SANNE],
    ['Vries S.', SANNE],
    ['vries', SANNE],
    ['Cijfer van de Vries, Sanne', SANNE],
    ['[data-naam="sanne"]', SANNE],
    ['data-leerling="sanne_devries"', SANNE],
    ['kaart-vries-sanne', SANNE],
    // surname and initials (rule b's glued forms)
    ['S. de Vries', SANNE],
    ['S.deVries', SANNE],
    ['s-devries', SANNE],
    ['sdevries', SANNE],
    ['svries', SANNE],
    ['devries', SANNE],
    ['vries-s', SANNE],
    ['vriessanne', SANNE],
    // the value written the other way round
    ['naam-sanne-de-vries', 'de Vries, Sanne'],
    ['sanneDeVries', 'Vries, Sanne de'],
    // diacritics folded either way
    ['ruben-cakir', 'Ruben Çakır'],
    ['Çakır', 'Ruben Cakir'],
    ['zoe-celik', 'Zoë Çelik'],
    ['emilieVanDenHeuvel', 'Émilie van den Heuvel'],
    ['e-vandenheuvel', 'Émilie van den Heuvel'],
    ['ozturk', 'Sem Öztürk'],
    // hyphenated surnames, particles, the Dutch IJ
    ['fleur-bakkerdewit', 'Fleur Bakker-de Wit'],
    ['f-bakker', 'Fleur Bakker-de Wit'],
    ['hart-gerrit', "Gerrit 't Hart"],
    ['ghart', "Gerrit 't Hart"],
    ['ijzerman-s', 'Sanne IJzerman'],
    ['sanneIJzerman', 'Sanne IJzerman'],
    // URL segments
    ['/leerling/sanne-de-vries/kaart', SANNE],
    ['/leerling/Sanne%20de%20Vries/kaart', 'Sanne de Vries'],
    ['#/leerlingen/vries-sanne', SANNE],
    // ids and codes (rule a: substrings, as before)
    ['rij-48213', '48213'],
    ['148213', '48213'],
    ['cel-48-213', '48213'],
    ['klas-4hb', '4HB'],
    ['4HB', '4HB'],
    ['havo-4', 'havo 4'],
    // initials-only names still hit through the surname
    ['bakker', 'J. Bakker'],
    ['jbakker', 'J. Bakker'],
  ])('%s mentions %s', (text, value) => {
    expect(mentionsStudent(text, [value])).toBe(true);
  });
});

describe('mentionsStudent: forms that must not hit', () => {
  it.each([
    ['header', SANNE],
    ['vriesland', SANNE],
    ['de', SANNE],
    ['de-kaart', SANNE],
    ['van-de-rij', SANNE],
    ['leerling-naam', SANNE],
    ['cel-naam', SANNE],
    ['naam-tekst', SANNE],
    ['Naam', SANNE],
    ['sannes-kaart-x', 'Anne Vries'],
    ['hb-kolom', '4HB'],
    ['opleiding-havo', 'havo 4'],
    ['havo', 'havo 4'],
    ['vwo', 'vwo 5'],
    ['row-4', '48213'],
    ['x', 'x'],
    ['kolom', ''],
    ['klas', 'de'],
    ['van', 'van der'],
  ])('%s does not mention %s', (text, value) => {
    expect(mentionsStudent(text, [value])).toBe(false);
  });

  it('checks against the list it is given each time (no stale cache)', () => {
    expect(mentionsStudent('naam-sanne', [SANNE])).toBe(true);
    expect(mentionsStudent('naam-sanne', ['Daan Bos'])).toBe(false);
    expect(mentionsStudent('naam-sanne', [])).toBe(false);
    const list = ['Daan Bos'];
    expect(mentionsStudent('naam-sanne', list)).toBe(false);
    list.push(SANNE);
    expect(mentionsStudent('naam-sanne', list)).toBe(true);
  });

  it('a compiled matcher sees every value of its list', () => {
    const matches = compileStudentMatcher([SANNE, '48213', '4HB', 'havo 4']);
    expect(['sanneDeVries', 'rij-48213', 'klas-4hb', 'havo-4'].every(matches)).toBe(true);
    expect(['header', 'rij', 'klas', 'havo', 'leerling-kaart'].some(matches)).toBe(false);
  });
});

describe('the teach checks use it', () => {
  it('isStableToken and isStableClass refuse a name in any form', () => {
    for (const token of ['naam-sanne-de-vries', 'sanneDeVries', 'de Vries, Sanne', 'S. de Vries', 'sanne_devries']) {
      expect(isStableToken(token, [SANNE]), token).toBe(false);
    }
    expect(isStableClass('naam-sanne-de-vries', [SANNE])).toBe(false);
    expect(isStableClass('naam-tekst', [SANNE])).toBe(true);
    expect(isStableToken('Leerlingnummer', [SANNE, '48213'])).toBe(true);
  });

  it('containsStudentData finds a name in a class, an aria-label or a route of a patch', () => {
    const patch = (root: string) => ({ id: 'magister', pages: { x: { route: '^/x', root } } });
    expect(containsStudentData(patch('.naam-sanne-de-vries'), [SANNE])).toBe(true);
    expect(containsStudentData(patch('[aria-label="Cijfer van de Vries, Sanne"]'), [SANNE])).toBe(true);
    expect(containsStudentData(patch('[data-leerling="S.deVries"]'), [SANNE])).toBe(true);
    expect(containsStudentData(patch('.leerling-kaart .naam-tekst'), [SANNE, '48213'])).toBe(false);
  });
});

describe('generalizeRoute with forbidden values', () => {
  const ANY = '[^/?#]+';
  const END = '(?=[/?#]|$)';

  it('a segment that mentions a name becomes [^/?#]+', () => {
    const route = generalizeRoute('/leerling/sanne-de-vries/kaart', undefined, [SANNE]);
    expect(route).toBe(`^/leerling/${ANY}/kaart${END}`);
    const pattern = new RegExp(route as string);
    expect(pattern.test('/leerling/daan-bos/kaart')).toBe(true);
    expect(pattern.test('/leerling/daan-bos/logboek')).toBe(false);
  });

  it('in a hash, encoded, reversed or camelCase, and beside the id', () => {
    expect(generalizeRoute('/magister/#/leerlingen/vries-sanne/kaart', undefined, [SANNE])).toBe(
      `^/magister/#/leerlingen/${ANY}/kaart${END}`,
    );
    expect(generalizeRoute('/dossier/Sanne%20de%20Vries', undefined, [SANNE])).toBe(`^/dossier/${ANY}${END}`);
    expect(generalizeRoute('/dossier/sanneDeVries/cijfers', undefined, [SANNE])).toBe(`^/dossier/${ANY}/cijfers${END}`);
    expect(generalizeRoute('/leerling/48213/sanne-de-vries', '48213', [SANNE, '48213'])).toBe(
      `^/leerling/(?<id>${ANY})/${ANY}${END}`,
    );
  });

  it('keeps the hash sign literal when the name follows it', () => {
    const route = generalizeRoute('/kaart#sanne-de-vries', undefined, [SANNE]) as string;
    expect(route).toBe(`^/kaart#${ANY}${END}`);
    expect(new RegExp(route).test('/kaart#daan-bos')).toBe(true);
    expect(new RegExp(route).test('/profiel#daan-bos')).toBe(false);
  });

  it('without forbidden values, or when none is in the address, nothing changes', () => {
    expect(generalizeRoute('/leerling/sanne-de-vries/kaart')).toBe(`^/leerling/sanne-de-vries/kaart${END}`);
    expect(generalizeRoute('/magister/#/leerlingen/48213/kaart', '48213', [SANNE, '48213'])).toBe(
      `^/magister/#/leerlingen/(?<id>${ANY})/kaart${END}`,
    );
    expect(generalizeRoute('/magister/#/cijfers/invoeren/4v.sk1/1', undefined, [SANNE])).toBe(
      `^/magister/#/cijfers/invoeren/(?<group>${ANY})/${ANY}${END}`,
    );
  });
});

/**
 * Generated Dutch names: first and last names chosen so that none is also a word of the
 * ordinary interface texts below (a student called "Kaart" would rightly forbid `leerling-kaart`).
 */
// biome-ignore format: a list of names reads best as a block
const FIRST = [
  'Sanne', 'Daan', 'Lotte', 'Bram', 'Fleur', 'Thijs', 'Noor', 'Jesse', 'Mila', 'Finn', 'Saar', 'Ruben', 'Anouk', 'Gijs',
  'Iris', 'Yara', 'Ayoub', 'Zoë', 'Émilie', 'Björn', 'Ilse', 'Chloë', 'Sem', 'Eva', 'Lucas', 'Julia', 'Tess', 'Milan',
  'Levi', 'Hidde', 'Wouter', 'Femke', 'Jip', 'Mohammed', 'Søren', 'Ïsa',
] as const;
// biome-ignore format: a list of names reads best as a block
const LAST = [
  'Vries', 'Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Dekker', 'Dijk', 'Graaf',
  'Leeuwen', 'Brink', 'Heuvel', 'Wit', 'Jong', 'Hoekstra', 'Kuipers', 'Verhoeven', 'Öztürk', 'Çakır', 'Çelik', 'Haddou',
  'Benali', 'Amrani', 'Kok', 'Peters', 'Hendriks', 'Dijkstra', 'Postma', 'IJzerman', 'Bakker-Smit',
] as const;
const PARTICLES = ['', '', '', 'de', 'van', 'van der', 'van den', 'ten', 'ter', "'t", 'in het', 'el'] as const;

/** Ordinary interface classes, attributes and labels: no generated name may ever forbid one. */
// biome-ignore format: a list of texts reads best as a block
const UI_TEXTS = [
  'leerling-kaart', 'Leerlingnummer', 'Mentor', 'Klas', 'Opleiding', 'raster-rij', 'score-invoer', 'gridcell', 'row',
  'naam-tekst', 'header', 'cel-naam', 'leerling-naam', 'kenmerk-label', 'kenmerk-waarde', 'cijfer-cel', 'cijfers-invoeren',
  'lesgroep', 'kolom-kop', 'rij-kop', 'Stamnummer', 'Geboortedatum', 'Profiel', 'Studie', 'Vak', 'Toets', 'Weging', 'Datum',
  'Gemiddelde', 'Absenties', 'Logboek', 'Rapport', 'nav-item', 'main-content', 'tabel-body', 'knop-opslaan', 'zoekveld',
  'toolbar', 'Cijfer invoeren', 'Omschrijving', 'grid-row', 'list-item', 'card-title', 'data-leerling-id', 'aria-label',
  'columnheader', 'student-row', 'naam', 'Achternaam', 'Voornaam',
] as const;

interface GeneratedName {
  first: string;
  particle: string;
  last: string;
}

const fullName = ({ first, particle, last }: GeneratedName) => [first, particle, last].filter((p) => p !== '').join(' ');
const surname = ({ particle, last }: GeneratedName) => [particle, last].filter((p) => p !== '').join(' ');
const slug = (text: string) => text.toLowerCase().replace(/[\s']+/g, '-');
const deburr = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const camel = (text: string) =>
  text
    .split(/[\s'-]+/)
    .filter((w) => w !== '')
    .map((w, i) => (i === 0 ? w.toLowerCase() : `${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`))
    .join('');

/** The forms a page might write a name in. */
function formsOf(name: GeneratedName): string[] {
  const full = fullName(name);
  const last = surname(name);
  return [
    `naam-${slug(full)}`,
    `naam-${slug(deburr(full))}`,
    camel(full),
    `${last}, ${name.first}`,
    `${name.last}, ${name.first}${name.particle ? ` ${name.particle}` : ''}`,
    `[data-naam="${deburr(name.first).toLowerCase()}_${deburr(last)
      .toLowerCase()
      .replace(/[\s']+/g, '')}"]`,
    `${name.first.charAt(0)}. ${last}`,
    `/leerling/${encodeURIComponent(full)}/kaart`,
    `Cijfer van ${last}, ${name.first}`,
  ];
}

describe('property: generated Dutch names', () => {
  const pick = picker(prng(4821));
  const names: GeneratedName[] = Array.from({ length: 300 }, () => ({
    first: pick(FIRST),
    particle: pick(PARTICLES),
    last: pick(LAST),
  }));

  it('every generated name is caught in slug, camelCase, reversed, data-attribute, initials and URL forms', () => {
    for (const name of names) {
      const value = fullName(name);
      for (const form of formsOf(name)) expect(mentionsStudent(form, [value]), `${form} ← ${value}`).toBe(true);
      expect(mentionsStudent(camel(value), [`${surname(name)}, ${name.first}`]), `${value} reversed`).toBe(true);
    }
  });

  it('no generated name forbids an ordinary interface text', () => {
    for (const name of names) {
      const value = fullName(name);
      for (const text of UI_TEXTS) expect(mentionsStudent(text, [value]), `${text} ← ${value}`).toBe(false);
    }
    const everyone = compileStudentMatcher(names.map(fullName));
    expect(UI_TEXTS.filter(everyone)).toEqual([]);
  });
});
