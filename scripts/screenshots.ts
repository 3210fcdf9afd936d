/**
 * `npm run screenshots`: builds the extension, serves the demo school and photographs every state of
 * our interface (tests/support/ui-states.ts) into docs/screenshots/gallery/, with an index page
 * (docs/screenshots/gallery/README.md) so a reviewer sees all of them in one place.
 * `--no-build` uses the build in .output; `--out=DIR` writes elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, removeProfile } from '../tests/support/chromium';
import { demoUrls, startDemoServer } from '../tests/support/demo';
import { type StateContext, setLanguage, UI_STATES } from '../tests/support/ui-states';

const args = process.argv.slice(2);
const outArg = args.find((a) => a.startsWith('--out='));
const OUT = resolve(outArg ? outArg.slice('--out='.length) : 'docs/screenshots/gallery');

if (!args.includes('--no-build')) {
  console.log('Extensie bouwen (productie)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await startDemoServer();
const session = await launch();
const ctx: StateContext = { session, urls: demoUrls(server.port, '0-50') };
const lines = [
  '# Galerij: elke toestand van de interface',
  '',
  'Gemaakt met `npm run screenshots` op de demoschool (productiebuild, Chromium). Niet met de hand bewerken.',
  '',
];
let english = false;
try {
  for (const state of UI_STATES) {
    if (Boolean(state.english) !== english) {
      english = Boolean(state.english);
      await setLanguage(ctx, english ? 'en' : 'nl');
    }
    const page = await state.open(ctx, state);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: `${OUT}/${state.id}.png` });
    lines.push(`## ${state.title}`, '', `![${state.title}](${state.id}.png)`, '');
    console.log(`  ${state.id}.png`);
    for (const open of session.context.pages()) await open.close();
  }
  if (english) await setLanguage(ctx, 'nl');
  writeFileSync(`${OUT}/README.md`, `${lines.join('\n')}`);
  console.log(`${UI_STATES.length} schermafbeeldingen in ${OUT}/`);
} finally {
  await session.close();
  removeProfile(session.userDataDir);
  await server.close();
}
