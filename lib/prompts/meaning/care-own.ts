import { words } from './text';
import type { Sentence } from './types';

/**
 * Care topics as the student's own situation, even when the question then turns to work or study:
 * the student's own therapist, diagnosis, complaints or treatment ("Wat zegt je psycholoog over je
 * plan …", "Heb je een diagnose die we moeten meewegen?", "je angstklachten"), debts or money at home
 * ("Heeft je familie schulden …", "genoeg financiële ruimte bij jullie"), substance use ("Blow je
 * nog?"), and a care fact about the student stated before a question ("Na de scheiding van je
 * ouders … Wil je daar iets over kwijt?").
 * The rule `care-own-situation` in ./care.ts.
 */

const CARE_NOUN =
  '(?:psycholoog|psychiater|therapeut|therapie|diagnose|[\\w-]*klachten|medicijnen|medicatie|behandelaar|behandeling|schulden|geldzorgen|verslaving|depressie|angsten|scheiding|ziekte|overlijden)';
export const OWN_SITUATION: readonly RegExp[] = [
  words(`(?:jouw|uw|jullie) (?:W )?${CARE_NOUN}|je ${CARE_NOUN}`),
  words(
    `(?:heb|hebt|heeft|hebben) (?:je|jij|u|jullie|je (?:familie|ouders|vader|moeder)) (?:(?:eigenlijk|nog|ook|al|soms) )?(?:een |geen |last van )?${CARE_NOUN}`,
  ),
  words(
    `(?:je|jij|u) (?:bent|zit|ben) (?:W ){0,2}in (?:therapie|behandeling)|(?:ben|zit) (?:je|jij|u) (?:W ){0,2}in (?:therapie|behandeling)`,
  ),
  words('(?:bij jullie|thuis) (?:W ){0,3}financiele|financiele (?:W ){0,3}(?:thuis|bij jullie)'),
  words('blow (?:je|jij|u)|(?:je|jij|u) blowt'),
  words(`${CARE_NOUN} van (?:je|jouw|uw) (?:ouders|vader|moeder|familie|broer|zus|opa|oma)`),
  words('(?:heb|hebt) (?:je|jij|u) thuis (?:W ){0,3}(?:eigen kamer|eigen plek|rustige plek|ruimte)'),
  words('(?:nood|crisis|dakloze\\w*)opvang|opvang(?:locatie|centrum|huis)|verblijfs(?:vergunning|status)'),
  words('bij aan (?:de |het )?(?:boodschappen|huur|huishoud\\w*|rekeningen|gezinsinkomen)'),
  words('of (?:je|jij|u) (?:W ){0,2}(?:ontbijt|eet|slaapt|medicijnen|medicatie)\\b'),
];

/**
 * Asked, or told and then asked: a question, or a statement in a text with a question or an
 * indirect one ("We willen weten of je …"); the statement carries the care topic.
 */
const INDIRECT = /\b(?:weten|vertellen|vertel|horen|aangeven|delen) (?:[\w'-]+ ){0,3}of (?:je|jij|u)\b/u;
export const askedOrTold = (s: Sentence, text: readonly Sentence[]): boolean =>
  s.question || text.some((t) => t.question || INDIRECT.test(t.folded));
