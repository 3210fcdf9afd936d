/**
 * The two build flavours. **store**: no manifest `key` (the Chrome Web Store and Edge Add-ons refuse
 * one and give their own id). **self-hosted** (the default, also what tests and `npm start` load):
 * the `key` that pins the id, and with `LOB_UPDATE_BASE` the update manifest the browser polls.
 */
import { MINIMUM_FIREFOX, MINIMUM_FIREFOX_ANDROID } from './browser-minimum';

export type Flavour = 'store' | 'self-hosted';

/** Public half of the project's signing key: id clhpdopaibhklgakegofgkggafnjlmec. */
export const PROJECT_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxJvUpkBJsHmohL2FDz4NTXKa3cVo/5DuoqJ+q972ShnqUjgl0xWPHjAovIswGtls8SIoPBr16S7mahr2OiUwrkgtgeR08LUuz8e/Zw3jNf9cv1kK9x0JmfNVyuitQPUb047yMTZVa+5go6aZfuZwUWvqpGJTDC8OJQP9IFTVj2kSggPqSrs7NEVOqRGuLLDu9Lk6xVU2gagF430QXCUV7joIHuY+3pPvbhss0jJGCIBOePLUt8rXPwEXUSsez8JkNioiWsPZrJtsoPLmYF1ns+aa9ckMFebIVjVfJ50ujWBXDX5x99aZkRu3ShYChMPh9IfC+DUjqcuV5C3LV85KOQIDAQAB';

export const GECKO_ID = 'lob-naast-de-leerling@lob.school';

/** Entrypoints only the tests open (the in-page preview): left out of the store packages. */
export const STORE_ONLY_SKIPS: readonly string[] = ['inpage-preview'];

export interface FlavourOptions {
  flavour: Flavour;
  /** Manifest `key` (base64 DER public key) of a self-hosted build. */
  publicKey: string;
  /** Folder URL where updates.xml / updates.json and the packages are hosted (self-hosted only). */
  updateBase?: string;
}

/** Reads LOB_FLAVOUR, LOB_MANIFEST_KEY and LOB_UPDATE_BASE. */
export function flavourFromEnv(env: Record<string, string | undefined>): FlavourOptions {
  const base = env.LOB_UPDATE_BASE;
  return {
    flavour: env.LOB_FLAVOUR === 'store' ? 'store' : 'self-hosted',
    publicKey: env.LOB_MANIFEST_KEY || PROJECT_PUBLIC_KEY,
    ...(base ? { updateBase: base.endsWith('/') ? base : `${base}/` } : {}),
  };
}

/** The manifest fields that differ per flavour and browser. */
export function flavourManifest(browser: string, options: FlavourOptions): Record<string, unknown> {
  const selfHosted = options.flavour === 'self-hosted';
  const update = selfHosted ? options.updateBase : undefined;
  if (browser === 'firefox') {
    return {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // data_collection_permissions exists from Firefox 140 (the oldest supported ESR); browser-minimum.ts.
          strict_min_version: MINIMUM_FIREFOX,
          // Nothing is collected or sent anywhere.
          data_collection_permissions: { required: ['none'] },
          ...(update ? { update_url: `${update}updates.json` } : {}),
        },
        // Firefox for Android has the key from 142 (its own minimum; Android has no sidebar, so the
        // panel is not there, but the cues in the school page work).
        gecko_android: { strict_min_version: MINIMUM_FIREFOX_ANDROID },
      },
    };
  }
  return selfHosted ? { key: options.publicKey, ...(update ? { update_url: `${update}updates.xml` } : {}) } : {};
}
