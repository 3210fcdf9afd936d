import { afterAll, beforeAll } from 'vitest';
import { launch, removeProfile, type Session } from './chromium';
import { type DemoServer, demoUrls, startDemoServer } from './demo';

export interface DemoSchool {
  server: DemoServer;
  session: Session;
  /** Chromium without the extension (with `{ plain: true }`), to compare what the host page does. */
  plain: Session;
  urls: ReturnType<typeof demoUrls>;
}

/** The demo school and Chromium with the production build, for one test file (closed afterwards). */
export function useDemoSchool(options: { plain?: boolean } = {}): DemoSchool {
  const school = {} as DemoSchool;
  beforeAll(async () => {
    school.server = await startDemoServer();
    school.urls = demoUrls(school.server.port);
    [school.session, school.plain] = await Promise.all([
      launch(),
      options.plain ? launch({ extension: false }) : (undefined as unknown as Session),
    ]);
  });
  afterAll(async () => {
    await Promise.all([school.session?.close(), school.plain?.close()]);
    await school.server?.close();
    for (const s of [school.session, school.plain]) if (s) removeProfile(s.userDataDir);
  });
  return school;
}
