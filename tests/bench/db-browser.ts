import { launch, removeProfile } from '../support/chromium';
import { pageDriver } from './db-driver/client';
import { serveDriver } from './db-driver/serve';
import { emptyImportRows, SIZES, sizeRows } from './db-figures';
import type { BenchRow } from './types';

const GROUP = 'database (Chromium)';

/**
 * The database figures in Chromium: the extension's lib/db code, bundled into a driver page, over
 * real IndexedDB on a fresh on-disk profile. The full re-import at 100 000 notes is measured in the
 * real options page instead (db-options-import.ts).
 */
export async function browserDatabaseRows(): Promise<BenchRow[]> {
  const server = await serveDriver();
  const session = await launch({ extension: false });
  try {
    const page = await session.context.newPage();
    await page.goto(server.url);
    const call = pageDriver(page);
    const rows = await emptyImportRows(call, { group: GROUP, reimport: false });
    for (const size of SIZES) rows.push(...(await sizeRows(call, size, { group: GROUP, reimport: size < 100_000 })));
    return rows;
  } finally {
    await session.close();
    removeProfile(session.userDataDir);
    await server.close();
  }
}
