import { IMPORT_MAX_BYTES } from './domain';

/** From this share of the import limit on, an export warns that it is near the limit. */
export const IMPORT_NEAR_SHARE = 0.8;

/** Whether a file of `bytes` is well within the import limit, near it, or over it. */
export function importSizeLevel(bytes: number, limit: number = IMPORT_MAX_BYTES): 'ok' | 'near' | 'over' {
  if (bytes > limit) return 'over';
  return bytes >= limit * IMPORT_NEAR_SHARE ? 'near' : 'ok';
}

/** "0,1", "47,3", "50": megabytes with one decimal, Dutch decimal comma. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`.replace('.', ',');
}
