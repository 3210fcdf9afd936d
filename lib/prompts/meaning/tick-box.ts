import { patternRule } from './rule';
import { words } from './text';
import { PROOF } from './tick-box-proof';
import type { Rule, Sentence } from './types';

/**
 * Tick-box: completion and progress checks about the student's tasks ("Zijn al je opdrachten
 * ingeleverd?", "4 van de 6 gedaan", "70%", "nog 2 te gaan", "op groen"). Words like "afgerond" or
 * "behaald" alone do not count: a task that is checked as done, a count or a percentage does.
 */

const TASK =
  /\b(?:[\w-]*opdracht\w*|[\w-]*dossier|[\w-]*portfolio|[\w-]*formulier\w*|[\w-]*module|[\w-]*test|[\w-]*reflectie\w*|[\w-]*verslag\w*|stappen|onderdelen|[\w-]*uren|handtekening\w*|taken|[\w-]*planner|vragen|[\w-]*punten|keuzeplan|meeloopdag|open dagen|[\w-]*gesprek\w*|[\w-]*competenties|voortgang|[\w-]*logboek\w*|vragenlijst\w*|[\w-]*map|terugkoppeling|[\w-]*beoordeling\w*|[\w-]*kaart|[\w-]*interview\w*|stempels?|vinkje\w*|magister|[\w-]*systeem|[\w-]*activiteit\w*|verplicht\w*)\b/u;
const DONE =
  '(?:af|ingeleverd|inleveren|bijgewerkt|aangevuld|ingediend|opgestuurd|verstuurd|getekend|ondertekend|geregeld|afgemaakt|gevuld|ingevuld|klaar|compleet|volledig|ingestuurd|verzonden|doorgestuurd|ingevoerd|verantwoord|verantwoorden|geregistreerd|afgerond|afgevinkt|aangevinkt|voltooid|afgetekend|aftekenen|ondertekenen|goedgekeurd|nagekeken|geupload|doorlopen|beantwoord|gemaakt|gezet|binnen|gedaan|behaald|geparafeerd|gestempeld|upload|uploaden|ontbreekt|ontbreken|aangeleverd|ontvangen|binnengekregen|openstaan|open staan|op groen|op rood|op oranje)';

const DONE_WORD = words(DONE);
const aboutTasks = (s: Sentence): boolean => TASK.test(s.folded);

const reason = {
  nl: 'Afvinktaal: de vraag controleert of taken af zijn of telt voortgang, in plaats van te vragen wat de leerling ervan leerde.',
  en: 'Tick-box language: the question checks completion or counts progress instead of asking what the student learned.',
};
const rewrite = {
  nl: "Vraag naar de inhoud: 'Wat heb je bij deze opdracht ontdekt over wat je wilt?'",
  en: "Ask about the content: 'What did this task show you about what you want?'",
};

/** A percentage or a tick mark: progress language in any language. */
export const PERCENTAGE_RULE: Rule = patternRule({
  id: 'tick-box-percentage',
  kind: 'tick-box',
  reason,
  rewrite,
  patterns: [/%/u, words('NUM procent'), /[\u2713\u2714\u2611\u2705]/u],
});

export const TICK_BOX_RULES: readonly Rule[] = [
  patternRule({
    id: 'tick-box-done-check',
    kind: 'tick-box',
    reason,
    rewrite,
    patterns: [
      words(`(?:nog|nog niet|nog steeds niet) (?:W ){0,8}${DONE}`),
      words(`^(?!welke?|wat|hoe|waar|wie|wanneer)(?:W ){0,9}(?:al|alle|allemaal|alles) (?:W ){0,8}${DONE}`),
      words(
        '^(?:zijn|is|staan|staat) (?:W ){0,8}(?:groen|op groen|rood|oranje)|(?:ontbreekt|ontbreken|mist|missen) (?:er )?(?:W ){0,1}nog|wanneer (?:upload|lever|stuur|maak) (?:je|jij)',
      ),
      words(`klaar met (?:je|jouw) W`),
      words('ik mis (?:nog )?(?:je|jouw|de|het|een) W'),
      words('(?:staan|staat) (?:W ){0,2}nog open'),
      words('^(?:staat|staan|zit|zitten|zijn|is) al (?:je|jouw) (?:W ){1,2}(?:in|op) (?:het|de|je|jouw)'),
      words('^(?:staat|staan|zit|zitten) (?:W ){0,4}al (?:in|op) W'),
      words('^(?:heb|hebt|is|zijn|ben|sta|staan|staat) (?:W ){0,9}(?:al|allemaal) (?:W ){0,3}(?:ge\\w+[dt]|\\w+ge\\w+[dt])'),
    ],
    when: (s) => aboutTasks(s) && !/\bal eens\b/.test(s.folded),
  }),
  patternRule({
    id: 'tick-box-done-statement',
    kind: 'tick-box',
    reason,
    rewrite,
    patterns: [words('afgevinkt|voltooid|afgerond|behaald|gedaan|ingeleverd')],
    when: (s) => !s.question && aboutTasks(s),
  }),
  patternRule({
    id: 'tick-box-count',
    kind: 'tick-box',
    reason,
    rewrite,
    patterns: [
      words(`NUM (?:van|uit) (?:de |je )?NUM\\b`),
      words('\\d+/\\d+'),
      words('nog NUM (?:W ){0,2}te gaan'),
      words('hoeveel (?:W ){0,6}(?:al|inmiddels|tot nu toe) (?:W ){0,2}\\w+[dt]'),
      words('al (?:W ){0,3}van de (?:verplichte )?NUM'),
      words('van de verplichte NUM'),
      words('(?:tot )?minimaal NUM (?:stukken|opdrachten|reflecties|uren)'),
      words('hoe staat het met (?:je|jouw) W'),
      words('hoeveel (?:van|uit) (?:de|je|jouw) NUM'),
    ],
    when: (s, text) =>
      text.some(aboutTasks) || DONE_WORD.test(s.folded) || /\b(?:al|te gaan|verplichte|minimaal)\b/u.test(s.folded),
  }),
  PERCENTAGE_RULE,
  patternRule({
    id: 'tick-box-proof',
    kind: 'tick-box',
    reason: {
      nl: 'Afvinktaal: het bewijs (een handtekening, stempel of formulier) of het afronden is het doel, niet wat de leerling ervan leerde.',
      en: 'Tick-box language: the proof (a signature, stamp or form) or finishing is the point, not what the student learned.',
    },
    rewrite,
    patterns: PROOF,
  }),
  patternRule({
    id: 'tick-box-obligation',
    kind: 'tick-box',
    reason: {
      nl: 'Verplichtingstaal of een score over de leerling maakt van het gesprek een taak om af te vinken.',
      en: 'Obligation language or a score about the student turns the conversation into a task to tick off.',
    },
    rewrite,
    patterns: [
      words('(?:is|zijn) verplicht|verplicht (?:om|te|voor iedereen)|van de (?:NUM )?verplichte'),
      words('(?:je|jouw) score|(?:je|jij) scoort|scoor (?:je|jij)|(?:zie|volg|gebruik) de checklist|(?:je|jouw) checklist'),
      words('^lever (?:het|je|jouw|dit|deze|hem|ze|die) (?:W ){0,3}in'),
      words(
        'ik (?:controleer|check) (?:het|dat|dit|ze|alles|je)|^zorg (?:dat|ervoor dat) (?:je|jouw) (?:W ){1,6}(?:af|klaar|compleet|volledig|ingeleverd|ingevuld)|(?<!(?:bucketlist|wensenlijst\\w*|verlanglijst\\w*|droomlijst\\w*) )afvinken|aanvinken|^vink (?:W ){0,8}af|vakje (?:W ){0,2}af|laat (?:ze|het|die|dit|deze|hem|je|jouw) (?:W ){0,3}(?:aftekenen|ondertekenen|paraferen|goedkeuren|tekenen)',
      ),
    ],
  }),
  patternRule({
    id: 'tick-box-mark',
    kind: 'tick-box',
    reason,
    rewrite,
    patterns: [
      words(
        'vinkje\\w*|geparafeerd|paraaf|parafen|stempels?|aftekenlijst|aftekenen|afgetekend|presentielijst|moeten er nog bij|voordat het voldoende is',
      ),
    ],
    when: (s) => s.question,
  }),
  patternRule({
    id: 'tick-box-progress',
    kind: 'tick-box',
    level: 'warn',
    reason: {
      nl: 'Voortgang van de leerling als onderwerp kan als controle klinken.',
      en: "The student's progress as the topic may read as a check.",
    },
    rewrite,
    patterns: [words('jouw voortgang|voortgang van (?:je|jouw)')],
  }),
];
