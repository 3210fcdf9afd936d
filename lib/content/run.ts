import { send } from '../client';
import { startRuntime } from '../features/runtime';
import { createStudentCard } from '../features/student-card';
import { shippedProfiles } from '../hosts/profiles';

/** Starts the in-page layer for one host family; stops when the extension is updated or removed. */
export function runContentScript(onInvalidated: (stop: () => void) => void): void {
  const runtime = startRuntime({
    window,
    profiles: () => shippedProfiles,
    features: [createStudentCard((student) => send({ type: 'card/get', student }))],
    report: (summary) => {
      send({ type: 'page/context', summary }).catch(() => undefined);
    },
  });
  onInvalidated(() => runtime.stop());
}
