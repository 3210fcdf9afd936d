import type { Study } from './study';

/**
 * The school types a mentor can set for a student whose class code does not tell it (lib/db/facts.ts),
 * in the words of the school (lob-content.md §6): each a Study without a year; the year is chosen
 * apart. Pure.
 */
export const STUDY_CHOICES = {
  'vmbo-b': { schoolType: 'vmbo', track: 'b' },
  'vmbo-k': { schoolType: 'vmbo', track: 'k' },
  'vmbo-gl': { schoolType: 'vmbo', track: 'gl' },
  'vmbo-t': { schoolType: 'vmbo', track: 't' },
  havo: { schoolType: 'havo' },
  vwo: { schoolType: 'vwo' },
  'vwo-gym': { schoolType: 'vwo', gymnasium: true },
  entree: { schoolType: 'mbo', level: 1, entree: true },
  'mbo-2': { schoolType: 'mbo', level: 2 },
  'mbo-3': { schoolType: 'mbo', level: 3 },
  'mbo-4': { schoolType: 'mbo', level: 4 },
  pro: { schoolType: 'pro' },
  vso: { schoolType: 'vso' },
  isk: { schoolType: 'isk' },
  hbo: { schoolType: 'hbo' },
} as const satisfies Record<string, Study>;

export type StudyChoice = keyof typeof STUDY_CHOICES;
export const STUDY_CHOICE_IDS = Object.keys(STUDY_CHOICES) as StudyChoice[];

/** The years a mentor can choose: 1–6 (vwo 6 is the longest route the extension serves). */
export const STUDY_YEARS = [1, 2, 3, 4, 5, 6] as const;

/** The study a mentor's choice stands for. */
export function studyOfChoice(choice: StudyChoice, year?: number): Study {
  return { ...STUDY_CHOICES[choice], ...(year ? { year } : {}) };
}

/** Which choice a stored study is (undefined: none fits, e.g. a study from an older file with a programme). */
export function choiceOfStudy(study: Study | undefined): StudyChoice | undefined {
  if (!study) return undefined;
  return STUDY_CHOICE_IDS.find((id) => {
    const choice: Study = STUDY_CHOICES[id];
    return (
      choice.schoolType === study.schoolType &&
      choice.track === study.track &&
      Boolean(choice.gymnasium) === Boolean(study.gymnasium) &&
      (choice.level ?? study.level) === study.level
    );
  });
}

/**
 * The study the card, the cue and the panel go by: what the page tells (the school's own record, and
 * current), else what the mentor set.
 */
export function studyWithFacts(fromPage: Study | undefined, fromMentor: Study | undefined): Study | undefined {
  return fromPage ?? fromMentor;
}
