import type { Bilingual, FindingKind, Rule } from './types';

/**
 * English texts keep the word lists of the first linter (an English school text is rarer and the
 * lists were tuned on it): deficit words, tick / progress words, must / should, verdicts and a route
 * pushed as better. Matching is on whole words; `*` = any ending of letters, `#` = a number.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word (or whole-phrase) pattern. */
function termPattern(term: string): RegExp {
  const body = term
    .split(/\s+/)
    .map((part) => escapeRe(part).replace(/\\\*/g, '[\\p{L}\\p{N}]*').replace(/#/g, '\\d+'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

function listRule(id: string, kind: FindingKind, terms: readonly string[], reason: Bilingual, rewrite: Bilingual): Rule {
  const patterns = terms.map(termPattern);
  return {
    id,
    kind,
    level: 'refuse',
    reason,
    rewrite,
    test: (s) => patterns.find((re) => re.test(s.folded))?.exec(s.folded)?.[0],
  };
}

const openQuestion: Bilingual = {
  nl: "Stel een open vraag over wat de leerling wil of deed: 'What did you enjoy most, and why?'",
  en: "Ask an open question about what the student wants or did: 'What did you enjoy most, and why?'",
};

export const ENGLISH_RULES: readonly Rule[] = [
  listRule(
    'en-deficit-word',
    'deficit',
    'weak weaker weakest weakness* risk risks risky at-risk fail fails failing failed failure* underachiev* insufficient poor poorly bad worse worst lazy stupid hopeless deficit* disadvantaged dropout* drop-out*'
      .split(' ')
      .concat([
        'at risk',
        'behind in',
        'behind on',
        'behind with',
        'fall* behind',
        'fell behind',
        'lag* behind',
        'left behind',
        'problem student*',
        'problem pupil*',
        'low level',
        'lower level',
      ]),
    { nl: 'Een tekortwoord over de leerling.', en: 'A deficit word about the student.' },
    openQuestion,
  ),
  listRule(
    'en-tick-box',
    'tick-box',
    'completed complete completion mandatory compulsory required checklist* tick ticks ticked percentage* percent progress score scores scored scoring'
      .split(' ')
      .concat(['tick off', 'tick box*', '# of #', '# out of #']),
    { nl: 'Afvink- of voortgangstaal.', en: 'Tick-box or progress language.' },
    openQuestion,
  ),
  listRule(
    'en-verdict',
    'verdict',
    [
      'must',
      'should',
      'shouldn',
      'have to',
      'has to',
      'had to',
      'ought to',
      'wrong choice',
      'did you know',
      'your grades show you are',
      'with this grade you are',
      'higher is better',
      'aim higher',
      'is better for you',
      'not for you',
      'the only good choice',
    ],
    { nl: 'Advies of een oordeel dat voor de leerling beslist.', en: 'Advice or a verdict that decides for the student.' },
    openQuestion,
  ),
];
