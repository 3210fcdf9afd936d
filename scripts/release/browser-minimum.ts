/**
 * The oldest browser versions the manifest may declare, each from an API the extension uses.
 * `minimum_chrome_version` (also read by Edge) is the highest Chrome version below; Firefox's
 * `strict_min_version` the highest of the Firefox lines, and Firefox for Android gets its own.
 */
interface Need {
  /** What the extension uses. */
  api: string;
  version: number;
  /** Where the need is documented. */
  source: string;
}

export const CHROME_NEEDS: readonly Need[] = [
  {
    api: 'side_panel / chrome.sidePanel',
    version: 114,
    source: 'https://developer.chrome.com/docs/extensions/reference/api/sidePanel',
  },
  // entrypoints/background/open-panel.ts opens the panel from the card's click.
  {
    api: 'chrome.sidePanel.open()',
    version: 116,
    source: 'https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open',
  },
  // The background's runtime.onMessage listener answers with a Promise (entrypoints/background/index.ts):
  // Chrome's own since 144; before it only webextension-polyfill made that work (docs/architecture.md,
  // "webextension-polyfill").
  {
    api: 'runtime.onMessage listener returning a Promise',
    version: 144,
    source: 'https://groups.google.com/a/chromium.org/g/chromium-extensions/c/4txWvDW55hU',
  },
];

export const FIREFOX_NEEDS: readonly Need[] = [
  // The oldest supported ESR; also where the key appeared on desktop.
  {
    api: 'browser_specific_settings.gecko.data_collection_permissions',
    version: 140,
    source: 'https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/',
  },
];

export const FIREFOX_ANDROID_NEEDS: readonly Need[] = [
  {
    api: 'browser_specific_settings.gecko.data_collection_permissions',
    version: 142,
    source: 'https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/',
  },
];

const highest = (needs: readonly Need[]): string => `${Math.max(...needs.map((n) => n.version))}`;

export const MINIMUM_CHROME = highest(CHROME_NEEDS);
export const MINIMUM_FIREFOX = `${highest(FIREFOX_NEEDS)}.0`;
export const MINIMUM_FIREFOX_ANDROID = `${highest(FIREFOX_ANDROID_NEEDS)}.0`;
