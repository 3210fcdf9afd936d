import { launch, removeProfile, type Session } from '../support/chromium';
import { demoUrls, startDemoServer } from '../support/demo';

export interface BenchBrowsers {
  /** The production build loaded. */
  withExt: Session;
  /** The same Chromium without any extension (the host alone). */
  without: Session;
  urls: ReturnType<typeof demoUrls>;
}

/** Runs `measure` with the demo school and two Chromiums (with and without the extension), then cleans up. */
export async function withBenchBrowsers<T>(measure: (browsers: BenchBrowsers) => Promise<T>): Promise<T> {
  const server = await startDemoServer();
  const [withExt, without] = await Promise.all([launch(), launch({ extension: false })]);
  try {
    return await measure({ withExt, without, urls: demoUrls(server.port, '200-200') });
  } finally {
    await Promise.all([withExt.close(), without.close()]);
    removeProfile(withExt.userDataDir);
    removeProfile(without.userDataDir);
    await server.close();
  }
}
