import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_CATALOG } from '../../lib/features/catalog';
import { FEATURES } from '../../lib/features/registry';
import { detectPage } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { fixtureHtml, fixtures, parse } from '../fixtures/load';
import { importsOf, readSources } from '../support/import-graph';
import { autoImportNames, checkImports, ROLE_ENTRIES } from '../support/import-rules';

const ROOT = join(__dirname, '..', '..');

describe('folder boundaries', () => {
  const sources = readSources(ROOT);
  const autoImports = autoImportNames(ROOT);

  it('hold on the tree: no forbidden import, cycle, role crossing, barrel bypass or silent auto-import', () => {
    expect(checkImports(sources, { autoImports })).toEqual([]);
  });

  it('reads every import form and every path alias', () => {
    const source = [
      "import { a } from '../db/a';",
      "import type { B } from '@/lib/db/b';",
      "import { type C } from '~/lib/db/c';",
      "export { d } from '@@/lib/db/d';",
      "export type { E } from '~~/lib/db/e';",
      "const f = await import('../db/f');",
      "type G = import('../db/g').G;",
      "import '../db/h';",
      "import { z } from 'zod/mini';",
    ].join('\n');
    const edges = importsOf('lib/features/x.ts', source);
    expect(edges.map((e) => [e.kind, e.target ?? e.pkg, e.typeOnly])).toEqual([
      ['import', 'lib/db/a', false],
      ['import', 'lib/db/b', true],
      ['import', 'lib/db/c', true],
      ['export', 'lib/db/d', false],
      ['export', 'lib/db/e', true],
      ['dynamic', 'lib/db/f', false],
      ['type-query', 'lib/db/g', true],
      ['import', 'lib/db/h', false],
      ['import', 'zod', false],
    ]);
  });

  it('fails on a deliberate crossing in each import form (relative, @/, ~/, dynamic, re-export, type-only)', () => {
    const crossings = [
      "import { openDatabase } from '../../db/database';",
      "import { openDatabase } from '@/lib/db/database';",
      "import { openDatabase } from '~/lib/db/database';",
      "const db = await import('../../db/database');",
      "export { openDatabase } from '../../db/database';",
      "import type { LobDatabase } from '@@/lib/db/database';",
      "type Db = import('../../db/database').LobDatabase;",
    ];
    for (const line of crossings) {
      const files = new Map([
        ['lib/features/x/index.tsx', line],
        ['lib/db/database.ts', 'export const openDatabase = 1;'],
      ]);
      expect(
        checkImports(files).map((v) => v.rule.split(':')[0]),
        line,
      ).toContain('lib/features ↛ lib/db');
    }
  });

  it('fails on a forbidden import between folders and on a cycle', () => {
    const files = new Map([
      ['components/panel/Bad.tsx', "import { openDatabase } from '../../lib/db/database';"],
      ['lib/prompts/engine.ts', "export { detectPage } from '../hosts/detect';"],
      ['lib/features/y/ui.tsx', "import { Options } from '../../../components/Options';"],
      ['lib/policy/a.ts', "import { x } from '../config/b';"],
      ['lib/config/b.ts', "import { y } from '../policy/a';"],
      ['lib/core/c.ts', "const m = await import('../i18n/tables');"],
    ]);
    const rules = checkImports(files).map((v) => `${v.file}: ${v.rule.split(':')[0]}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'components/panel/Bad.tsx: components ↛ lib/db',
        'lib/prompts/engine.ts: lib/prompts ↛ lib/hosts',
        'lib/features/y/ui.tsx: lib/features ↛ components',
        'lib/core/c.ts: lib/core ↛ lib/i18n',
      ]),
    );
    expect(rules.some((r) => r.includes('cycle between folders'))).toBe(true);
    expect(checkImports(new Map([['lib/features/z.ts', "import { t } from '../i18n/translate';"]]))).toEqual([]);
  });

  it('checks by file role: what the content script, the background and the pages bundle', () => {
    const roleRules = (files: Record<string, string>) =>
      checkImports(new Map(Object.entries(files))).map((v) => `${v.file}: ${v.rule.split(':')[0]}`);
    // A file in lib/messages is content code as soon as the content script reaches it…
    expect(
      roleRules({
        'entrypoints/content.ts': "import { ask } from '../lib/messages/ask';",
        'lib/messages/ask.ts': "import { z } from '../core/zod';\nimport type { Reply } from './schema';",
        'lib/core/zod.ts': "export { z } from 'zod';",
      }),
    ).toContain('lib/messages/ask.ts: content code');
    // …while a type-only import of an inferred type bundles no zod.
    expect(
      roleRules({
        'entrypoints/content.ts': "import type { Reply } from '../lib/messages/schema';",
        'lib/messages/schema.ts': "import { z } from '../core/zod';",
      }),
    ).toEqual([]);
    expect(
      roleRules({
        'entrypoints/background/index.ts': "import { paint } from '../../lib/config/paint';",
        'lib/config/paint.ts': 'export const paint = () => document.body.append("x");',
      }),
    ).toContain('lib/config/paint.ts: background code');
    expect(
      roleRules({
        'entrypoints/background/index.ts': "import { Lens } from '../../lib/ui/CompetenceLens';",
        'lib/ui/CompetenceLens.tsx': 'export const Lens = 1;',
      }),
    ).toContain('entrypoints/background/index.ts: background code');
    expect(
      roleRules({
        'entrypoints/options/main.tsx': "import { CuePopover } from '../../lib/features/grading-cue/content/CuePopover';",
        'lib/features/grading-cue/content/CuePopover.tsx': 'export const CuePopover = 1;',
      }),
    ).toContain('entrypoints/options/main.tsx: page code');
    expect(
      roleRules({
        'entrypoints/options/main.tsx': "import { CuePopover } from '../../lib/features/grading-cue/content';",
        'lib/features/grading-cue/content/index.tsx': 'export const CuePopover = 1;',
      }),
    ).toEqual([]);
  });

  it('gives every entrypoint a role', () => {
    const entries = readdirSync(join(ROOT, 'entrypoints')).flatMap((name) => {
      if (/\.tsx?$/.test(name)) return [`entrypoints/${name}`];
      const inside = readdirSync(join(ROOT, 'entrypoints', name));
      return ['index.ts', 'main.tsx'].filter((f) => inside.includes(f)).map((f) => `entrypoints/${name}/${f}`);
    });
    expect(entries.sort()).toEqual(Object.values(ROLE_ENTRIES).flat().sort());
  });

  it('keeps an index file the only way into its folder', () => {
    const files = new Map([
      ['lib/policy/index.ts', "export * from './schema';"],
      ['lib/policy/schema.ts', 'export type Policy = {};'],
      ['lib/config/a.ts', "import type { Policy } from '../policy/schema';"],
      ['lib/config/b.ts', "import type { Policy } from '../policy';"],
    ]);
    expect(checkImports(files).map((v) => v.file)).toEqual(['lib/config/a.ts']);
  });

  it('has WXT auto-imports off, and fails on any use of an auto-imported name without an import line', () => {
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/^\s*imports:\s*false,/m);
    expect(readFileSync(join(ROOT, '.wxt', 'wxt.d.ts'), 'utf8')).not.toMatch(/imports\.d\.ts/);
    expect([...autoImports]).toEqual(expect.arrayContaining(['browser', 'storage', 'defineContentScript', 'createShadowRootUi']));
    const check = (source: string) => checkImports(new Map([['lib/features/x/a.ts', source]]), { autoImports });
    expect(check('export const id = () => browser.runtime.id;').map((v) => v.rule)).toEqual([
      'auto-import: "browser" is used without an import line',
    ]);
    expect(check("import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;")).toEqual([]);
    expect(check('export const manifest = { storage: { managed_schema: "x" } };')).toEqual([]);
    expect(check('const storage = new Map();\nexport const get = () => storage.get("a");')).toEqual([]);
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
  it('gives every in-page feature its own folder with its feature.ts in the catalog, and the switch stated there', () => {
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
    for (const f of FEATURES) {
      expect(readdirSync(join(ROOT, 'lib', 'features', f.id))).toEqual(expect.arrayContaining(['content', 'feature.ts']));
      expect(readdirSync(join(ROOT, 'lib', 'features', f.id, 'content'))).toContain('index.tsx');
      const info = FEATURE_CATALOG.find((i) => i.id === f.id);
      expect(
        info?.switches.map((s) => s.key),
        f.id,
      ).toContain(f.setting);
    }
    // Every catalog entry is a folder of its own.
    for (const info of FEATURE_CATALOG) expect(readdirSync(join(ROOT, 'lib', 'features', info.id))).toContain('feature.ts');
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
});
