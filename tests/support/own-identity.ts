import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf } from '../../scripts/release/extension-id';

/** The id of the extension in a build folder, from its manifest's `key`. */
export function extensionIdOfBuild(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error(`${buildDir}/manifest.json heeft geen key: het extensie-id staat niet vast.`);
  return extensionIdOf(Buffer.from(manifest.key, 'base64'));
}

/**
 * A copy of a build under a fresh key (a new RSA key pair): the same code, its own extension id.
 * Chromium reads every policy file in /etc/chromium/policies/managed/; a test file that writes one
 * names this id in it, so a Chromium another test file starts meanwhile (with the project's id) is
 * not under that policy. Returns the copy's folder, its id and how to remove it.
 */
export function copyWithOwnId(buildDir: string): { dir: string; id: string; remove(): void } {
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
