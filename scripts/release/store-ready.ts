/**
 * Everything a store upload is checked for, on the built store packages: the manifest (localised
 * strings, description length, browser minimums, no `key`), no test-only page, the store texts
 * against the permissions, and the source package's contents. An empty list means ready.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_ONLY_SKIPS } from './flavour';
import {
  browserVersionProblems,
  descriptionProblems,
  type Locales,
  localisedStringProblems,
  type Manifest,
} from './manifest-check';
import { sourceZipProblems, zipEntryNames } from './source-zip';
import { storeTextProblems } from './store-text';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function readBuild(buildDir: string): { manifest: Manifest; locales: Locales } {
  const localesDir = join(buildDir, '_locales');
  const locales: Locales = {};
  for (const locale of existsSync(localesDir) ? readdirSync(localesDir) : [])
    locales[locale] = readJson(join(localesDir, locale, 'messages.json')) as Locales[string];
  return { manifest: readJson(join(buildDir, 'manifest.json')) as Manifest, locales };
}

/** What every build must satisfy (also the self-hosted one the tests load). */
export function manifestProblems(buildDir: string): string[] {
  const { manifest, locales } = readBuild(buildDir);
  return [
    ...localisedStringProblems(manifest, locales),
    ...descriptionProblems(manifest, locales),
    ...browserVersionProblems(manifest),
  ].map((problem) => `${buildDir}: ${problem}`);
}

/** A store package besides: no `key`, no test-only page. */
export function storeBuildProblems(buildDir: string): string[] {
  const { manifest } = readBuild(buildDir);
  const testPages = STORE_ONLY_SKIPS.filter((name) => existsSync(join(buildDir, `${name}.html`)));
  return [
    ...manifestProblems(buildDir),
    ...('key' in manifest ? [`${buildDir}: het winkelpakket heeft een \`key\`; de winkels weigeren dat.`] : []),
    ...testPages.map((name) => `${buildDir}: ${name}.html is een testpagina en hoort niet in het winkelpakket.`),
  ];
}

/** docs/store/<lang>.md against the permissions of the given builds. */
export function storeTextsProblems(storeDir: string, buildDirs: readonly string[]): string[] {
  const manifests = buildDirs.map((dir) => readBuild(dir).manifest);
  return readdirSync(storeDir)
    .filter((file) => /^[a-z]{2}\.md$/.test(file))
    .flatMap((file) => storeTextProblems(file, readFileSync(join(storeDir, file), 'utf8'), manifests));
}

export function sourcePackageProblems(zipPath: string): string[] {
  return sourceZipProblems(zipEntryNames(readFileSync(zipPath)));
}
