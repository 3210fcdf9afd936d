import { ATTRIBUTED_LACK, DENIED_SKILL } from './deficit-attributed';
import { FRAMED_LACK, FRAMED_LACK_STATED } from './deficit-framed';
import { isStatement, patternRule, statedRule } from './rule';
import { words } from './text';
import type { Rule, Sentence } from './types';

/**
 * Deficit: the student cast as lacking or failing ("Waarom lukt het jou nooit …", "je gebrek aan
 * motivatie"), and the deficit words of lob-content.md §5 when they are said of a person or their
 * work (never of weather, dikes or rivers).
 */

/** A case put to the student ("als je …", "stel dat je …"), not a fact about them. */
const CASE = /\b(?:als|wanneer|stel|mocht|zodra|of|wat als|hoe vaak|hoe vaker)\b/u;

const QUALITY =
  '(?:discipline|motivatie|talent|doorzettingsvermogen|concentratie|vaardigheden|vaardigheid|inzet|zelfvertrouwen|zelfdiscipline|doorzettingsvermogen|verantwoordelijkheidsgevoel|zelfstandigheid|geduld|ambitie|interesse)';

/** Traits and states that cast a person as lacking, when said of the student. */
const NEG_TRAIT =
  '(?:chaotisch|lui|slordig|ongeduldig|passief|ongemotiveerd|afwezig|onbetrouwbaar|traag|langzaam|onhandig|onrustig|ongeconcentreerd|vergeetachtig|besluiteloos|afwachtend|onzeker|verlegen|laks|nonchalant|brutaal|lastig|zwak|dom|slecht|afgeleid|ongeorganiseerd|onzelfstandig|impulsief|ongeinteresseerd|ongeinspireerd|onvolwassen|kinderachtig)';

const reason = {
  nl: 'De vraag gaat uit van een tekort van de leerling (wat niet lukt, wat ontbreekt).',
  en: 'The question assumes the student is lacking or failing.',
};
const rewrite = {
  nl: "Vraag naar wat wel lukt of wat de leerling wil leren: 'Waar ben je beter in geworden, en wat wil je nog leren?'",
  en: "Ask what does work or what the student wants to learn: 'What have you got better at, and what do you want to learn next?'",
};

const alwaysFailing = patternRule({
  id: 'deficit-always-failing',
  kind: 'deficit',
  reason,
  rewrite,
  patterns: [
    words(
      '(?:waarom|hoe komt het dat|hoe kan het dat) W{0,4}YOU W{0,5}(?:nooit|altijd|steeds|telkens|nergens|niets|alles|niet verder|maar niet|zo weinig|minder|zo (?:snel|vaak|gauw|makkelijk))',
    ),
    words('het (?:bij )?YOU (?:nooit|steeds mis|telkens mis|altijd mis)'),
    words('YOU W{0,2}(?:nooit|altijd|telkens|steeds) W{0,4}(?:mis|mist|af|fout)'),
    words('(?:het )?zo (?:weinig|slecht|moeilijk) (?:voor YOU|W{0,2}YOU)?'),
    words('nog steeds geen (?:idee|plan|keuze)'),
    words('wat zegt het over YOU dat'),
    words("YOU (?:W ){0,2}(?:niet zo'?n|niet zo een|geen echte) \\w+(?:er|aar|ist) (?:bent|ben|was|bent)"),
    words(
      '(?:zonder|met) (?:je |jouw )?(?:gebrekkige?|slechte?|zwakke?|beperkte?) (?:nederlands|taal|rekenen|engels)|zonder goed (?:nederlands|engels|rekenen)',
    ),
    words('eindelijk'),
    words('eraan (?:W ){0,1}dat (?:je|jij)'),
    words(`YOU (?:bent|was|lijkt|wordt|blijft) (?:W ){0,4}${NEG_TRAIT}`),
    words(`(?:weer|zo|te|nogal|best) ${NEG_TRAIT}`),
    words('(?:wat is er|er is iets) (?:toch |dan |nou )?mis (?:met|aan) (?:je|jouw|jou)|te wensen over'),
    words('(?:wat|er) moet (?:er )?(?:bij|aan) (?:jou|je|jouw) W{0,2}(?:veranderen|anders)'),
    words(
      '(?:gaat|lukt) (?:je|jou|het je) (?:W ){0,2}(?:nooit|niet) (?:lukken|lukt)|(?:red|haal) (?:je|jij) (?:het|dat) (?:toch )?nooit|ga (?:je|jij) (?:het )?nooit (?:redden|halen)',
    ),
    words('waarom (?:W ){0,2}YOU (?:W ){0,2}(?:nog )?(?:steeds )?(?:niet|geen) (?!W{0,3}(?:en|of) )'),
  ],
  when: (s, text) => /\b(?:je|jij|jou|jouw)\b/.test(s.folded) && !askedOfAReportedMoment(s, text),
});

/** The student's own report in the text ("Je vertelde dat …", "Je schreef dat …"). */
const OWN_REPORT = /\b(?:je|jij|u) (?:vertelde|vertelt|zei|zegt|gaf aan|geeft aan|schreef|schrijft|noemde)\b/u;
/** A question in the past tense about what caused a feeling then: "Wat maakte je zo onzeker?". */
const CAUSE_THEN = /^(?:wat|waardoor|wie|hoe kwam het dat) (?:[\w'-]+ ){0,2}(?:maakte|maakten|werd|voelde|was) (?:je|jij)\b/u;
/**
 * A moment the student reported themself, asked about in the past tense: not a habit the writer
 * casts them in ("Je vertelde dat je na de open dag niet meer wist wat je wilde. Wat maakte je zo onzeker?").
 */
function askedOfAReportedMoment(s: Sentence, text: readonly Sentence[]): boolean {
  return s.question && CAUSE_THEN.test(s.folded) && text.some((t) => t !== s && OWN_REPORT.test(t.folded));
}

/** A habit of failing said of the student as a fact, not as a case ("als je vaak te laat bent …"). */
const HABIT = '(?:steeds|altijd|vaak|telkens|nooit|zelden|nog altijd|nog steeds|keer op keer|snel|gauw|zo snel)';
const FAILING = `(?:vergeet|vergat|vergeten|te laat|steken|afweten|(?:een )?(?:rommeltje|zooitje|puinhoop|potje|bende|janboel|knoeiboel)|liggen|mis|fout|over het hoofd|achter|kwijt|geen (?:zin|tijd|idee|plan|huiswerk|initiatief)|niet (?:af|op tijd|klaar|mee|bij|voorbereid)|onvoorbereid|ongeinteresseerd|${NEG_TRAIT})`;
const failingHabit = patternRule({
  id: 'deficit-failing-habit',
  kind: 'deficit',
  reason,
  rewrite,
  patterns: [
    words(`(?:je|jij) (?:W ){0,3}(?:${HABIT} (?:W ){0,4}${FAILING}|${FAILING} (?:W ){0,2}${HABIT})`),
    words(
      '(?:geef|gaf) (?:je|jij) (?:het )?(?:W )?(?:snel|gauw|vaak|meteen|steeds|altijd) op|(?:je|jij) geeft (?:het )?(?:W )?(?:snel|gauw|vaak|meteen|steeds|altijd) op',
    ),
    words(
      '(?:dat|omdat|nu) (?:je|jij) (?:W ){0,5}(?:nooit|nauwelijks|zelden) (?:W ){0,4}(?:snapt|begrijpt|lukt|haalt|afmaakt|afkrijgt|op tijd|klaar)',
    ),
    words('(?:je|jij) (?:bent|was|ben) (?:W ){0,2}(?:aangesproken|berispt|gewaarschuwd) op'),
    words('(?:je|jij) (?:komt|kom|raakt) (?:W ){0,2}(?:niet|nooit) verder|(?:je|jij) (?:kunt|kan) (?:je |jezelf )?nergens'),
    words(
      '(?:je|jouw) (?:W ){0,2}(?:is|ziet er|oogt|klinkt|was|lijkt) (?:W ){0,3}(?:slordig|onaf|rommelig|chaotisch|onverzorgd|onvolledig|matig|waardeloos|knullig|onleesbaar|ondermaats)',
    ),
    words(
      'gaat het (?:W ){0,2}(?:bergafwaarts|achteruit|slechter|mis) met (?:je|jou)|(?:je|jij) (?:gaat|ging) (?:W ){0,2}achteruit|(?:je|jij) (?:bent|ben|lijkt) (?:W ){0,2}(?:nog )?te \\w+ voor (?:een|de|het|dit|die)',
    ),
    words('(?:omdat|doordat|aangezien) (?:je|jij) (?:W ){0,2}(?:moeite|problemen) (?:hebt|heb|had) met'),
    words('(?:je|jij) (?:bent|ben) (?:W ){0,2}niet (?:zo|erg|echt|heel|bepaald|bijzonder|zo heel) \\w+'),
    words(
      '(?:kom|kan|kun|komt) (?:je|jij) (?:W ){0,3}niet (?:mee|bij)\\b|(?:je|jij) (?:komt|kan|kunt) (?:W ){0,3}niet (?:mee|bij)\\b',
    ),
    words(
      '(?:je|jij) (?:hebt|heb|laat|liet) (?:W ){0,4}(?:weinig|niets|niks|nauwelijks|te weinig) (?:laten zien|gedaan|bereikt|geleerd|ingezet|gepresteerd|uitgevoerd|zien)',
    ),
    words(
      '(?:je|jij) (?:kunt|kan) (?:het |dat )?(?:W )?(?:niet|nooit) (?:zo |erg |echt )?(?:goed|aan|volhouden|bijhouden|opbrengen)',
    ),
    words(
      '(?:toon|toont|laat|laten|heb|hebt) (?:je|jij) (?:W ){0,3}(?:nog altijd|nog steeds|nooit|nauwelijks|weinig) (?:geen )?(?:initiatief|inzet|motivatie|interesse)|(?:nog altijd|nog steeds) geen (?:initiatief|inzet|motivatie|interesse)',
    ),
  ],
  when: (s) => !CASE.test(s.folded) || /^(?:je|jij)\b/.test(s.folded),
});

const lacking = patternRule({
  id: 'deficit-lacking',
  kind: 'deficit',
  reason,
  rewrite,
  patterns: [
    words('gebrek aan W'),
    words('tekortkoming(?:en)?|(?:je|jouw) (?:grootste )?(?:zwakte|zwakke punt|probleem)'),
    words(`${QUALITY} mis(?:t)? YOU`),
    words(`YOU mist? (?:de |het |nog )?${QUALITY}`),
    words(`(?:je|jij) (?:hebt|heb|toont|bezit|had) (?:W ){0,2}(?:geen|te weinig|nauwelijks) (?:W )?${QUALITY}`),
    words('(?:je|jouw) (?:W )?(?:gebrekkige?|matige?|povere?|magere?|belabberde?|armzalige?) \\w+'),
    words(`weinig ${QUALITY}`),
    words('ontbreekt (?:er )?bij YOU'),
    words('moeite met alles'),
    words('ver te zoeken'),
    words(
      '(?:met|door) (?:jouw|je) (?:W )?(?:concentratie|houding|gedrag|werkhouding|spelling|planning|inzet|motivatie|cijfers|niveau|taal|karakter) (?:W ){0,5}(?:een probleem|lastig|moeilijk|zwaar|niet haalbaar|mis|niks|niets)',
    ),
    words(
      'verwacht ik (?:W ){0,3}(?:niet (?:veel|zoveel|meer)|weinig|niets)|(?:meer|hoger) zit er (?:bij (?:jou|je) )?(?:gewoon )?niet in',
    ),
    words('onder (?:het|de) (?:W )?(?:niveau|norm)|onder de maat|nergens (?:echt |erg |zo )?goed in'),
    words('van jezelf W{0,3}repareren'),
  ],
});

const labelOfLack = patternRule({
  id: 'deficit-label',
  kind: 'deficit',
  reason,
  rewrite,
  patterns: [
    words("(?:je|jij) (?:bent|kunt|kan|hebt) (?:niet zo'?n|slecht|weinig|geen goede)"),
    words('(?:je|jij) (?:hebt|had) (?:nog )?(?:geen (?:enkel |flauw )?idee|geen plan)'),
    // not "je" owned after a preposition: "Kritiek op je presentatie is nooit leuk" is said of the criticism
    words('(?<!(?:op|over|van|aan|met|bij|voor|in|naar|om|tegen|uit|na) )(?:je|jij) \\w+ (?:W )?nooit'),
    words('(?:je|jij) (?:bent|kunt|kan) (?:W )?niet (?:zo |erg |echt |heel |bepaald )?(?:sterk|goed|handig|slim|sociaal)'),
    words('(?:je|jij) (?:hebt|heeft) (?:veel |vaak |altijd )?(?:moeite|problemen) met'),
    words('YOU W{0,6}(?:de draad|het overzicht|de grip|de focus|de moed|de weg) (?:W ){0,3}kwijt'),
    words('(?:blijf|blijft|bleef) YOU (?:W ){0,3}achter|YOU (?:blijft|bleef|loopt|liep) (?:W ){0,4}achter\\b'),
    words(
      'YOU W{0,8}(?:NUM|vaak|meerdere|verschillende) keer (?:W ){0,2}(?:vastgelopen|vastgelopen|mislukt|gezakt|blijven zitten)',
    ),
    words(
      '(?:met|door) (?:jouw|je) (?:korte|slechte|zwakke|beperkte|gebrekkige|geringe|matige|lage) (?:spanningsboog|concentratie|motivatie|inzet|werkhouding|taal|taalniveau|nederlands|discipline|aandacht|lontje)',
    ),
  ],
  when: isStatement,
});

/** Deficit words of §5: whole words, `*` = any ending of letters. */
const DEFICIT_TERMS = [
  'zwak',
  'zwakke',
  'zwakker',
  'zwakkere',
  'zwakste',
  'zwakte',
  'zwaktes',
  'zwakheid',
  'zwakjes',
  'zwakbegaafd\\w*',
  'is een risico',
  'een risico voor',
  'risicoleerling\\w*',
  'risicostudent\\w*',
  'risicogroep\\w*',
  'risicojongere\\w*',
  '\\w*achterstand\\w*',
  'achterop',
  'achterlopen',
  'achterloopt',
  'loopt achter',
  'lopen achter',
  'liep achter',
  'achterblijver\\w*',
  'probleemleerling\\w*',
  'probleemstudent\\w*',
  'probleemgeval\\w*',
  'laag niveau',
  'lager niveau',
  'laagste niveau',
  'onder (?:je|zijn|haar|hun) niveau',
  'te hoog gegrepen',
  'niveau niet aan',
  'onvoldoende\\w*',
  'slecht(?! nieuws)',
  'slechte',
  'slechter',
  'slechtere',
  'slechtst',
  'slechtste',
  'falen',
  'faalt',
  'faalde',
  'gefaald',
  'mislukt\\w*',
  'mislukking\\w*',
  'mislukkeling\\w*',
  'kansarm\\w*',
  'kansloos',
  'kansloze',
  'lui',
  'luie',
  'dom',
  'domme',
  'niet slim',
  'hopeloos',
  'ongemotiveerd\\w*',
  'zorgleerling\\w*',
  'uitvaller\\w*',
  'uit de boot',
  'tekortschieten',
  'schiet tekort',
  'schieten tekort',
  'gezakt',
  'zakt',
  'zakte',
  'blijven zitten',
  'zittenblijv\\w*',
  'ondermaats',
  'onderpresteer\\w*',
  'teleurstellend\\w*',
  'waardeloos',
  'waardeloze',
  'haalt het niet',
  'niet geschikt',
  'ongeschikt',
  'niet in je',
  'afstrom\\w*',
  'af te stromen',
  'stroomt af',
  'stromen af',
];
const DEFICIT_WORD = new RegExp(`(?<![\\w'-])(?:${DEFICIT_TERMS.join('|')})(?![\\w-])`, 'gu');

/** Nouns a deficit adjective may be said of: a person, a group or their work. */
const PERSONAL =
  /^(?:\w*leerling\w*|student\w*|klas|groep|kind\w*|jongen\w*|meisje\w*|meid\w*|gezin|prestatie\w*|resulta\w*|cijfer\w*|fout\w*|toets\w*|werk\w*|planning|niveau|keuze|start|houding|motivatie|inzet|jaar|periode|rapport)$/u;
const ATTRIBUTIVE_BEFORE = /(?:^|\s)(?:een|bij|met|door|van|in|op|het|de|geen|ook|veel|hoog of)\s$/u;

/** The deficit word is an adjective before a noun that is not a person or their work ("slecht weer", "zwakke plekken"). */
function saidOfAThing(folded: string, index: number, term: string): boolean {
  const after = folded
    .slice(index + term.length)
    .trim()
    .split(/[\s,.?!;:]+/u);
  const next = after[0] ?? '';
  if (next === '') return false;
  const ofSomething = next === 'van' && ['de', 'het'].includes(after[1] ?? '') ? (after[2] ?? '') : next;
  if (next === 'van' && ofSomething !== '') return !PERSONAL.test(ofSomething) && !/^(?:je|jou|jouw)$/.test(ofSomething);
  if (/(?:^|\s)(?:je|jouw|jullie)\s$/u.test(folded.slice(0, index))) return false; // "je slechte concentratie"
  const attributive = (/e$/.test(term) && !/^zwakte/.test(term)) || ATTRIBUTIVE_BEFORE.test(folded.slice(0, index));
  return (
    attributive &&
    /^\p{L}{3,}$/u.test(next) &&
    !PERSONAL.test(next) &&
    !['voor', 'in', 'bij', 'op', 'met', 'dus', 'en'].includes(next) &&
    !NOT_A_NOUN.test(next)
  );
}

/** Words after a deficit word that start a clause about it, not a noun it is said of ("de achterstand die je hebt"). */
const NOT_A_NOUN = /^(?:die|dat|wat|waar\w*|wie|jij|jou|jouw|hij|zij|hem|haar|hun|zich|is|was|bent|hebt|heeft|wordt|werd)$/u;

/**
 * The deficit word named as an idea, not said of anyone: "het verschil tussen een tegenslag en een
 * mislukking", "wat versta jij onder falen?", "wanneer noem je iets mislukt?".
 */
const AS_AN_IDEA =
  /\b(?:(?:verschil|onderscheid) tussen (?:een |het |de )?(?:[\w'-]+ (?:en|of) (?:een |het |de )?)?|versta (?:je|jij) onder (?:een |het )?|noem (?:je|jij) (?:iets|het|dat) (?:een )?|betekent (?:het woord )?)$/u;

/** A setback as the thing to cope with or learn from ("hoe ga je om met een onvoldoende?"). */
const COPING =
  /\b(?:om(?:gaan)? met|omgaat met|reageer\w* op|leer\w* (?:je )?van|na|haal\w*|inhalen)\s+(?:een |je |zo'?n |de |die )?$/u;

/** Said of other people, in a question about work ("mensen die slecht eten"). */
const OF_OTHERS =
  /\b(?:mensen|iemand|kinderen|dieren|patienten|clienten|klanten|ouderen|gasten|bewoners) die (?:[\w'-]+ ){0,2}$/u;

/** Words of an event that fails ("een gerecht mislukt"): a deficit only when it is the student's, as a fact. */
const EVENT = /^(?:mislukt|mislukken|falen|faalt|faalde|gefaald)$/u;
function failureOfTheStudent(before: string): boolean {
  const clause = before.split(/[,;:]/u).pop() ?? '';
  if (/\b(?:met|van|om te|bang te|durven te|mag|mogen)\s*$/u.test(clause)) return false; // "omgaan met falen"
  return /\b(?:je|jij|jouw|jou)\b/u.test(clause) && !CASE.test(clause);
}

/**
 * The deficit word owned by someone else in a clause that does not address the student: "Bakkers
 * praten over hun grootste mislukking". "Hij noemt jou zijn grootste mislukking" stays a deficit.
 */
function ownedByOthers(before: string): boolean {
  const clause = before.split(/[,;:]/u).pop() ?? '';
  return /\b(?:hun|zijn|haar)(?: eigen)?(?: [\w'-]+)? $/u.test(clause) && !/\b(?:je|jij|jou|jouw|u|uw)\b/u.test(clause);
}

/** The deficit word denied of a thing: "Twijfel is geen zwakte" (not "je bent geen …"). */
const DENIED = /\b(?:is|zijn|was|waren|betekent|hoeft) (?:[\w'-]+ )?geen (?:[\w'-]+ )?$/u;

/** School subjects and the student's learning, where a lag is the student's ("een achterstand in wiskunde"). */
const LEARNING =
  /^(?:\w*(?:les|lessen|vak|vakken|stof|taal|toets\w*)|wiskunde|rekenen|nederlands|engels|duits|frans|lezen|schrijven|spelling|huiswerk|school\w*|leren|ontwikkeling|niveau)$/u;
/**
 * A lag said of a thing, not of a person or their learning: "een achterstand in bestellingen", "een
 * achterstand van leveringen". "Je achterstand in …" and "een achterstand in wiskunde" stay deficits.
 */
function lagInAThing(folded: string, index: number, term: string): boolean {
  if (!/achterstand/u.test(term) || /(?:^|\s)(?:je|jouw|jullie|uw)\s$/u.test(folded.slice(0, index))) return false;
  const [prep, ...rest] = folded
    .slice(index + term.length)
    .trim()
    .split(/[\s,.?!;:]+/u);
  const noun = rest[0] === 'de' || rest[0] === 'het' ? rest[1] : rest[0];
  return (
    (prep === 'in' || prep === 'van' || prep === 'bij') &&
    noun !== undefined &&
    /^\p{L}{3,}$/u.test(noun) &&
    !PERSONAL.test(noun) &&
    !LEARNING.test(noun) &&
    !/^(?:je|jou|jouw|jullie|u|uw|hem|haar|hun)$/u.test(noun)
  );
}

/** "Een zwak hebben voor": a fondness, not a weakness ("Waar heb jij een zwak voor?"). */
const fondness = (folded: string, index: number, term: string): boolean =>
  term === 'zwak' && /\been $/u.test(folded.slice(0, index)) && /^ voor\b/u.test(folded.slice(index + term.length));

/**
 * The student's own words or feeling, reflected back ("Je zei dat je je soms dom voelt in de klas",
 * "Je hebt het gevoel dat je achterloopt", "Je noemde jezelf niet slim genoeg"), or a feeling named as
 * everyone's ("Iedereen voelt zich soms zwak"): the student's view, to be asked about, not a verdict
 * on them, as long as the text draws no conclusion from it (no "dus", no route ruled out).
 */
const OWN_WORDS =
  /\b(?:(?:je|jij|u) (?:zei|zegt|noemde|noemt|gaf|geeft|vertelde|vertelt|schreef|schrijft)(?: [\w'-]+){0,3}? (?:dat|aan dat|jezelf|uzelf)|(?:je|jij|u|iedereen|veel mensen|sommige mensen) (?:voelt|voelde|voelen|vindt|vond) (?:je|jezelf|zich|uzelf)|gevoel (?:[\w'-]+ ){0,2}(?:dat|alsof)|(?:voelen|voelt|voelde) (?:[\w'-]+ ){0,3}alsof)\b/u;
const CONCLUDED =
  /\b(?:dus|daarom|vandaar|kies (?:dan |maar )?|beter (?:af|geschikt)|niets voor (?:je|jou|u)|niks voor (?:je|jou|u)|past (?:niet|beter)|moet (?:je|jij|u)|raad (?:ik )?(?:je )?af|vergeet)\b/u;
const ownWordsReflected = (before: string, text: readonly Sentence[]): boolean =>
  OWN_WORDS.test(before) && !text.some((t) => CONCLUDED.test(t.folded));

const deficitWord: Rule = {
  id: 'deficit-word',
  kind: 'deficit',
  level: 'refuse',
  reason: {
    nl: 'Een tekortwoord over de leerling of zijn of haar werk (lob-content §5).',
    en: 'A deficit word about the student or their work.',
  },
  rewrite: {
    nl: "Beschrijf wat je ziet zonder oordeel en vraag door: 'Dit is anders dan ik van je gewend ben. Hoe kijk jij ernaar?'",
    en: "Describe without a verdict and ask: 'This is different from what I am used to from you. How do you see it?'",
  },
  test: (sentence, text) => {
    for (const m of sentence.folded.matchAll(DEFICIT_WORD)) {
      if (saidOfAThing(sentence.folded, m.index, m[0]) || fondness(sentence.folded, m.index, m[0])) continue;
      const before = sentence.folded.slice(0, m.index);
      if (COPING.test(before) || OF_OTHERS.test(before) || AS_AN_IDEA.test(before)) continue;
      if (ownWordsReflected(before, text)) continue;
      if (ownedByOthers(before) || DENIED.test(before) || lagInAThing(sentence.folded, m.index, m[0])) continue;
      if (EVENT.test(m[0]) && !failureOfTheStudent(sentence.folded.slice(0, m.index))) continue;
      return m[0];
    }
    return undefined;
  },
};

/** A lack attributed to the student without a deficit word (./deficit-attributed.ts). */
const attributedLack = patternRule({ id: 'deficit-attributed', kind: 'deficit', reason, rewrite, patterns: ATTRIBUTED_LACK });

const deniedSkill = patternRule({
  id: 'deficit-denied-skill',
  kind: 'deficit',
  reason,
  rewrite,
  patterns: DENIED_SKILL,
  when: (s) => isStatement(s) && !CASE.test(s.folded),
});

/** A lack by its grammatical frame, with open classes in the slots (./deficit-framed.ts). */
const framedLack = patternRule({
  id: 'deficit-framed',
  kind: 'deficit',
  reason,
  rewrite,
  patterns: FRAMED_LACK,
  when: (s) => !CASE.test(s.folded) || /^(?:je|jij|u|jouw|uw)\b/.test(s.folded),
});
/** Frames that cast a lack only when stated, also before the question (./deficit-framed.ts). */
const framedLackStated = statedRule(
  { id: 'deficit-framed-stated', kind: 'deficit', reason, rewrite, patterns: FRAMED_LACK_STATED },
  (part) => CASE.test(part.folded),
);

export const DEFICIT_RULES: readonly Rule[] = [
  alwaysFailing,
  failingHabit,
  lacking,
  labelOfLack,
  attributedLack,
  deniedSkill,
  framedLack,
  framedLackStated,
  deficitWord,
];
