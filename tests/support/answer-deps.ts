import type { AnswerDeps } from '../../lib/background/deps';
import type { LobDatabase } from '../../lib/db/database';
import { DEFAULT_VOCABULARY } from '../../lib/i18n/vocabulary';
import { momentTypes } from '../../lib/prompts/library/moments';
import { library } from '../../lib/prompts/library/shipped';
import { subjects } from '../../lib/prompts/library/subjects';
import { publicServices, referralRoles, referralRules } from '../../lib/referrals/defaults';

/** What the background's card, cue and panel answers read, as shipped, with no school policy. */
export function shippedAnswerDeps(db: LobDatabase, now: () => Date): AnswerDeps {
  return {
    db,
    library: () => library,
    enginePolicy: () => ({}),
    subjects,
    momentTypes,
    referralRoles,
    publicServices,
    referralRules,
    directory: () => [],
    vocabulary: () => DEFAULT_VOCABULARY.nl,
    language: () => 'nl',
    now,
  };
}
