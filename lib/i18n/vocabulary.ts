/** lob-content.md §6: the words a school may replace, with their defaults. */
export interface Words {
  process: string;
  conversation: string;
  mentorRole: string;
  secondLineRole: string;
  careRole: string;
}

export const DEFAULT_VOCABULARY: Record<'nl' | 'en', Words> = {
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
