import { DEFAULT_MIN_PASSPHRASE } from './sealed-problem';

/**
 * The handover to the next mentor unless the school sets otherwise (policy `handover`): on; a file
 * may be opened for 90 days (one made before the summer holiday can still be read after it); the
 * passphrase has at least 12 characters.
 */
export const HANDOVER_DEFAULTS = { enabled: true, maxValidDays: 90, minPassphrase: DEFAULT_MIN_PASSPHRASE } as const;
