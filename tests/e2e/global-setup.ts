import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installIfMissing } from '../../scripts/system-browser';
import { CHROME_BUILD, chromiumPath } from '../support/chromium';
import { assertFirefoxVersion, firefoxPath } from '../support/firefox';

const works = (find: () => string) => () => {
  try {
    find();
    return true;
  } catch {
    return false;
  }
};

/** Installs Chromium and Firefox ESR on a fresh Debian machine (root); else fails fast with the fix. */
export default function setup(): void {
  installIfMissing('chromium', works(chromiumPath));
  installIfMissing('firefox-esr', works(firefoxPath));
  chromiumPath();
  assertFirefoxVersion(firefoxPath());
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error('Geen productiebuild gevonden in .output/chrome-mv3; draai eerst `npm run build`.');
  }
}
