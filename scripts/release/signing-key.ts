import { existsSync, readFileSync } from 'node:fs';

/** Why a release cannot be signed, in words for whoever runs it. */
const MISSING_KEY_MESSAGE = [
  'Geen ondertekeningssleutel gevonden: zonder sleutel kan ik het pakket voor zelf hosten (CRX) niet ondertekenen.',
  'Geef de sleutel op één van twee manieren:',
  '  LOB_SIGNING_KEY_FILE=/pad/naar/sleutel.pem npm run release',
  '  LOB_SIGNING_KEY="$(cat sleutel.pem)" npm run release',
  'Een nieuwe sleutel (alleen voor een eigen uitgave; het id verandert mee):',
  '  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out sleutel.pem',
  'Alleen de winkelpakketten (zonder sleutel): npm run zip',
].join('\n');

export const MISSING_BASE_MESSAGE = [
  'LOB_UPDATE_BASE ontbreekt: het adres van de map op de webserver van de school waar updates.xml,',
  'updates.json en de pakketten komen te staan, bijvoorbeeld',
  '  LOB_UPDATE_BASE=https://software.school.nl/lob/ npm run release',
].join('\n');

/** The PEM private key from LOB_SIGNING_KEY or LOB_SIGNING_KEY_FILE, or the reason there is none. */
export function signingKeyFrom(env: Record<string, string | undefined>): { pem: string } | { problem: string } {
  if (env.LOB_SIGNING_KEY?.includes('PRIVATE KEY')) return { pem: env.LOB_SIGNING_KEY };
  const file = env.LOB_SIGNING_KEY_FILE;
  if (file) {
    if (!existsSync(file)) return { problem: `LOB_SIGNING_KEY_FILE wijst naar ${file}, maar dat bestand bestaat niet.` };
    const pem = readFileSync(file, 'utf8');
    if (!pem.includes('PRIVATE KEY')) return { problem: `${file} is geen PEM-privésleutel (-----BEGIN PRIVATE KEY-----).` };
    return { pem };
  }
  return { problem: MISSING_KEY_MESSAGE };
}
