import { spawnSync } from 'node:child_process';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}

/**
 * The linter's version warnings, by code: a key or permission the declared minimum Firefox (desktop
 * or Android) does not have (`…_UNSUPPORTED_BY_MIN_VERSION`), or a wrong `strict_min/max_version`.
 * Their messages do not always name the field, so the code is what is read.
 */
export function versionWarningCodes(report: LintReport): string[] {
  return report.warnings.map((w) => w.code).filter((code) => /MIN_VERSION|MAX_VERSION/.test(code));
}

/** `web-ext lint --output json` on an unpacked Firefox build (offline). */
export function lintFirefoxBuild(buildDir: string): LintReport {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', buildDir, '--output', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return JSON.parse(run.stdout) as LintReport;
}
