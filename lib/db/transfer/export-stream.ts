import { type LobDatabase, SCHEMA_VERSION } from '../database';
import { EXPORT_FORMAT, FILE_TABLES, type FileTable, OPTIONAL_TABLES } from './format';

/** Rows per read of the streamed export; and about how many characters of text become one Blob part. */
const EXPORT_PAGE = 5_000;
const PART_CHARS = 4_000_000;

/** A table read page by page in primary-key order (the order `exportData` sorts each table in). */
interface PagedTable {
  schema: { primKey: { keyPath: unknown } };
  limit(n: number): { toArray(): PromiseLike<object[]> };
  where(index: string): { above(key: string): { limit(n: number): { toArray(): PromiseLike<object[]> } } };
}

/** Gathers text into Blob parts of about PART_CHARS characters, so no single large string is ever built. */
class BlobWriter {
  private parts: Blob[] = [];
  private pending: string[] = [];
  private chars = 0;

  write(text: string): void {
    this.pending.push(text);
    this.chars += text.length;
    if (this.chars >= PART_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.chars = 0;
  }

  blob(): Blob {
    this.flush();
    return new Blob(this.parts, { type: 'application/json' });
  }
}

/**
 * Writes one table's rows as `,"name":[row,row…]` (or nothing, for an empty table the file leaves
 * out), reading EXPORT_PAGE rows at a time after the last key read.
 */
async function writeTable(out: BlobWriter, name: string, table: PagedTable, optional: boolean, page: number): Promise<number> {
  const keyPath = String(table.schema.primKey.keyPath);
  let rows = await table.limit(page).toArray();
  if (rows.length === 0 && optional) return 0;
  out.write(`,${JSON.stringify(name)}:[`);
  let count = 0;
  while (rows.length > 0) {
    // Ask for the next page before writing this one: the browser reads it while this page becomes text.
    const last = String((rows[rows.length - 1] as Record<string, unknown>)[keyPath]);
    const next = rows.length < page ? undefined : table.where(':id').above(last).limit(page).toArray();
    out.write(`${count > 0 ? ',' : ''}${rows.map((row) => JSON.stringify(row)).join(',')}`);
    count += rows.length;
    rows = next ? await next : [];
  }
  out.write(']');
  return count;
}

/**
 * The full export as a Blob, streamed: the same text as `serializeExport(await exportData(db))`,
 * written a page of rows at a time inside one read transaction, so neither the whole file as rows nor
 * the whole file as one string is ever held (at 100 000 notes that is 34 MB of text). Returns the
 * file and how many students and notes it holds.
 */
export async function exportBlob(
  db: LobDatabase,
  options: { now: Date; page?: number },
): Promise<{ blob: Blob; counts: { students: number; notes: number } }> {
  const page = options.page ?? EXPORT_PAGE;
  const optional: ReadonlySet<string> = new Set(OPTIONAL_TABLES);
  const out = new BlobWriter();
  const head = JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: options.now.toISOString() });
  out.write(head.slice(0, -1));
  const counts = await db.transaction(
    'r',
    FILE_TABLES.map((name) => db.table(name)),
    async () => {
      const written: Partial<Record<FileTable, number>> = {};
      for (const name of FILE_TABLES) written[name] = await writeTable(out, name, db.table(name), optional.has(name), page);
      return { students: written.students ?? 0, notes: written.notes ?? 0 };
    },
  );
  out.write('}');
  return { blob: out.blob(), counts };
}
