import { defineConfig } from 'vitest/config';

/**
 * Files that must run alone. Firefox ESR reads its one policy file, /etc/firefox/policies/policies.json,
 * whoever wrote it; the release test's policy force-installs an extension from a local server. The
 * files that write a Chromium policy for our extension name an id of their own instead
 * (tests/support/own-id.ts), so they run side by side with the rest.
 */
const ALONE = ['tests/e2e/release.test.ts', 'tests/e2e/firefox-policy.test.ts'];

const shared = {
  environment: 'node' as const,
  testTimeout: 60_000,
  hookTimeout: 60_000,
  globalSetup: ['tests/e2e/global-setup.ts'],
};

/**
 * Browser tests: the production build in real Chromium and Firefox ESR. Every other file starts its
 * own demo server (a free port) and its own fresh profile, so two run side by side (2 cores); the
 * files that must run alone run last, one at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ALONE,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'browser-alone',
          include: ALONE,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
