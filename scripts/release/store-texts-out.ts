import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVACY_URL_PLACEHOLDER } from './store-text';

/**
 * Copies docs/store/<lang>.md into the release as winkeltekst-<lang>.md with the privacy-policy URL
 * filled in (LOB_PRIVACY_URL: where docs/privacy.md is published). Returns what it did, in Dutch.
 */
export function fillStoreTexts(storeDir: string, releaseDir: string, privacyUrl: string | undefined): string {
  const usable = privacyUrl?.startsWith('https://') ? privacyUrl : undefined;
  const files = readdirSync(storeDir).filter((file) => /^[a-z]{2}\.md$/.test(file));
  for (const file of files) {
    const text = readFileSync(join(storeDir, file), 'utf8');
    writeFileSync(join(releaseDir, `winkeltekst-${file}`), usable ? text.replaceAll(PRIVACY_URL_PLACEHOLDER, usable) : text);
  }
  if (usable) return `Winkelteksten met privacy-URL ${usable}: ${files.map((f) => `winkeltekst-${f}`).join(', ')}`;
  return [
    `Winkelteksten zonder privacy-URL: zet LOB_PRIVACY_URL=https://… (de gepubliceerde docs/privacy.md) om ${PRIVACY_URL_PLACEHOLDER} in te vullen.`,
    '(Store texts keep the privacy-URL placeholder: set LOB_PRIVACY_URL to an https address.)',
  ].join('\n');
}
