/**
 * `npm run policy:check -- <beleid.json>`: runs the extension's own policy parse on a policy file and
 * prints every sentence of the school's own prompts that the language rules (lob-content.md §5)
 * refuse or warn about, with kind, reason and a rewrite pattern. Exit code 1 when anything is
 * refused, 2 when the file cannot be read, 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { parsePolicy } from '../lib/policy/parse';
import { formatPolicyReport, unwrapPolicy } from './policy/check';

const file = process.argv[2];
if (!file) {
  console.error('Gebruik: npm run policy:check -- pad/naar/beleid.json');
  process.exit(2);
}

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'het bestand bestaat niet'
      : code === 'EISDIR'
        ? 'dit is een map, geen bestand'
        : error instanceof SyntaxError
          ? `geen geldige JSON (${error.message})`
          : 'het bestand is niet te lezen';
  console.error(`Kan het beleid in ${file} niet lezen: ${why}.`);
  process.exit(2);
}

const report = formatPolicyReport(parsePolicy(unwrapPolicy(raw)));
console.log(report.text);
process.exit(report.refused > 0 ? 1 : 0);
