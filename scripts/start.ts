/**
 * `npm start`: builds the production extension, serves the demo school and opens Chromium with the
 * extension on the demo Magister page. Without a display (or with --screenshot) it photographs every
 * state of the interface on the demo school instead (the gallery, into .output/screenshots/).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, chromiumPath, launchArgs, newProfileDir, removeProfile } from '../tests/support/chromium';
import { demoUrls, MOHAMMED, SANNE, startDemoServer } from '../tests/support/demo';
import { renderGallery } from '../tests/support/gallery';
import { isAddressInUse, portTakenMessage, portTakenProblem } from './start/port';
import { installIfMissing } from './system-browser';

const args = process.argv.slice(2);
const wantsScreenshots = args.includes('--screenshot');
const portArg = args.find((a) => a.startsWith('--port='));
const port = portArg ? Number(portArg.slice('--port='.length)) : 5173;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('Ongeldige poort; gebruik --port=<1-65535>, bijvoorbeeld npm start -- --port=5174\n(Invalid port.)');
  process.exit(2);
}
/** Outside the tracked tree: a newcomer's first command leaves the checkout as it was (`--out=DIR` to choose). */
const outArg = args.find((a) => a.startsWith('--out='));
const SHOTS = resolve(outArg ? outArg.slice('--out='.length) : '.output/screenshots');

function build(): void {
  console.log('Extensie bouwen (productie)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
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
  // The rebuilt Magister (markup no profile knows): the first day at a school, a proposal to confirm once.
  await page.goto(urls.magisterMxRecord(SANNE.id));
  console.log('Chromium is open met de extensie op de demoschool. Sluit het venster om te stoppen.');
  await new Promise<void>((done) => context.on('close', () => done()));
  removeProfile(profile);
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
// A taken port is said before anything is built or installed (and again if it is taken meanwhile).
const taken = await portTakenProblem(port);
if (taken) {
  console.error(taken);
  process.exit(1);
}
installIfMissing('chromium', () => {
  try {
    return Boolean(chromiumPath());
  } catch {
    return false;
  }
});
chromiumPath(); // no Chromium (and not installable here): stops with how to get it
build();
const server = await startDemoServer({ port }).catch((error: unknown) => {
  if (!isAddressInUse(error)) throw error;
  console.error(portTakenMessage(port));
  process.exit(1);
});
const u = demoUrls(server.port, '200-2000');
console.log(
  `Demoschool: ${u.magisterMxRecord(SANNE.id)}\n            ${u.magisterRecord(SANNE.id)}\n            ${u.somtodayRecord(MOHAMMED.somtodayId)}`,
);
try {
  if (wantsScreenshots || !hasDisplay) {
    if (!hasDisplay && !wantsScreenshots) {
      console.log(
        'Geen beeldscherm gevonden (DISPLAY is leeg), dus Chromium kan niet zichtbaar openen.\n' +
          'Ik maak daarom schermafbeeldingen van de demoschool met de extensie actief (zelfde als `npm start -- --screenshot`).\n' +
          'Met een scherm: draai `npm start` opnieuw, of start `node demo/server.js` en laad .output/chrome-mv3 zelf (zie README).',
      );
    }
    await renderGallery(SHOTS, server.port);
  } else {
    await openBrowser(server.port);
  }
} finally {
  await server.close();
}
