// @vitest-environment node
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { packCrx3 } from '../../scripts/release/crx3';
import { extensionIdOf, manifestKeyOf, publicKeyDerOf } from '../../scripts/release/extension-id';
import { flavourFromEnv, flavourManifest, PROJECT_PUBLIC_KEY } from '../../scripts/release/flavour';
import { signingKeyFrom } from '../../scripts/release/signing-key';
import { chromeUpdatesXml, firefoxUpdatesJson } from '../../scripts/release/update-manifests';

const throwaway = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('the extension id follows from the signing key', () => {
  it("the project's public key gives the id schools put in their policy", () => {
    expect(extensionIdOf(Buffer.from(PROJECT_PUBLIC_KEY, 'base64'))).toBe('clhpdopaibhklgakegofgkggafnjlmec');
  });

  it('a signed CRX3 carries the id of its own key and the zip unchanged', () => {
    const pem = throwaway();
    const zip = Buffer.from('PK\u0003\u0004 a zip');
    const { crx, id } = packCrx3(zip, pem);
    expect(id).toBe(extensionIdOf(publicKeyDerOf(pem)));
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerEnd = 12 + crx.readUInt32LE(8);
    expect(crx.subarray(headerEnd).equals(zip)).toBe(true);
    expect(crx.subarray(12, headerEnd).includes(publicKeyDerOf(pem))).toBe(true);
    expect(manifestKeyOf(pem)).toBe(publicKeyDerOf(pem).toString('base64'));
  });
});

describe('build flavours', () => {
  it('the store flavour has no key; the self-hosted one has the key and the update manifest', () => {
    const store = flavourFromEnv({ LOB_FLAVOUR: 'store' });
    expect(flavourManifest('chrome', store)).toEqual({});
    const own = flavourFromEnv({ LOB_UPDATE_BASE: 'https://software.school.nl/lob' });
    expect(flavourManifest('chrome', own)).toEqual({
      key: PROJECT_PUBLIC_KEY,
      update_url: 'https://software.school.nl/lob/updates.xml',
    });
    const gecko = (flavourManifest('firefox', own).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.update_url).toBe('https://software.school.nl/lob/updates.json');
    expect(gecko.strict_min_version).toBe('140.0');
    // Firefox for Android: its own minimum, where data_collection_permissions exists there (142).
    const android = (flavourManifest('firefox', own).browser_specific_settings as { gecko_android: Record<string, unknown> })
      .gecko_android;
    expect(android.strict_min_version).toBe('142.0');
  });

  it('update manifests point at the package of this version', () => {
    expect(chromeUpdatesXml({ id: 'abc', version: '1.2.0', crxUrl: 'https://s/x.crx' })).toContain(
      "<updatecheck codebase='https://s/x.crx' version='1.2.0' />",
    );
    expect(JSON.parse(firefoxUpdatesJson({ id: 'a@b', version: '1.2.0', xpiUrl: 'https://s/x.xpi' }))).toEqual({
      addons: { 'a@b': { updates: [{ version: '1.2.0', update_link: 'https://s/x.xpi' }] } },
    });
  });

  it('without a signing key the release says in Dutch how to give one', () => {
    const missing = signingKeyFrom({});
    expect('problem' in missing && missing.problem).toMatch(/Geen ondertekeningssleutel gevonden.*\n.*LOB_SIGNING_KEY_FILE/s);
    expect(signingKeyFrom({ LOB_SIGNING_KEY_FILE: '/bestaat/niet.pem' })).toEqual({
      problem: 'LOB_SIGNING_KEY_FILE wijst naar /bestaat/niet.pem, maar dat bestand bestaat niet.',
    });
  });
});
