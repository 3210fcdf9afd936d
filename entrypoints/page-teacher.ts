import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentConfig } from '../lib/config/content-config';
import { followContentConfig } from '../lib/config/follow-content-config';
import { applyWords } from '../lib/config/words';
import { confirmFinding, startPageTeacher } from '../lib/features/page-teacher/content/index';
import { blurAnnouncement, createPrivacy } from '../lib/features/shared/privacy';
import { servesHost } from '../lib/hosts/detect';
import { errorText } from '../lib/i18n/error-text';
import { send } from '../lib/messages/client';

/**
 * "Leer deze pagina herkennen", injected by the side panel (entrypoints/sidepanel/inject-page-teacher.ts)
 * into the school tab's top frame when the teacher starts it: a rarely used tool, so it is not part
 * of the content script that every school page loads. It reads the content script's configuration
 * (host profiles, the teacher's language) and saves through the background like the content script.
 * The value it resolves with is the panel's answer: true when the picker opened. Injected by the
 * background to confirm a proposal (`teach/intent` says so), it resolves with whether the page was kept.
 */
/**
 * Confirming a proposal of recognition by meaning (the background injected us into the frame that
 * proposed it): the taught page is built from what is found there, checked and kept; the answer
 * goes back to the background, and through it to the proposal.
 */
async function confirmHere(): Promise<{ kept: boolean; reason?: string }> {
  const follow = followContentConfig((next) => applyWords(next.words));
  try {
    const { profiles } = await follow.ready;
    if (!servesHost(location.hostname, profiles)) return { kept: false };
    const confirmation = confirmFinding(document, profiles);
    if ('problem' in confirmation) return { kept: false, reason: confirmation.problem };
    await send({ type: 'teach/save', patch: confirmation.patch, values: confirmation.values });
    return { kept: true };
  } catch (error) {
    return { kept: false, reason: errorText(error) };
  } finally {
    follow.stop();
  }
}

export default defineUnlistedScript(async (): Promise<boolean | { kept: boolean; reason?: string }> => {
  try {
    if ((await send({ type: 'teach/intent' }).catch(() => 'teach')) === 'confirm') return await confirmHere();
    if (window !== window.top) return false;
    let config: ContentConfig | undefined;
    const follow = followContentConfig((next) => {
      config = next;
      applyWords(next.words);
    });
    // The privacy blur, as the content script follows it: while on, the picker shows no names or numbers.
    const privacy = createPrivacy();
    const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const on = blurAnnouncement(message);
      if (on !== undefined) privacy.set(on);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const stop = () => {
      follow.stop();
      browser.runtime.onMessage.removeListener(onMessage);
    };
    const [ready, blurred] = await Promise.all([follow.ready, send({ type: 'blur/get' }).catch(() => false)]);
    privacy.set(blurred);
    const profiles = () => (config ?? ready).profiles;
    // Only where our content script runs: a host of a profile (a school's extraHosts are in every profile).
    const started =
      servesHost(location.hostname, profiles()) &&
      startPageTeacher(
        document,
        {
          profiles,
          save: async (patch, values) => {
            await send({ type: 'teach/save', patch, values });
          },
          describeError: errorText,
          privacy,
        },
        stop,
      );
    if (!started) stop();
    return started;
  } catch {
    return false; // never into the school page
  }
});
