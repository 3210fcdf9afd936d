// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const guide = readFileSync('docs/admin.md', 'utf8');
/** A Chrome/Edge extension id: 32 letters a–p. */
const REAL_ID = /\b[a-p]{32}\b/g;
const snippets = [...guide.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const installSnippets = snippets.filter((s) => /ExtensionSettings|installation_mode|3rdparty|extensions\.|update_url/i.test(s));

/** The install section (2), split into its routes. */
const routes = guide
  .slice(guide.indexOf('## 2. Installeren'), guide.indexOf('## 3. Alle beleidssleutels'))
  .split(/^### /m)
  .slice(2);

describe('the admin guide gives ids a school can really use', () => {
  it('no install snippet holds a real 32-letter extension id; each uses <EXTENSIE-ID> or the Firefox id', () => {
    expect(installSnippets.length).toBeGreaterThanOrEqual(6);
    for (const snippet of installSnippets) {
      expect(snippet.match(REAL_ID) ?? [], snippet).toEqual([]);
      expect(snippet, snippet).toMatch(/<EXTENSIE-ID>|lob-naast-de-leerling@lob\.school/);
    }
    expect(guide.match(REAL_ID) ?? []).toEqual([]);
  });

  it('says where to get the id: the store listing, or what `npm run release` prints for the school’s own key', () => {
    const choice = guide.slice(guide.indexOf('### 2.0'), guide.indexOf('### 2.1'));
    expect(choice).toContain('het laatste deel van het adres van de winkelpagina');
    expect(choice).toContain('*Chrome/Edge-id van dit pakket:* die `npm run release` afdrukt');
  });

  it('one table per route pairs id, update address and keys, pins the toolbar button and cites the vendor', () => {
    const pin: Record<string, string> = {
      'Google Admin': 'force_pinned',
      'Google Chrome op Windows': 'toolbar_pin',
      'Microsoft Edge': 'toolbar_state',
      Firefox: 'default_area',
      Linux: 'toolbar_pin',
    };
    expect(routes).toHaveLength(5);
    for (const [route, key] of Object.entries(pin)) {
      const section = routes.find((r) => r.split('\n')[0]?.includes(route));
      expect(section, route).toBeDefined();
      const table = section?.match(/^\| wat \| waarde \|\n(?:\|.*\n)+/m)?.[0] ?? '';
      expect(table, route).toMatch(/^\| id \|/m);
      expect(table, route).toMatch(/^\| (update-adres|installatieadres)/m);
      expect(table, route).toContain(key);
      expect(table, route).toMatch(
        /^\| bronnen \|.*https:\/\/(support\.google\.com|learn\.microsoft\.com|mozilla\.github\.io|www\.chromium\.org)/m,
      );
    }
  });
});
