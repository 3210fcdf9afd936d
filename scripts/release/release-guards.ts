/**
 * What `npm run release` refuses before it builds anything: a signing key inside the repository (it
 * would end up in a commit or a source package) and an update address schools would fetch over plain
 * HTTP (anyone on the network could swap the package). Plain HTTP only on the machine itself.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The problem with an update base URL, in Dutch and English, or undefined when it is fine. */
export function updateBaseProblem(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `LOB_UPDATE_BASE is geen geldig adres: ${base}\n(LOB_UPDATE_BASE is not a valid URL.)`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return undefined;
  return [
    `LOB_UPDATE_BASE moet met https:// beginnen (${base}). Over gewoon http kan iedereen op het netwerk`,
    'het pakket onderweg vervangen. Alleen voor een test op deze computer mag http://127.0.0.1 of http://localhost.',
    '(LOB_UPDATE_BASE must use https://; plain http is allowed only on loopback, for a local test.)',
  ].join('\n');
}

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** The problem with a key file inside the repository, or undefined when it lies outside. */
export function keyLocationProblem(keyFile: string, repoRoot: string): string | undefined {
  const inside = relative(real(repoRoot), real(keyFile));
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return [
    `De sleutel ${keyFile} staat in de repository. Zo komt hij makkelijk in een commit of een bronpakket.`,
    'Zet hem buiten de repository (bijvoorbeeld ~/sleutels/lob.pem) en wijs er met LOB_SIGNING_KEY_FILE naar.',
    '(The signing key is inside the repository; move it outside and point LOB_SIGNING_KEY_FILE at it.)',
  ].join('\n');
}
