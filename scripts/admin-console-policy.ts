/**
 * `npm run policy:admin-console -- <flat-policy.json>`: prints the same policy in the shape the Google
 * Admin console's "Policy for extensions" field wants (docs/admin.md 2.1).
 */
import { readFileSync } from 'node:fs';
import { wrapForAdminConsole } from './policy/admin-console';

const file = process.argv[2];
if (!file) {
  console.error('Gebruik: npm run policy:admin-console -- docs/example-policy.json');
  process.exit(2);
}
try {
  console.log(JSON.stringify(wrapForAdminConsole(JSON.parse(readFileSync(file, 'utf8'))), null, 2));
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(1);
}
