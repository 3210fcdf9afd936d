import { words } from './text';

/**
 * Verdict by its grammatical frame (issue #30: frames with open slots, not the words of missed
 * sentences). Used on statements and on the clauses a question states before it asks
 * (`onStatements` in ./verdict-decided.ts); as a question ("Waar ben je beter af, denk je?") they ask
 * the student's own view.
 * - a route said to be better for the student: "met NT ben je beter af", "C&M past beter bij je",
 *   "die studie kun je beter niet kiezen", "je zou beter voor … kunnen gaan";
 * - where the student belongs, or does not: "daar hoor je thuis", "je past niet in een kantoor",
 *   "dat wordt niks met die opleiding";
 * - the writer's advice as the answer: "het beste is dat je …", "mijn advies: …", "neem van mij aan";
 * - an imperative to drop a wish: "laat Frans maar schieten", "stop met dat idee van …".
 */
export const VERDICT_FRAMED: readonly RegExp[] = [
  words('(?:ben|bent|zijn|zit|zat) (?:je|jij|u) (?:W ){0,3}(?:een stuk |veel |stukken )?beter (?:af|op (?:je|jouw|uw) plek)'),
  words('(?:past|passen|ligt|liggen) (?:W ){0,2}beter bij (?:je|jou|u)\\b|beter bij (?:je|jou|u) (?:past|passen|ligt|liggen)'),
  words(
    '(?:(?:zou|kun|kan|moet) (?:je|jij|u)|(?:je|jij|u) (?:zou|kunt|kan|moet)) (?:W ){0,3}beter (?:W ){0,4}(?:kiezen|gaan|doen|nemen|laten|volgen|kunnen gaan|kunnen kiezen)',
  ),
  words('(?:daar|hier|daarin) (?:hoor|hoort|pas|past) (?:je|jij|u) (?:W ){0,2}thuis'),
  words('(?:ik|we|wij) (?:zie|zien) (?:je|jou|u) (?:W ){0,3}(?:liever|eerder|beter|meer) (?:in|bij|op|als)\\b'),
  words("(?:je|jij|u) (?:past|hoort) (?:W ){0,2}niet (?:in|bij|op) (?:een|de|het|die|dat|zo'?n)"),
  words('(?:dat|het) wordt (?:W )?(?:niks|niets) (?:met|in|op)'),
  words(
    '(?:het beste|het verstandigste|het slimste|het handigste) (?:is|lijkt me|vind ik) (?:W )?(?:dat|om)(?! (?:je|jij|u) (?:W )?zelf\\b)',
  ),
  words('(?:mijn|ons) advies(?: is)?[:,]|neem (?:het )?van (?:mij|ons) aan'),
  words(
    '^laat (?:W ){1,3}(?:maar )?(?:schieten|varen|zitten)|^stop (?:maar )?met (?:dat|die|het|je|jouw) (?:W )?(?:idee|plan|droom|gedachte)',
  ),
];
