import { IDENTITY_AS_FACT, STEREOTYPE_STATED, STUDENT_LABELLED, statedOfAGroup } from './labelling-stereotype';
import { isStatement, patternRule } from './rule';
import { words } from './text';
import type { Rule } from './types';

/**
 * Labelling: a stereotype of gender, background, school type, hobby or diagnosis used to describe
 * the student or steer the choice ("Meisjes kiezen vaak …", "Als typische havist …", "Met jouw
 * achtergrond …", "Omdat je dyslexie hebt …").
 */

const GENDER = '(?:meisjes?|meiden|meid|jongens?|vrouwen|mannen)';
const SCHOOL_PERSON =
  "(?:havist|vwo'?er|vmbo'?er|mavo'?er|gymnasiast|(?:vmbo|havo|vwo|mavo|bb|kb|gl|tl|gt|praktijk|kader|basis|entree)-?leerling|leerling van het (?:praktijkonderwijs|vmbo|vwo|havo|mavo))";
/** Faith and identity words that a route must never be tied to. */
const FAITH = '(?:moslim\\w*|christen\\w*|jood|joodse?|hindoe\\w*|islamitisch\\w*|gelovige?|homo|lesbienne|transgender)';
const ETHNIC =
  '(?:allochto\\w*|autochto\\w*|marokkaans\\w*|turks\\w*|surinaams\\w*|antilliaans\\w*|migrant\\w*|migratieachtergrond|niet-westers\\w*|buitenlands\\w*)';
const PEOPLE = '(?:leerlingen|leerling|jongens?|meisjes?|mensen|jongeren|kinderen|ouders|vrouwen|mannen|familie)';
const DIAGNOSIS = '(?:dyslexie|dyslectisch|adhd|add|autisme|autistisch|asperger|dyscalculie|pdd-nos)';
const GENERALLY =
  '(?:gaan (?:W ){0,2}naar (?:de|het) (?:universiteit|hbo|mbo|wo)|dat hoort (?:nu eenmaal )?zo|(?:kunnen|kan|willen|durven) (?:W ){0,3}(?:niet|geen)|(?:vooral|meer|nu eenmaal|typisch) (?:goed|sterk|handig|beter) (?:met|in)|vaak|meestal|doorgaans|gewoonlijk|over het algemeen|in de regel|zelden|nooit|allemaal|(?:het )?in (?:het|hun) bloed|meer van|niet zo|nu eenmaal|van nature|typisch|horen (?:op|in|bij|aan|thuis)|(?:zijn|worden) (?:W ){0,2}\\w+ers?, geen|(?:zijn|worden) (?:echte |nu eenmaal |gewoon |meer |vooral )?(?:doeners|denkers|praktisch|theoretisch|zorgzaam|technisch|creatief|sociaal|emotioneel|rationeel)|zijn geen|redden het|houden het|kunnen het niet|passen (?:niet|beter))';
/** A group of students by school type, origin or gender ("mbo'ers", "gymnasiasten", "kinderen uit …"). */
const GROUP =
  "(?:(?!zzp)[a-z]{2,5}'ers|havisten|gymnasiasten|atheneumleerlingen|[\\w-]*leerlingen|kinderen|jongeren|studenten|meisjes|meiden|jongens)";
/** Who the student is (language, faith, origin, body, diagnosis), turned into a reason for a route. */
const IDENTITY =
  '(?:moedertaal|thuistaal|hoofddoek|keppel|tulband|afkomst|geloof|religie|huidskleur|accent|achtergrond|nationaliteit|vluchteling\\w*|statushouder\\w*|nieuwkomer\\w*|arbeidersgezin|rolstoel|handicap|beperking|diagnose|gesproken|spreekt|spreken|(?:vader|moeder|ouders|familie|broer|zus) (?:W ){0,3}(?:is|zijn|werkt|werken|deed|doet))';
const STEERS =
  '(?:(?:kun|kan|kies|ga|zoek) (?:je|jij) (?:W ){0,2}(?:beter|liever)|zou ik|(?:zou|moet) (?:je|jij) (?:W ){0,2}(?:beter|ook|liever)|ligt (?:W ){0,2}voor de hand|(?:is|lijkt) (?:W ){0,3}(?:beter|verstandiger|handiger|moeilijk|lastig)|past (?:W ){0,3}(?:beter|niet)|niet (?:voor (?:jou|je)|geschikt|op (?:je|jouw) plek))';

const reason = {
  nl: 'Een label of stereotype (geslacht, achtergrond, schoolsoort, diagnose) bepaalt wat bij de leerling past.',
  en: 'A label or stereotype (gender, background, school type, diagnosis) decides what suits the student.',
};
const rewrite = {
  nl: "Vraag naar de leerling zelf: 'Welk werk trekt jou, los van wat anderen verwachten?'",
  en: "Ask about the student themself: 'Which work attracts you, whatever others expect?'",
};

export const LABELLING_RULES: readonly Rule[] = [
  patternRule({
    id: 'labelling-group',
    kind: 'labelling',
    reason,
    rewrite,
    patterns: [
      words(`^(?:veel |de meeste )?${GENDER} (?:W ){0,6}${GENERALLY}`),
      words(`^(?:veel |de meeste )?${PEOPLE} (?:uit|van|met) W{1,3}(?:W ){0,5}${GENERALLY}`),
      words(`^\\w+(?:ers|ters|isten|leerlingen) (?:zijn|worden|kiezen|komen|gaan|willen|blijven) (?:W )?${GENERALLY}`),
      words('\\w+ zoals (?:jij|jou)'),
      words('(?:\\w+s|\\w+en|iemand|types?) als (?:jij|jou)'),
      words('(?:als|voor een) (?:dochter|zoon|kind) van'),
      words(`zoals alle ${GENDER}`),
      words(`typische (?:${GENDER}|\\w*beroepen|\\w*jongensberoepen|\\w*meisjesberoepen)`),
      words('typische? (?:jongens|meisjes)\\w+'),
      words(`${ETHNIC} ${PEOPLE}|${ETHNIC}`),
      words(`^(?:veel |de meeste |alle )?${GROUP} (?:W ){0,8}${GENERALLY}`),
      // a group named by a trait, origin or diagnosis before it: "autistische jongeren zijn vaak …"
      words(
        `^(?:veel |de meeste |alle )?(?!(?:nieuwe|jonge|oudere|andere|eigen|huidige|vorige|volgende|zulke|sommige|enkele|vele|meeste|deze|die|onze|jouw|hun)\\b)\\w+(?:e|se) ${GROUP} (?:W ){0,8}${GENERALLY}`,
      ),
    ],
  }),
  patternRule({
    id: 'labelling-as-type',
    kind: 'labelling',
    reason,
    rewrite,
    patterns: [
      // not both genders named together against a stereotype: "Zowel jongens als meisjes kiezen …"
      words(
        `(?<!zowel (?:W ){0,2}${GENDER} )(?:als|voor een) (?:typische? |echte? )?(?:\\w+e )?(?:${GENDER}|${SCHOOL_PERSON}|${ETHNIC}|${FAITH})`,
      ),
      words(`typisch(?:e)? (?:een )?${SCHOOL_PERSON}`),
      words('(?:je|jij) bent (?:toch |duidelijk |echt )?(?:een )?(?:echte?|typische?) W'),
      words(`(?:je|jij) bent een (?:W )?${GENDER}`),
    ],
    when: (s) => !/^als je\b/.test(s.folded) || /\b(?:typische?|echte?)\b/.test(s.folded),
  }),
  patternRule({
    id: 'labelling-background',
    kind: 'labelling',
    reason,
    rewrite,
    patterns: [
      words('met (?:jouw|je) (?:achtergrond|afkomst|cultuur|geloof)'),
      words('(?:uit|van) (?:jouw|je) (?:cultuur|wijk|buurt|land|geloof|afkomst)'),
      words('in (?:jouw|je) (?:cultuur|geloof|gemeenschap|land van herkomst)'),
      words(`${GENDER} [^.?]{0,60}(?:zie|zien|kom|kent) (?:je|we|ik|jij|men) (?:W )?(?:niet vaak|zelden|weinig|nauwelijks)`),
      words(`(?:${GENDER}|leerlingen|types?) met (?:jouw|je) (?!(?:vraag|vragen|idee|ideeen)\\b)W`),
      words('YOU (?:komt|kom) uit een \\w*(?:familie|gezin)'),
    ],
  }),
  patternRule({
    id: 'labelling-identity-steers',
    kind: 'labelling',
    reason,
    rewrite,
    patterns: [
      words(
        `(?:omdat|nu|aangezien|met|als) (?:W ){0,3}(?:je|jij|jouw|thuis|jullie) (?:W ){0,5}${IDENTITY}(?:[^?]{0,80}?)${STEERS}`,
      ),
      words(`${IDENTITY} (?:W ){0,6}(?:is|zijn) (?:W ){0,3}(?:moeilijk|lastig|een probleem|niet handig)`),
    ],
  }),
  patternRule({
    id: 'labelling-diagnosis',
    kind: 'labelling',
    reason: {
      nl: 'Een diagnose wordt een grens of een voorspelling voor de keuze van de leerling.',
      en: "A diagnosis is turned into a limit or a forecast for the student's choice.",
    },
    rewrite,
    patterns: [
      words(`(?:omdat|met|als|door) (?:je|jouw|jij) (?:W )?${DIAGNOSIS}`),
      words(`${PEOPLE} met ${DIAGNOSIS}`),
      words(`met ${DIAGNOSIS} (?:kun|kan|ben|is|word|moet|lijkt)`),
      words(`(?:je|jij) (?:hebt|bent) (?:W )?${DIAGNOSIS}`),
    ],
  }),
  patternRule({
    id: 'labelling-trait-imposed',
    kind: 'labelling',
    reason,
    rewrite,
    patterns: [words('(?:je|jij) bent (?:toch |duidelijk )?(?:echt |duidelijk )een W')],
    when: isStatement,
  }),
  /** A stereotype stated of a group, or a label put on the student (./labelling-stereotype.ts). */
  patternRule({
    id: 'labelling-stereotype',
    kind: 'labelling',
    reason,
    rewrite,
    patterns: STEREOTYPE_STATED,
    when: statedOfAGroup,
  }),
  patternRule({ id: 'labelling-of-student', kind: 'labelling', reason, rewrite, patterns: STUDENT_LABELLED }),
  patternRule({ id: 'labelling-identity-as-fact', kind: 'labelling', reason, rewrite, patterns: IDENTITY_AS_FACT }),
];
