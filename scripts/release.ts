/**
 * `npm run release`: the packages a school or a store needs, in release/ (or LOB_RELEASE_DIR).
 * - store: Chrome/Edge and Firefox zips without `key` (the stores assign the id; AMO signs);
 * - self-hosted: a signed CRX with updates.xml (id from the signing key) and an XPI with
 *   updates.json (to be signed as "unlisted" on addons.mozilla.org before schools install it).
 * `npm run zip` (= `--store-only`) makes only the store zips and needs no key.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packCrx3 } from './release/crx3';
import { manifestKeyOf } from './release/extension-id';
import { firefoxSigningSteps } from './release/firefox-signing';
import { type Flavour, GECKO_ID } from './release/flavour';
import { keyLocationProblem, updateBaseProblem } from './release/release-guards';
import { MISSING_BASE_MESSAGE, signingKeyFrom } from './release/signing-key';
import { sourcePackageProblems, storeBuildProblems, storeTextsProblems } from './release/store-ready';
import { fillStoreTexts } from './release/store-texts-out';
import { chromeUpdatesXml, firefoxUpdatesJson } from './release/update-manifests';

const NAME = 'lob-naast-de-leerling';
const storeOnly = process.argv.includes('--store-only');
const releaseDir = resolve(process.env.LOB_RELEASE_DIR ?? 'release');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Builds and zips one browser in one flavour; returns the zip's path. */
function zip(browser: 'chrome' | 'firefox', flavour: Flavour, extraEnv: Record<string, string> = {}): string {
  const outDir = join(releaseDir, `build-${flavour}`);
  const run = spawnSync('npx', ['wxt', 'zip', '-b', browser], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...extraEnv, LOB_FLAVOUR: flavour, WXT_OUT_DIR: outDir },
  });
  if (run.status !== 0) fail(`Bouwen voor ${browser} (${flavour}) is mislukt.`);
  const made = readdirSync(outDir).find((f) => f === `${NAME}-${version}-${browser}.zip`);
  if (!made) fail(`wxt zip maakte geen ${NAME}-${version}-${browser}.zip in ${outDir}.`);
  return join(outDir, made);
}

const key = storeOnly ? undefined : signingKeyFrom(process.env);
if (key && 'problem' in key) fail(key.problem);
const keyFile = process.env.LOB_SIGNING_KEY_FILE;
const keyInside = key && keyFile ? keyLocationProblem(keyFile, process.cwd()) : undefined;
if (keyInside) fail(keyInside);
const base = process.env.LOB_UPDATE_BASE;
if (!storeOnly && !base) fail(MISSING_BASE_MESSAGE);
const baseProblem = !storeOnly && base ? updateBaseProblem(base) : undefined;
if (baseProblem) fail(baseProblem);

rmSync(releaseDir, { recursive: true, force: true });
mkdirSync(releaseDir, { recursive: true });

console.log('Winkelpakketten (zonder key) bouwen…');
copyFileSync(zip('chrome', 'store'), join(releaseDir, `${NAME}-${version}-chrome-edge-store.zip`));
copyFileSync(zip('firefox', 'store'), join(releaseDir, `${NAME}-${version}-firefox-amo.zip`));
const sources = readdirSync(join(releaseDir, 'build-store')).find((f) => f.endsWith('-sources.zip'));
if (!sources) fail('wxt zip maakte geen bronpakket voor Firefox (*-sources.zip).');
const sourcesName = `${NAME}-${version}-broncode.zip`;
copyFileSync(join(releaseDir, 'build-store', sources), join(releaseDir, sourcesName));

// What the stores would refuse, refused here first (scripts/release/store-ready.ts).
const storeBuilds = ['chrome-mv3', 'firefox-mv2'].map((b) => join(releaseDir, 'build-store', b));
const problems = [
  ...storeBuilds.flatMap(storeBuildProblems),
  ...storeTextsProblems(resolve('docs/store'), storeBuilds),
  ...sourcePackageProblems(join(releaseDir, sourcesName)),
];
if (problems.length) fail(`Niet klaar voor de winkels (not ready for the stores):\n${problems.join('\n')}`);
console.log(fillStoreTexts(resolve('docs/store'), releaseDir, process.env.LOB_PRIVACY_URL));

if (key && base) {
  const folder = base.endsWith('/') ? base : `${base}/`;
  const env = { LOB_MANIFEST_KEY: manifestKeyOf(key.pem), LOB_UPDATE_BASE: folder };
  console.log('Pakketten voor zelf hosten bouwen en ondertekenen…');
  const { crx, id } = packCrx3(readFileSync(zip('chrome', 'self-hosted', env)), key.pem);
  const crxName = `${NAME}-${version}.crx`;
  writeFileSync(join(releaseDir, crxName), crx);
  writeFileSync(join(releaseDir, 'updates.xml'), chromeUpdatesXml({ id, version, crxUrl: `${folder}${crxName}` }));
  const xpiName = `${NAME}-${version}.xpi`;
  copyFileSync(zip('firefox', 'self-hosted', env), join(releaseDir, xpiName));
  writeFileSync(join(releaseDir, 'updates.json'), firefoxUpdatesJson({ id: GECKO_ID, version, xpiUrl: `${folder}${xpiName}` }));
  console.log(`Chrome/Edge-id van dit pakket: ${id}`);
  console.log(`Firefox: laat ${xpiName} ondertekenen als "unlisted" op addons.mozilla.org (docs/admin.md 2.0):`);
  console.log(firefoxSigningSteps({ releaseDir, xpiName, sourcesZip: sourcesName }).join('\n'));
}
// build-store/ and build-self-hosted/ keep the unpacked builds, for a look or a test.
console.log(`Klaar: ${releaseDir}/\n${readdirSync(releaseDir).join('\n')}`);
