import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentConfig } from '../lib/config/content-config';
import { followContentConfig } from '../lib/config/follow-content-config';
import { applyWords } from '../lib/config/words';
import { startPageTeacher } from '../lib/features/page-teacher/content/index';
import { profilesForHost } from '../lib/hosts/detect';
import { errorText } from '../lib/i18n/error-text';
import { send } from '../lib/messages/client';

/**
 * "Leer deze pagina herkennen", injected by the side panel (entrypoints/sidepanel/inject-page-teacher.ts)
 * into the school tab's top frame when the teacher starts it: a rarely used tool, so it is not part
 * of the content script that every school page loads. It reads the content script's configuration
 * (host profiles, the teacher's language) and saves through the background like the content script.
 * The value it resolves with is the panel's answer: true when the picker opened.
 */
export default defineUnlistedScript(async (): Promise<boolean> => {
  try {
    if (window !== window.top) return false;
    let config: ContentConfig | undefined;
    const follow = followContentConfig((next) => {
      config = next;
      applyWords(next.words);
    });
    const ready = await follow.ready;
    const profiles = () => (config ?? ready).profiles;
    // Only where our content script runs: a host of a profile (a school's extraHosts are in every profile).
    const started =
      profilesForHost(location.hostname, profiles()).length > 0 &&
      startPageTeacher(
        document,
        {
          profiles,
          save: async (patch, values) => {
            await send({ type: 'teach/save', patch, values });
          },
          describeError: errorText,
        },
        () => follow.stop(),
      );
    if (!started) follow.stop();
    return started;
  } catch {
    return false; // never into the school page
  }
});
