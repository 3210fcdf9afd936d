import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, chromiumPath } from '../support/chromium';

/** Fails fast, with the fix in the message, when Chromium or the build is missing. */
export default function setup(): void {
  chromiumPath();
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error('Geen productiebuild gevonden in .output/chrome-mv3; draai eerst `npm run build`.');
  }
}
