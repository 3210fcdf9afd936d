import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentConfig } from '../lib/config/content-config';
import { followContentConfig } from '../lib/config/follow-content-config';
import { applyWords } from '../lib/config/words';
import { isFramePing } from '../lib/core/frame-ping';
import { createMeaningProposal } from '../lib/features/meaning-proposal/content/index';
import { FEATURES } from '../lib/features/registry';
import { startRuntime } from '../lib/features/runtime';
import { watchFrames } from '../lib/features/shared/frame-watch';
import { blurAnnouncement, createPrivacy } from '../lib/features/shared/privacy';
import { CONTENT_EXCLUDES, CONTENT_MATCHES } from '../lib/hosts/content-matches';
import { errorText } from '../lib/i18n/error-text';
import { send } from '../lib/messages/client';

/**
 * The one content script for both host families (the host profiles decide what a page is). It runs
 * the in-page features of lib/features on recognised pages and stops when the extension is updated
 * or removed. The school's own domains (policy `extraHosts`) get this same file at run time.
 */
/** False once the extension was updated, disabled or removed under this page. */
function extensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: CONTENT_MATCHES,
  excludeMatches: CONTENT_EXCLUDES,
  // Magister renders some views in same-origin iframes: each frame runs its own copy for its own page.
  allFrames: true,
  runAt: 'document_idle',
  // WXT 0.21.4 (wxt/dist/utils/content-script-context.mjs, `stopOldScripts`) announces every new
  // content script to the page with `window.postMessage({ type: '<id>:content:wxt:content-script-started' }, '*')`:
  // the school's scripts would learn that the extension is there. Switched off here. To report
  // upstream: the announcement should not be page-visible by default.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    for (const feature of FEATURES) feature.prepare?.();
    let runtime: ReturnType<typeof startRuntime> | undefined;
    let config: ContentConfig;
    const follow = followContentConfig((next) => {
      config = next;
      applyWords(next.words);
      runtime?.restart();
    });
    // The privacy blur (owned by the background, for the browser session): known before anything is drawn.
    const privacy = createPrivacy();
    browser.runtime.onMessage.addListener((message, sender) => {
      // Only our extension (the background or the side panel, never a tab) speaks to us.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      // The background asks whether this frame is still there (lib/background/frame-contexts.ts).
      if (isFramePing(message)) return Promise.resolve(true);
      const on = blurAnnouncement(message);
      if (on !== undefined) privacy.set(on);
      return undefined;
    });
    const [ready, blurred] = await Promise.all([follow.ready, send({ type: 'blur/get' }).catch(() => false)]);
    config = ready;
    privacy.set(blurred);
    // Recognition by meaning: on a page no profile recognises, propose what it shows (once, to confirm).
    const proposal = createMeaningProposal(document, { send, privacy, describeError: errorText });
    runtime = startRuntime({
      unrecognised: (on) => (on ? proposal.look() : proposal.hide()),
      window,
      profiles: () => config.profiles,
      features: FEATURES,
      services: { send, config: () => config, describeError: errorText, privacy },
      isEnabled: (feature) => config.features[feature.setting],
      report: (summary) => {
        send({ type: 'page/context', summary }).catch(() => undefined);
      },
      diagnose: (miss) => {
        send({ type: 'diagnostics/miss', miss }).catch(() => undefined);
      },
    });
    // WXT 0.21.4 also invalidates the context when a document `CustomEvent` named
    // '<extension id>:content:wxt:content-script-started' arrives from "a newer copy" — an event the
    // page can dispatch itself (the id is public) to switch us off. To report upstream: verify the
    // event with something the page cannot know. Until then we stop only when the extension context
    // is really gone (updated, disabled or removed: `runtime.id` is then undefined).
    // A frame in this document removed or sent elsewhere: its student must leave the panel.
    const stopWatchingFrames = watchFrames(document, () => {
      send({ type: 'frames/changed' }).catch(() => undefined);
    });
    ctx.onInvalidated(() => {
      if (extensionContextAlive()) return;
      follow.stop();
      runtime?.stop();
      stopWatchingFrames();
    });
  },
});
