import { THREAT } from './pressure-threat';
import { isStatement, patternRule } from './rule';
import { words } from './text';
import type { Rule, Sentence } from './types';

/**
 * Pressure: a deadline or condition with a consequence used as a threat ("Heb je maandag nog geen
 * profiel gekozen, dan deel ik je zelf in"), an ultimatum, or fear as a push ("straks is alles vol").
 * A deadline as information ("aanmelden kan tot 1 april") or a question about the student's own
 * way of handling a deadline is fine.
 */

const reason = {
  nl: 'Druk: een deadline of voorwaarde met een gevolg als dreiging, of angst als duwtje.',
  en: 'Pressure: a deadline or condition with a consequence used as a threat, or fear as a push.',
};
const rewrite = {
  nl: "Noem de datum als informatie en vraag wat de leerling nodig heeft: 'Aanmelden kan tot 1 april. Wat wil je voor die tijd nog uitzoeken?'",
  en: "Give the date as information and ask what the student needs: 'You can apply until 1 April. What do you want to find out before then?'",
};

/** A condition or deadline somewhere in the text (als, wie, zonder, anders, dan, daarna, want, …). */
const CONDITION = /\b(?:als|wie|zonder|anders|dan|daarna|want|voordat|nog|weer|uiterlijk|tot|op tijd)\b/u;
const conditional = (_s: Sentence, text: readonly Sentence[]): boolean => text.some((t) => CONDITION.test(t.folded));

/**
 * An offer of help, not a sanction: the condition is the student's own wish or need, without a
 * failing in it ("als je nog eens wilt meelopen"), and the consequence is what the writer arranges
 * for them ("dan regel ik dat graag voor je"). "Als je niet wilt kiezen, dan regel ik het" stays a sanction.
 */
const OFFER =
  /\b(?:als|wanneer|zodra|mocht) (?:je|jij|u) (?:(?!(?:niet|geen|niets|nooit|te)\b)[\w'-]+ ){0,6}(?:wilt|wil|wenst|nodig hebt|nodig heeft)(?: (?!(?:niet|geen|niets|nooit)\b)[\w'-]+){0,3},? (?:dan |zeg het en )?(?:regel|zoek|vraag|help|plan|maak|organiseer) ik\b[^,.;:?!]*/gu;
const withoutOffer = (s: Sentence): Sentence => ({ ...s, folded: s.folded.replace(OFFER, '') });

/**
 * A condition about the student's failing ("Als je niet …", "Wie geen …", "Zonder …") followed by a
 * consequence stated as fact: a threat, whatever its words.
 */
const CONDITION_THEN_CONSEQUENCE =
  /, of (?:je|jij) (?:komt|gaat|raakt|verliest|mist|staat)\b|(?:^|[:;] )(?:als (?:je|jij)|wie|zonder|(?!(?:wat|wie|waar|hoe|wanneer|welke?|dat|die|of|omdat|zodat|waarom)\b)\w+ (?:je|jij))\b[^,?]{0,70}\b(?:niet|geen|niets|mist|te laat|langer|te lang|blijft twijfelen|blijf twijfelen)\b[^,?]{0,50}, (?:dan |anders )?\w+/u;

/** A pattern rule judged on the sentence without an offer of help (OFFER). */
function offersAside(meta: Parameters<typeof patternRule>[0]): Rule {
  const rule = patternRule(meta);
  return { ...rule, test: (s, text) => rule.test(withoutOffer(s), text) };
}

export const PRESSURE_RULES: readonly Rule[] = [
  patternRule({
    id: 'pressure-condition-consequence',
    kind: 'pressure',
    reason,
    rewrite,
    patterns: [
      CONDITION_THEN_CONSEQUENCE,
      words('^zonder (?:W ){1,3}(?:mag|kun|kan|krijg|ga|kom) (?:je|jij) (?:W ){0,4}(?:niet|geen)'),
    ],
    when: isStatement,
  }),
  offersAside({
    id: 'pressure-sanction',
    kind: 'pressure',
    reason,
    rewrite,
    patterns: [
      words(
        'deel ik (?:je|jou) (?:zelf )?in|(?:kies|beslis|bepaal|regel) ik (?:het )?(?:W ){0,2}(?:voor (?:je|jou))?|beslist (?:de|je|jouw) W|(?:krijgen|krijgt) (?:W ){0,2}(?:een )?(?:mail|brief|bericht|telefoontje)',
      ),
      words(
        'mag (?:je |jij |hij |ze )?niet mee|geen rapport|nablijven|strafwerk|(?:kun|kan) (?:je|jij) (?:W ){0,3}(?:wel )?vergeten',
      ),
      words(
        'hoef (?:je|jij) (?:W ){0,4}niet (?:W ){0,3}aan te komen|(?:volgt|komt) (?:er )?een gesprek|gesprek met (?:je ouders|de directeur|de teamleider|de rector)',
      ),
      words(
        '(?:bel|mail|informeer|waarschuw) ik (?:je|jouw) (?:ouders|vader|moeder)|ik (?:bel|mail) (?:je|jouw) (?:ouders|vader|moeder)',
      ),
      words(
        'verlies\\w* (?:je|zijn|haar|jouw|de) (?:plek|plaats|kans)|raak (?:je|jij) (?:W ){0,2}(?:plek|plaats|kans) kwijt|(?:kan|kun) ik (?:W ){0,2}niets meer|niets meer voor (?:je|jou)',
      ),
      words(
        '(?:ga|mag) (?:je|jij) niet over|(?:stopt|eindigt|vervalt) (?:je|jouw) (?:traject|opleiding|contract|stage|inschrijving|plek)|(?:wordt|is) (?:je|jouw) (?:W )?(?:contract|traject|inschrijving) (?:W )?(?:ontbonden|beeindigd|stopgezet)|naar de (?:teamleider|directeur|rector|afdelingsleider)|op de lijst|ben ik klaar met|(?:wordt|worden) (?:er )?niet blij',
      ),
    ],
    when: conditional,
  }),
  patternRule({
    id: 'pressure-too-late',
    kind: 'pressure',
    reason,
    rewrite,
    patterns: [
      words('te laat|straks vol|kans (?:wordt )?kleiner|wordt (?:je|jouw) kans kleiner'),
      words(
        '(?:vervalt|vervallen|verloopt|verlopen) (?:je|jouw|de|het) W|(?:verspeel|verspeelt|verlies|verliest) (?:je|jij) (?:W ){0,2}(?:recht|plek|plaats|kans)',
      ),
    ],
    when: (s, text) => isStatement(s) && conditional(s, text),
  }),
  patternRule({
    id: 'pressure-ultimatum',
    kind: 'pressure',
    reason,
    rewrite,
    patterns: [
      words(
        'ik waarschuw (?:je|jou)|(?:zit|zitten|is|zijn) (?:W ){0,2}(?:alles|alle W) (?:vol|weg|bezet|vergeven)|dan (?:heb|hebt) (?:je|jij) (?:niks|niets)|schiet (?:nou |dan |maar |dus )?op|haast je|niemand (?:W ){0,3}(?:je|jou) (?:W ){0,2}meer|mis (?:je|jij) de boot|(?:straks|dan|daarna|daarmee) (?:zijn|is) (?:W ){0,4}(?:vol|weg|op|vergeven|verdwenen|voorbij|verkeken)|voordat het te laat is|wacht niet te lang|laatste waarschuwing|geen tweede kans|met lege handen|buiten de boot|achter het net|de boot (?:mis|missen)|als (?:je|jij) (?:W ){0,3}niet (?:opschiet|oplet)',
      ),
      words('^(?:kies|lever|beslis|meld) (?:W ){0,3}(?:vandaag|nu|morgen|uiterlijk)'),
      words(
        '^besef|(?:besef|bedenk) (?:je )?(?:wel|goed|toch)|denk erom|betekent dat (?:je|jij) (?:W ){0,2}geen (?:plek|plaats|kans)|zonder (?:W ){1,3}(?:geen|weinig) (?:enkele )?kans|geen (?:enkele )?kans (?:meer|op werk)|realiseer (?:je|jij) (?:W )?(?:wel|goed)|nergens meer (?:terecht\\w*|aan de bak)|(?:kun|kan) (?:je|jij) (?:W ){0,3}(?:wel )?vergeten(?= ?[.!;]|$)',
      ),
      words('als (?:je|jij) zo doorgaat|op deze manier (?:haal|red|kom) (?:je|jij)|(?:haal|red) (?:je|jij) (?:W ){0,5}nooit'),
      words(
        '(?:teken|onderteken|keur|geef) ik (?:W ){0,4}(?:niet|geen)|^zonder (?:W ){1,6}(?:teken|krijg|mag|kun|kan|geef|keur) (?:ik|je|jij)',
      ),
      /, anders (?!dan\b|gezegd\b)\w+/u,
      words(
        '^(?:W ){0,4}(?:vandaag|morgen|nu|uiterlijk) (?:W ){0,6}(?:doorgeven|inleveren|inschrijven|aanmelden|kiezen|regelen)(?: |,)',
      ),
      words(
        'erbij (?:ge)?roepen|(?:heb|hebt|heeft) (?:je |jij )?(?:straks|dan|daarna|later) geen (?:W ){0,2}(?:keuze|keus|plek|plaats|kans|opties?) meer|(?:neem|maak) ik (?:W ){0,5}(?:beslissing|keuze) (?:W ){0,4}zelf|daarna (?:beslis|kies|bepaal|neem) ik|rekken|thuiszitten|thuis (?:komen te )?zitten|valt (?:W ){0,2}niet (?:over|aan) te (?:twijfelen|tornen)|de tijd dringt',
      ),
      words('allerlaatste|laatste kans|geen ruimte (?:meer )?voor twijfel|rest van (?:je|jouw) leven|tussen wal en schip'),
      words(
        'ik geef (?:je|jou) (?:nog )?tot|ik verwacht|ik wil (?:uiterlijk|vandaag|morgen|nu)|aan (?:zichzelf|jezelf) te danken',
      ),
      words(
        'elke dag dat (?:je|jij) wacht|(?:je|jij) hebt nog NUM (?:dagen|weken|uur)|nog (?:een|NUM) (?:W ){1,6}en (?:je|jij|jouw)',
      ),
      words(
        '(?:je ouders|thuis|je vader|je moeder) (?:W ){0,2}(?:gebeld|gemaild|ingelicht|op de hoogte gebracht)|bel ik (?:je ouders|thuis|naar huis)',
      ),
    ],
  }),
  /** An ultimatum without the words of a threat (./pressure-threat.ts). */
  patternRule({ id: 'pressure-threat', kind: 'pressure', reason, rewrite, patterns: THREAT }),
];
