import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AppConfig } from '../lib/config/app-config';
import { loadAppConfig, watchAppConfig } from '../lib/config/storage';
import { applyConfigToUi } from '../lib/config/ui';
import { FEATURES } from '../lib/features';
import { startRuntime } from '../lib/features/runtime';
import { errorText } from '../lib/i18n/error-text';
import { send } from '../lib/messages/client';

/**
 * The one content script for both host families (the host profiles decide what a page is). It runs
 * the in-page features of lib/features on recognised pages and stops when the extension is updated
 * or removed. The school's own domains (policy `extraHosts`) get this same file at run time.
 */
export default defineContentScript({
  // Magister (every school's own sub-domain) and Somtoday Docent with its test and acceptance hosts;
  // not classic Somtoday on <school>.somtoday.nl, not the login pages.
  matches: [
    '*://*.magister.net/*',
    '*://docent.somtoday.nl/*',
    '*://*.test.somtoday.nl/*',
    '*://*.acceptatie.somtoday.nl/*',
    '*://*.inkijk.somtoday.nl/*',
  ],
  excludeMatches: ['*://accounts.magister.net/*', '*://inloggen.somtoday.nl/*'],
  // Magister renders some views in same-origin iframes: each frame runs its own copy for its own page.
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    for (const feature of FEATURES) feature.prepare?.();
    let config: AppConfig = await loadAppConfig();
    applyConfigToUi(config);
    const runtime = startRuntime({
      window,
      profiles: () => config.profiles,
      features: FEATURES,
      services: { send, config: () => config, describeError: errorText },
      isEnabled: (feature) => config.settings.features[feature.setting],
      report: (summary) => {
        send({ type: 'page/context', summary }).catch(() => undefined);
      },
      diagnose: (miss) => {
        send({ type: 'diagnostics/miss', miss }).catch(() => undefined);
      },
    });
    const unwatch = watchAppConfig((next) => {
      config = next;
      applyConfigToUi(config);
      runtime.restart();
    });
    ctx.onInvalidated(() => {
      unwatch();
      runtime.stop();
    });
  },
});
