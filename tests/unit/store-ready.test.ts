// @vitest-environment node
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMUM_CHROME } from '../../scripts/release/browser-minimum';
import { firefoxSigningSteps } from '../../scripts/release/firefox-signing';
import { flavourFromEnv, flavourManifest } from '../../scripts/release/flavour';
import {
  browserVersionProblems,
  DESCRIPTION_LIMIT,
  descriptionProblems,
  type Locales,
  localisedStringProblems,
} from '../../scripts/release/manifest-check';
import { keyLocationProblem, updateBaseProblem } from '../../scripts/release/release-guards';
import { SOURCE_ZIP_EXCLUDES, sourceZipProblems } from '../../scripts/release/source-zip';
import { PRIVACY_URL_PLACEHOLDER, storeTextProblems } from '../../scripts/release/store-text';
import { versionWarningCodes } from '../support/web-ext-lint';

const shipped: Locales = {
  nl: JSON.parse(readFileSync('public/_locales/nl/messages.json', 'utf8')),
  en: JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')),
};
const chromeManifest = {
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  minimum_chrome_version: MINIMUM_CHROME,
  action: { default_title: '__MSG_extActionTitle__' },
  commands: { 'toggle-blur': { description: '__MSG_cmdToggleBlur__' } },
  permissions: ['storage', 'unlimitedStorage', 'sidePanel', 'scripting'],
  host_permissions: ['*://*.magister.net/*'],
  optional_host_permissions: ['*://*/*'],
};

describe('the manifest as the stores check it', () => {
  it(`the shipped descriptions fit the stores' ${DESCRIPTION_LIMIT} characters in every language`, () => {
    expect(descriptionProblems(chromeManifest, shipped)).toEqual([]);
    for (const messages of Object.values(shipped))
      expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
  });

  it('a description over the limit in one language is refused, naming the language and the length', () => {
    const long = { ...shipped, en: { ...shipped.en, extDescription: { message: 'x'.repeat(137) } } };
    expect(descriptionProblems(chromeManifest, long)).toEqual(['De beschrijving (en) is 137 tekens; de winkels nemen er 132.']);
  });

  it('every string a person reads is __MSG_…__ with its key in every language; a hard-coded one is refused', () => {
    expect(localisedStringProblems(chromeManifest, shipped)).toEqual([]);
    const firefox = { ...chromeManifest, sidebar_action: { default_title: 'LOB-zijpaneel' } };
    expect(localisedStringProblems(firefox, shipped)).toEqual([
      'sidebar_action.default_title staat vast in het manifest ("LOB-zijpaneel"), niet als __MSG_…__.',
    ]);
    const missing = { ...chromeManifest, sidebar_action: { default_title: '__MSG_nergens__' } };
    expect(localisedStringProblems(missing, shipped)).toHaveLength(2);
  });

  it('Chrome/Edge: a missing or too low minimum_chrome_version is refused (Promise answers to messages need 144)', () => {
    expect(MINIMUM_CHROME).toBe('144');
    expect(browserVersionProblems(chromeManifest)).toEqual([]);
    const { minimum_chrome_version: _, ...without } = chromeManifest;
    expect(browserVersionProblems(without)).toEqual(['minimum_chrome_version ontbreekt (nodig: 144).']);
    expect(browserVersionProblems({ ...chromeManifest, minimum_chrome_version: '116' })).toEqual([
      "minimum_chrome_version is 116; de gebruikte API's vragen 144.",
    ]);
  });

  it('Firefox: desktop 140 and Firefox for Android its own 142 (data_collection_permissions)', () => {
    const settings = flavourManifest('firefox', flavourFromEnv({ LOB_FLAVOUR: 'store' }));
    expect(browserVersionProblems(settings)).toEqual([]);
    const desktopOnly = { browser_specific_settings: { gecko: { strict_min_version: '140.0' } } };
    expect(browserVersionProblems(desktopOnly)).toEqual(['gecko_android.strict_min_version ontbreekt (nodig: 142).']);
  });

  it("web-ext lint's version warnings are read by their code, whatever the message says", () => {
    const report = {
      errors: [],
      warnings: [
        {
          code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
          message: 'Manifest key not supported by the specified minimum Firefox for Android version',
        },
        { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML' },
        { code: 'PERMISSION_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', message: 'Permission not supported' },
      ],
    };
    expect(versionWarningCodes(report)).toEqual([
      'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
      'PERMISSION_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    ]);
  });
});

describe('the store texts justify each permission as the manifest asks it', () => {
  const text = (required: string, optional: string) =>
    `Privacy: ${PRIVACY_URL_PLACEHOLDER}\n\n## Rechten (vereist)\n\n${required}\n\n## Rechten (optioneel)\n\n${optional}\n`;
  const all = '- `storage`: a\n- `unlimitedStorage`: b\n- `sidePanel`: c\n- `scripting`: d\n- `*://*.magister.net/*`: e';

  it('a text that explains every permission where it belongs passes', () => {
    expect(storeTextProblems('nl.md', text(all, '- `*://*/*`: f'), [chromeManifest])).toEqual([]);
  });

  it('calling the required `scripting` optional, or leaving out `unlimitedStorage`, is refused', () => {
    const wrong = text(
      all.replace('- `scripting`: d\n', '').replace('- `unlimitedStorage`: b\n', ''),
      '- `*://*/*`: f\n- `scripting`: d',
    );
    expect(storeTextProblems('nl.md', wrong, [chromeManifest])).toEqual([
      'nl.md: `unlimitedStorage` is vereist in het manifest, maar de winkeltekst legt het daar niet uit.',
      'nl.md: `scripting` is vereist in het manifest, maar de winkeltekst legt het daar niet uit.',
      'nl.md: noemt `scripting` als optioneel, maar het manifest vraagt het niet zo.',
    ]);
  });

  it('a text without the privacy-URL placeholder is refused', () => {
    expect(
      storeTextProblems('en.md', text(all, '- `*://*/*`: f').replace(PRIVACY_URL_PLACEHOLDER, ''), [chromeManifest]),
    ).toEqual([`en.md: de plek voor de privacy-URL (${PRIVACY_URL_PLACEHOLDER}) ontbreekt.`]);
  });
});

describe('safe releases', () => {
  it('the source package refuses keys, build output, the release folder and packages, and keeps sources', () => {
    expect(
      sourceZipProblems([
        'wxt.config.ts',
        'lib/core/zod.ts',
        'sleutel.pem',
        'release/lob-naast-de-leerling-0.1.0.crx',
        '.output/chrome-mv3/manifest.json',
        'lob-naast-de-leerling-0.1.0-chrome.zip',
      ]),
    ).toEqual([
      'sleutel.pem: een sleutel (.pem) hoort niet in het bronpakket.',
      'release/lob-naast-de-leerling-0.1.0.crx: een pakket (.crx) hoort niet in het bronpakket.',
      '.output/chrome-mv3/manifest.json: bouwresultaat (.output) hoort niet in het bronpakket.',
      'lob-naast-de-leerling-0.1.0-chrome.zip: een pakket (.zip) hoort niet in het bronpakket.',
    ]);
    expect(SOURCE_ZIP_EXCLUDES).toEqual(expect.arrayContaining(['**/*.pem', 'release/**', '**/*.zip']));
  });

  it('the update address must be https, except on this machine (the release test uses http://127.0.0.1)', () => {
    expect(updateBaseProblem('https://software.school.nl/lob/')).toBeUndefined();
    expect(updateBaseProblem('http://127.0.0.1:8123/')).toBeUndefined();
    expect(updateBaseProblem('http://localhost/lob/')).toBeUndefined();
    expect(updateBaseProblem('http://software.school.nl/lob/')).toMatch(
      /^LOB_UPDATE_BASE moet met https:\/\/ beginnen.*\n.*\n\(LOB_UPDATE_BASE must use https/s,
    );
    expect(updateBaseProblem('http://127.0.0.1.nip.io/')).toMatch(/https/);
    expect(updateBaseProblem('software.school.nl/lob')).toMatch(/geen geldig adres/);
  });

  it('a signing key inside the repository is refused; one outside is fine', () => {
    expect(keyLocationProblem('sleutel.pem', process.cwd())).toMatch(/^De sleutel sleutel.pem staat in de repository/);
    expect(keyLocationProblem('tests/../release/sleutel.pem', process.cwd())).toMatch(/staat in de repository/);
    expect(keyLocationProblem(join(tmpdir(), 'sleutel.pem'), process.cwd())).toBeUndefined();
  });

  it('the admin guide gives the full unlisted-signing recipe that `npm run release` prints', () => {
    const admin = readFileSync('docs/admin.md', 'utf8');
    const steps = firefoxSigningSteps({
      releaseDir: 'release',
      xpiName: 'lob-naast-de-leerling-<VERSIE>.xpi',
      sourcesZip: 'lob-naast-de-leerling-<VERSIE>-broncode.zip',
    });
    expect(steps.join('\n')).toContain('--channel=unlisted');
    for (const step of steps) expect(admin).toContain(step);
  });
});
