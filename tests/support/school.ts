import { afterAll, beforeAll } from 'vitest';
import { launch, removeProfile, type Session } from './chromium';
import { type DemoServer, demoUrls, startDemoServer } from './demo';

export interface DemoSchool {
  server: DemoServer;
  session: Session;
  urls: ReturnType<typeof demoUrls>;
}

/** The demo school and Chromium with the production build, for one test file (closed afterwards). */
export function useDemoSchool(): DemoSchool {
  const school = {} as DemoSchool;
  beforeAll(async () => {
    school.server = await startDemoServer();
    school.urls = demoUrls(school.server.port);
    school.session = await launch();
  });
  afterAll(async () => {
    await school.session?.close();
    await school.server?.close();
    if (school.session) removeProfile(school.session.userDataDir);
  });
  return school;
}
