/**
 * The encrypted file (a backup for another computer, or a handover to the next mentor): a first line
 * naming the format, one line of header (JSON) and one line of base64 ciphertext. The header holds
 * nothing about students: the format version, the kind, when it was made and until when it may be
 * read, how many rows of each kind it holds, and how its key is derived. Its SHA-256 digest is in the
 * header too (a changed header is told apart from a wrong passphrase), and the whole header line is
 * the AES-GCM additional data (it cannot be changed without the body failing to decrypt).
 */

export const SEALED_MAGIC = 'LOB-VERSLEUTELD';
export const SEALED_VERSION = 1;

/**
 * PBKDF2-HMAC-SHA-256 iterations: the OWASP Password Storage Cheat Sheet's advice for this hash
 * (600 000, as of 2023). Files with fewer are refused; more (up to the cap) are read.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const PBKDF2_MIN_ITERATIONS = 600_000;
/** A file asking for more work than this is refused (it would freeze the page for minutes). */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

export type SealedKind = 'backup' | 'handover';

export interface SealedHeader {
  format: typeof SEALED_MAGIC;
  version: number;
  kind: SealedKind;
  /** ISO date-times. */
  created: string;
  expires: string;
  /** Rows per table (never anything about who). */
  counts: Record<string, number>;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** The key-check value: tells a wrong passphrase from a changed file. */
  check: string;
  /** Bytes of ciphertext: a shorter body is a truncated file. */
  bytes: number;
  /** SHA-256 of this header without `digest` (base64). */
  digest: string;
}

export type { SealedProblem } from '../../core/sealed-problem';
