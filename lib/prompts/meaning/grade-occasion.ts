import type { Sentence } from './types';

/**
 * When a grade in a sentence is not the topic (lob-content.md §5: "it can open a conversation about
 * what the student enjoyed, did or wants"): the parts of a sentence the grade rules should judge.
 *
 * - The student is the one who rates ("Welk cijfer zou jij je eerste werkdag geven?"): that clause
 *   holds no grade of the student's.
 * - The grade only opens the question: a leading part before a dash or colon names the grade, and the
 *   question after it asks what the student did, enjoyed or learned, without a grade of its own
 *   ("Een 8 voor je verslag: wat vond je het leukst om uit te zoeken?").
 * - The student reads their own grades ("Je zette zelf je cijfers op een rij"): the student judges,
 *   not the school.
 */

/** The parts of a sentence: split at a comma, semicolon, colon or dash between words. */
const PART = /\s*[,;:]\s+|\s+[—–-]\s+/u;

/** The student gives the grade: "zou jij … geven", "geef je …", "geeft u …", "jij zelf … geven". */
const STUDENT_RATES =
  /\b(?:(?:zou|wil|ga|kun|kan|zal) (?:je|jij|u) (?:[\w'-]+ ){0,5}geven|geef (?:je|jij)|geeft u|(?:je|jij|u) zelf (?:[\w'-]+ ){0,4}(?:geven|geeft))\b/u;

/** A question about what the student did, enjoyed, learned or found out. */
const EXPERIENCE =
  /\b(?:leuk\w*|blij|trots|plezier|geno(?:ot|ten)|genieten|interessant\w*|nieuwsgierig|energie|boeide|boeiend|maken|gemaakt|maakte|deed|gedaan|leerde|geleerd|ontdekte|ontdekt|uitzoeken|uitgezocht|bezig|liefst|opviel|viel (?:je|jou) op)\b/u;

/** Words that keep the grade the topic of the question: raising it, reaching it, or "that grade". */
const STILL_THE_GRADE =
  /\b(?:halen|haal|haalt|ophalen|omhoog|hoger|verbeteren|herkans\w*|voldoende|onvoldoende|gemiddeld\w*|cijfer\w*|score\w*|punten|resultaat|resultaten|(?:dat|dit|die|zo'?n) (?:\d+|cijfer))\b/u;

/** A leading part that judges the grade, so it is more than an opening ("te laag", "onvoldoende"). */
const JUDGED = /\b(?:te laag|te hoog|laag|lager|hoog genoeg|onvoldoende\w*|tekort\w*|nodig|moet|moeten|gemiddeld\w*)\b/u;

/** The student reads their own grades ("Je zette zelf je cijfers op een rij …"). */
const READS_OWN = /\b(?:je|jij) (?:[\w'-]+ ){0,2}zelf (?:[\w'-]+ ){0,3}(?:je|jouw) (?:[\w-]*cijfers?|resultaten|gemiddelde)\b/u;

/** Words that judge the grade even while it is put aside ("met je lage cijfers kun je … vergeten"). */
const STILL_JUDGED = /\b(?:te laag|te hoog|laag|lage|lager|slecht\w*|onvoldoende\w*|tekort\w*|nodig|moet|moeten|dus)\b/u;

/** The grade set aside for the conversation: "Je mag je gemiddelde even vergeten", "Laat je cijfers even rusten". */
const ASIDE_GRADE = '(?:je|jouw|de|het|die|uw|jullie) (?:[\\w-]+ )?(?:[\\w-]*cijfers?|gemiddelde|rapport|resultaten)';
const ASIDE_NOW = '(?:(?:nu|even|gerust|rustig|vandaag|maar|voor nu|eens) )*';
const SETS_ASIDE = new RegExp(
  [
    `\\b(?:mag|mogen|kun|kunt|kan|kunnen|gaan) (?:(?:je|jij|u|we|wij|jullie) )?${ASIDE_NOW}${ASIDE_GRADE} ${ASIDE_NOW}(?:vergeten|laten rusten|laten liggen|loslaten|opzij (?:leggen|zetten)|buiten beschouwing laten)$`,
    `^(?:vergeet|laat) ${ASIDE_NOW}${ASIDE_GRADE} ${ASIDE_NOW}(?:rusten|liggen|los|voor wat (?:het|ze) (?:is|zijn))$`,
    `^${ASIDE_GRADE} (?:laten we|doen er|doet er) ${ASIDE_NOW}(?:rusten|liggen|niet toe)$`,
    `^${ASIDE_GRADE} ${ASIDE_NOW}niet$`,
  ].join('|'),
  'u',
);

/**
 * The folded sentence without the parts where the grade is no topic: a clause in which the student
 * rates or reads their own grades, and a leading part with a grade that only opens a question about
 * experience.
 */
export function gradeParts(s: Sentence): string {
  const parts = s.folded.split(PART);
  const rest = parts.slice(1).join(', ');
  const opensOnly =
    s.question &&
    parts.length > 1 &&
    EXPERIENCE.test(rest) &&
    !STILL_THE_GRADE.test(rest) &&
    !/\?/u.test(parts[0] ?? '') &&
    !JUDGED.test(parts[0] ?? '');
  return parts
    .filter(
      (part, i) =>
        !STUDENT_RATES.test(part) &&
        !READS_OWN.test(part) &&
        !(i === 0 && opensOnly) &&
        !(SETS_ASIDE.test(part.replace(/[.!?]+$/u, '')) && !STILL_JUDGED.test(s.folded)),
    )
    .join(', ');
}
