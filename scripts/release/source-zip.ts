/**
 * The source package AMO asks for (WXT's `*-sources.zip`) holds the sources a reviewer builds from,
 * nothing else: no signing keys, no build output or release folder, no packages.
 */

/** What a source package must never hold, with the reason (tinyglobby patterns, from the repository root). */
const FORBIDDEN: readonly { pattern: string; test: RegExp; why: string }[] = [
  { pattern: '**/*.pem', test: /\.pem$/i, why: 'een sleutel (.pem)' },
  { pattern: '**/*.key', test: /\.key$/i, why: 'een sleutel (.key)' },
  { pattern: '**/*.zip', test: /\.zip$/i, why: 'een pakket (.zip)' },
  { pattern: '**/*.crx', test: /\.crx$/i, why: 'een pakket (.crx)' },
  { pattern: '**/*.xpi', test: /\.xpi$/i, why: 'een pakket (.xpi)' },
  { pattern: 'release/**', test: /^release\//, why: 'de releasemap (release/)' },
  { pattern: '.output*/**', test: /^\.output[^/]*\//, why: 'bouwresultaat (.output)' },
  { pattern: 'coverage/**', test: /^coverage\//, why: 'testdekking (coverage/)' },
  { pattern: 'bench-results/**', test: /^bench-results\//, why: 'meetresultaten (bench-results/)' },
];

/** For wxt.config.ts `zip.excludeSources`. */
export const SOURCE_ZIP_EXCLUDES: readonly string[] = FORBIDDEN.map((f) => f.pattern);

/** Every entry of a source package that should not be there, as a Dutch line with the reason. */
export function sourceZipProblems(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    const hit = FORBIDDEN.find((f) => f.test.test(entry));
    return hit ? [`${entry}: ${hit.why} hoort niet in het bronpakket.`] : [];
  });
}

/** The file names in a zip, from its central directory (enough to check what a package holds). */
export function zipEntryNames(zip: Buffer): string[] {
  const END = 0x06054b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('Geen zip-bestand: de centrale map ontbreekt.');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra;
  }
  return names;
}
