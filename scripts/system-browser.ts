import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * On a fresh Debian/Ubuntu machine, run as root: installs a missing browser with apt-get and says
 * so. Elsewhere it does nothing, and the caller's own message says how to get the browser.
 */
export function installIfMissing(debianPackage: 'chromium' | 'firefox-esr', present: () => boolean): void {
  if (present() || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return;
  console.log(`${debianPackage} ontbreekt: ik installeer het nu met apt-get (eenmalig, als root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', debianPackage],
  ]) {
    spawnSync('apt-get', args, { stdio: 'inherit', env });
  }
}
