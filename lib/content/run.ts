import { send } from '../client';
import { type AppConfig, hostProfilesFor } from '../config/app-config';
import { loadAppConfig, watchAppConfig } from '../config/storage';
import { applyConfigToUi } from '../config/ui';
import { errorText } from '../error-text';
import { createGradingCues, GRADING_CUE } from '../features/grading/cues';
import { createMentorOverview, MENTOR_OVERVIEW } from '../features/mentor-overview';
import { startRuntime } from '../features/runtime';
import { createStudentCard, STUDENT_CARD } from '../features/student-card';
import type { FeatureKey } from '../policy';
import { loadCueSettings, preloadCueSettings, saveCueSettings } from './cue-settings-store';

/** Which feature switch (policy `features` / the teacher's setting) turns each in-page feature on. */
const SWITCHES: Record<string, FeatureKey> = {
  [STUDENT_CARD]: 'studentCard',
  [GRADING_CUE]: 'gradingCues',
  [MENTOR_OVERVIEW]: 'mentorOverview',
};

/** Starts the in-page layer for one host family; stops when the extension is updated or removed. */
export async function runContentScript(onInvalidated: (stop: () => void) => void): Promise<void> {
  preloadCueSettings();
  let config: AppConfig = await loadAppConfig();
  applyConfigToUi(config);
  const features = [
    createStudentCard((student) => send({ type: 'card/get', student })),
    createMentorOverview((studentIds) => send({ type: 'overview/get', studentIds })),
    createGradingCues({
      loadCue: (student, klas, trigger) => send({ type: 'cue/get', student, trigger, ...(klas ? { klas } : {}) }),
      logMoment: async (student, momentType) => {
        await send({ type: 'moment/add', student, momentType });
      },
      loadSettings: async () => {
        const settings = await loadCueSettings();
        return config.settings.quietMode ? { ...settings, quiet: true } : settings;
      },
      saveSettings: saveCueSettings,
      describeError: errorText,
    }),
  ];
  const runtime = startRuntime({
    window,
    profiles: () => hostProfilesFor(config),
    features,
    isEnabled: (id) => {
      const key = SWITCHES[id];
      return key === undefined || config.settings.features[key];
    },
    report: (summary) => {
      send({ type: 'page/context', summary }).catch(() => undefined);
    },
    diagnose: (miss) => {
      send({ type: 'diagnostics/miss', miss }).catch(() => undefined);
    },
  });
  const unwatch = watchAppConfig((next) => {
    config = next;
    applyConfigToUi(config);
    runtime.restart();
  });
  onInvalidated(() => {
    unwatch();
    runtime.stop();
  });
}
