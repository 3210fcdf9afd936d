import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { browserDatabaseRows } from './db-browser';
import { localDriver } from './db-driver/client';
import { emptyImportRows, SIZES, sizeRows } from './db-figures';
import { optionsImportRows } from './db-options-import';
import type { BenchRow, BenchSuite } from './types';

/**
 * Database operations at 10 000 and 100 000 notes over 1 000 students, in Chromium over real
 * IndexedDB: the lib/db code in a driver page (db-browser.ts), and the full re-import at 100 000 in
 * the real options page of the production build, with its peak JS heap (db-options-import.ts).
 * Needs the production build (`npm run bench` builds it first). Times in ms.
 */
export const database: BenchSuite = {
  name: 'database (Chromium)',
  async run() {
    return [...(await browserDatabaseRows()), ...(await optionsImportRows())];
  },
};

/**
 * The same driver in Node over fake-indexeddb (a pure-JS IndexedDB: not the browser's costs). Only
 * on request: `npm run bench -- --suite node-database`.
 */
export const nodeDatabase: BenchSuite = {
  name: 'node-database (fake-indexeddb)',
  optIn: true,
  async run() {
    Dexie.dependencies.indexedDB = indexedDB;
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
    const call = await localDriver();
    const options = { group: 'database (Node, fake-indexeddb)', reimport: true };
    const rows: BenchRow[] = await emptyImportRows(call, options);
    for (const size of SIZES) rows.push(...(await sizeRows(call, size, options)));
    return rows;
  },
};
