import type { Page } from 'playwright-core';

/** Runs in an extension page (Chromium or Firefox): every row of one store of the extension's database. */
export const rowsOfStoreInPage = (name: string) =>
  new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const open = indexedDB.open('lob-naast-de-leerling');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });

/** Reads a whole object store of the extension's database from an extension page. */
export async function readStore(extensionPage: Page, store: string): Promise<Record<string, unknown>[]> {
  return extensionPage.evaluate(rowsOfStoreInPage, store);
}

/** The stores of the extension's database. */
const STORES = ['students', 'notes', 'afspraken', 'moments', 'referrals', 'meta'] as const;

/** Every store of the extension's database, read from an extension page. */
export async function dump(extensionPage: Page): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const store of STORES) out[store] = await readStore(extensionPage, store);
  return out;
}

/** Puts records straight into a store of the extension's database (test and gallery set-up only). */
export async function writeRecords(extensionPage: Page, store: string, records: Record<string, unknown>[]): Promise<void> {
  await extensionPage.evaluate(putRowsInPage, { name: store, rows: records });
}

/** Runs in an extension page (Chromium or Firefox): puts rows into one store of the extension's database. */
export const putRowsInPage = ({ name, rows }: { name: string; rows: Record<string, unknown>[] }) =>
  new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('lob-naast-de-leerling');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(name, 'readwrite');
      for (const row of rows) tx.objectStore(name).put(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });

/** Sanne (demo.magister.net, 48213) with one note dated `date`: a note for the retention job to keep or delete. */
export async function writeDatedNote(extensionPage: Page, date: string, text: string): Promise<void> {
  const studentKey = 'demo.magister.net|48213';
  await writeRecords(extensionPage, 'students', [
    { key: studentKey, host: 'demo.magister.net', sisId: '48213', name: 'Sanne', updatedAt: date },
  ]);
  await writeRecords(extensionPage, 'notes', [
    { id: 'oude-notitie', studentKey, date, competences: [], promptIds: [], text, updatedAt: date },
  ]);
}
