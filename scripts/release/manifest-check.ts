/**
 * What the stores check in a built manifest, checked before an upload: every string a person reads is
 * localised (`__MSG_…__` with the key in every language), the description fits the stores' limit,
 * and the oldest browser version declared carries every API the extension uses.
 */
import { CHROME_NEEDS, FIREFOX_ANDROID_NEEDS, FIREFOX_NEEDS } from './browser-minimum';

export type Manifest = Record<string, unknown>;
/** locale → message key → { message } (the `_locales/<locale>/messages.json` files). */
export type Locales = Record<string, Record<string, { message: string }>>;

/** Chrome Web Store and Firefox: at most 132 characters (developer.chrome.com …/manifest/description). */
export const DESCRIPTION_LIMIT = 132;

const MSG = /^__MSG_(\w+)__$/;
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** Every manifest string a person reads, with where it sits. */
function shownStrings(manifest: Manifest): [string, unknown][] {
  const shown: [string, unknown][] = [
    ['name', manifest.name],
    ['description', manifest.description],
  ];
  if ('short_name' in manifest) shown.push(['short_name', manifest.short_name]);
  for (const key of ['action', 'browser_action', 'page_action', 'sidebar_action']) {
    if (key in manifest) shown.push([`${key}.default_title`, record(manifest[key]).default_title]);
  }
  for (const [name, command] of Object.entries(record(manifest.commands))) {
    shown.push([`commands.${name}.description`, record(command).description]);
  }
  return shown;
}

export function localisedStringProblems(manifest: Manifest, locales: Locales): string[] {
  return shownStrings(manifest).flatMap(([where, value]) => {
    const key = typeof value === 'string' ? MSG.exec(value)?.[1] : undefined;
    if (!key) return [`${where} staat vast in het manifest (${JSON.stringify(value)}), niet als __MSG_…__.`];
    return Object.entries(locales)
      .filter(([, messages]) => !messages[key]?.message)
      .map(([locale]) => `${where}: ${key} ontbreekt in _locales/${locale}/messages.json.`);
  });
}

export function descriptionProblems(manifest: Manifest, locales: Locales): string[] {
  const key = MSG.exec(String(manifest.description ?? ''))?.[1];
  const texts: [string, string][] = key
    ? Object.entries(locales).map(([locale, messages]) => [locale, messages[key]?.message ?? ''])
    : [['manifest', String(manifest.description ?? '')]];
  return texts
    .filter(([, text]) => [...text].length > DESCRIPTION_LIMIT)
    .map(
      ([locale, text]) => `De beschrijving (${locale}) is ${[...text].length} tekens; de winkels nemen er ${DESCRIPTION_LIMIT}.`,
    );
}

const highest = (needs: readonly { version: number }[]) => Math.max(...needs.map((n) => n.version));
const major = (version: unknown) => Number.parseInt(String(version ?? ''), 10);

/** A Chrome/Edge manifest names its oldest version; a Firefox one its desktop and Android minimums. */
export function browserVersionProblems(manifest: Manifest): string[] {
  const gecko = record(record(manifest.browser_specific_settings).gecko);
  if (!('gecko' in record(manifest.browser_specific_settings))) {
    const need = highest(CHROME_NEEDS);
    const declared = major(manifest.minimum_chrome_version);
    if (Number.isNaN(declared)) return [`minimum_chrome_version ontbreekt (nodig: ${need}).`];
    return declared < need ? [`minimum_chrome_version is ${declared}; de gebruikte API's vragen ${need}.`] : [];
  }
  const android = record(record(manifest.browser_specific_settings).gecko_android);
  const checks: [string, unknown, number][] = [
    ['gecko.strict_min_version', gecko.strict_min_version, highest(FIREFOX_NEEDS)],
    ['gecko_android.strict_min_version', android.strict_min_version, highest(FIREFOX_ANDROID_NEEDS)],
  ];
  return checks.flatMap(([where, value, need]) => {
    const declared = major(value);
    if (Number.isNaN(declared)) return [`${where} ontbreekt (nodig: ${need}).`];
    return declared < need ? [`${where} is ${declared}; de gebruikte sleutels vragen ${need}.`] : [];
  });
}
