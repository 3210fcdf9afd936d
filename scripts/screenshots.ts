/**
 * `npm run screenshots`: builds the extension, serves the demo school and photographs every state of
 * our interface into docs/screenshots/gallery/ (tests/support/gallery.ts).
 * `--no-build` uses the build in .output; `--out=DIR` writes elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startDemoServer } from '../tests/support/demo';
import { renderGallery } from '../tests/support/gallery';

const args = process.argv.slice(2);
const outArg = args.find((a) => a.startsWith('--out='));
const OUT = resolve(outArg ? outArg.slice('--out='.length) : 'docs/screenshots/gallery');

if (!args.includes('--no-build')) {
  console.log('Extensie bouwen (productie)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = await startDemoServer();
try {
  await renderGallery(OUT, server.port);
} finally {
  await server.close();
}
