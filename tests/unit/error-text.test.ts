import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { isStorageFull } from '../../lib/core/errors';
import { openDatabase } from '../../lib/db/database';
import { saveNote } from '../../lib/db/queries';
import { describeDbError } from '../../lib/i18n/error-text';

const FULL =
  'De opslag van je browser is vol, dus dit is niet opgeslagen. Maak ruimte vrij (bijvoorbeeld door een export te maken en oude notities te wissen) en probeer het opnieuw.';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('describeDbError', () => {
  it('recognises the browser quota error, plain or wrapped by Dexie', () => {
    expect(describeDbError(quota())).toEqual({ code: 'storageFull', message: FULL });
    expect(describeDbError(new Dexie.AbortError('aborted', quota()))).toMatchObject({ code: 'storageFull' });
    expect(describeDbError(new Dexie.QuotaExceededError('vol'))).toMatchObject({ code: 'storageFull' });
    expect(describeDbError({ name: 'BulkError', failures: [new Error('x'), quota()] })).toMatchObject({ code: 'storageFull' });
    expect(isStorageFull({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('anything else is a general failure with a Dutch message', () => {
    for (const error of [new Error('boom'), new Dexie.ConstraintError('dubbel'), null, 'tekst', { inner: null }]) {
      const info = describeDbError(error);
      expect(info.code).toBe('failed');
      expect(info.message).toMatch(/^Opslaan is niet gelukt/);
    }
  });
});

describe('storage full while saving', () => {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  it('the error Dexie throws maps to the storage-full message and no note is half-saved', async () => {
    const name = `db-errors-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const db = openDatabase(name);
    await db.open();
    db.notes.hook('creating', () => {
      throw quota();
    });
    const error = await saveNote(
      db,
      { student: { host: 'demo.magister.net', id: '1' }, display: { name: 'Sanne' }, text: 'x' },
      new Date(),
      () => 'n1',
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeDbError(error)).toEqual({ code: 'storageFull', message: FULL });
    expect(await db.students.count()).toBe(0);
    db.close();
  });
});
