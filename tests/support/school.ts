import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launch, removeProfile, type Session } from './chromium';
import { type DemoServer, demoUrls, startDemoServer } from './demo';
import { writeHostProfilesPolicy } from './teach';

export interface DemoSchool {
  server: DemoServer;
  session: Session;
  /** Chromium without the extension (with `{ plain: true }`), to compare what the host page does. */
  plain: Session;
  urls: ReturnType<typeof demoUrls>;
}

/**
 * The demo school and Chromium with the production build, for one test file (closed afterwards).
 * `policy`: a school policy file written before the browser starts and removed after it closed
 * (Chromium watches the folder, so it holds for the whole file; it names the id of the build this file
 * loads, see ./own-id.ts).
 */
export function useDemoSchool(options: { plain?: boolean; policy?: { file: string; hostProfiles: string[] } } = {}): DemoSchool {
  const school = {} as DemoSchool;
  beforeAll(async () => {
    school.server = await startDemoServer();
    if (options.policy) writeHostProfilesPolicy(options.policy.file, options.policy.hostProfiles);
    school.urls = demoUrls(school.server.port);
    [school.session, school.plain] = await Promise.all([
      launch(),
      options.plain ? launch({ extension: false }) : (undefined as unknown as Session),
    ]);
  });
  afterAll(async () => {
    await Promise.all([school.session?.close(), school.plain?.close()]);
    await school.server?.close();
    if (options.policy) rmSync(options.policy.file, { force: true });
    for (const s of [school.session, school.plain]) if (s) removeProfile(s.userDataDir);
  });
  return school;
}
