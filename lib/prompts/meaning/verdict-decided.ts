import { statedClauses, words } from './text';
import type { Rule, Sentence } from './types';

/**
 * Verdict as a decision already made for the student: the team or the writer has chosen the route
 * ("Na overleg hebben we gekozen voor …", "daar richten we ons op"), a ceiling set on the student
 * ("het hoogst haalbare voor jou"), a conclusion that rules a route in or out ("Mijn conclusie: …",
 * "… staat voor mij vast", "dat wordt bij jou toch niks"), or an order to give up a wish ("Stop met
 * dromen over …"). Also when the verdict is stated before the question of the same sentence
 * ("Het vwo is niks voor jou; welke havo-richting kies je?").
 */

const ADDRESSED = /\b(?:je|jij|jou|jouw|u|uw)\b/u;

export const DECIDED: readonly RegExp[] = [
  words(
    '(?:wij|we|ik|het team|de school) (?:hebben|heb|heeft) (?:W ){0,4}(?:besloten|beslist|bepaald|gekozen voor)|(?:hebben|heb|heeft) (?:wij|we|ik|het team|de school) (?:W ){0,3}(?:besloten|beslist|bepaald|gekozen voor)',
  ),
  words('(?:daar|hier|dat) richten (?:we|wij) ons op'),
  words('(?:hoogst|maximaal) haalbare voor (?:jou|je|u)|(?:jouw|je|uw) (?:hoogst|maximaal) haalbare'),
  words('^(?:mijn|ons|het) (?:eerlijke )?(?:advies|conclusie|oordeel)(?: (?:W ){1,4})?:'),
  words('(?:dat|dit|het) staat (?:voor (?:mij|ons) )?vast|staat voor (?:mij|ons) vast'),
  words('wordt (?:bij (?:jou|je|u) )?(?:toch |gewoon |echt )?(?:niks|niets)(?= ?[.,;:!]|$)'),
  words('(?:is|zijn) (?:W ){0,2}(?:niks|niets|niet) (?:echt )?(?:voor (?:jou|je|u)|(?:jouw|je|uw) wereld)(?= ?[.,;:!]|$)'),
  words('^stop (?:maar |nou |toch )?met (?:dromen|fantaseren)'),
  words(
    '(?:de|het) (?:beste|juiste) (?:keuze|route|richting|opleiding|plek) voor (?:jou|je|u) (?:is|zijn)(?! (?:W ){0,3}(?:die|dat|wat|waar) (?:je|jij|u)\\b)',
  ),
  words('^word (?:gewoon|maar|dus|toch) W'),
];

/** A statement, or a clause stated before the question, in a text that speaks to the student. */
function statements(sentence: Sentence, text: readonly Sentence[]): Sentence[] {
  if (!text.some((t) => ADDRESSED.test(t.folded))) return [];
  return sentence.question ? statedClauses(sentence) : [sentence];
}

/** A rule judged on the statements of a sentence (the rule `verdict-decided` in ./verdict.ts). */
export function onStatements(rule: Rule): Rule {
  return {
    ...rule,
    test: (sentence, text) => {
      for (const s of statements(sentence, text)) {
        const match = rule.test(s, text);
        if (match !== undefined) return match;
      }
      return undefined;
    },
  };
}
