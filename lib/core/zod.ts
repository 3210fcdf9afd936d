import { z } from 'zod';

/**
 * zod for every extension page and the background (never the content script), configured before any
 * schema exists: `jitless` parses without generated code, so zod does not probe `new Function` (an
 * eval that the extension's CSP forbids and would report). Import `z` from here, not from 'zod'.
 */
z.config({ jitless: true });

export { z };
