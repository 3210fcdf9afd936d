import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { extensionIdOf } from '../../scripts/release/extension-id';

export const CHROME_BUILD = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

/** The build `launch()` loads: the production build, or a copy of it under an id of its own (./own-id.ts). */
let loadedBuild = CHROME_BUILD;

export function loadBuildFrom(dir: string): void {
  loadedBuild = dir;
}

/** The extension id of the build `launch()` loads (from its manifest's `key`): what a test's policy file names. */
export function loadedExtensionId(): string {
  const manifest = JSON.parse(readFileSync(join(loadedBuild, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error(`${loadedBuild}/manifest.json heeft geen key: het extensie-id staat niet vast.`);
  return extensionIdOf(Buffer.from(manifest.key, 'base64'));
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** System Chromium: CHROME_PATH, else the Debian/Ubuntu locations. Never downloads a browser. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH wijst naar ${fromEnv}, maar daar staat geen Chromium.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Geen Chromium gevonden voor de browsertests. Installeer het met `sudo apt-get install -y chromium` ' +
        'of wijs een Chrome/Chromium aan met CHROME_PATH=/pad/naar/chromium.',
    );
  }
  return found;
}

const HOST_RULES = 'MAP *.magister.net 127.0.0.1, MAP *.somtoday.nl 127.0.0.1';

export function launchArgs(extensionDir: string | undefined): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--host-resolver-rules=${HOST_RULES}`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker | undefined;
  userDataDir: string;
  close(): Promise<void>;
}

/** A fresh temporary profile directory, removed by `removeProfile`. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'lob-profile-'));
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Launches Chromium with the production build (or without any extension), on a given profile.
 * `policyInstalls`: keep background networking on, which the extension updater needs to fetch a
 * force-installed extension from its update URL.
 */
export async function launch(
  options: { userDataDir?: string; extension?: boolean; policyInstalls?: boolean } = {},
): Promise<Session> {
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(loadedBuild, 'manifest.json'))) {
    throw new Error('Geen productiebuild gevonden in .output/chrome-mv3; draai eerst `npm run build`.');
  }
  const userDataDir = options.userDataDir ?? newProfileDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false, // the real flag is in the args: --headless=new
    args: launchArgs(withExtension ? loadedBuild : undefined).filter(
      (a) => !(options.policyInstalls && a === '--disable-background-networking'),
    ),
    ignoreDefaultArgs: [
      '--disable-extensions',
      '--disable-component-extensions-with-background-pages',
      ...(options.policyInstalls ? ['--disable-background-networking'] : []),
    ],
    viewport: { width: 1280, height: 900 },
  });
  let worker: Worker | undefined;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    close: () => context.close(),
  };
}
