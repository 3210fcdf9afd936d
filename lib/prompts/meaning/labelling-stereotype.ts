import { isStatement } from './rule';
import { words } from './text';
import type { Sentence } from './types';

/**
 * Labelling as a stereotype stated of a group the student belongs to, or put on the student: a field
 * said to be for one gender ("Techniek is meer iets voor jongens"), a family, age group or school
 * type that "typically" does something ("Families zoals de jouwe …", "Echte gymnasiasten …",
 * "Mavo-leerlingen zijn geen studeerders"), a first-generation student cast as lacking support, a
 * gendered type pinned on the student ("zo'n creatief meisje"), and a diagnosis as a forecast ("Met
 * ADHD hou je het niet vol").
 * The rules `labelling-stereotype` and `labelling-of-student` in ./labelling.ts.
 */

const GENDER = '(?:meisjes?|meiden|meid|jongens?|vrouwen|mannen)';
const FAITH = '(?:moslim|christen|jood|joods|hindoe|gelovig|homo|lesbisch|transgender)\\w*';
const DIAGNOSIS = '(?:dyslexie|dyslectisch|adhd|add|autisme|autistisch|asperger|dyscalculie)';
/** A group of people by school type, origin, age or home ("mavo-leerlingen", "boerenkinderen"). */
const GROUP = "(?:[\\w-]+(?:leerlingen|kinderen|studenten|jongeren)|families|gezinnen|[a-z]{2,5}'ers|havisten|gymnasiasten)";
/** What the group is then said to be or do, as a fixed fact. */
const FIXED =
  '(?:zijn (?:W ){0,2}geen|(?:zijn|horen) (?:W ){0,2}(?:het best|beter) (?:op hun plek|af|thuis)|blijven (?:W ){0,2}(?:meestal|vaak|altijd))';

/** Said of a group as a fixed fact: in a statement, or in a clause stated before the question ("…; welke …?", "…, dus welke …?"). */
export const STEREOTYPE_STATED: readonly RegExp[] = [
  words(
    `(?:is|zijn) (?:eigenlijk |meer |vooral |echt |toch |gewoon |typisch )*(?:iets |werk |een vak |een beroep )?voor ${GENDER}\\b(?! (?:en|of|als|die|zoals)\\b)`,
  ),
  words(`^(?:echte|typische|de meeste) ${GROUP} (?:W ){0,2}(?:gaan|kiezen|zijn|willen|worden|blijven|hebben|redden|kunnen)`),
  words(`^(?:W )?${GROUP} (?:W ){0,2}${FIXED}`),
  words(`^voor (?:W )?${GROUP} (?:is|zijn) (?:W ){0,4}(?:het meest realistisch|realistisch|haalbaar)`),
  // one member for the whole group: "Een praktijkschoolleerling kan geen kantoorbaan aan"
  words(
    `^(?:een|elke|iedere) (?:\\w+e )?(?:[\\w-]+(?:leerling|student|jongere)|[a-z]{2,5}'er|havist|gymnasiast) (?:kan|is|wordt|hoort|past|heeft|wil|kiest|gaat) (?:W ){0,2}(?:geen|niet|nooit|nu eenmaal|meestal|vaak|doorgaans)\\b`,
  ),
];

/** A group the student belongs to, or a marker of identity, given as a fact about what suits them (any sentence). */
export const IDENTITY_AS_FACT: readonly RegExp[] = [
  words(
    '(?:jullie|hun) (?:gemeenschap|cultuur|volk|geloof|land|achtergrond|afkomst) (?:W ){0,2}(?:hecht|hechten|vindt|vinden|wil|willen|verwacht|verwachten|is|zijn|staat|heeft|kiest|kiezen)',
  ),
  words(
    `voor (?:iemand|mensen|leerlingen|meisjes|jongens|vrouwen|mannen|een W) (?:met|van|uit) (?:een |je |jouw |hun )?(?:W )?(?:hoofddoek|keppel|tulband|afkomst|geloof|religie|huidskleur|accent|achtergrond|nationaliteit|migratieachtergrond) (?:W ){0,3}(?:minder|meer|beter|makkelijker|lastiger|handiger|geschikter|niet geschikt|moeilijk|lastig)`,
  ),
];

/** A label put on the student or a group they belong to, in any sentence. */
export const STUDENT_LABELLED: readonly RegExp[] = [
  words('zoals (?:de|het) (?:jouwe|uwe)|(?:\\w+s|\\w+en) zoals u\\b'),
  words('(?:als|voor een) eerste ?generatie\\w*'),
  words(`(?:je|jij) bent (?:toch |echt |gewoon )?(?:zo'?n|een|echt zo'?n) (?:[\\w'-]+,? ){0,3}${GENDER}\\b`),
  words(`met ${DIAGNOSIS} (?:W ){0,3}(?:hou|houd|red|haal|kom|lukt|kun|kan)`),
  words("als (?:een )?(?:autist|dyslect\\w*|adhd'?er|add'?er|\\w+tiger)\\b"),
  words(`(?:omdat|want|aangezien) (?:de meeste |veel |alle )?${GENDER} (?:W ){0,4}(?:meestal|vaak|nu eenmaal|van nature|altijd)`),
  words(`zoals (?:de meeste|alle|veel) ${GENDER} (?:ben|bent|wil|kies|ga|heb) (?:je|jij|u)`),
  words(`(?:omdat|aangezien|nu) (?:je|jij|u) (?:W )?${FAITH} (?:bent|ben|is)`),
  words('(?:past|passen) (?:W ){0,2}bij (?:jouw|je|uw) (?:cultuur|geloof|afkomst|achtergrond|religie)'),
];

/** Said of a group: in a statement, or in a clause stated before the question ("…; welke …?", "…, dus welke …?"). */
export const statedOfAGroup = (s: Sentence): boolean => isStatement(s) || /[;:]|, (?:dus|daarom)\b/u.test(s.folded);
