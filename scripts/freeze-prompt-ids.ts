/**
 * `npm run prompts:freeze`: adds the library's new prompt ids to lib/prompts/library/shipped-ids.json
 * (never removes one), then reports whatever else breaks the freeze (a vanished id without a rename,
 * a reused old id, a broken rename) and exits 1 if anything does.
 */
import { checkPromptIdFreeze, explainPromptIdProblem, withNewPromptIds } from '../lib/prompts/id-freeze';
import { library } from '../lib/prompts/library/shipped';
import { PROMPT_ID_RENAMES } from '../lib/prompts/renames';
import { readShippedIds, writeShippedIds } from './prompts/shipped-ids';

const shipped = readShippedIds();
const frozen = withNewPromptIds(shipped, library);
const wasShipped = new Set(shipped);
const added = frozen.filter((id) => !wasShipped.has(id));
if (added.length > 0) writeShippedIds(frozen);
console.log(added.length ? `Toegevoegd / added (${added.length}): ${added.join(', ')}` : 'Geen nieuwe ids / no new ids');

const problems = checkPromptIdFreeze({ shipped: frozen, library, renames: PROMPT_ID_RENAMES });
for (const problem of problems) console.error(explainPromptIdProblem(problem));
if (problems.length > 0) process.exitCode = 1;
