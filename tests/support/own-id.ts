import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { extensionIdOf } from '../../scripts/release/extension-id';
import { CHROME_BUILD, loadBuildFrom } from './chromium';

/**
 * A copy of a build under a fresh key (a new RSA key pair): the same code, its own extension id.
 * Chromium reads every policy file in /etc/chromium/policies/managed/; a test file that writes one
 * names this id in it, so a Chromium another test file starts meanwhile (with the project's id) is
 * not under that policy. Returns the copy's folder, its id and how to remove it.
 */
function copyWithOwnId(buildDir: string): { dir: string; id: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lob-build-'));
  cpSync(buildDir, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const key = der.toString('base64');
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, key }));
  return { dir, id: extensionIdOf(der), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a test file that writes a Chromium policy file (they run side by side with the others): from
 * now on this file's browsers load a copy of the production build under an id of its own, so its
 * policy reaches only them. The copy is removed after the file. Returns the id.
 */
export function useOwnExtensionId(): string {
  const copy = copyWithOwnId(CHROME_BUILD);
  loadBuildFrom(copy.dir);
  afterAll(copy.remove);
  return copy.id;
}
