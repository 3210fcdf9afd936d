import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { launch, removeProfile } from './chromium';
import { demoUrls } from './demo';
import { type StateContext, setLanguage, UI_STATES } from './ui-states';

/**
 * Photographs every state of our interface (tests/support/ui-states.ts) into `outDir`, with an index
 * page (README.md) so a reviewer sees all of them in one place. Used by `npm run screenshots` (into
 * docs/screenshots/gallery/) and by `npm start` without a display (into .output/screenshots/).
 */
export async function renderGallery(outDir: string, serverPort: number): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const session = await launch();
  const ctx: StateContext = { session, urls: demoUrls(serverPort, '0-50') };
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
      await page.screenshot({ path: `${outDir}/${state.id}.png` });
      lines.push(`## ${state.title}`, '', `![${state.title}](${state.id}.png)`, '');
      console.log(`  ${state.id}.png`);
      for (const open of session.context.pages()) await open.close();
    }
    writeFileSync(`${outDir}/README.md`, lines.join('\n'));
    console.log(`${UI_STATES.length} schermafbeeldingen in ${outDir}/`);
  } finally {
    await session.close();
    removeProfile(session.userDataDir);
  }
}
