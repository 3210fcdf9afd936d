import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeProse, proseLiterals } from '../support/prose-literals';

const ROOT = join(__dirname, '..', '..');

/** Every .ts file under a folder. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('lib/db hands over codes, never words', () => {
  it('no string literal under lib/db reads like a Dutch or English sentence', () => {
    const found = sourcesUnder(join(ROOT, 'lib', 'db')).flatMap((path) =>
      proseLiterals(readFileSync(path, 'utf8'), path).map((p) => `${relative(ROOT, path)}:${p.line} ${JSON.stringify(p.text)}`),
    );
    expect(found).toEqual([]);
  });

  it('the checker flags a sentence in either language, in any kind of literal', () => {
    const fixture = `export const tooLarge = 'Het bestand is te groot.';
throw new Error("The file is too large");
const why = \`geen geldige hostnaam\`;
const where = \`\${row} klopt niet: \${reason}.\`;`;
    expect(proseLiterals(fixture)).toEqual([
      { line: 1, text: 'Het bestand is te groot.' },
      { line: 2, text: 'The file is too large' },
      { line: 3, text: 'geen geldige hostnaam' },
      { line: 4, text: 'x klopt niet: x.' },
    ]);
  });

  it('the checker passes codes, ids, paths, schema strings and comments', () => {
    const fixture = `import { z } from '../core/zod';
// Het bestand is te groot: a comment may say anything.
const problem = { code: 'tooLarge', reason: 'invalidHost' };
db.version(3).stores({ notes: 'id, studentKey, [studentKey+date], updatedAt' });
const file = \`lob-export-\${day}.json\`;
const key = \`\${host}|\${id}\`;
throw new DataRuleError('invalidDueDate', due);`;
    expect(proseLiterals(fixture)).toEqual([]);
    for (const text of ['rw', 'students', 'demo.magister.net|48213', '&key, host', 'invalidDueDate: 2026-02-30']) {
      expect(looksLikeProse(text)).toBe(false);
    }
  });
});
