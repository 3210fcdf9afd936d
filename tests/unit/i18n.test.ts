import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { nl } from '../../lib/i18n/nl';
import { format, pickLanguage } from '../../lib/i18n/translate';

describe('i18n', () => {
  it('is Dutch unless the teacher chose English', () => {
    expect(pickLanguage('nl')).toBe('nl');
    expect(pickLanguage(undefined)).toBe('nl');
    expect(pickLanguage('fr')).toBe('nl');
    expect(pickLanguage('en')).toBe('en');
  });

  it('has every key in both languages with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Vraag voor {name}', { name: 'Zoë' })).toBe('Vraag voor Zoë');
    expect(format('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });
});
