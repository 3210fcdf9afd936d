import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The builds that `npm start` and the browser tests load (self-hosted flavour with the project key). */
const OUT = process.env.WXT_OUT_DIR ?? '.output';
const manifestOf = (build: string) => JSON.parse(readFileSync(join(OUT, build, 'manifest.json'), 'utf8'));

describe('the builds the tests load', () => {
  it('Firefox: the sidebar, the managed-policy id, Firefox 140 or newer', () => {
    const manifest = manifestOf('firefox-mv2');
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings.gecko.id).toBe('lob-naast-de-leerling@lob.school');
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  });

  it('Chrome/Edge: the managed-policy schema and the key that pins the id', () => {
    const manifest = manifestOf('chrome-mv3');
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    expect(existsSync(join(OUT, 'chrome-mv3', 'managed_schema.json'))).toBe(true);
    expect(manifest.key).toMatch(/^MIIB/);
  });

  it('both: icons on the toolbar and in the extensions list, no tabs permission, scripting only optional', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const manifest = manifestOf(build);
      const action = manifest.action ?? manifest.browser_action;
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
      expect(action.default_icon['16']).toBe('icon/16.png');
      for (const path of Object.values<string>(manifest.icons)) expect(existsSync(join(OUT, build, path))).toBe(true);
      expect(manifest.permissions).not.toContain('tabs');
      expect(manifest.permissions).not.toContain('scripting');
    }
    expect(manifestOf('chrome-mv3').optional_permissions).toEqual(['scripting']);
  });

  it('both: one content script for every host, at most 30 KiB gzipped, without zod or the other language', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const scripts: { matches: string[]; js: string[] }[] = manifestOf(build).content_scripts;
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.matches).toEqual(expect.arrayContaining(['*://*.magister.net/*', '*://docent.somtoday.nl/*']));
      expect(scripts[0]?.js).toEqual(['content-scripts/content.js']);
      const code = readFileSync(join(OUT, build, 'content-scripts/content.js'));
      expect(gzipSync(code).length / 1024).toBeLessThanOrEqual(30);
      const text = code.toString('utf8');
      // zod's schemas carry `_zod` and its classes are named $Zod…; neither survives if zod is not in.
      expect(text).not.toMatch(/_zod\b|\$Zod|ZodError/);
      // The string tables come from the background, ready, in the teacher's language only.
      expect(text).not.toContain('Waarom deze vraag?');
      expect(text).not.toContain('Why this question?');
    }
  });
});
