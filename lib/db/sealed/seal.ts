import {
  PBKDF2_ITERATIONS,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_MIN_ITERATIONS,
  SEALED_MAGIC,
  SEALED_VERSION,
  type SealedHeader,
  type SealedKind,
  type SealedProblem,
} from './format';

/**
 * Sealing and opening an encrypted file with Web Crypto only (no WASM: the extension's CSP stays as
 * it is). PBKDF2-SHA-256 derives 512 bits from the passphrase and a random salt: the first half is
 * the AES-GCM key, the second half's SHA-256 is the key-check value kept in the header.
 */

const enc = new TextEncoder();
const dec = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

async function sha256(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? enc.encode(data) : data;
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}

/** The key and the key-check value of a passphrase, for a salt and an iteration count. */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<{ key: CryptoKey; check: string }> {
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, 512),
  );
  const key = await crypto.subtle.importKey('raw', bits.subarray(0, 32) as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  return { key, check: await sha256(bits.subarray(32)) };
}

const headerDigest = (header: Omit<SealedHeader, 'digest'>) => sha256(JSON.stringify(header));

export interface SealOptions {
  passphrase: string;
  kind: SealedKind;
  now: Date;
  /** Until when the file may be opened. */
  expires: Date;
  counts: Record<string, number>;
  /** Only for tests of a stronger setting; never below the OWASP advice. */
  iterations?: number;
}

/** The encrypted file's text for `plain`. */
export async function seal(plain: string, options: SealOptions): Promise<string> {
  const iterations = Math.max(options.iterations ?? PBKDF2_ITERATIONS, PBKDF2_MIN_ITERATIONS);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await deriveKey(options.passphrase, salt, iterations);
  const body = enc.encode(plain);
  // The ciphertext's length is known before encrypting: the body plus GCM's 16-byte tag.
  const withoutDigest: Omit<SealedHeader, 'digest'> = {
    format: SEALED_MAGIC,
    version: SEALED_VERSION,
    kind: options.kind,
    created: options.now.toISOString(),
    expires: options.expires.toISOString(),
    counts: options.counts,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    check,
    bytes: body.length + 16,
  };
  const headerLine = JSON.stringify({ ...withoutDigest, digest: await headerDigest(withoutDigest) });
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: enc.encode(headerLine) as BufferSource },
      key,
      body as BufferSource,
    ),
  );
  return `${SEALED_MAGIC} ${SEALED_VERSION}\n${headerLine}\n${toBase64(sealed)}\n`;
}

export type OpenResult = { ok: true; header: SealedHeader; plain: string } | { ok: false; problem: SealedProblem };

const refuse = (problem: SealedProblem): OpenResult => ({ ok: false, problem });

/** The header of an encrypted file, checked against its digest; read before the passphrase is asked (the preview). */
export async function readHeader(
  text: string,
): Promise<{ ok: true; header: SealedHeader } | { ok: false; problem: SealedProblem }> {
  const [first, headerLine, body] = text.split('\n');
  if (!first?.startsWith(`${SEALED_MAGIC} `)) return { ok: false, problem: 'notSealed' };
  if (Number(first.slice(SEALED_MAGIC.length + 1)) > SEALED_VERSION) return { ok: false, problem: 'newerVersion' };
  if (headerLine === undefined || body === undefined) return { ok: false, problem: 'truncated' };
  let header: SealedHeader;
  try {
    header = JSON.parse(headerLine) as SealedHeader;
  } catch {
    return { ok: false, problem: 'headerChanged' };
  }
  const { digest, ...rest } = header ?? ({} as SealedHeader);
  if (typeof digest !== 'string' || digest !== (await headerDigest(rest))) return { ok: false, problem: 'headerChanged' };
  if (header.version > SEALED_VERSION) return { ok: false, problem: 'newerVersion' };
  const iterations = header.kdf?.iterations;
  if (!Number.isInteger(iterations) || iterations < PBKDF2_MIN_ITERATIONS || iterations > PBKDF2_MAX_ITERATIONS) {
    return { ok: false, problem: 'headerChanged' };
  }
  return { ok: true, header };
}

/**
 * Opens an encrypted file: its header (digest), then the passphrase (key-check value), then the body
 * (AES-GCM with the header line as additional data), then its validity date. Each failure has its own
 * code; nothing is returned of a file that fails.
 */
export async function open(text: string, passphrase: string, now: Date, kind?: SealedKind): Promise<OpenResult> {
  const read = await readHeader(text);
  if (!read.ok) return refuse(read.problem);
  const { header } = read;
  if (kind !== undefined && header.kind !== kind) return refuse('wrongKind');
  const [, headerLine = '', bodyText = ''] = text.split('\n');
  // A file cut short: fewer base64 characters than the header says the ciphertext has.
  if (bodyText.trim().length < 4 * Math.ceil(header.bytes / 3)) return refuse('truncated');
  const body = fromBase64(bodyText.trim());
  const salt = fromBase64(header.kdf.salt);
  const iv = fromBase64(header.cipher.iv);
  if (!salt || !iv) return refuse('headerChanged');
  if (!body) return refuse('bodyChanged');
  if (body.length !== header.bytes) return refuse('bodyChanged');
  const { key, check } = await deriveKey(passphrase, salt, header.kdf.iterations);
  if (check !== header.check) return refuse('wrongPassphrase');
  let plain: string;
  try {
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: enc.encode(headerLine) as BufferSource },
      key,
      body as BufferSource,
    );
    plain = dec.decode(opened);
  } catch {
    return refuse('bodyChanged');
  }
  if (now.toISOString() > header.expires) return refuse('expired');
  return { ok: true, header, plain };
}
