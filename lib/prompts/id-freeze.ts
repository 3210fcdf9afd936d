import { currentPromptId, isRenamedPromptId, type PromptIdRenames } from './renames';

/**
 * The freeze of prompt ids: once shipped, an id keeps naming its prompt, in school policies and in
 * stored notes. Checked against lib/prompts/library/shipped-ids.json (every id ever shipped) and the
 * rename map (lib/prompts/renames.ts).
 */

type PromptIdProblemCode =
  /** A shipped id is neither in the library nor renamed to an id that is. */
  | 'missing'
  /** An old id of the rename map is in the library again. */
  | 'reused'
  /** A rename points to an id that is neither in the library nor renamed further. */
  | 'danglingRename'
  /** Renames that come round to an id they started from. */
  | 'renameCycle'
  /** Two prompts of the library share an id. */
  | 'duplicate'
  /** An id in the library that is not in the shipped list yet (`npm run prompts:freeze` adds it). */
  | 'new';

export interface PromptIdProblem {
  code: PromptIdProblemCode;
  id: string;
}

export interface PromptIdFreezeInput {
  shipped: readonly string[];
  library: readonly { id: string }[];
  renames: PromptIdRenames;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Every rule of the freeze broken by this library and map, as codes and ids (empty: all is well). */
export function checkPromptIdFreeze({ shipped, library, renames }: PromptIdFreezeInput): PromptIdProblem[] {
  const ids = library.map((p) => p.id);
  const inLibrary = new Set(ids);
  const wasShipped = new Set(shipped);
  const problem = (code: PromptIdProblemCode) => (id: string) => ({ code, id });
  const oldIds = Object.keys(renames);
  return [
    ...duplicates(ids).map(problem('duplicate')),
    ...shipped.filter((id) => !inLibrary.has(currentPromptId(id, renames))).map(problem('missing')),
    ...oldIds.filter((id) => inLibrary.has(id)).map(problem('reused')),
    ...oldIds.filter((id) => isRenamedPromptId(currentPromptId(id, renames), renames)).map(problem('renameCycle')),
    ...oldIds
      .filter((id) => {
        const target = renames[id] ?? id;
        return !inLibrary.has(target) && !isRenamedPromptId(target, renames);
      })
      .map(problem('danglingRename')),
    ...ids.filter((id) => !wasShipped.has(id)).map(problem('new')),
  ];
}

/** What to do about a problem, for the developer who changed the library (Dutch, then English). */
export function explainPromptIdProblem({ code, id }: PromptIdProblem): string {
  switch (code) {
    case 'missing':
      return `${id}: verzonden id ontbreekt in de bibliotheek; zet de prompt terug of voeg "${id}": "<nieuw id>" toe aan lib/prompts/renames.ts / shipped id is gone from the library; restore it or add a rename`;
    case 'reused':
      return `${id}: oud id (in lib/prompts/renames.ts) staat weer in de bibliotheek; geef de prompt een nieuw id / a renamed id is used again; give the prompt a new id`;
    case 'danglingRename':
      return `${id}: de hernoeming wijst naar een id dat niet bestaat / the rename points to an id that does not exist`;
    case 'renameCycle':
      return `${id}: de hernoemingen lopen in een kring / the renames go round in a cycle`;
    case 'duplicate':
      return `${id}: twee prompts hebben dit id / two prompts share this id`;
    case 'new':
      return `${id}: nieuw id; voer \`npm run prompts:freeze\` uit om het aan shipped-ids.json toe te voegen / new id; run \`npm run prompts:freeze\` to add it to shipped-ids.json`;
  }
}

/** The shipped list with the library's new ids added: sorted, each once, nothing ever removed. */
export function withNewPromptIds(shipped: readonly string[], library: readonly { id: string }[]): string[] {
  return [...new Set([...shipped, ...library.map((p) => p.id)])].sort();
}
