import { isStatement, patternRule, statedRule } from './rule';
import { words } from './text';
import type { Rule, Sentence } from './types';
import { DECIDED, onStatements } from './verdict-decided';
import { VERDICT_FRAMED } from './verdict-framed';

/**
 * Verdict: advice or a verdict that decides for the student: an order ("Kies …", "Jij moet …"), the
 * best or only right route, a route pushed as better or ruled out, or a trait turned into a route
 * ("Je bent creatief, dus de kunstacademie …"). An open question about what suits the student is fine.
 */

const reason = {
  nl: 'Een oordeel of advies dat voor de leerling beslist (een opdracht, de beste route, een route als beter of onhaalbaar).',
  en: 'A verdict or advice that decides for the student (an order, the best route, a route pushed as better or ruled out).',
};
const rewrite = {
  nl: "Vraag naar wat de leerling wil of kan: 'Wat trekt je in deze richting, en wat wil je er nog over weten?'",
  en: "Ask what the student wants or can do: 'What attracts you in this direction, and what would you like to know about it?'",
};
/**
 * 'Moet' said of a job, a thing or everyone, in a sentence that does not address the student: "Een
 * goede kapper moet kunnen luisteren", "Op de bouwplaats moet iedereen een helm dragen".
 */
const MUST_OF_A_THIRD =
  /\b(?:moet|moeten) (?:iedereen|men|elke?|iedere?|een|alle)\b|(?:^|[:;,] )(?:een|elke?|iedere?|alle|iedereen|men)(?: [\w'-]+){0,3} (?:moet|moeten)\b/u;
const ADDRESSED = /\b(?:je|jij|jou|jouw|jezelf|u|uw|jullie)\b/u;
const mustOfAThirdParty = (s: Sentence): boolean => MUST_OF_A_THIRD.test(s.folded) && !ADDRESSED.test(s.folded);

const ROUTE = '(?:keuze|route|stap|optie|richting|opleiding|plek|weg|school|studie)';

export const VERDICT_RULES: readonly Rule[] = [
  patternRule({
    id: 'verdict-order',
    kind: 'verdict',
    reason,
    rewrite,
    patterns: [
      words('^kies (?:dus|gewoon|snel|maar|nou|nu|iets met|voor)|kies (?:dus|gewoon|snel)'),
      words('^(?:houd|hou) het bij|^begin gewoon|stop (?:maar )?met twijfelen|zoek maar een andere|^mik hoger|mik hoger'),
      words(
        '(?<!(?:waarin|waarbij|waar|wanneer|als|zodra) )(?:je|jij|jullie) (?:moet|moeten|moest|hoort te|hoort eigenlijk|hoort op|horen te)|(?:je|jij) zou (?:W ){0,3}moeten',
      ),
      words(
        '(?:je|jij) hoort (?:in|bij|op|thuis)|hoor (?:je|jij) (?:in|bij|op) (?:de|het)|^meld (?:je|jij) (?:W ){0,2}aan|^begin (?:gewoon|maar|meteen|direct)',
      ),
      words(
        '^(?:doe|neem|pak|kies|ga|blijf|begin|probeer) (?:maar|toch|gewoon|nou)(?: (?:maar|toch|gewoon|nou))*|(?:maar|dus) kies (?:voor|iets|gewoon|goed|een|de|het)|en kies (?:voor|gewoon|goed|de|het)|^(?:houd|hou) het (?:realistisch|simpel|veilig|praktisch)',
      ),
      words(
        '^(?:schrap|streep|vergeet|laat) (?:die|dat|deze|dit|het|de|je) (?:W ){0,4}(?:maar|gewoon|dus|liever)|^blijf bij (?:het|je|jouw|de|dat|die) W|de enige (?:goede |juiste |echte )?(?:optie|keuze|route|weg|mogelijkheid)|ligt (?:W ){0,4}voor de hand',
      ),
      words('(?:dat|dit|die|het|deze) (?:W ){0,2}past (?:goed |echt |precies |prima )?bij (?:je|jou)'),
      words(
        'ik raad (?:je|jou) (?:W ){0,2}aan|raad ik (?:je|jou) (?:W ){0,3}(?:af|aan)|ik raad (?:je|jou) (?:W ){0,4}af|(?:zou|wil) (?:ik )?(?:je|jou) (?:W ){0,2}(?:afraden|aanraden)|ik vind dat (?:je|jij)|ik denk dat (?:je|jij) (?:beter|het best)|tijdverspilling|weggegooid geld|mijn advies is|ik adviseer (?:je|jou|de|het|een|om)|het lijkt me (?:beter|verstandig|slim|handig) (?:om|als|dat)',
      ),
      words(
        '(?:je|jij|u) (?:kunt|kan) (?:misschien |dus |echt )?beter (?!worden|in\\b|leren)(?:W ){0,3}(?:kiezen|gaan|doen|niet|nemen|stoppen|beginnen|blijven|wachten|zoeken|overstappen|aanmelden|inschrijven)\\b',
      ),
      words('niet (?:voor (?:je|jou) )?weggelegd'),
      words(
        '(?:dat|dit|het) is (?:het |veel |echt )?(?:verstandig|verstandiger|verstandigst|slim|slimmer|veilig|veiliger|onverstandig|dom|beter)',
      ),
      words(
        '(?:je|jij) (?:bent|ben) (?:W ){0,2}(?:gemaakt|geknipt|geboren|in de wieg gelegd) voor|volgens mij (?:ben|word|past|moet|kun|hoor) (?:je|jij)',
      ),
      words(
        '^ga (?:voor|maar|gewoon|lekker|dus)|^blijf (?:lekker|gewoon|maar|liever|dus)|(?:zoek|kies|doe|neem|ga|blijf|word) (?:dus |dan )?(?:liever|lekker)',
      ),
      words(
        '(?:kun|kan) (?:je|jij) (?:W ){0,2}beter vergeten|(?:moet|kun|kan) (?:je|jij) (?:W ){0,2}(?:beter )?(?:loslaten|opgeven|laten varen|uit je hoofd zetten)|(?:vergeet|laat) (?:dat|die|dit|het) (?:W ){0,3}maar|(?:die|dat|het|deze) neem (?:je|jij) (?:er )?(?:gewoon |maar |dus )?bij',
      ),
      words(
        '(?:mijn|ons|het) (?:advies|besluit|oordeel) (?:staat vast|is duidelijk|is genomen|is definitief)|(?:je|jij) (?:bent|ben) (?:W ){0,2}(?:een )?(?:geboren|natuurlijke|rasechte) \\w+',
      ),
      words(
        '(?:is|zijn|lijkt) (?:voor (?:je|jou) )?(?:een luchtkasteel|geen (?:goed|slim|verstandig) (?:idee|plan)|geen optie|(?:niet|weinig|on)realistisch|een illusie|een utopie|kansloos)|luchtkastel\\w*',
      ),
      words(
        `(?:de|het) (?:betere|verstandigere|slimmere|veiligere|realistischere|logischere|haalbaardere|verstandigste|slimste|veiligste) (?:${ROUTE}|keus|pad)`,
      ),
      words(
        'levert (?:W ){0,2}(?:niets|niks|weinig) op|schrijf (?:je|jij) (?:daar |er |hier )?(?:maar|gewoon|meteen|nu|dus) (?:W )?in|(?:zet|schrijf) (?:die|dat|deze|hem|het) (?:W ){0,2}(?:maar|gewoon|dus) (?:bovenaan|op NUM|in)|(?:zet|schrijf|noteer) ik (?:W ){0,3}in (?:je|jouw)|blijkt dat (?:jij|je) (?:W ){0,3}(?:wordt|bent|moet|gaat)|(?:natuurlijk|uiteraard|vanzelfsprekend) (?:W ){0,2}(?:door|verder) naar|zou zonde zijn|moet (?:je|jij) (?:W ){0,2}niet (?:doen|kiezen|nemen|gaan)|(?:verlies|verliest) (?:je|jij) (?:er )?(?:alleen maar |alleen |vooral )?tijd|^ik zou (?:W ){0,6}(?:niet )?(?:nemen|kiezen|doen|gaan)|wat mij betreft (?:kies|ga|doe|neem|word|blijf) (?:je|jij)|(?:lijkt|leek) (?:me|mij) (?:W ){0,3}(?:verstandiger|beter|slimmer|handiger|logischer|verstandig)|\\w+ past (?:echt|goed|precies|prima|perfect|helemaal) bij (?:je|jou)|(?:meer|alle) (?:deuren|opties|wegen) open',
      ),
      words(
        '(?:het (?:zou|zal|is|lijkt)|(?:zou|zal|is|lijkt) het) (?:W ){0,2}(?:verstandig\\w*|beter|raadzaam|wijs|wijzer|zonde) (?:zijn )?(?:om|als|dat)|(?:te )?laten (?:schieten|varen|zitten)\\b|laat (?:die|dat|de|het|deze|dit) (?:W ){0,3}(?:schieten|zitten|varen)\\b',
      ),
      words(
        `(?:dat|dit|het) wordt (?:dus |dan )?(?:jouw|je) ${ROUTE}|(?:jij|je) wordt later (?:een|W)|, dus (?:daar|dat) gaan we (?:voor|heen|mee)|(?:kom|kun|kan) (?:je|jij) (?:W )?nergens|(?:je|jij) (?:komt|kunt|kan) (?:W )?nergens`,
      ),
      words('gaat (?:niet|nooit) (?:werken|lukken)|^(?:bedenk|zoek|kies|probeer) (?:maar )?(?:iets|een) ander'),
    ],
    when: isStatement,
  }),
  patternRule({
    id: 'verdict-decides',
    kind: 'verdict',
    reason,
    rewrite,
    patterns: [
      words(
        `(?:is|zijn) (?:voor (?:je|jou) )?(?:de|het) (?:beste|juiste|logische|enige goede|verstandigste) (?:${ROUTE}|voor (?:je|jou))`,
      ),
      words(
        '(?:is|zijn) het beste voor|(?:je|jij) kunt het beste|(?:je|jij) het beste (?:W ){0,4}(?:kunt|kan|kiest|doet|gaat)|(?:het )?beste (?:kun|kunt|kan) (?:je|jij)|(?:is|zijn) voor (?:je|jou) (?:niet|te) W',
      ),
      words(
        '(?:is|lijkt|zijn) (?:echt |gewoon |helemaal |toch )?niet (?:verstandig|realistisch|slim|handig|reeel|de bedoeling|voor (?:jou|je) weggelegd)|niet haalbaar|zonde van (?:je|jouw) tijd|levert te weinig op|te hoog gemikt|te hoog gegrepen',
      ),
      words(
        '(?:past|past het|past de W) (?:beter|niet|minder|slechter) bij (?:je|jou)|het enige (?:wat|dat) (?:W ){0,2}bij (?:je|jou) past',
      ),
      words(`past (?:het|de) W beter|, dus (?:de|het|een) (?:W ){0,3}(?:is|past)|dus (?:de|het) W past bij (?:je|jou)`),
      words('(?:je|jij) (?:bent|is) (?:te W|geen type) voor'),
      words(
        `(?:wij|we|het team|de school|de \\w+en|de sectie) (?:hebben|heeft) (?:W ){0,2}(?:besloten|beslist|bepaald)|het beste (?:is|zijn) voor (?:je|jou)|(?:de|het) (?:beste|juiste|enige juiste) (?:${ROUTE}|niveau) (?:is|zijn)\\b|(?:je|jij|u) (?:kunt|kan) (?:W ){0,3}het beste|ik zie (?:je|jou) (?:W ){0,3}(?:liever|niet|nooit|eerder) |ligt (?:je|jou) (?:W )?(?:beter|meer)\\b|zou (?:je|jij|u) (?:W )?niet (?:beter|liever)`,
      ),
      words('word (?:je|jij) (?:een )?(?:prima|goede|echte) W|volgens de (?:W ){0,2}\\w*test (?:word|ben|past) (?:je|jij)'),
      words('(?:jouw|je) (?:plek|toekomst|talent) (?:is|ligt) (?:duidelijk )?(?:in|bij)'),
      words(
        '(?:zou|zal) ik (?:W ){0,2}(?:maar )?niet (?:aan )?(?:beginnen|doen|kiezen|gaan)|(?:(?:het is|is het) duidelijk|het staat vast|het is besloten)[:,]? (?:jij|je) (?:gaat|kiest|doet|wordt)|als ik (?:jou|jij) was|zou ik (?:W ){0,3}(?:gaan|kiezen|verdergaan|doen)|ik zie (?:jou|je) (?:W ){0,2}als',
      ),
      words('zullen we (?:je|jou) aanmelden|heeft gelijk|daar hoef (?:je|jij) niet aan te twijfelen'),
      words('met (?:jouw|je) W (?:W ){0,3}(?:word|zou|ben|past|kun|moet) (?:je|jij|ik)'),
      words(
        'ik heb (?:W ){0,2}(?:besloten|beslist|gekozen)|heb ik (?:W ){0,2}(?:besloten|beslist)|(?:moet|hoor) (?:je|jij) (?:echt |gewoon |toch |maar |dus |eigenlijk )+(?:de|het|naar|voor|kiezen|gaan|doen)',
      ),
      words(
        '(?<!geen |(?:bang|angst|angstig|vrees|zorgen|twijfel\\w*) (?:W ){0,3})(?:verkeerde|foute) keuzes?(?! (?:W ){0,2}(?:bestaat|bestaan) (?:W ){0,2}niet)|wist je dat|zie ik aan (?:je|jouw) cijfers?|met (?:dit|deze) cijfers? ben (?:je|jij)',
      ),
      words('je bent (?:een )?(?:beta|alfa|doener|zorgzaam)'),
      words(
        'is beter (?:voor (?:je|jou)|dan)|hoger is (?:altijd )?beter|(?:niks|niets) voor (?:jou|iemand zoals)|kom (?:je|jij) verder',
      ),
      words('word (?:je|jij) nooit wat|enige goede keuze|dat is makkelijker'),
    ],
    when: (s) =>
      isStatement(s) ||
      /, toch\?$/u.test(s.folded) ||
      /\b(?:past (?:het|de) \w+ beter|zullen we|wist je dat|zou dat niet iets|zou (?:je|jij|u) (?:[\w'-]+ )?niet (?:beter|liever))\b/u.test(
        s.folded,
      ),
  }),
  /** A decision made for the student, also when stated before the question (./verdict-decided.ts). */
  onStatements(patternRule({ id: 'verdict-decided', kind: 'verdict', reason, rewrite, patterns: DECIDED })),
  /** A verdict by its frame: better off, belonging, advice, dropping a wish (./verdict-framed.ts). */
  // an imperative needs no "je" ("Mijn advies: stop met dat idee"); a stated clause that itself asks
  // ("Waar ben je beter op je plek, denk je: …?") is the student's own view
  statedRule({ id: 'verdict-framed', kind: 'verdict', reason, rewrite, patterns: VERDICT_FRAMED }, (part) =>
    /^(?:waar\w*|wat|hoe|welke?|wanneer|waarom|wie)\b/u.test(part.folded),
  ),
  patternRule({
    id: 'verdict-must-elsewhere',
    kind: 'verdict',
    level: 'warn',
    reason: {
      nl: "'Moet' in een mededeling kan als opdracht of oordeel klinken.",
      en: "'Must' in a statement may read as an order or a verdict.",
    },
    rewrite,
    patterns: [words('moet|moeten|hoort te')],
    when: (s) =>
      isStatement(s) &&
      !/\b(?:waarin|waarbij|wanneer|zodra) (?:je|jij|jullie|men|iemand) (?:moet|moeten)\b/u.test(s.folded) &&
      !mustOfAThirdParty(s),
  }),
];
