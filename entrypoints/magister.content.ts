import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../lib/content/run';

export default defineContentScript({
  matches: ['*://*.magister.net/*'],
  excludeMatches: ['*://accounts.magister.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript((stop) => ctx.onInvalidated(stop));
  },
});
