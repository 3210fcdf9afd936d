import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';

/**
 * How a Chrome/Edge extension id follows from its signing key: the first 16 bytes of the SHA-256 of
 * the public key (DER, SubjectPublicKeyInfo), written in hexadecimal with the letters a–p for 0–f.
 */
export function extensionIdOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** The public half (DER) of a PEM private key. */
export function publicKeyDerOf(privateKeyPem: string): Buffer {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
}

/** The manifest `key` value: the public key as base64 DER. */
export function manifestKeyOf(privateKeyPem: string): string {
  return publicKeyDerOf(privateKeyPem).toString('base64');
}
