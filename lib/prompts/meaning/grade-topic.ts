import { gradeParts } from './grade-occasion';
import { first, sentences, words } from './text';
import type { Rule } from './types';

/**
 * Grade as the topic (lob-content.md §5: "the grade is never the topic"): the student's grade or
 * average is what the question asks about, or a grade as a number. Grades as a field of work
 * ("beroepen met cijfers", "Studie in cijfers") are fine, and so is a grade the student gives or one
 * that only opens a question about what the student did or enjoyed, or grades the student reads
 * for themselves (./grade-occasion.ts).
 */

const GRADE =
  '(?:[\\w-]*cijfers?|rapportcijfers?|eindcijfers?|streefcijfers?|gemiddelde|onvoldoendes?|voldoendes|cijferlijst|tekorten)';

const PATTERNS: readonly RegExp[] = [
  words(`(?<!(?:los van|ongeacht|afgezien van|behalve|naast) )YOU (?:(?:laatste|laagste|hoogste|huidige|NUM) ){0,2}${GRADE}`),
  words(`(?:welk|welke|hoeveel|wat is) (?:W ){0,2}${GRADE}(?! (?:W ){0,5}(?:geef|geeft|geven)\\b)`),
  words(
    "hoeveel (?:W ){0,3}(?:toetsen|vakken|cijfers|proefwerken|examens|tentamens|so's|herkansingen) (?:W ){0,6}(?:voldoende|onvoldoende|gehaald|herkansen)",
  ),
  words(
    'een (?:[1-9]|10)(?:[,.]\\d)?[+-]? (?:W )?(?:haalt|haal|halen|haalde|staat|sta|staan|stond|hebt|heb|krijgt|krijg|scoort|of hoger|of meer|of lager|of beter|gemiddeld|op je rapport)',
  ),
  /(?<![€\d])\b\d{1,2},\d\b/u,
  words('\\d{1,2}-gemiddelde'),
  words('(?:welke|wat voor|hoeveel) (?:W )?(?:score|punten) (?:had|haalde|kreeg|heb|haal|behaalde) (?:je|jij)'),
  words('een (?:[1-9]|10) (?:voor|gemiddeld)'),
  words('gemiddeld (?:een|voor|staan|op)'),
  words(
    '(?:halen|haal|gehaald|scoren|gescoord) (?:W ){0,2}(?:voor|op) (?:je|jouw|de|het) (?:W ){0,1}(?:toets|proefwerk|examen|eindexamen|schoolexamen|tentamen|herkansing|se|pta)\\w*',
  ),
  words('(?:vak|vakken|toets|toetsen) (?:W ){0,3}(?:ophalen|herkansen|omhoog halen|voldoende)'),
  words('sta (?:je|jij) (?:het )?(?:laagst|hoogst|slechtst|best|onvoldoende|voldoende)|(?:laagste|hoogste) (?:cijfer|score)'),
  words(
    '(?:scoorde|haalde|kreeg|had) (?:je|jij) (?:W ){0,3}(?:voor|op) (?:de|je|het|jouw) (?:W ){0,2}[\\w-]*(?:toets|proefwerk|examen|schoolexamen|tentamen|so|werkstuk)\\w*',
  ),
  words('(?:vak|vakken) (?:W ){0,2}haal (?:je|jij) (?:niet|wel)|haal (?:je|jij) (?:W ){0,2}niet\\b'),
  words('YOU (?:W )?(?:rapport|rapporten|resultaten)'),
  words(
    '(?:een|geen) (?:voldoende|onvoldoende) (?:W ){0,2}(?:voor|halen|gehaald|staan)|(?:haal|halen|haalt|sta|staat) (?:W ){0,4}(?:een|geen) (?:voldoende|onvoldoende)',
  ),
  words("(?:deze|die|dit|zulke|zo'n) (?:W )?(?:cijfers?|gemiddelde)"),
  words(`(?:wat|welk cijfer) (?:heb|sta) (?:je|jij) (?:W ){0,4}staan|wat (?:sta|stond) (?:je|jij) (?:W ){0,2}voor`),
  words(`${GRADE} (?:W ){0,4}(?:halen|ophalen|omhoog|omlaag|nodig|hoog genoeg|goed genoeg|voldoende)`),
  /[\w-]*(?:toets|toetsen|examens?) gehaald\b/u,
  words('YOU (?:W )?[\\w-]*(?:toets|examen|tentamen)\\w* (?:W ){0,4}(?:niet|nog niet) gehaald'),
  words('(?:je|jouw) (?:[1-9](?:[,.]\\d)?|drie|vier|vijf|onvoldoende) (?:voor|op|bij) (?:W )?\\w+'),
  // Frames with open slots: the grade as evidence ("[grade] zegt/vertelt/laat zien …", not "zegt niets"),
  // a route that belongs with a grade ("[hoort/past] bij een gemiddelde van …"), an average as the
  // condition ("met een zes gemiddeld …"), and the grades asked for ("wat je voor je toetsen had").
  words(
    `(?:${GRADE}|rapport|[\\w-]*resultaten|scores?) (?:W ){0,4}(?:zegt|zeggen|vertelt|vertellen|laat zien|laten zien|bewijst|bewijzen|verraadt|verraden)(?! (?:W ){0,2}(?:niets|niks|niet|weinig))`,
  ),
  words(
    `(?:zegt|zeggen|vertelt|vertellen|laat|laten|bewijst|bewijzen) (?:je|jouw|die|deze|de|het) (?:W )?(?:${GRADE}|rapport|[\\w-]*resultaten|scores?) (?:W ){0,2}(?:over|dat|zien)`,
  ),
  words(`(?:hoort|horen|past|passen) (?:W ){0,2}bij (?:een|je|jouw) (?:W )?${GRADE}`),
  words('(?:welke|wat voor|hoeveel) (?:W )?(?:score|punten) (?:W ){0,6}(?:halen|scoren|nodig)'),
  words('met (?:een|je|jouw) (?:NUM|\\d{1,2}(?:[,.]\\d)?) gemiddeld'),
  words(
    'wat (?:je|jij) (?:W ){0,3}voor (?:je|jouw) (?:W ){0,3}[\\w-]*(?:toets|proefwerk|examen|tentamen)\\w* (?:had|haalde|hebt|kreeg|scoorde)',
  ),
];

export const GRADE_TOPIC_RULES: readonly Rule[] = [
  {
    id: 'grade-topic',
    kind: 'grade-topic',
    level: 'refuse',
    reason: {
      nl: 'Het cijfer of gemiddelde is het onderwerp van de vraag; een cijfer mag de aanleiding zijn, niet het onderwerp.',
      en: 'The grade or average is the topic of the question; a grade may be the occasion, never the topic.',
    },
    rewrite: {
      nl: "Vraag naar wat de leerling deed, leuk vond of wil: 'Wat vond je het leukst aan dit vak, en waar zie je het terug in werk?'",
      en: "Ask what the student did, enjoyed or wants: 'What did you enjoy most in this subject, and where do you see it in work?'",
    },
    test: (s) => first(gradeParts(s), PATTERNS),
  },
];

/**
 * Every grade in the text is no topic by the rules above: the student rates it or reads it, or it
 * only opens a question about experience. The learned backstop's guess "grade as the topic" then
 * yields to the rules (./index.ts).
 */
export function gradeOnlyTheOccasion(text: string): boolean {
  const all = sentences(text);
  return (
    all.some((s) => first(s.folded, PATTERNS) !== undefined) && all.every((s) => first(gradeParts(s), PATTERNS) === undefined)
  );
}
