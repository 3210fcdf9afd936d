import type { Language, Vocabulary } from '../core/domain';
import type { LobDatabase } from '../db/database';
import type { EnginePolicy } from '../prompts/engine';
import type { MomentType, Prompt, Subject } from '../prompts/schema';
import type { PublicService, ReferralRole, ReferralRule } from '../referrals/schema';
import type { DirectoryEntry } from '../referrals/suggest';

/**
 * What the background's answers read (the entrypoint wires them to the browser and the school's
 * configuration; tests pass plain values). Shared by the features' background.ts and the panel.
 */
export interface AnswerDeps {
  db: LobDatabase;
  library: () => readonly Prompt[];
  enginePolicy: () => EnginePolicy;
  subjects: readonly Subject[];
  momentTypes: readonly MomentType[];
  language: () => Language;
  now: () => Date;
  referralRoles: readonly ReferralRole[];
  publicServices: readonly PublicService[];
  referralRules: readonly ReferralRule[];
  directory: () => readonly DirectoryEntry[];
  vocabulary: () => Vocabulary;
  /** From how many unexcused absences the panel points to the school's zorg route (policy; absent: never). */
  absenceThreshold?: () => number | undefined;
  /** Whether the school allows the handover to the next mentor (policy `handover.enabled`; absent: yes). */
  handoverEnabled?: () => boolean;
}
