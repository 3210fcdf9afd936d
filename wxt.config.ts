import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { FEATURE_CATALOG, manifestCommands } from './lib/features/catalog';
import { CONTENT_MATCHES } from './lib/hosts/content-matches';
import { iconPaths, themeIcons, writeIcons } from './scripts/build/icons';
import { MINIMUM_CHROME } from './scripts/release/browser-minimum';
import { flavourFromEnv, flavourManifest, STORE_ONLY_SKIPS } from './scripts/release/flavour';
import { SOURCE_ZIP_EXCLUDES } from './scripts/release/source-zip';

const flavour = flavourFromEnv(process.env);
const outDir = process.env.WXT_OUT_DIR ?? '.output';

export default defineConfig({
  srcDir: '.',
  // A separate output folder lets parallel builds (e.g. WXT_OUT_DIR=.output-dev) not collide.
  outDir,
  // No auto-imports: every dependency is a visible import line (the folder rules read them).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // The Firefox source package holds sources only: no keys, no build output, no release folder, no zips.
  zip: { excludeSources: [...SOURCE_ZIP_EXCLUDES] },
  hooks: {
    // Test-only pages (the in-page preview) never ship in a store package.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (flavour.flavour !== 'store') return;
      for (const entry of entrypoints) if (STORE_ONLY_SKIPS.includes(entry.name)) entry.skipped = true;
    },
    // PNG icons rendered from branding/icon.svg at every build (never committed).
    'build:publicAssets': (_wxt, files) => {
      files.push(...writeIcons(resolve(outDir, '.icons')));
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // The side panel (114) opened from a click (116), message listeners answering with a Promise (144):
    // scripts/release/browser-minimum.ts.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: MINIMUM_CHROME }),
    icons: iconPaths(),
    // No `tabs`: the panel asks only for the active tab's id, which needs no permission.
    // `scripting` (Chrome/Edge; Firefox MV2 uses tabs.executeScript) injects the page picker when the
    // teacher starts it (lib/features/page-teacher/inject.ts) and registers the content script on a
    // school's own domains (policy extraHosts). It draws no install warning.
    permissions: ['storage', 'unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    // Injecting needs host permissions: the content script's own hosts, so no warning beyond its own.
    host_permissions: CONTENT_MATCHES,
    // A school's own SIS domain (policy extraHosts) is only used after the teacher or admin allows it.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    ...flavourManifest(browser, flavour),
    // Chrome/Edge have no manifest key for dark toolbars: the default mark is legible on both (docs/admin.md 3c).
    action: {
      default_title: '__MSG_extActionTitle__',
      default_icon: iconPaths(),
      ...(browser === 'firefox' ? { theme_icons: themeIcons() } : {}),
    },
    // Keyboard shortcuts, stated by the features that own them (lib/features/<id>/feature.ts; reasoning in
    // docs/admin.md "Sneltoetsen"): the panel (Chrome/Edge: the toolbar action opens it; Firefox: the
    // sidebar) and the privacy blur, a global command handled in the background, so it works while the
    // teacher types in the school page.
    commands: manifestCommands(FEATURE_CATALOG, browser),
    // The school's configuration (managed policy), validated again with zod in lib/policy.
    storage: { managed_schema: 'managed_schema.json' },
  }),
});
