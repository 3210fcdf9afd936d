import { defineFeatureInfo, shortcutKeys } from '../define-info';

/** Grading cues: a small cue beside each row of a grade-entry grid (vakdocent while grading). */
export const gradingCueInfo = defineFeatureInfo({
  id: 'grading-cue',
  switches: [{ key: 'gradingCues', default: true, label: 'settings.gradingCues' }],
  shortcuts: [
    {
      name: 'cue',
      keys: 'Alt+Shift+K',
      label: 'options.shortcutCue',
      binding: { kind: 'in-page' },
      admin: {
        what: 'het LOB-signaal van de rij waar je een cijfer typt',
        how: 'in de pagina zelf (het moet weten welk cijferveld de focus heeft); vast',
      },
    },
  ],
});

/** The cue's own key, for its in-page code. */
export const CUE_KEYS = shortcutKeys(gradingCueInfo, 'cue');
