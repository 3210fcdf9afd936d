/**
 * The text of an export file (lib/db/transfer.ts format) with every table empty unless `over` fills
 * it: for import tests in unit and browser tests alike. `schemaVersion` 3 is the current version.
 */
export function exportFileText(over: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'lob-naast-de-leerling',
    schemaVersion: 3,
    exportedAt: '2026-11-24T10:00:00.000Z',
    students: [],
    notes: [],
    afspraken: [],
    moments: [],
    referrals: [],
    ...over,
  });
}
