import { words } from './text';

/**
 * Deficit without a deficit word: a lack attributed to the student by the structure of the sentence.
 * - understatement: "X is niet bepaald jouw sterkste kant";
 * - a quality or skill of the student said to be low: "je geduld is erg klein", "met je beperkte
 *   woordkennis";
 * - the student typed by a failing habit: "iemand die zo snel opgeeft als jij", "jij bent zo iemand
 *   die nooit …";
 * - a denied identity: "je bent geen denker", "ben jij geen studietype";
 * - what the student does comes to nothing: "daar komt bij jou weinig van terecht";
 * - a skill or habit denied to the student by an idiom: "plannen ligt je niet", "het zit er bij jou
 *   niet in", "niet jouw ding", "een gesloten boek", "weinig kaas gegeten van";
 * - the student's limits as a given: "je beperkte capaciteiten", "met jouw beperkingen", "je
 *   Nederlands is gebrekkig", "je houdt het tempo niet bij", "van jou verwacht ik weinig".
 */

/** A quality or skill of a person (the nouns a lack is said of). */
const SKILL =
  '(?:discipline|motivatie|talent|doorzettingsvermogen|concentratie|inzet|zelfvertrouwen|zelfdiscipline|zelfstandigheid|geduld|ambitie|interesse|aandacht|spanningsboog|woordenschat|woordkennis|kennis|werkhouding|[\\w-]*vaardigheid|[\\w-]*vaardigheden|[\\w-]*niveau|doorzetten|focus)';

/** Low, small, limited: a measure of lack. */
const LOW =
  '(?:laag|lager|te laag|gering|beperkt|klein|matig|minimaal|zwak|onvoldoende|niet (?:zo |erg |echt )?(?:groot|hoog|goed|sterk))';
const LOW_BEFORE = '(?:beperkte|geringe|lage|kleine|korte|matige|povere|magere|gebrekkige|zwakke)';

/** Giving up or shrinking back, as a habit. */
const HABIT = '(?:zo snel|zo gauw|snel|gauw|altijd|steeds|telkens|nooit|zelden)';
const GIVING_UP =
  '(?:afhaakt|afhaken|opgeeft|opgeven|dichtklapt|dichtklappen|(?:zich |je )?klein maakt|uitstelt|uitstellen|afdwaalt|wegloopt|vastloopt|in paniek raakt|twijfelt)';

/** The structures of a lack attributed to the student (the rule `deficit-attributed` in ./deficit.ts). */
export const ATTRIBUTED_LACK: readonly RegExp[] = [
  words(
    'niet (?:bepaald |echt |direct |meteen |zo |nou )?(?:je|jouw) (?:sterkste|sterke|beste) (?:kant|kanten|punt|punten|vak|kwaliteit)',
  ),
  words(`(?:je|jouw) (?:W )?${SKILL} (?:is|zijn|lijkt|blijft|was) (?:W ){0,2}${LOW}`),
  words(`(?:je|jouw) (?:W )?${LOW_BEFORE} ${SKILL}`),
  words(`iemand (?:die|met) (?:W ){0,3}${HABIT} (?:W ){0,3}${GIVING_UP} (?:W ){0,2}(?:als|zoals) (?:jij|jou)`),
  words(
    `(?:jij|je) (?:bent|ben|blijft) (?:W ){0,2}iemand die (?:W ){0,3}(?:${HABIT} (?:W ){0,3}${GIVING_UP}|nooit|altijd (?:W ){0,5}nodig)`,
  ),
  words(
    "(?:je|jij|u) (?:bent|ben) (?:W )?(?:geen|niet zo'?n|niet (?:echt|bepaald) een) (?:echte |goede |grote |sterke )?(?!(?:nummer|beginner|ander)\\b)[\\w-]*(?:er|aar|type)\\b(?! meer)",
  ),
  words('(?:ben|bent) (?:je|jij|u) (?:W )?geen [\\w-]*type'),
  words('(?:bij|van) (?:jou|je) (?:W ){0,2}(?:weinig|niets|niks|nauwelijks|niet veel)(?: iets| wat)? (?:van )?terecht'),
  words('ontbreekt (?:het )?(?:je|jou) (?:W ){0,2}aan'),
  words(
    '(?:je|jouw|uw) (?:beperkte|geringe) (?:capaciteiten|mogelijkheden|talenten|kwaliteiten)|(?:met|door) (?:je|jouw|uw) beperkingen',
  ),
  words(
    '(?:je|jouw|uw) (?:nederlands|engels|taal|rekenen|niveau) (?:is|blijft) (?:W ){0,2}(?:gebrekkig|beperkt|onvoldoende|te laag|ondermaats)',
  ),
  words(
    'verwacht (?:ik|we|wij) van (?:jou|je|u) (?:W ){0,3}(?:niet (?:zo |meer )?(?:veel|zoveel)|weinig)|van (?:jou|je|u) verwacht (?:ik|we|wij) (?:W ){0,3}(?:niet (?:zo |meer )?(?:veel|zoveel)|weinig)',
  ),
  words(
    '(?:jouw|je|uw) zwakke punten|(?:jouw|je|uw) tekortkomingen|(?:jij|je|u) (?:W ){0,2}(?:tekortschiet|tekort schiet|tekortschieten)',
  ),
  words(
    "(?:jouw|je|uw) (?:[\\w'-]+,? )?(?:onzekere|afwachtende|passieve|luie|slordige|negatieve|lakse|nonchalante|ongemotiveerde|brutale|ongeinteresseerde),? (?:houding|instelling|werkhouding|gedrag)",
  ),
];

/**
 * A skill or habit denied to the student by an idiom, in a statement (the rule `deficit-denied-skill`
 * in ./deficit.ts). As a question ("Wat ligt je niet?") it asks the student's own view and is fine.
 */
export const DENIED_SKILL: readonly RegExp[] = [
  words('(?:ligt|liggen|lag|lagen) (?:je|jou|u) (?:W ){0,2}(?:niet|slecht|totaal niet)\\b(?! (?:zo|zwaar|lekker|goed))'),
  words(
    '(?:zit|zat) (?:er )?bij (?:jou|je|u) (?:W ){0,2}(?:niet|nooit) in|(?:is|zit) (?:er )?bij (?:jou|je|u) (?:W ){0,3}(?:nooit|niet) (?:W )?in gekomen',
  ),
  words('(?:is|zijn) (?:W ){0,2}niet (?:echt |bepaald |zo )?(?:jouw|je|uw) (?:ding|kracht|talent)'),
  words('niet (?:W ){0,3}waar (?:jij|je|u) (?:W )?in (?:uitblinkt|uitblinken|goed bent|sterk bent)'),
  words('(?:een )?gesloten boek|(?:weinig|geen) kaas gegeten'),
  words(
    '(?:je|jij|u) (?:bent|ben) (?:nou eenmaal|nu eenmaal|gewoon|echt|duidelijk) geen (?:W )?(?:leerling|student|type|persoon) die',
  ),
  words('(?:het|dat) tempo (?:W ){0,4}niet (?:bij|aan)\\w*|(?:je|jij|u) (?:W ){0,3}niet (?:bijhoudt|aankunt|aan kunt)'),
];
