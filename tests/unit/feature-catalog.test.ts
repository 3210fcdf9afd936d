import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_REQUESTS } from '../../lib/background/core-requests';
import { defineRequest, mayAsk, requestTable } from '../../lib/background/requests';
import { type RouterDeps, route } from '../../lib/background/router';
import { z } from '../../lib/core/zod';
import { FEATURE_REQUESTS, SHIPPED_REQUESTS } from '../../lib/features/background-registry';
import {
  adminShortcutTable,
  COMMAND_IDS,
  DEFAULT_FEATURES,
  FEATURE_CATALOG,
  FEATURE_KEYS,
  FEATURE_LABELS,
  managedSchemaFeatures,
  manifestCommands,
  ownCommandsOf,
  SHORTCUTS,
  shortcutsOf,
  switchesOf,
} from '../../lib/features/catalog';
import { defineFeatureInfo } from '../../lib/features/define-info';
import { en } from '../../lib/i18n/en';
import { nl } from '../../lib/i18n/nl';
import { DEFAULT_SETTINGS } from '../../lib/policy/resolve';
import { SETTING_KEYS } from '../../lib/policy/schema';
import { handTypedLists } from '../support/hand-typed-lists';
import { readSources } from '../support/import-graph';

/**
 * The feature is the unit: each feature states its switches and shortcuts once (feature.ts) and its
 * requests once (background.ts); every other list follows from the catalog and the registries.
 */
const ROOT = join(__dirname, '..', '..');

/** A feature the product does not have: a switch, a shortcut and one message of its own. */
const fixture = defineFeatureInfo({
  id: 'fixture-feature',
  switches: [{ key: 'fixtureSwitch', default: false, label: 'settings.quietMode' }],
  shortcuts: [
    {
      name: 'fixture',
      keys: 'Alt+Shift+J',
      label: 'options.shortcutBlur',
      binding: { kind: 'manifest', command: 'fixture-command', description: '__MSG_fixture__' },
      admin: { what: 'iets van de proef', how: '`commands`: `fixture-command`' },
    },
  ],
});
const fixtureRequest = defineRequest({
  type: 'blur/get', // typed as a shipped type; its own schema and type below make it another message
  from: 'content',
  schema: z.object({ type: z.literal('fixture/ping'), n: z.number() }).strict(),
  handle: async () => true,
});
const fixtureDefinition = { ...fixtureRequest, type: 'fixture/ping' } as unknown as typeof fixtureRequest;

describe('a new feature in a copy of the registries', () => {
  const catalog = [...FEATURE_CATALOG, fixture];

  it('is in the switch list with its default and label key, and in the settings the teacher can set', () => {
    const switches = switchesOf(catalog);
    expect(switches.map((s) => s.key)).toEqual([...FEATURE_KEYS, 'fixtureSwitch']);
    expect(switches.at(-1)).toEqual({ key: 'fixtureSwitch', default: false, label: 'settings.quietMode' });
  });

  it('is in the shortcut list, the manifest commands of both browsers and the background’s own commands', () => {
    expect(shortcutsOf(catalog).map((s) => s.keys)).toContain('Alt+Shift+J');
    for (const browser of ['chrome', 'firefox']) {
      expect(manifestCommands(catalog, browser)['fixture-command']).toEqual({
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_fixture__',
      });
    }
    expect(ownCommandsOf(catalog)).toEqual([...COMMAND_IDS, 'fixture-command']);
    expect(adminShortcutTable(catalog)).toContain('| **Alt+Shift+J** | iets van de proef | `commands`: `fixture-command` |');
  });

  it('is in the features block of the managed schema', () => {
    expect(managedSchemaFeatures(catalog).properties).toMatchObject({ fixtureSwitch: { type: 'boolean' } });
  });

  it('has its message routed by the table: schema, sender and handler from its one definition', async () => {
    const table = requestTable([...CORE_REQUESTS, ...FEATURE_REQUESTS, fixtureDefinition]);
    expect(table.types).toEqual([...SHIPPED_REQUESTS.types, 'fixture/ping']);
    const deps = { ownId: 'ours', ownOrigin: 'chrome-extension://ours/' } as RouterDeps;
    const content = { extensionId: 'ours', tabId: 1, url: 'https://demo.magister.net/' };
    const page = { extensionId: 'ours', url: 'chrome-extension://ours/sidepanel.html' };
    expect(await route(deps, { type: 'fixture/ping', n: 1 }, content, table)).toEqual({ ok: true, data: true });
    expect(await route(deps, { type: 'fixture/ping', n: 'x' }, content, table)).toEqual({ ok: false, error: 'invalid' });
    expect(await route(deps, { type: 'fixture/ping', n: 1 }, page, table)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route(deps, { type: 'fixture/ping', n: 1 }, content, SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'invalid' });
    expect(() => requestTable([fixtureDefinition, fixtureDefinition])).toThrow(/twice/);
  });
});

describe('the shipped lists are the catalog’s', () => {
  it('switches, defaults, settings and labels (in both languages)', () => {
    expect(FEATURE_KEYS).toEqual(['gradingCues', 'studentCard', 'sidePanel', 'freeTextNotes', 'mentorOverview']);
    expect(DEFAULT_SETTINGS.features).toEqual(DEFAULT_FEATURES);
    expect(SETTING_KEYS.filter((k) => k.startsWith('features.'))).toEqual(FEATURE_KEYS.map((k) => `features.${k}`));
    for (const key of FEATURE_KEYS) {
      expect(nl[FEATURE_LABELS[key]], key).toBeTruthy();
      expect(en[FEATURE_LABELS[key]], key).toBeTruthy();
    }
    for (const s of shortcutsOf(FEATURE_CATALOG)) expect([nl[s.label], en[s.label]].every(Boolean), s.name).toBe(true);
  });

  it('every request type of the message schema has exactly one definition, and who may send it is the definition’s', () => {
    expect([...SHIPPED_REQUESTS.types].sort()).toEqual(
      [
        'afspraak/add',
        'afspraak/done',
        'blur/get',
        'card/get',
        'card/open-panel',
        'command/run',
        'cue/get',
        'cue/settings',
        'diagnostics/miss',
        'draft/save',
        'facts/handover-consent',
        'facts/placement',
        'facts/study',
        'frames/changed',
        'handed/remove',
        'meaning/confirm',
        'meaning/dismiss',
        'meaning/dismissed',
        'meaning/looked',
        'moment/add',
        'moment/suggest',
        'note/save',
        'notes/search',
        'overview/get',
        'page/context',
        'panel/student',
        'referral/add',
        'settings/save',
        'student/link',
        'student/unlink',
        'students/list',
        'suggestion/answer',
        'suggestions/list',
        'tab/context',
        'taught/remove',
        'teach/intent',
        'teach/save',
      ].sort(),
    );
    expect(mayAsk('content or extensionPage', 'content')).toBe(true);
    expect(mayAsk('extensionPage', 'content')).toBe(false);
  });

  it('public/managed_schema.json has the generated features block (npm run schema:features writes it)', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'public', 'managed_schema.json'), 'utf8'));
    expect(schema.properties.features).toEqual(managedSchemaFeatures(FEATURE_CATALOG));
  });

  it('docs/admin.md has the generated shortcut table', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'admin.md'), 'utf8');
    expect(doc).toContain(adminShortcutTable(FEATURE_CATALOG).join('\n'));
    expect(SHORTCUTS).toEqual({ panel: 'Alt+Shift+Y', blur: 'Alt+Shift+H', cue: 'Alt+Shift+K' });
  });
});

describe('no list typed by hand again', () => {
  const owned = new Set(shortcutsOf(FEATURE_CATALOG).map((s) => s.keys));
  const facts = {
    kinds: {
      'switch keys': new Set<string>(FEATURE_KEYS),
      'request types': new Set<string>(SHIPPED_REQUESTS.types),
      'switch labels': new Set<string>(Object.values(FEATURE_LABELS)),
    },
    owned,
  };
  /**
   * The product's code without the files that state the facts: the features' info, the translations
   * (keyed by label) and the messages (each defined once, by type: a feature's schemas.ts, and
   * lib/messages/schema.ts for those of no feature).
   */
  const product = () => {
    const files = readSources(ROOT);
    files.set('wxt.config.ts', readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'));
    for (const file of files.keys()) {
      if (
        /^lib\/features\/(catalog|define-info|[^/]+\/feature)\.ts$/.test(file) ||
        /^lib\/i18n\/(nl|en)\.ts$|^lib\/messages\/schema\.ts$|^lib\/features\/[^/]+\/schemas\.ts$/.test(file)
      ) {
        files.delete(file);
      }
    }
    return files;
  };

  it('holds on the tree', () => {
    expect(handTypedLists(product(), facts)).toEqual([]);
  });

  it('fails on a switch list, a router table or a shortcut typed again', () => {
    const files = new Map([
      ['components/options/X.tsx', "const LABELS = { gradingCues: 'a', studentCard: 'b' };"],
      ['lib/background/y.ts', "const WRITES = new Set(['note/save', 'afspraak/add']);"],
      ['lib/features/grading-cue/z.ts', "const key = 'Alt+Shift+K';"],
    ]);
    expect(handTypedLists(files, facts).map((f) => f.file)).toEqual([
      'components/options/X.tsx',
      'lib/background/y.ts',
      'lib/features/grading-cue/z.ts',
    ]);
  });
});
