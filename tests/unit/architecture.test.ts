import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_KEYS } from '../../lib/core/domain';
import { FEATURES } from '../../lib/features';
import { detectPage } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { nl } from '../../lib/i18n/nl';
import { fixtureHtml, fixtures, parse } from '../fixtures/load';
import { checkImports, readSources } from '../support/import-rules';

const ROOT = join(__dirname, '..', '..');

describe('folder boundaries', () => {
  it('hold on the tree: no forbidden import and no cycle between folders', () => {
    expect(checkImports(readSources(ROOT))).toEqual([]);
  });

  it('the checker fails on a forbidden import and on a cycle', () => {
    const files = new Map([
      ['components/panel/Bad.tsx', "import { openDatabase } from '../../lib/db/database';"],
      ['lib/features/x/index.tsx', "import type { LobDatabase } from '../../db/database';"],
      ['lib/prompts/engine.ts', "export { detectPage } from '../hosts/detect';"],
      ['lib/features/y/ui.tsx', "import { Options } from '../../../components/Options';"],
      ['lib/policy/a.ts', "import { x } from '../config/b';"],
      ['lib/config/b.ts', "import { y } from '../policy/a';"],
      ['lib/core/c.ts', "const m = await import('../i18n');"],
    ]);
    const rules = checkImports(files).map((v) => `${v.file}: ${v.rule.split(':')[0]}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'components/panel/Bad.tsx: components ↛ lib/db',
        'lib/features/x/index.tsx: lib/features ↛ lib/db',
        'lib/prompts/engine.ts: lib/prompts ↛ lib/hosts',
        'lib/features/y/ui.tsx: lib/features ↛ components',
        'lib/core/c.ts: lib/core ↛ lib/i18n',
      ]),
    );
    expect(rules.some((r) => r.includes('cycle between folders'))).toBe(true);
    // an allowed import is not reported
    expect(checkImports(new Map([['lib/features/z.ts', "import { t } from '../i18n';"]]))).toEqual([]);
  });

  it('takes zod only through lib/core/zod, which parses without generated code (no eval probe)', async () => {
    const direct = [...readSources(ROOT)].filter(([, text]) => /from\s*['"]zod(\/[^'"]*)?['"]/.test(text)).map(([file]) => file);
    expect(direct).toEqual(['lib/core/zod.ts']);
    await import('../../lib/policy/schema');
    const { globalConfig } = await import('zod/v4/core');
    expect(globalConfig.jitless).toBe(true);
  });

  it('keeps lib/ with folders only', () => {
    const loose = readdirSync(join(ROOT, 'lib')).filter((name) => !statSync(join(ROOT, 'lib', name)).isDirectory());
    expect(loose).toEqual([]);
  });
});

describe('the in-page feature registry', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'public', 'managed_schema.json'), 'utf8'));
  const panelSwitches = ['sidePanel', 'freeTextNotes'];

  it('gives every feature its own id and folder and a switch; every in-page switch has a feature', () => {
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
    const settings = new Set(FEATURES.map((f) => f.setting));
    expect([...settings, ...panelSwitches].sort()).toEqual([...FEATURE_KEYS].sort());
    for (const f of FEATURES) expect(readdirSync(join(ROOT, 'lib', 'features', f.id))).toContain('index.tsx');
  });

  // Parses every saved page with happy-dom: seconds of CPU on a loaded 2-core machine, not a timing claim.
  it('has a saved look-alike page on which each feature starts', { timeout: 60_000 }, () => {
    const applies = new Set<string>();
    for (const info of fixtures) {
      const detection = detectPage(info.url, parse(fixtureHtml(info.file)), shippedProfiles);
      if (detection.status !== 'recognised') continue;
      for (const f of FEATURES) if (f.appliesTo(detection.context)) applies.add(f.id);
    }
    expect([...applies].sort()).toEqual(FEATURES.map((f) => f.id).sort());
  });

  it('has the switches in the admin schema and their labels in both languages', async () => {
    expect(Object.keys(schema.properties.features.properties).sort()).toEqual([...FEATURE_KEYS].sort());
    const { en } = await import('../../lib/i18n/en');
    for (const key of FEATURE_KEYS) {
      expect(nl[`settings.${key}` as keyof typeof nl], key).toBeTruthy();
      expect(en[`settings.${key}` as keyof typeof en], key).toBeTruthy();
    }
  });
});
