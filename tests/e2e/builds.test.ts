import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = process.env.WXT_OUT_DIR ?? '.output';
const FIREFOX = join(OUT, 'firefox-mv2');

describe('the Firefox build', () => {
  it('includes the sidebar and the managed-policy id', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings.gecko.id).toBe('lob-naast-de-leerling@lob.school');
  });

  it("passes Mozilla's web-ext lint with no errors", () => {
    expect(existsSync(join(FIREFOX, 'manifest.json'))).toBe(true);
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    const report = JSON.parse(run.stdout);
    const errors = report.errors.map(
      (e: { code: string; file?: string; message: string }) => `${e.code} ${e.file ?? ''}: ${e.message}`,
    );
    expect(errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});

describe('the Chrome build', () => {
  it('declares the managed-policy schema and a stable key', () => {
    const manifest = JSON.parse(readFileSync(join(OUT, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    expect(existsSync(join(OUT, 'chrome-mv3', 'managed_schema.json'))).toBe(true);
    expect(manifest.key).toMatch(/^MIIB/);
  });
});
