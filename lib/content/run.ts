import { send } from '../client';
import { errorText } from '../error-text';
import { createGradingCues } from '../features/grading/cues';
import { createMentorOverview } from '../features/mentor-overview';
import { startRuntime } from '../features/runtime';
import { createStudentCard } from '../features/student-card';
import { shippedProfiles } from '../hosts/profiles';
import { loadCueSettings, saveCueSettings } from './cue-settings-store';

/** Starts the in-page layer for one host family; stops when the extension is updated or removed. */
export function runContentScript(onInvalidated: (stop: () => void) => void): void {
  const features = [
    createStudentCard((student) => send({ type: 'card/get', student })),
    createMentorOverview((studentIds) => send({ type: 'overview/get', studentIds })),
    createGradingCues({
      loadCue: (student, klas, trigger) => send({ type: 'cue/get', student, trigger, ...(klas ? { klas } : {}) }),
      logMoment: async (student, momentType) => {
        await send({ type: 'moment/add', student, momentType });
      },
      loadSettings: loadCueSettings,
      saveSettings: saveCueSettings,
      describeError: errorText,
    }),
  ];
  const runtime = startRuntime({
    window,
    profiles: () => shippedProfiles,
    features,
    report: (summary) => {
      send({ type: 'page/context', summary }).catch(() => undefined);
    },
  });
  onInvalidated(() => runtime.stop());
}
