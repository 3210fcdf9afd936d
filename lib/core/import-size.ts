import { IMPORT_MAX_BYTES, type Language } from './domain';

/** From this share of the import limit on, an export warns that it is near the limit. */
const IMPORT_NEAR_SHARE = 0.8;

/** Whether a file of `bytes` is well within the import limit, near it, or over it. */
export function importSizeLevel(bytes: number, limit: number = IMPORT_MAX_BYTES): 'ok' | 'near' | 'over' {
  if (bytes > limit) return 'over';
  return bytes >= limit * IMPORT_NEAR_SHARE ? 'near' : 'ok';
}

/** "0,1", "47,3", "50": megabytes with one decimal, with a decimal comma in Dutch ("47.3" in English). */
export function megabytes(bytes: number, language: Language = 'nl'): string {
  const rounded = `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`;
  return language === 'nl' ? rounded.replace('.', ',') : rounded;
}
