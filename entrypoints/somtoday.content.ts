import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../lib/content/run';

export default defineContentScript({
  matches: ['*://*.somtoday.nl/*'],
  excludeMatches: ['*://inloggen.somtoday.nl/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript((stop) => ctx.onInvalidated(stop));
  },
});
