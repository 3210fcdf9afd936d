import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every prompt id ever shipped, sorted: the list the freeze test holds the library to (from the project root). */
const SHIPPED_IDS_FILE = resolve('lib/prompts/library/shipped-ids.json');

export function readShippedIds(file = SHIPPED_IDS_FILE): string[] {
  const ids: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error(`${file}: expected a list of ids`);
  return ids;
}

/** One id a line, so a diff shows exactly which ids were added. */
export function writeShippedIds(ids: readonly string[], file = SHIPPED_IDS_FILE): void {
  writeFileSync(file, `${JSON.stringify(ids, null, 2)}\n`);
}
