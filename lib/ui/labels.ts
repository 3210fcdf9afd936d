import { getLanguage } from '../i18n/translate';

export { competenceLabel } from '../i18n/competences';

/** "23 november 2026" in the UI language. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(getLanguage() === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}
