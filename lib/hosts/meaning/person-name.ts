/**
 * Does a text read as a person's name as school apps show it ("Sanne de Vries", "Ruben Çakır",
 * "Fleur Bakker-de Wit", "de Vries, Sanne", "J. Bakker")? Two to six words, letters only, each
 * word capitalised except Dutch tussenvoegsels; never a known label, a subject or a UI word.
 */

const PARTICLES = new Set([
  'de',
  'den',
  'der',
  'van',
  'het',
  'ten',
  'ter',
  'te',
  'op',
  'in',
  "'t",
  "'s",
  'la',
  'le',
  'du',
  'von',
  'el',
  'al',
  'da',
  'dos',
  'di',
]);

/** Words that make a capitalised two-word text not a name: subjects, app words, headings. */
const NOT_NAMES = new Set(
  [
    'nederlands',
    'engels',
    'frans',
    'duits',
    'spaans',
    'wiskunde',
    'biologie',
    'scheikunde',
    'natuurkunde',
    'geschiedenis',
    'aardrijkskunde',
    'economie',
    'maatschappijleer',
    'lichamelijke',
    'opvoeding',
    'kunst',
    'muziek',
    'tekenen',
    'informatica',
    'filosofie',
    'latijn',
    'grieks',
    'culturele',
    'vorming',
    'algemene',
    'natuurwetenschappen',
    'mentoruur',
    'studieles',
    'leerlingkaart',
    'leerling',
    'leerlingen',
    'personalia',
    'cijfers',
    'cijfer',
    'invoeren',
    'toetsen',
    'toets',
    'overzicht',
    'mentor',
    'klas',
    'groep',
    'profiel',
    'studie',
    'vandaag',
    'agenda',
    'berichten',
    'instellingen',
    'afwezigheid',
    'logboek',
    'inloggen',
    'wachtwoord',
    'welkom',
    'school',
    'college',
    'lyceum',
    'docent',
    'docenten',
    'basisgegevens',
    'algemeen',
    'weergave',
    'publiceren',
    'gemiddelde',
    'periode',
    'rapport',
    'schooljaar',
    'ouders',
    'verzorgers',
    'medisch',
    'vrije',
    'info',
    'aanvullend',
    'privégegevens',
    'toestemmingen',
    'leerlingpas',
    'detailkaart',
    'zoeken',
    'resultaten',
    'nieuw',
    'opslaan',
    'annuleren',
    'terug',
    'volgende',
    'vorige',
    'menu',
    'start',
    'home',
    'help',
    'uitloggen',
    'rooster',
  ].map((w) => w.toLowerCase()),
);

const WORD = /^(?:\p{Lu}\.?|\p{Lu}[\p{Ll}\p{Lu}'’]+(?:-\p{L}[\p{Ll}'’]*)*)$/u;

export function looksLikePersonName(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length < 4 || text.length > 60 || /[\d@:/|()[\]{}<>#=+*]/.test(text)) return false;
  const words = text.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 6 || (text.match(/,/g)?.length ?? 0) > 1) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower)) return false;
    if (PARTICLES.has(lower) && word === lower) continue;
    // An acronym ("SO", "PW", "HAVO") is no part of a name.
    if (!WORD.test(word) || (word.length > 1 && word === word.toUpperCase() && !word.endsWith('.'))) return false;
    if (!/^\p{Lu}\.?$/u.test(word)) capitalised++;
  }
  return capitalised >= 1 && words.filter((w) => !PARTICLES.has(w.toLowerCase())).length >= 2;
}

/** An element that calls itself a name (a class or element name with "naam" or "name" as a word part). */
const NAMED = /(?:^|[\s_-])(?:naam|name|leerlingnaam|studentname)(?:$|[\s_-])/i;

/** A name is what the school typed: an element the page marks as a name counts whatever it says. */
export function marksItselfAsName(el: Element): boolean {
  return NAMED.test(`${el.localName} ${el.getAttribute('class') ?? ''}`);
}
