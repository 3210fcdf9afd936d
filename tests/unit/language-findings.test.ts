import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageFindings } from '../../components/options/LanguageFindings';
import { setLanguage } from '../../lib/i18n/tables';
import { parsePolicy } from '../../lib/policy';
import { cleanup, show, textOf } from '../support/dom';

/** The options page lists the school's prompts the guardrails refused or warned about, in the page's language. */

afterEach(async () => {
  await cleanup();
  setLanguage('nl');
});

const base = {
  family: 'studiekeuze',
  why: { nl: 'Een open vraag over de eigen keuze.' },
  competences: ['werkexploratie'],
  roles: ['mentor'],
  places: ['sidePanel'],
  schoolTypes: ['havo'],
  source: 'Decanaat',
};
const { problems } = parsePolicy({
  prompts: [
    { ...base, id: 'school-kies', text: { nl: 'Kies gewoon voor de havo, dat is het beste.' } },
    { ...base, id: 'school-uitroep', text: { nl: 'Welke open dag trok je het meest!' } },
  ],
  schoolName: 5,
});

describe('LanguageFindings', () => {
  it('lists each refused or warned sentence with level, kind, reason and rewrite, in Dutch', async () => {
    const root = await show(h(LanguageFindings, { problems }));
    const items = [...root.querySelectorAll('li')].map(textOf);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Geweigerd');
    expect(items[0]).toContain('oordeel of advies');
    expect(items[0]).toContain('Kies gewoon voor de havo');
    expect(items[0]).toContain('Zo kan het wel:');
    expect(items[1]).toContain('Waarschuwing');
    expect(items[1]).toContain('uitroepteken');
  });

  it('shows the reason in English on an English page, and nothing without language findings', async () => {
    setLanguage('en');
    const root = await show(h(LanguageFindings, { problems }));
    expect(textOf(root)).toContain('Refused');
    expect(textOf(root)).toContain('decides for the student');
    await cleanup();
    const empty = await show(h(LanguageFindings, { problems: problems.filter((p) => !p.level) }));
    expect(textOf(empty)).toBe('');
  });
});
