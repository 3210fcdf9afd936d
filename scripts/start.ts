/**
 * `npm start`: builds the production extension, serves the demo school and opens Chromium with the
 * extension on the demo Magister page. Without a display (or with --screenshot) it saves PNGs of
 * the demo pages with the extension active instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, chromiumPath, launch, launchArgs, newProfileDir, removeProfile } from '../tests/support/chromium';
import { demoUrls, MOHAMMED, SANNE, startDemoServer } from '../tests/support/demo';
import { openPanelFor } from '../tests/support/page';
import { clickUiControl, waitForUiElement } from '../tests/support/pierce';
import { installIfMissing } from './system-browser';

const args = process.argv.slice(2);
const wantsScreenshots = args.includes('--screenshot');
const portArg = args.find((a) => a.startsWith('--port='));
const port = portArg ? Number(portArg.slice('--port='.length)) : 5173;
/** Outside the tracked tree: a newcomer's first command leaves the checkout as it was (`--out=DIR` to choose). */
const outArg = args.find((a) => a.startsWith('--out='));
const SHOTS = resolve(outArg ? outArg.slice('--out='.length) : '.output/screenshots');

function build(): void {
  console.log('Extensie bouwen (productie)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function screenshots(serverPort: number): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const urls = demoUrls(serverPort, '300-600');
  const session = await launch();
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    // Our in-page UI sits in closed shadow roots: it is found and clicked through the DevTools
    // protocol, like the browser tests do (tests/support/pierce.ts).
    const cueOpen = async () => {
      await clickUiControl(page, { feature: 'grading-cue', role: 'button', name: /^LOB-vraag bij /, nth: 2 });
      await waitForUiElement(page, 'grading-popover', 'prompt-text');
    };
    await page.goto(urls.magisterRecord(SANNE.id));
    await waitForUiElement(page, 'student-card', 'prompt-text');
    await page.screenshot({ path: `${SHOTS}/magister-leerlingkaart.png` });

    await page.goto(urls.somtodayRecord(MOHAMMED.somtodayId));
    await waitForUiElement(page, 'student-card', 'prompt-text');
    await page.screenshot({ path: `${SHOTS}/somtoday-docent-leerling.png` });

    await page.goto(urls.somtodayGrades());
    await cueOpen();
    await page.screenshot({ path: `${SHOTS}/somtoday-docent-voortgangsdossier.png` });

    await page.goto(urls.magisterGrades());
    await cueOpen();
    await page.screenshot({ path: `${SHOTS}/magister-cijfers-invoeren.png` });

    await page.goto(urls.magisterPath('/mentor/leerlingen'));
    await waitForUiElement(page, 'mentor-overview', 'title');
    await page.screenshot({ path: `${SHOTS}/magister-mentorlijst.png` });

    // The side panel beside the student (headless Chromium cannot open the real panel: we place
    // the panel page next to the record and photograph both together).
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(urls.magisterRecord(SANNE.id));
    await waitForUiElement(page, 'student-card', 'prompt-text');
    const panel = await openPanelFor(page, session.extensionId);
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByRole('heading', { name: '1. Terugkijken' }).waitFor();
    await panel.getByRole('textbox', { name: 'Woorden van de leerling' }).fill('Ik vond het uitzoeken het leukst.');
    await panel.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await panel.screenshot({ path: `${SHOTS}/zijpaneel.png` });
    const left = (await page.screenshot()).toString('base64');
    const right = (await panel.screenshot()).toString('base64');
    const both = await session.context.newPage();
    await both.setViewportSize({ width: 1320, height: 900 });
    // Like the browser's own side panel: a header with the extension's icon and name above it.
    const icon = readFileSync(resolve(CHROME_BUILD, 'icon/32.png')).toString('base64');
    const header = `<div style="height:36px;display:flex;align-items:center;gap:8px;padding:0 10px;font:14px system-ui;background:#f1f3f4;border-bottom:1px solid #ccc"><img src="data:image/png;base64,${icon}" width="20" height="20" alt="">LOB naast de leerling</div>`;
    await both.setContent(
      `<body style="margin:0;display:flex;background:#ccc"><img src="data:image/png;base64,${left}" style="width:900px"><div style="width:420px;border-left:1px solid #888;background:#fff">${header}<img src="data:image/png;base64,${right}" style="width:420px;display:block"></div></body>`,
    );
    await both.screenshot({ path: `${SHOTS}/zijpaneel-naast-leerling.png` });
    console.log(`Schermafbeeldingen opgeslagen in ${SHOTS}/`);
  } finally {
    await session.close();
    removeProfile(session.userDataDir);
  }
}

async function openBrowser(serverPort: number): Promise<void> {
  const urls = demoUrls(serverPort);
  const profile = newProfileDir();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    args: launchArgs(CHROME_BUILD).filter((a) => a !== '--headless=new'),
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages', '--enable-automation'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(urls.magisterRecord(SANNE.id));
  console.log('Chromium is open met de extensie op de demoschool. Sluit het venster om te stoppen.');
  await new Promise<void>((done) => context.on('close', () => done()));
  removeProfile(profile);
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
installIfMissing('chromium', () => {
  try {
    return Boolean(chromiumPath());
  } catch {
    return false;
  }
});
chromiumPath(); // no Chromium (and not installable here): stops with how to get it
build();
const server = await startDemoServer({ port });
const u = demoUrls(server.port, '200-2000');
console.log(`Demoschool: ${u.magisterRecord(SANNE.id)}\n            ${u.somtodayRecord(MOHAMMED.somtodayId)}`);
try {
  if (wantsScreenshots || !hasDisplay) {
    if (!hasDisplay && !wantsScreenshots) {
      console.log(
        'Geen beeldscherm gevonden (DISPLAY is leeg), dus Chromium kan niet zichtbaar openen.\n' +
          'Ik maak daarom schermafbeeldingen van de demoschool met de extensie actief (zelfde als `npm start -- --screenshot`).\n' +
          'Met een scherm: draai `npm start` opnieuw, of start `node demo/server.js` en laad .output/chrome-mv3 zelf (zie README).',
      );
    }
    await screenshots(server.port);
  } else {
    await openBrowser(server.port);
  }
} finally {
  await server.close();
}
