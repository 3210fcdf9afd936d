import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/policy/parse';
import { formatPolicyReport, unwrapPolicy } from '../../scripts/policy/check';

/** `npm run policy:check`: the report on docs/example-policy.json and on a policy with harmful sentences. */

const example: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../docs/example-policy.json'), 'utf8'));
const report = (raw: unknown) => formatPolicyReport(parsePolicy(unwrapPolicy(raw)));

const prompt = (id: string, nl: string) => ({
  id,
  family: 'studiekeuze',
  text: { nl },
  why: { nl: 'Een vraag van de school.' },
  competences: ['werkexploratie'],
  roles: ['mentor'],
  places: ['sidePanel'],
  schoolTypes: ['havo'],
  source: 'Decanaat',
});
const harmful = {
  prompts: [
    prompt('school-goed', 'Welke open dag wil je bezoeken, en waarom juist die?'),
    prompt('school-cijfer', 'Welk cijfer heb je nodig voor biologie om arts te worden?'),
    prompt('school-uitroep', 'Welk beroep trok je op de beroepenmarkt!'),
  ],
};

describe('policy:check report', () => {
  it('finds nothing in docs/example-policy.json', () => {
    const { text, refused, warned } = report(example);
    expect(refused).toBe(0);
    expect(warned).toBe(0);
    expect(text).toBe('Taalregels: 0 geweigerd (niet getoond), 0 waarschuwing(en) (wel getoond); 0 ander(e) probleem/problemen.');
  });

  it('prints each refused or warned sentence with level, kind, reason (nl + en) and rewrite, then a summary', () => {
    const { text, refused, warned } = report(harmful);
    expect([refused, warned]).toEqual([1, 1]);
    expect(text).toContain('GEWEIGERD · cijfer als onderwerp (grade-topic) · prompts[1].text.nl');
    expect(text).toContain('"Welk cijfer heb je nodig voor biologie om arts te worden?"');
    expect(text).toContain('Waarom: Het cijfer of gemiddelde is het onderwerp');
    expect(text).toContain('Why: The grade or average is the topic');
    expect(text).toContain('Zo kan het wel: Vraag naar wat de leerling deed');
    expect(text).toContain('WAARSCHUWING · uitroepteken (exclamation) · prompts[2].text.nl');
    expect(text).not.toContain('school-goed');
    expect(text.split('\n').at(-1)).toBe(
      'Taalregels: 1 geweigerd (niet getoond), 1 waarschuwing(en) (wel getoond); 0 ander(e) probleem/problemen.',
    );
  });

  it('reads the policy flat, in the Admin console shape, and inside Chrome’s and Firefox’s policy files', () => {
    const wrapped = Object.fromEntries(Object.entries(harmful).map(([k, v]) => [k, { Value: v }]));
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    for (const raw of [
      wrapped,
      { '3rdparty': { extensions: { [id]: harmful } } },
      { policies: { '3rdparty': { Extensions: { [id]: harmful } } } },
    ])
      expect(report(raw).refused).toBe(1);
  });

  it('never throws on odd input', () => {
    for (const raw of [null, 5, 'tekst', [], { '3rdparty': 1 }, { policies: { '3rdparty': { extensions: {} } } }])
      expect(() => report(raw)).not.toThrow();
  });
});
