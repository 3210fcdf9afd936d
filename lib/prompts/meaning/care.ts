import { askedOrTold, OWN_SITUATION } from './care-own';
import { patternRule } from './rule';
import { words } from './text';
import type { Rule, Sentence } from './types';

/**
 * Care topics asked of the student: home, divorce, illness, health, money at home, sleep, eating,
 * debts, grief. They belong to the mentor and the zorgcoördinator, not in a LOB prompt. Only a
 * question to the student counts, and not when the topic is work ("thuis werken", "de thuiszorg",
 * "geld verdienen", "beroepen waarin je met geld werkt").
 */

const WORK_FRAME =
  /\b(?:beroep\w*|werken|werkt|sector|baan|bedrijf|thuiszorg|verdienen|zoals|stage\w*|stagiai\w*|collega\w*|werkplek\w*|(?:in|de) zorg(?! voor (?:je|jouw|uw|jullie|haar|zijn|hun) )|(?:het|dat|dit|zulk) werk|(?:mensen|iemand|kinderen|jongeren) (?:die|met)|patient\w*|client\w*|klant\w*|gasten|bewoners|ouderen|dieren|hotel|economie|bank|winkel)\b/u;
/** A question to the student or to the family ("jullie thuis"). */
const HOUSEHOLD = /\b(?:je|jij|jou|jouw|jullie|u|uw)\b/u;
/** "Vertel eens …", "Beschrijf …": an imperative that asks like a question. */
const ASKS = /^(?:vertel|beschrijf|leg uit|laat (?:me|mij) weten)\b/u;
/** An indirect question of the writer about home: "Ik wil even checken of er thuis genoeg eten is." */
const ASKS_OF_HOME =
  /\b(?:wil|wilde|zou) (?:ik|we|wij) (?:[\w'-]+ ){0,3}(?:checken|weten|vragen|nagaan|horen|controleren|polsen) (?:of|hoe|wat|wie|waar)\b.*\bthuis\b/u;
const careQuestion = (s: Sentence): boolean =>
  ((s.question || ASKS.test(s.folded)) &&
    (HOUSEHOLD.test(s.folded) ||
      /\bhoe (?:het )?(?:gaat|is) (?:het )?(?:[\\w'-]+ )?thuis|^hoe (?:gaat|is) het\b|\bthuis gaat\b/u.test(s.folded))) ||
  ASKS_OF_HOME.test(s.folded);
/** A case put to the student ("zou jij …", "stel dat …"), not their own life now. */
const HYPOTHETICAL = /\b(?:zou (?:je|jij)|zou jij|stel dat|later)\b/u;
/** The work of the parents is their life at home, not a work topic ("als je ouders laat werken"). */
const PARENTS_WORK = /\b(?:je|jouw|jullie) (?:ouders|vader|moeder)(?: [\w'-]+){0,3}/gu;
const asksAboutLife = (s: Sentence): boolean =>
  careQuestion(s) && !WORK_FRAME.test(s.folded.replace(PARENTS_WORK, '')) && !HYPOTHETICAL.test(s.folded);

/**
 * Home as the student's network for the choice, not their home life: who at home thinks along, whom
 * the student asks or talks to about school, work or the future ("Wie denkt er thuis mee over je keuze?").
 */
const HOME_AS_NETWORK =
  /^(?:wie|met wie|aan wie|welke?)\b.*\b(?:denkt|denken|meedenk\w*|praat|praten|vraag|vraagt|advies|helpt|helpen)\b.*\b(?:keuze|kiezen|opleiding|beroep|werk|stage|toekomst|later|loopbaan|profiel|studie|vervolg\w*)\b/u;

/**
 * The work of someone at home as an example for the student's own choice: "Welk beroep van iemand bij
 * jou thuis vind je interessant?". Not whether anyone at home works, or how much they earn.
 */
const HOME_WORK_AS_EXAMPLE =
  /^(?:welk|welke|wat voor|aan welk|aan welke)\b (?:[\w'-]+ ){0,2}(?:beroep|beroepen|werk|baan|banen|vak|vakken) (?:[\w'-]+ ){0,2}van (?:iemand|mensen|een familielid|familieleden)\b.*\b(?:interessant|leuk|trekt|spreekt|boeit|nieuwsgierig|zelf)\b/u;

/** Care words said of a thing, not of the student: "de feedback die pijn deed", "slaap er een nachtje over". */
const FIGURATIVE =
  /(?<=\b(?:het|de|een|dat|die|dit|deze) [\w'-]+ )(?:dat|die) (?:[\w'-]+ ){0,3}pijn (?:deed|doet|deden|doen)\b|\b(?:een nachtje|een nacht) (?:[\w'-]+ )?over (?:slapen|geslapen)\b|\b(?:slaap|slapen|sliep) (?:er|daar) (?:[\w'-]+ ){0,2}over\b|\bhonger naar\b/gu;

const meta = {
  kind: 'care',
  reason: {
    nl: 'De vraag gaat over thuis, gezondheid, geld, slaap of eten van de leerling: dat hoort bij de mentor of de zorgcoördinator, niet in een LOB-vraag.',
    en: "The question is about the student's home, health, money, sleep or eating: that belongs with the mentor or the care coordinator, not in a career question.",
  },
  rewrite: {
    nl: "Laat zorgonderwerpen weg; vraag naar loopbaan: 'Wie in je omgeving denkt mee over je keuze?' Zorgen? Verwijs naar de zorgcoördinator.",
    en: "Leave care topics out; ask about the career: 'Who around you thinks along about your choice?' Worried? Refer to the care coordinator.",
  },
} as const;

/** A pattern rule judged on the sentence without its figurative care words (FIGURATIVE). */
function literally(meta: Parameters<typeof patternRule>[0]): Rule {
  const rule = patternRule(meta);
  return { ...rule, test: (s, text) => rule.test({ ...s, folded: s.folded.replace(FIGURATIVE, '') }, text) };
}

export const CARE_RULES: readonly Rule[] = [
  /** Words that are a care topic in any question: family trouble, addiction, debts, poverty. */
  patternRule({
    ...meta,
    id: 'care-family-trouble',
    patterns: [
      words('hoe (?:gaat|is) het (?:nu )?(?:thuis|met (?:je|jouw|jullie) (?:vader|moeder|ouders|familie|broer|zus|opa|oma))'),
      words('aandacht van (?:je|jouw) ouders|thuis genoeg|thuis (?:niet goed|sinds)|zorg (?:je|jij) thuis'),
      words(
        '(?:je|jouw) (?:stiefvader|stiefmoeder|stiefouders?)|uit elkaar|scheiding|gescheiden|ruzies?|thuis (?:W ){0,2}veilig|onveilig|gebruik (?:je|jij) (?:weleens |wel eens |soms )?(?:iets|middelen)',
      ),
      words('bij (?:je|jouw) (?:moeder|vader) of bij (?:je|jouw) (?:vader|moeder)'),
      words(
        'hoe (?:gaat|is) het (?:nu |eigenlijk |inmiddels )?met (?:je|jouw) (?:rug|knie|knieen|enkel|schouder|pols|hoofd|been|benen|arm|hand|voet|nek|ogen|gehoor|hart|buik|blessure|herstel)|blessure|onder behandeling|(?:bij|naar) (?:een|de|je|jouw) (?:arts|dokter|huisarts|specialist|psycholoog|fysio\\w*)',
      ),
      words(
        '(?:haar|zijn) nieuwe (?:vriend|vriendin|partner)|bij (?:je|jouw) (?:moeder|vader|ouders) (?:W ){0,5}thuis|eet (?:je|jij) (?:W ){0,5}(?:niets|niks|weinig|genoeg)|lunch mee|woon (?:je|jij) (?:W ){0,4}(?:met|alleen)|opvang|azc|voogd|gezinshuis|woongroep',
      ),
      words(
        '(?:wie|wat) (?:W ){0,3}(?:kookt|koken|doet de boodschappen|past op) (?:er )?(?:W ){0,2}(?:bij jullie|thuis)|(?:pas|past) (?:je|jij) (?:W ){0,3}op (?:je|jouw) (?:broertje|zusje|broertjes|zusjes)|(?:je|jouw) (?:moeder|vader|ouders) (?:W ){0,2}(?:moet|moeten) werken',
      ),
      words(
        'zakgeld|kleedgeld|genoeg (?:te )?eten|avondeten|huishouden|(?:heb|hebben|hebt) (?:je|jij|jullie) (?:W ){0,2}(?:genoeg|geen|te weinig) geld|(?:je|jij) (?:hebt|heb) (?:W ){0,2}(?:genoeg|geen|te weinig) geld|(?:voel|voelt) (?:je|jij) (?:je )?(?:W )?(?:somber|depressief|eenzaam|angstig|ongelukkig)|(?:je|jouw) somberheid|(?:je|jij) (?:je )?(?:W )?(?:somber|depressief|eenzaam|angstig|ongelukkig) voelt|woon (?:je|jij) (?:W ){0,2}bij|bij wie woon|(?:je|jij) woont (?:W ){0,2}bij (?:je|jouw)|thuis (?:W ){0,2}gecontroleerd|sfeer thuis|thuis (?:W ){0,2}sfeer|(?:nu|sinds|dat) (?:je|jouw) (?:vader|moeder|ouders?|stiefvader|stiefmoeder) (?:W ){0,3}(?:woont|weg|weer|terug|alleen|uit huis)',
      ),
      words(
        '(?:je|jouw|jullie|uw) ouders (?:W ){0,12}(?:betalen|betaalt|bijdragen|kunnen missen)|eigen bijdrage|(?:ontbijt|lunch|avondeten|maaltijd) (?:W ){0,2}over|sla (?:je|jij) (?:W ){0,2}(?:het )?(?:ontbijt|lunch|avondeten|maaltijd)',
      ),
      words(
        '(?:geld|loon|salaris) (?:W ){0,4}(?:inleveren|afgeven|afdragen)|(?:inleveren|afgeven|afdragen) bij (?:je|jouw) ouders|toeslag\\w*|schuldhulp\\w*|bijstand|uitkering|afgevallen|gaat het (?:W )?(?:wel )?goed met (?:je|jou)\\?',
      ),
      words('(?:je|jouw) (?:vader|moeder|ouders) (?:W ){0,3}(?:geen werk|werkloos|(?:baan|werk) kwijt|ontslagen)'),
      words('verslaafd|verslaving|alcohol|drugs|blowen|gepest|mishandel\\w*|zelfbeschadiging|pleeggezin|jeugdzorg'),
      // Frames with open slots: how things go at home in a subordinate clause ("hoe het bij jullie
      // gaat"), trouble located at home, the parents' relation, intake of pills or other means.
      words('hoe het (?:W ){0,2}(?:thuis|bij jullie|bij (?:je|jou|jouw) (?:thuis|ouders|vader|moeder)) (?:W )?(?:gaat|is|gaan)'),
      words(
        '(?:problemen|zorgen|spanningen|moeilijkheden|gedoe|spanning) (?:W )?thuis|thuis (?:W ){0,2}(?:problemen|zorgen|spanningen|moeilijkheden)|tussen (?:je|jouw) (?:vader|moeder|ouders)',
      ),
      words(
        '(?:slik|slikt|neem|neemt|gebruik|gebruikt) (?:je|jij|u) (?:W ){0,2}(?:pillen|pilletjes|middelen|medicijnen|medicatie|tabletten|slaappillen)',
      ),
      words(
        'geldzorgen|geldproblemen|financiele (?:zorgen|problemen)|(?:zorg|zorgt) (?:je|jij) (?:W ){0,3}voor (?:je|jouw) (?:broer\\w*|zus\\w*|moeder|vader|ouders|opa|oma)',
      ),
      words('(?:eet|slaap|ontbijt) (?:je|jij|u) (?:W ){0,3}(?:wel|genoeg|voldoende|goed|iets|niets|niks)\\b'),
    ],
    when: careQuestion,
  }),
  /** Life at home ("bij jullie thuis"), unless home is the network that thinks along about the choice. */
  patternRule({
    ...meta,
    id: 'care-home',
    patterns: [words('bij (?:jou|jullie|je) thuis|jullie thuis|wie (?:W ){0,3}bij jullie')],
    when: (s) => careQuestion(s) && !HOME_AS_NETWORK.test(s.folded) && !HOME_WORK_AS_EXAMPLE.test(s.folded),
  }),
  /** Health, sleep, eating and money: a care topic unless the question is about work ("werken in de zorg"). */
  literally({
    ...meta,
    id: 'care-health-and-means',
    patterns: [
      words(
        'moe en|er (?:W ){0,3}(?:moe|slecht|bleek|verdrietig|ongelukkig) uit|ziek|ziekte|zieke|gezondheid|operatie|medicijnen|medicatie|psycholoog|psychiater|therapie|angsten|depressie\\w*|depressief|somber|overlijden|overleden|(?:vaak|altijd|steeds|zo) moe|vermoeid|pesten|paniek\\w*|angstig|eenzaam|huisarts|dokter|klachten|\\w*pijn|ziekenhuis\\w*|ongeluk|rouw|begrafenis',
      ),
      words('slaap|slaapt|slapen|sliep|eet YOU|YOU W{0,1}eet|eten|zonder (?:ontbijt|eten|lunch)|ontbijt'),
      words(
        'last van|thuis (?:W ){0,2}(?:helpen|zorgen)|mantelzorg\\w*|honger|naar bed|bedtijd|schulden|voedselbank|rondkomen|thuis (?:W ){0,3}(?:rustige?|eigen kamer|eigen plek|ruimte|te druk|druk)',
      ),
      words(
        '(?:moet|moeten) (?:je|jij) (?:W ){0,2}zelf (?:alles )?betalen|thuis (?:W ){0,3}(?:met )?geld|(?:genoeg|geen|te weinig) geld|rekeningen|wie betaalt|schuld|huur',
      ),
    ],
    when: asksAboutLife,
  }),
  /** The student's own therapist, diagnosis, debts or shelter, also when the question turns to work (./care-own.ts). */
  patternRule({ ...meta, id: 'care-own-situation', patterns: OWN_SITUATION, when: askedOrTold }),
];
