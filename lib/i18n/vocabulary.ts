import type { Language, Vocabulary } from '../core/domain';

/** lob-content.md §6: the words a school may replace, with their defaults per UI language. */
export const DEFAULT_VOCABULARY: Record<Language, Vocabulary> = {
  nl: {
    process: 'LOB',
    conversation: 'loopbaangesprek',
    mentorRole: 'mentor',
    secondLineRole: 'decaan',
    careRole: 'zorgcoördinator',
  },
  en: {
    process: 'career guidance',
    conversation: 'career conversation',
    mentorRole: 'mentor',
    secondLineRole: 'careers adviser',
    careRole: 'care coordinator',
  },
};
