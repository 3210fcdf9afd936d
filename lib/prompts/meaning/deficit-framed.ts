import { words } from './text';

/**
 * Deficit by its grammatical frame, with open classes in the slots (issue #30: frames, not the words
 * of missed sentences):
 * - [the student's quality] + [copula] + [a measure of lack]: "je concentratievermogen is gering",
 *   "je taal is een blok aan je been", "jouw spreekvaardigheid is te laag";
 * - [with/given the student's] + [small-adjective] + [quality]: "met jouw bescheiden capaciteiten";
 * - [the student] + [falls short]: "u schiet als student nog tekort", "omdat je tekortschoot";
 * - [the student] + [misses/lacks] + [quality]: "je mist nog wat doorzettingsvermogen";
 * - [lack] + [in the student's quality]: "wat ontbreekt er aan je houding";
 * - a fronted skill + [negated ability]: "Sociaal ben je niet zo handig, …";
 * - a skill wasted on the student: "theorie is niet aan jou besteed";
 * - success said to be rare for the student: "het lukt je amper", "leren gaat bij jou moeizaam";
 * - understanding denied: "je begrijpt de stof onvoldoende";
 * - the contrast "wel …, maar … niet": "je werkt wel hard maar begrijpt de stof niet";
 * - nothing came of it: "is er bij jou weinig van gekomen".
 */

/** A quality, skill or capacity of a person: open by its endings (…vermogen, …vaardigheid, …beheersing). */
const QUALITY =
  '(?:[\\w-]*vermogen|[\\w-]*vaardigheid|[\\w-]*vaardigheden|[\\w-]*beheersing|capaciteiten|capaciteit|talent|talenten|discipline|zelfdiscipline|motivatie|concentratie|inzet|zelfvertrouwen|zelfstandigheid|geduld|ambitie|aandacht|spanningsboog|woordenschat|houding|werkhouding|instelling|taal|taalniveau|nederlands|engels|rekenen|werktempo|tempo|inzicht|intelligentie|niveau|doorzetten|initiatief|focus)';

/** A measure of lack, said of a quality. */
const SHORT =
  '(?:te laag|te klein|te gering|te beperkt|gering|beperkt|laag|matig|mager|pover|bescheiden|ontoereikend|niet toereikend|niet voldoende|niet genoeg|onder de maat|een (?:blok aan (?:je|jouw|uw) been|struikelblok|obstakel|handicap|rem|zorgpunt))';
const SMALL_BEFORE = '(?:beperkte|geringe|lage|kleine|korte|matige|povere|magere|gebrekkige|zwakke|bescheiden)';

/** Skills and qualities a person is said to lack, as adjectives ("niet zo handig"). */
const ABLE = '(?:handig|sterk|goed|slim|vaardig|sociaal|snel|zelfstandig|gemotiveerd|geschikt|talentvol|leergierig)';

/** Question words: a fronted one asks the student ("Waarin ben je niet zo goed?") and is fine. */
const ASKING = '(?!(?:waarin|waar|wat|hoe|wanneer|welke?|waarom|wie|of|als)\\b)';

/** The frames of a lack, in any sentence that is not a case put to the student. */
export const FRAMED_LACK: readonly RegExp[] = [
  words(`(?:je|jouw|uw) (?:W )?${QUALITY} (?:is|zijn|lijkt|blijft|was|bleek) (?:W ){0,3}${SHORT}`),
  words(`(?:met|door|gezien|bij) (?:je|jouw|uw) (?:W )?${SMALL_BEFORE} ${QUALITY}`),
  words(
    '(?:je|jij|u) (?:schiet|schoot) (?:W ){0,4}(?:tekort|te kort)\\b|(?:je|jij|u) (?:W ){0,3}(?:tekortschoot|tekortgeschoten|te kort schoot)',
  ),
  words(`(?:je|jij|u) (?:mist|miste|ontbeert|ontbeerde) (?:W ){0,3}${QUALITY}`),
  words(`ontbreekt (?:er )?(?:W ){0,3}aan (?:je|jouw|uw) (?:W )?${QUALITY}`),
  words(
    `^${ASKING}W (?:ben|bent|kun|kan) (?:je|jij|u) (?:W )?niet (?:zo |erg |echt |heel |bepaald )?${ABLE}(?=[,;:.]| dus| en| maar|$)`,
  ),
  words('(?:is|zijn) (?:W ){0,2}niet aan (?:jou|je|u) besteed'),
  words('(?:bij|van) (?:jou|je|u) (?:W ){0,4}(?:weinig|niets|niks|nauwelijks|niet veel) van (?:gekomen|terechtgekomen)'),
];

/**
 * Frames that only cast a lack when stated; as a question they ask the student's own view ("Waar gaat
 * het bij jou niet zo soepel?", "Lukt het je nauwelijks om te kiezen?").
 */
export const FRAMED_LACK_STATED: readonly RegExp[] = [
  words('(?:lukt|lukte) (?:het )?(?:je|jou|u) (?:W )?(?:amper|nauwelijks|zelden|bijna nooit|haast nooit|maar zelden)'),
  words(
    '(?:gaat|gaan|ging) (?:W ){0,2}bij (?:jou|je|u) (?:W ){0,3}(?:moeizaam|stroef|stroperig|slecht|niet (?:zo |erg )?(?:goed|best|soepel))',
  ),
  words(
    '(?:je|jij|u) (?:begrijpt|snapt|beheerst|begreep|snapte) (?:W ){0,3}(?:niet genoeg|onvoldoende|nauwelijks|te weinig|niet voldoende|amper)',
  ),
  words(
    '(?:je|jij|u) (?:W ){0,3}wel (?:W ){0,4}maar (?:je |jij |u )?(?:begrijpt|snapt|haalt|beheerst|bereikt|kunt|kan|lukt) (?:W ){0,3}(?:niet|niets|niks|nooit|weinig)\\b',
  ),
];
