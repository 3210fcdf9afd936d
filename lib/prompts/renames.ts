/**
 * Prompt ids never move: school policies (`disabledPrompts`, `campaigns[].promptIds`) and the
 * teacher's notes (`promptIds`) name them. When a prompt must get another id anyway, its old id goes
 * here, old → new, and stays here for good; everything that reads a stored or configured id reads it
 * through these functions, so the old id keeps meaning the same prompt. The freeze test
 * (lib/prompts/id-freeze.ts) checks the map against the shipped ids.
 */

/** Old prompt id → the id it was renamed to (which may itself have been renamed later). */
export type PromptIdRenames = Readonly<Record<string, string>>;

/** Every rename since the ids were frozen. Add an entry, never remove one; never reuse an old id. */
export const PROMPT_ID_RENAMES: PromptIdRenames = {
  // Issue 29: near-duplicates merged into the question they repeated (same audience, same step).
  'ou-meedenken-1': 'gs-vooruit-nw-3',
  'gk-meedenker-1': 'gs-vooruit-nw-3',
  'gk-thuis-route-1': 'ou-route-1',
};

/** Whether `id` is an old id in the map (own keys only: an id such as "constructor" is no rename). */
export function isRenamedPromptId(id: string, renames: PromptIdRenames = PROMPT_ID_RENAMES): boolean {
  return Object.hasOwn(renames, id);
}

/**
 * The id `id` stands for today: the map followed to the end of its chain (a → b → c gives c). A
 * cycle stops where it would come round again, so a broken map never hangs (the freeze test reports it).
 */
export function currentPromptId(id: string, renames: PromptIdRenames = PROMPT_ID_RENAMES): string {
  const seen = new Set<string>();
  let current = id;
  while (isRenamedPromptId(current, renames) && !seen.has(current)) {
    seen.add(current);
    current = renames[current] ?? current;
  }
  return current;
}

/** Ids as they are today, in their first order, each once (an old and a new id of one prompt become one). */
export function renamePromptIds(ids: readonly string[], renames: PromptIdRenames = PROMPT_ID_RENAMES): string[] {
  return [...new Set(ids.map((id) => currentPromptId(id, renames)))];
}

/** Anything with a list of prompt ids: a note, a campaign. */
export interface WithPromptIds {
  readonly promptIds: readonly string[];
}

/** The same note or campaign with today's prompt ids; the object itself when none of its ids was renamed. */
export function renamePromptIdsOf<T extends WithPromptIds>(item: T, renames: PromptIdRenames = PROMPT_ID_RENAMES): T {
  if (!item.promptIds.some((id) => isRenamedPromptId(id, renames))) return item;
  return { ...item, promptIds: renamePromptIds(item.promptIds, renames) };
}

/**
 * An export file (or any object with `notes`) whose notes carry today's prompt ids: what an import
 * applies to a checked file before it merges the notes, so a note saved under an old id counts for
 * the renamed prompt.
 */
export function renameExportFilePromptIds<F extends { readonly notes: readonly WithPromptIds[] }>(
  file: F,
  renames: PromptIdRenames = PROMPT_ID_RENAMES,
): F {
  return { ...file, notes: file.notes.map((note) => renamePromptIdsOf(note, renames)) };
}
