import { afterAll } from 'vitest';
import { CHROME_BUILD, loadBuildFrom } from './chromium';
import { copyWithOwnId } from './own-identity';

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
