import { patternRule } from './rule';
import { words } from './text';
import type { Rule, Sentence } from './types';

/**
 * Comparison: the student held against classmates, siblings, friends or "the rest": a comparative
 * with another person, a ranking in the group, or a sentence about what others already did followed
 * by a question to the student ("De rest van de klas weet al wat ze wil. Waarom jij nog niet?").
 */

const RELATIVE =
  '(?:\\w*broer\\w*|\\w*zus\\w*|neef(?:je)?|nicht(?:je)?|oom|tante|buurman|buurvrouw|buurjongen|buurmeisje|ouders|vader|moeder|beste vriend|beste vriendin|vrienden|vriendin|familie)';
const PEERS = `(?:klasgenot(?:en)?|klasgenoot|groepsgenoten|medeleerlingen|(?:je |jouw )?(?:jaargenoten|leeftijdsgenoten|studiegenoten|medestudenten)|(?:de )?leerlingen van (?:vorig|verleden) jaar|(?:de |het )?vorige (?:lichting|cohort)|oud-leerlingen|(?:de )?andere (?:[\\w'-]+ers|\\w+jaars|[\\w-]*leerlingen|[\\w-]*studenten|[\\w-]*stagiairs|[\\w-]*kinderen|[\\w-]*jongeren)|(?:\\w*leerlingen (?:uit|van|in) )?(?:de |je )?parallelklas\\w*|\\w*leerlingen (?:uit|van|in) (?:je |jouw |de )?(?:klas|groep|jaar|jaarlaag|\\d \\w+)|(?:je|jouw) (?:\\w+ )?(?:groepje|groep|klas|mentorgroep|vriendengroep)|de rest(?: van (?:de|je|jouw) W)?|(?:bijna )?iedereen|(?:bijna )?(?:heel|de hele|half) (?:\\d \\w+|(?:de|je|jouw) (?:klas|groep|jaarlaag))|(?:alle|de) anderen|de meeste (?:leerlingen|klasgenoten|jongeren|anderen)|de helft van (?:de|je|jouw) W|de leerlingen die|(?:je|jouw) (?:\\w+e )?${RELATIVE})`;

const reason = {
  nl: 'De leerling wordt vergeleken met anderen (klasgenoten, broer of zus, de groep).',
  en: 'The student is compared with others (classmates, siblings, the group).',
};
const rewrite = {
  nl: "Vraag naar de eigen weg van de leerling: 'Wat wil jij zelf nog uitzoeken voordat je kiest?'",
  en: "Ask about the student's own path: 'What do you want to find out yourself before you choose?'",
};

/** Words that open a sentence in capitals but name no classmate ("Dit is sterk werk."). */
const NOT_A_NAME: ReadonlySet<string> = new Set(
  'dit dat het er hier daar deze die wat wie hij zij ze je jij u men iemand niemand iedereen alles niets elk elke ieder zo nu dan toen ook'.split(
    ' ',
  ),
);

/**
 * The question after a statement about someone else (their work, or a thing) asks the student's own
 * view or what they took from it: "Wat heb je van hun werk meegekregen, en wat vind jij ervan?",
 * "Welke plek krijgt het bij jou?".
 */
const OWN_VIEW =
  /\b(?:wat (?:vind|denk) (?:jij|je) (?:er|daar|hier)(?:van|over)|hoe kijk (?:jij|je) (?:er|daar|hier)(?:naar| tegenaan)|(?:heb|hebt) (?:jij|je) (?:[\w'-]+ ){0,4}(?:meegekregen|opgestoken|geleerd|gezien)|wat (?:spreekt|trekt|boeit) (?:jou|je) (?:er|daar|daarin|erin|eraan|daaraan)|(?:welke plek|welke rol|hoeveel ruimte|wat) (?:krijgt|speelt|heeft|betekent) (?:het|dat|dit|die|geld|werk) (?:[\w'-]+ ){0,2}(?:bij|voor) (?:jou|jij)|hoe belangrijk is (?:het|dat|dit) (?:[\w'-]+ ){0,2}voor (?:jou|jij))\b/u;
/** A measure of the student against the other: already, too, better, not yet, why, when, oneself. */
const MEASURE =
  /\b(?:al|allang|inmiddels|ook|wel|nog (?:niet|geen)|niet|geen|waarom|wanneer|net als|net zo|zoals|jezelf|beter|slechter|meer|minder|verder|sneller|eerder|hoger|harder|slimmer|nog steeds)\b/u;
const ownViewAsked = (statement: Sentence, question: Sentence): boolean =>
  OWN_VIEW.test(question.folded) && !MEASURE.test(question.folded) && !MEASURE.test(statement.folded);

/**
 * What someone else wishes, expects or doubts FOR the student ("Je vader wil dat je de bouw in gaat",
 * "Je ouders zien je liever op het hbo", "Niet iedereen gelooft in jouw plan"): their view of the
 * student's path, not their own achievement, so no comparison, when the question then asks the
 * student's own wish or view ("Wat wil jij zelf?") and measures nothing against them.
 */
const VIEW_OF_THE_STUDENT =
  /\b(?:wil|willen|wilde|wilden) (?:graag )?dat (?:je|jij)\b|\b(?:ziet|zien|zag|zagen) (?:je|jou) (?:[\w'-]+ ){0,2}(?:graag|liever|het liefst|al)\b|\b(?:hoopt|hopen|hoopte|hoopten|droomt|dromen) (?:[\w'-]+ ){0,4}(?:op|dat|van)\b|\b(?:verwacht|verwachten|verwachtte) (?:[\w'-]+ ){0,3}(?:van (?:je|jou)|dat (?:je|jij))\b|\b(?:gelooft|geloven|zien|ziet) (?:[\w'-]+ ){0,2}(?:in (?:je|jouw)|(?:je|jouw) [\w'-]+ (?:niet )?zitten)\b|\b(?:vindt|vinden|vond|vonden) (?:je|jouw) [\w'-]+(?: [\w'-]+)? (?:raar|vreemd|niks|niets|gek|onzin|een slecht idee)\b|\b(?:lacht|lachen|lachten) (?:om|over) (?:je|jouw)\b|\b(?:heeft|hebben) (?:een )?(?:andere )?(?:wens|verwachting|verwachtingen|droom|plannen) (?:dan|voor) (?:je|jij|jou)\b|\b(?:rekent|rekenen|rekende) erop dat (?:je|jij)\b|\b(?:maakt|maken) zich zorgen (?:over|om) (?:je|jouw)\b/u;
/** The student's own wish or view, asked ("Wat wil jij zelf?", "Hoe kijk jij daar zelf tegenaan?"). */
const OWN_WISH =
  /\b(?:(?:jij|je|jou) zelf|zelf (?:wil|wilt|vind|vindt|denk|kiest|kiezen|belangrijk))\b|\bwat (?:wil|vind|zou|hoop|denk) (?:jij|je)\b|\bwat (?:jij|je) (?:zelf )?(?:wil|wilt|vindt|hoopt)\b|\bhoe kijk (?:jij|je)\b|\bwat maakt (?:dat|het) (?:jij|je|voor jou)\b|\b(?:voor jou|jou) belangrijk\b|\bbelangrijk voor jou\b|\b(?:gesprek|praten) met (?:hem|haar|hen|ze|je ouders)\b|\b(?:hun|hem|haar) (?:[\w'-]+ ){0,2}(?:vertellen|laten zien|uitleggen)\b/u;
/** A measure against the others in the question ("waarom jij niet", "net als", "ook", a comparative). */
const MEASURED = /\b(?:waarom|net als|net zo|zoals|ook|al|allang|beter|slechter|sneller|eerder|hoger|slimmer|verder)\b/u;
const othersWishForYou = (statement: Sentence, question: Sentence): boolean =>
  VIEW_OF_THE_STUDENT.test(statement.folded) && OWN_WISH.test(question.folded) && !MEASURED.test(question.folded);

/** A statement about what others did or are, then a question to "jij/jou" in the same text. */
function othersThenYou(sentence: Sentence, text: readonly Sentence[]): boolean {
  const i = text.indexOf(sentence);
  const next = text[i + 1];
  if (sentence.question || !next?.question || !/\b(?:jij|jou|jouwe)\b/.test(next.folded)) return false;
  if (ownViewAsked(sentence, next) || othersWishForYou(sentence, next)) return false;
  const startsWithOthers = words(`^(?:W{0,3})?${PEERS}`).test(sentence.folded);
  const name = /^(\p{Lu}\p{Ll}+) (?:heeft|is|weet|deed|koos|gaat|wil)\b/u.exec(sentence.raw)?.[1];
  const named = name !== undefined && !NOT_A_NAME.has(name.toLowerCase());
  return startsWithOthers || named;
}

/** Others who already did it (al, wel, allemaal), and the student after them: "… hebben al …; wanneer ga jij?" */
const OTHERS_ALREADY_THEN_YOU = new RegExp(
  `(?<![\\w'-])${PEERS} (?:[\\w'-]+ ){0,8}(?:al|wel|allemaal|inmiddels|beter|sneller|verder|hoger|eerder|vaker|slimmer|harder)\\b.{0,140}?\\b(?:jij|jou)\\b`,
  'u',
);

/** Others do it, the student does not: "bijna iedereen kiest havo, waarom jij niet?" */
const OTHERS_BUT_NOT_YOU = new RegExp(
  `(?<![\\w'-])${PEERS}\\b.{0,100}\\b(?:(?:waarom|en|maar|behalve) (?:[\\w'-]+ ){0,2}(?:jij|jou) (?:[\\w'-]+ ){0,2}(?:nog )?(?:niet|geen|(?:per se |juist )?(?:iets )?anders)|(?:lukt|kun|kan|red|haal|doe) (?:jou|jij|je) (?:dat|het) ook|bij (?:jou|jij) (?:[\\w'-]+ ){0,2}anders)\\b`,
  'u',
);

export const COMPARISON_RULES: readonly Rule[] = [
  patternRule({
    id: 'comparison-with-others',
    kind: 'comparison',
    reason,
    rewrite,
    patterns: [
      words(
        `(?:(?:\\w+er|minder|meer|verder) (?:W ){0,3}dan|(?:net zo|even|zo) W (?:W ){0,3}als) (?:die van |W ){0,3}(?:je |jouw |de |hun )?${PEERS}`,
      ),
      words(`${PEERS} (?!W{0,3}(?:misschien|soms|kunnen|mogen) )W{0,6}anders dan (?:jij|jou)`),
      words('vergeleken met|in vergelijking met'),
      words(`(?:niet|net|gewoon|ook) zoals ${PEERS}`),
      words(
        '^wie (?:in|van|uit) (?:jouw|je|de) (?:klas|groep|mentorgroep|jaarlaag) (?:W ){0,4}(?:de minste|de meeste|het minst|het meest|het verst|als laatste|de beste|het beste)',
      ),
      words('(?:jij|je) (?:bent|hebt) (?:W ){0,3}(?:de minste|de meeste|het minst)'),
      /\b(?:van|uit|in) (?:alle|de|je|jouw) (?:[\w'-]+ ){0,3}(?:leerlingen|klasgenoten|klas|groep|jaarlaag)\b[^.?;]{0,40}\b(?:jij|je)\b[^.?;]{0,20}\b(?:de minste|de meeste|het minst|het meest|als laatste|de laatste)\b/u,
      words('behalve (?:jij|jou)'),
      words('(?:(?!(?:ander|over|onder|achter|voor)\\b)\\w+er|meer|minder|beter) (?:W ){0,2}dan (?:de|het) jouwe'),
      /\bwie\b[^?]{0,40}\b(?:\w+er|meer|minder|beter|verder|eerder|sneller|het verst|het meest)\b[^?]{0,60}\b(?:jij|jou) of (?:je|jouw|de|die|dat)\b/u,
      /\bvan alle\b[^.?;]{0,60}\b(?:jij|je|jouw)\b[^.?;]{0,30}\b(?:het|de) \w+ste\b/u,
      /\bal\b[^.?!;]{0,80}\bterwijl (?:jij|je)\b/u,
      // the student equated with a relative: "Jij bent net als je broer: …"
      words(
        `(?:jij|je|u) (?:bent|ben|lijkt|wordt) (?:W ){0,2}(?:net|precies|helemaal|ook) (?:als|zoals) (?:je|jouw|uw) (?:\\w+e )?${RELATIVE}`,
      ),
      words(`meer op W (?:W )?(?:lijken|lijkt)|(?:lijken|lijkt|lijk) (?:W ){0,2}op (?:je|jouw) (?:W )?${RELATIVE}`),
      words(`${PEERS} die (?:al )?(?:wel|al)`),
      words(
        'wel W{0,8}(?:en|maar) (?:jij|jou) niet|(?:al|allang|inmiddels) W{0,8}(?:en|maar|terwijl) (?:jij|jou) (?:W ){0,2}nog (?:niet|geen)',
      ),
      words(
        '(?:leg|zet|houd) (?:je|jezelf|jouw) (?:W ){0,2}naast (?:dat|die|het|de) (?:W )?van|zet jezelf (?:W )?naast|hoeveel (?:verder|beter|sneller|meer) (?:hij|zij|ze|die) (?:al )?(?:is|zijn|heeft|staat)',
      ),
      words('wel (?:W ){0,6}(?:dat|wat) (?:jij|jou) (?:nog )?niet'),
      words(
        '(?<!(?:weet|weten|kent|kennen|vertellen|vertelt) )(?:(?!(?:over|onder|ander|achter|voor)\\b)\\w+er|beter|minder|meer|verder|sneller) (?:W ){0,2}dan (?:jij|jou)',
      ),
      words(`${PEERS} W{0,4}(?:zijn|is) verder`),
      words(`(?:terwijl|nu|want) (?:je |jouw )?${PEERS} (?:W ){0,4}(?:al|wel|allemaal)`),
      words(
        'op (?:jouw|je) leeftijd (?:W ){0,3}(?:al|wel|veel)|(?:veel|een stuk|stukken|zoveel) \\w+er (?:dan (?:jij|jou))?(?= ?[.?;,]|$)',
      ),
      words(`waarom (?:W ){0,2}(?:jij|jou) (?:W ){0,3}anders dan`),
      words(
        '(?<!(?:weet|weten|kent|kennen|vertellen|vertelt) )(?:meer|minder|vaker|later|eerder|(?!(?:over|onder|ander|achter|voor|daarover|hierover)\\b)\\w+er) (?:W ){0,6}dan (?:die van |dat van |het \\w+ van )?(?:jij|jou)(?! (?:zelf|denkt|dacht|verwacht))',
      ),
      words(`(?:meer|minder|vaker|later|eerder|\\w+er) (?:W ){0,6}dan (?:je |jouw )?${PEERS}`),
      words(
        '(?:ben|bent|was) (?:jij|je) (?:W ){0,2}(?:de laatste(?! (?:tijd|weken|dagen|maanden|jaren|periode|keer))|als laatste)|(?:ben|bent|was) (?:jij|je) (?:W ){0,2}de enige (?:uit|in|van) (?:je|jouw|de) (?:klas|groep|mentorgroep|jaarlaag)|^kijk (?:eens )?(?:hoe|naar|wat) [^?]{0,100}(?:jij|jou) (?:dat |het )?ook|(?:jij|je) (?:bent|was|bleek) (?:W ){0,2}de enige|als (?:enige|laatste) (?:W ){0,3}(?:nog )?(?:geen|niet|zonder)',
      ),
      words(
        'als voorbeeld (?:moeten|moet) nemen|(?:leerling|klasgenoot|klasgenoten|broer|zus|vriend|vriendin) (?:W ){0,6}als voorbeeld|neem (?:W ){0,3}een voorbeeld aan',
      ),
      words(
        '(?:sta|staat|stond) (?:jij|je) (?:W ){0,2}(?:onderaan|bovenaan|achteraan|als laatste)|(?:jij|je) (?:staat|sta|stond) (?:W ){0,4}(?:onderaan|achteraan|als laatste)|ranglijst|ranking',
      ),
    ],
  }),
  patternRule({
    id: 'comparison-ranking',
    kind: 'comparison',
    reason: {
      nl: 'De leerling wordt gerangschikt in de groep (als laatste, de enige zonder, wie het verst komt) of afgezet tegen wat een ander meer heeft of doet.',
      en: 'The student is ranked within the group (the last, the only one without, who gets furthest) or set against what another has or does more.',
    },
    rewrite,
    patterns: [
      words('als (?:laatste|enige|eerste) (?:van|uit|in) (?:je|jouw|de) W'),
      words('degene met de (?:minste|meeste)'),
      words(
        '(?:sta|staat|stond|zit|zat|hoor|hoort|behoor|behoort) (?:je|jij) (?:W ){0,3}(?:bij|in|onder|tussen) de (?:onderste|bovenste|laatste|zwakste|slechtste|laagste|hoogste) (?:NUM|helft|groep|plekken)',
      ),
      words(
        '(?:het|de) (?:slechtst|best|minst|meest|laagst|hoogst)\\w* (?:W ){0,3}(?:van|in|uit) (?:je|jouw|de) (?:klas|groep|mentorgroep|jaarlaag)|(?:jouw|je|jij) (?:W ){0,3}(?:is|bent|was|hebt|heb) (?:W ){0,2}(?:het|de) \\w+ste (?:W ){0,3}(?:van|in|uit) (?:je|jouw|de|jullie) (?:hele )?(?:klas|groep|mentorgroep|jaarlaag|school)',
      ),
      words(
        '(?<!niet )(?:de enige|degene) (?:W ){0,2}(?:zonder|die (?:W ){0,2}(?:nog )?(?:geen|niet)\\b|die het (?:langst|minst|slechtst|laatst))',
      ),
      words(
        "(?:pakken|pakt|doen|doet|werken|werkt|presteren|presteert|halen|haalt|bereiken|bereikt) (?:veel |wel |nog |zoveel |een stuk )?meer (?:[\\w'-]+ ){0,3}dan (?:jij|jou|u)\\b|dat (?:jij|u) niet (?:hebt|heeft)\\b",
      ),
      words(
        'wie (?:van jullie|uit de klas|uit je klas|uit jouw klas|uit jullie klas|in jullie klas|in je klas) W{0,6}(?:het verst|de beste|het best|het meest|het minst|de minste|als laatste)',
      ),
    ],
  }),
  patternRule({
    id: 'comparison-framed',
    kind: 'comparison',
    reason,
    rewrite,
    // Frames with open slots: [a relative or peer] … [otherwise/more than] + [he/she/they];
    // "kijk eens naar [someone]: die … al"; "niet zo [adjective] als [someone]"; "net als je
    // [relative] ga je vast ook …".
    patterns: [
      new RegExp(
        `(?<![\\w'-])${PEERS}\\b[^.?!]{0,100}\\b(?:anders|meer|minder|beter|verder|(?!(?:over|onder|ander|achter|voor|daarover|hierover)\\b)\\w+er) (?:[\\w'-]+ ){0,4}dan (?:zij|hij|hen|hem|haar|die|zij doet|hij doet)\\b`,
        'u',
      ),
      words(
        `^kijk (?:eens |maar )?naar ${PEERS}(?:[:,]| -) (?:die|hij|zij|ze) (?:heeft|had|is|was|weet|wist|deed|doet|koos|kiest|gaat|ging|kan|kon|staat|stond|werkt) (?:W ){0,5}(?:al|allang|wel|precies|gewoon)\\b`,
      ),
      words(
        '(?:kun|kan|ben|bent|word|wordt|was) (?:jij|je|u) (?:W ){0,2}niet (?:net |ook )?(?:zo|even) W (?:W )?(?:zijn |worden )?als (?!(?:je|jij|ik|we|wij|u|het|dat|dit|er)\\b)W',
      ),
      words(
        `net (?:als|zoals) (?:je|jouw|uw) (?:\\w+e )?${RELATIVE},? (?:ga|ben|word|kies|wil|zal|kun|kan|moet) (?:je|jij|u) (?:W )?(?:vast|zeker|natuurlijk|waarschijnlijk)\\b`,
      ),
    ],
  }),
  {
    id: 'comparison-look-at-name',
    kind: 'comparison',
    level: 'refuse',
    reason,
    rewrite,
    // "Kijk eens naar Sem: die heeft … al …": a named classmate held up as the measure
    test: (sentence) => {
      const m =
        /^Kijk (?:eens |maar )?naar (\p{Lu}\p{Ll}+)(?:[:,]| -) (?:die|hij|zij|ze) (?:heeft|had|is|was|weet|wist|deed|doet|koos|kiest|gaat|ging|kan|kon|staat|stond|werkt) (?:[\w'-]+ ){0,5}(?:al|allang|wel|precies|gewoon)\b/u.exec(
          sentence.raw,
        );
      return m && !NOT_A_NAME.has((m[1] ?? '').toLowerCase()) ? m[0] : undefined;
    },
  },
  {
    id: 'comparison-others-already',
    kind: 'comparison',
    level: 'refuse',
    reason,
    rewrite,
    test: (sentence, text) => {
      if (text.indexOf(sentence) !== 0 || text.some((t) => othersThenYou(t, text))) return undefined;
      const all = text.map((t) => t.folded).join(' ');
      return (OTHERS_ALREADY_THEN_YOU.exec(all) ?? OTHERS_BUT_NOT_YOU.exec(all))?.[0];
    },
  },
  {
    id: 'comparison-others-then-you',
    kind: 'comparison',
    level: 'refuse',
    reason,
    rewrite,
    test: (sentence, text) => (othersThenYou(sentence, text) ? sentence.folded : undefined),
  },
];
