import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceZipProblems, zipEntryNames } from '../../scripts/release/source-zip';
import { storeBuildProblems, storeTextsProblems } from '../../scripts/release/store-ready';
import { launch, removeProfile, type Session } from '../support/chromium';
import { type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import { waitForUiElement } from '../support/pierce';
import { serveFolder } from '../support/static-server';
import { lintFirefoxBuild, versionWarningCodes } from '../support/web-ext-lint';

/** `npm run release` with a throwaway key, and a school that force-installs the self-hosted CRX. */
const POLICY_FILE = '/etc/chromium/policies/managed/lob-naast-de-leerling-selfhosted-test.json';
const work = mkdtempSync(join(tmpdir(), 'lob-release-'));
const releaseDir = join(work, 'release');
const keyFile = join(work, 'throwaway.pem');
let web: Awaited<ReturnType<typeof serveFolder>>;
/** Files a careless checkout could hold: a key in the root and an old release (both must stay out of the source package). */
const PLANTED = 'lob-e2e-geplant';
const plantedFiles = [`${PLANTED}.pem`, `release/${PLANTED}.zip`];
const hadReleaseFolder = existsSync('release');

const read = (path: string) => readFileSync(join(releaseDir, path));
const manifestOf = (build: string) => JSON.parse(read(`${build}/manifest.json`).toString('utf8'));

beforeAll(async () => {
  writeFileSync(
    keyFile,
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );
  mkdirSync(releaseDir);
  mkdirSync('release', { recursive: true });
  for (const file of plantedFiles) writeFileSync(file, 'geplant door tests/e2e/release.test.ts');
  web = await serveFolder(releaseDir);
  const release = spawn('npx', ['tsx', 'scripts/release.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      LOB_SIGNING_KEY_FILE: keyFile,
      LOB_UPDATE_BASE: `http://127.0.0.1:${web.port}/`,
      LOB_RELEASE_DIR: releaseDir,
    },
  });
  const code = await new Promise<number | null>((done) => release.on('close', done));
  if (code !== 0) throw new Error(`npm run release eindigde met ${code}`);
}, 180_000);
afterAll(async () => {
  await web?.close();
  rmSync(work, { recursive: true, force: true });
  for (const file of plantedFiles) rmSync(file, { force: true });
  if (!hadReleaseFolder) rmSync('release', { recursive: true, force: true });
});

describe('npm run release', () => {
  it('makes store packages without key and with icons, and no tabs permission', () => {
    for (const build of ['build-store/chrome-mv3', 'build-store/firefox-mv2']) {
      const manifest = manifestOf(build);
      expect(manifest.key).toBeUndefined();
      expect(manifest.update_url).toBeUndefined();
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
      expect(read(`${build}/${manifest.icons['128']}`).subarray(1, 4).toString()).toBe('PNG');
      expect(manifest.permissions).not.toContain('tabs');
    }
    expect(read('lob-naast-de-leerling-0.1.0-chrome-edge-store.zip').subarray(0, 2).toString()).toBe('PK');
    expect(read('lob-naast-de-leerling-0.1.0-firefox-amo.zip').subarray(0, 2).toString()).toBe('PK');
  });

  it("the Firefox store package passes Mozilla's web-ext lint: no errors, no version warnings (read by code)", () => {
    const report = lintFirefoxBuild(join(releaseDir, 'build-store/firefox-mv2'));
    const line = (e: { code: string; file?: string; message: string }) => `${e.code} ${e.file ?? ''}: ${e.message}`;
    expect(report.errors.map(line)).toEqual([]);
    expect(versionWarningCodes(report)).toEqual([]);
  }, 120_000);

  it('the store packages pass every store check, and the source package holds sources only', () => {
    const builds = ['chrome-mv3', 'firefox-mv2'].map((b) => join(releaseDir, 'build-store', b));
    expect(builds.flatMap(storeBuildProblems)).toEqual([]);
    expect(storeTextsProblems('docs/store', builds)).toEqual([]);
    const sources = zipEntryNames(read('lob-naast-de-leerling-0.1.0-broncode.zip'));
    expect(sources).toContain('wxt.config.ts');
    expect(sources).toContain('docs/privacy.md');
    // The key and the old release lying in the checkout (planted before the release) stayed out.
    expect(sources.filter((f) => f.includes(PLANTED))).toEqual([]);
    expect(sourceZipProblems(sources)).toEqual([]);
    // The test-only page is in the self-hosted build the tests load, not in the store one.
    expect(existsSync(join(releaseDir, 'build-self-hosted/chrome-mv3/inpage-preview.html'))).toBe(true);
    expect(existsSync(join(releaseDir, 'build-store/chrome-mv3/inpage-preview.html'))).toBe(false);
  });

  it('signs a CRX whose updates.xml names the id of the throwaway key, and an XPI with updates.json', () => {
    const crx = read('lob-naast-de-leerling-0.1.0.crx');
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    const updates = read('updates.xml').toString('utf8');
    const pem = readFileSync(keyFile, 'utf8');
    const publicKey = manifestOf('build-self-hosted/chrome-mv3').key as string;
    expect(spawnSync('openssl', ['pkey', '-pubout', '-outform', 'DER'], { input: pem }).stdout.toString('base64')).toBe(
      publicKey,
    );
    expect(updates).toContain(`codebase='http://127.0.0.1:${web.port}/lob-naast-de-leerling-0.1.0.crx'`);
    const xpi = JSON.parse(read('updates.json').toString('utf8'));
    expect(xpi.addons['lob-naast-de-leerling@lob.school'].updates[0].update_link).toBe(
      `http://127.0.0.1:${web.port}/lob-naast-de-leerling-0.1.0.xpi`,
    );
    expect(manifestOf('build-self-hosted/firefox-mv2').browser_specific_settings.gecko.update_url).toBe(
      `http://127.0.0.1:${web.port}/updates.json`,
    );
    expect(read('lob-naast-de-leerling-0.1.0.xpi').subarray(0, 2).toString()).toBe('PK');
  });
});

describe('a school force-installs the self-hosted CRX by policy', () => {
  let demo: DemoServer;
  let session: Session | undefined;
  let id: string;

  beforeAll(async () => {
    id = /appid='([a-p]{32})'/.exec(read('updates.xml').toString('utf8'))?.[1] ?? '';
    const policy = {
      ExtensionSettings: {
        [id]: { installation_mode: 'force_installed', update_url: `http://127.0.0.1:${web.port}/updates.xml` },
      },
    };
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
    demo = await startDemoServer();
  });
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await session?.close();
    if (session) removeProfile(session.userDataDir);
    await demo?.close();
  });

  it('Chromium fetches updates.xml and the CRX, installs it under the key’s id, and the card shows', {
    timeout: 90_000,
  }, async () => {
    session = await launch({ extension: false, policyInstalls: true });
    const record = demoUrls(demo.port).magisterRecord(SANNE.id);
    // The browser installs the policy's extensions in the background after start-up; a tab open
    // during the install can be closed by it, so each try uses a fresh tab.
    const cardShows = async () => {
      const page = await session?.context.newPage();
      if (!page) return false;
      try {
        await page.goto(record);
        await waitForUiElement(page, 'student-card', 'title', `LOB-vraag voor ${SANNE.name}`);
        return true;
      } catch {
        return false;
      } finally {
        await page.close().catch(() => undefined);
      }
    };
    await expect.poll(cardShows, { timeout: 60_000, interval: 1_000 }).toBe(true);
    expect(web.requests.some((r) => r.startsWith('updates.xml'))).toBe(true);
    expect(web.requests).toContain('lob-naast-de-leerling-0.1.0.crx');
    // Chromium asked for the id that follows from the throwaway key (it refuses a CRX of another key).
    expect(web.requests.find((r) => r.startsWith('updates.xml'))).toContain(`id%3D${id}`);
  });
});
