import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, type Session } from './chromium';
import { writeRecords } from './database';
import { DAAN, type demoUrls, MOHAMMED, SANNE } from './demo';
import { openPanelFor, waitForDemoRender } from './page';
import { clickUiControl, waitForUiElement } from './pierce';

/**
 * Every state of our interface that a reviewer should be able to look at, from the demo school: the
 * gallery (`npm run screenshots`) photographs them, and tests/e2e/design.test.ts checks them (axe,
 * keyboard, no horizontal scrolling). States run in this order in one browser profile: each one sets
 * up the data it needs on top of the ones before.
 */
export interface UiState {
  /** File name in docs/screenshots/gallery/ (without .png). */
  id: string;
  /** What the state shows, in Dutch (the gallery's caption). */
  title: string;
  surface: 'panel' | 'options' | 'card' | 'popover' | 'overview';
  /** An extension page (axe and keyboard checks run on it) or the school page with our UI in it. */
  kind: 'extension' | 'school';
  width: number;
  height: number;
  dark?: boolean;
  english?: boolean;
  open(ctx: StateContext, state: UiState): Promise<Page>;
}

export interface StateContext {
  session: Session;
  urls: ReturnType<typeof demoUrls>;
}

const HOST = 'demo.magister.net';
const LONG_STUDENT = {
  id: '48777',
  name: 'Anne-Marie Wilhelmina Josephina van den Heuvel-Oudshoorn',
  klas: '4HAVO-NT/NG-2',
};
const BUSY_STUDENT = { id: DAAN.id, name: DAAN.name, klas: '4H1' };
const LONG_NOTE = `${'Anne-Marie vertelde uitgebreid over haar snuffelstage bij het waterschap, over de gesprekken met de ingenieurs en over wat ze daar zelf heeft gedaan. '.repeat(4)}Ze wil nu kijken of civiele techniek of watermanagement bij haar past.`;

const day = (offset: number) => new Date(Date.UTC(2026, 10, 30) - offset * 86_400_000).toISOString();

/** Puts notes (and a few open afspraken) for a student straight into the database. */
async function seedStudent(
  ext: Page,
  student: { id: string; name: string; klas: string },
  notes: number,
  text: (i: number) => string,
): Promise<void> {
  const key = `${HOST}|${student.id}`;
  await writeRecords(ext, 'students', [
    { key, host: HOST, sisId: student.id, name: student.name, klas: student.klas, updatedAt: day(0) },
  ]);
  const competences = ['kwaliteiten', 'motieven', 'werkexploratie', 'loopbaansturing', 'netwerken'];
  await writeRecords(
    ext,
    'notes',
    Array.from({ length: notes }, (_, i) => ({
      id: `seed-${student.id}-${i}`,
      studentKey: key,
      date: day(i * 2 + 1),
      competences: [competences[i % competences.length]],
      promptIds: [],
      text: text(i),
      ...(i % 3 === 0 ? { nextStep: 'Leerling zoekt twee open dagen uit en mailt ze voor vrijdag.' } : {}),
      updatedAt: day(i * 2 + 1),
    })),
  );
  await writeRecords(ext, 'afspraken', [
    {
      id: `seed-${student.id}-a1`,
      studentKey: key,
      what: 'Open dag hbo bezoeken',
      who: 'leerling',
      due: '2026-12-12',
      done: false,
      createdAt: day(3),
    },
    {
      id: `seed-${student.id}-a2`,
      studentKey: key,
      what: 'Profielkeuze met ouders bespreken',
      due: '2026-11-20',
      done: false,
      createdAt: day(14),
    },
  ]);
}

/** Seeds a student from an extension page of its own (the database is the extension origin's). */
async function seeded(ctx: StateContext, ...args: [{ id: string; name: string; klas: string }, number, (i: number) => string]) {
  const ext = await ctx.session.context.newPage();
  await ext.goto(`chrome-extension://${ctx.session.extensionId}/options.html`);
  await seedStudent(ext, ...args);
  await ext.close();
}

async function extensionPage(ctx: StateContext, path: string, state: UiState): Promise<Page> {
  const page = await ctx.session.context.newPage();
  await page.setViewportSize({ width: state.width, height: state.height });
  await page.emulateMedia({ colorScheme: state.dark ? 'dark' : 'light' });
  await page.goto(`chrome-extension://${ctx.session.extensionId}/${path}`);
  return page;
}

/** The side panel beside a school page (the panel page in a tab of its own, bound to the school tab). */
async function panelBeside(ctx: StateContext, url: string, state: UiState, query = ''): Promise<Page> {
  const host = await ctx.session.context.newPage();
  await host.goto(url);
  await waitForDemoRender(host);
  const panel = await openPanelFor(host, ctx.session.extensionId);
  await panel.setViewportSize({ width: state.width, height: state.height });
  await panel.emulateMedia({ colorScheme: state.dark ? 'dark' : 'light' });
  if (query) await panel.goto(`${panel.url()}&${query}`);
  return panel;
}

async function studentPanel(ctx: StateContext, state: UiState, student: { id: string; name: string }): Promise<Page> {
  const panel = await panelBeside(ctx, ctx.urls.magisterRecord(student.id), state);
  await panel.getByRole('heading', { level: 2, name: new RegExp(student.name) }).waitFor();
  await panel.locator('.guide').waitFor();
  return panel;
}

/** The note and the next step of a conversation, typed into the panel. */
async function typeConversation(panel: Page, note: string, nextStep: string): Promise<void> {
  await panel.getByRole('textbox', { name: 'Notitie', exact: true }).fill(note);
  await panel.getByRole('textbox', { name: 'Vervolgstap (wie doet wat?)' }).fill(nextStep);
}

async function pickByHand(ctx: StateContext, state: UiState, name: string): Promise<Page> {
  const panel = await panelBeside(ctx, ctx.urls.magisterPath('/vandaag'), state);
  await panel.getByRole('button', { name: new RegExp(name.slice(0, 20)) }).click();
  await panel.getByRole('heading', { level: 2, name: new RegExp(name.slice(0, 20)) }).waitFor();
  await panel.locator('.guide').waitFor();
  return panel;
}

async function openLongStudent(ctx: StateContext, state: UiState): Promise<Page> {
  await seeded(ctx, LONG_STUDENT, 2, () => LONG_NOTE);
  const panel = await pickByHand(ctx, state, LONG_STUDENT.name);
  await panel.locator('.timeline li').first().waitFor();
  return panel;
}

const dark = (url: string) => url.replace('?delay=', '?dark=1&delay=');

async function schoolPage(ctx: StateContext, state: UiState, url: string): Promise<Page> {
  const page = await ctx.session.context.newPage();
  await page.setViewportSize({ width: state.width, height: state.height });
  await page.goto(state.dark ? dark(url) : url);
  await waitForDemoRender(page);
  return page;
}

async function cardPage(ctx: StateContext, state: UiState, url: string): Promise<Page> {
  const page = await schoolPage(ctx, state, url);
  await waitForUiElement(page, 'student-card', 'prompt-text');
  return page;
}

async function popoverPage(ctx: StateContext, state: UiState, url: string): Promise<Page> {
  const page = await schoolPage(ctx, state, url);
  await clickUiControl(page, { feature: 'grading-cue', role: 'button', name: /^LOB-vraag bij /, nth: 2 });
  await waitForUiElement(page, 'grading-popover', 'prompt-text');
  return page;
}

const panelState = (s: Omit<UiState, 'surface' | 'kind' | 'width' | 'height'> & Partial<UiState>): UiState => ({
  surface: 'panel',
  kind: 'extension',
  width: 400,
  height: 900,
  ...s,
});

async function openOptions(ctx: StateContext, state: UiState): Promise<Page> {
  const page = await extensionPage(ctx, 'options.html', state);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('main section').first().waitFor();
  return page;
}

const optionsState = (s: Pick<UiState, 'id' | 'title'> & Partial<UiState>): UiState => ({
  surface: 'options',
  kind: 'extension',
  width: 1100,
  height: 900,
  open: openOptions,
  ...s,
});

/**
 * The panel beside the student, as the browser shows it: headless Chromium cannot open the real side
 * panel, so the school page and the panel page are photographed and put side by side under a header
 * like the browser's own (the extension's icon and name).
 */
async function besideTheStudent(ctx: StateContext, state: UiState): Promise<Page> {
  const host = await ctx.session.context.newPage();
  await host.setViewportSize({ width: 900, height: state.height });
  await host.goto(ctx.urls.magisterRecord(SANNE.id));
  await waitForUiElement(host, 'student-card', 'prompt-text');
  const panel = await openPanelFor(host, ctx.session.extensionId);
  await panel.setViewportSize({ width: 420, height: state.height - 36 });
  await panel.locator('.guide').waitFor();
  const shot = async (page: Page) => (await page.screenshot()).toString('base64');
  const [left, right] = [await shot(host), await shot(panel)];
  const icon = readFileSync(resolve(CHROME_BUILD, 'icon/32.png')).toString('base64');
  const both = await ctx.session.context.newPage();
  await both.setViewportSize({ width: state.width, height: state.height });
  const header = `<div style="height:36px;display:flex;align-items:center;gap:8px;padding:0 10px;font:14px system-ui;background:#f1f3f4;color:#1b2430;border-bottom:1px solid #ccc"><img src="data:image/png;base64,${icon}" width="20" height="20" alt="">LOB naast de leerling</div>`;
  await both.setContent(
    `<body style="margin:0;display:flex;background:#ccc"><img alt="" src="data:image/png;base64,${left}" style="width:900px"><div style="width:420px;border-left:1px solid #888;background:#fff">${header}<img alt="" src="data:image/png;base64,${right}" style="width:420px;display:block"></div></body>`,
  );
  return both;
}

export const UI_STATES: UiState[] = [
  {
    id: 'zijpaneel-naast-leerling',
    title: 'Het zijpaneel naast de leerling, met het pictogram van de extensie in de kop van de browser',
    surface: 'panel',
    kind: 'school',
    width: 1320,
    height: 900,
    open: besideTheStudent,
  },
  panelState({
    id: 'zijpaneel-leeg',
    title: 'Zijpaneel, helemaal leeg: nog geen enkele notitie, op een pagina zonder leerling',
    async open(ctx, state) {
      const panel = await panelBeside(ctx, ctx.urls.magisterPath('/vandaag'), state);
      await panel.getByText('Nog geen leerlingen met notities.').waitFor();
      return panel;
    },
  }),
  panelState({
    id: 'zijpaneel-eerste-gebruik',
    title: 'Zijpaneel, eerste gebruik: een leerling zonder geschiedenis',
    open: (ctx, state) => studentPanel(ctx, state, SANNE),
  }),
  panelState({
    id: 'zijpaneel-midden-in-gesprek',
    title: 'Zijpaneel midden in een gesprek: wat getypt is, is als concept bewaard (nog geen notitie)',
    async open(ctx, state) {
      // Mohammed (Magister): no other panel state uses him, so his draft stays his own.
      const panel = await studentPanel(ctx, state, MOHAMMED);
      await typeConversation(
        panel,
        'Mohammed wil iets met techniek, maar weet nog niet wat.',
        'Mohammed bezoekt de open dag van het ROC.',
      );
      await panel
        .getByRole('status')
        .getByText(/Concept bewaard om/)
        .waitFor();
      return panel;
    },
  }),
  panelState({
    id: 'zijpaneel-een-notitie',
    title: 'Zijpaneel na "Gesprek afronden": de notitie staat in de tijdlijn',
    async open(ctx, state) {
      const panel = await studentPanel(ctx, state, SANNE);
      await typeConversation(
        panel,
        'Sanne vertelde over haar practicum bij scheikunde.',
        'Sanne mailt de apotheek voor een meeloopdag.',
      );
      await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
      await panel.getByRole('status').getByText('Gesprek afgerond').waitFor();
      await panel.locator('.timeline li').first().waitFor();
      return panel;
    },
  }),
  panelState({
    id: 'zijpaneel-veel-notities',
    title: 'Zijpaneel met honderden notities en open afspraken',
    async open(ctx, state) {
      await seeded(ctx, BUSY_STUDENT, 300, (i) => `Gesprek ${300 - i}: Daan vertelde over zijn keuze voor techniek.`);
      const panel = await studentPanel(ctx, state, BUSY_STUDENT);
      await panel.getByText(/nieuwste 100 van 300/).waitFor();
      return panel;
    },
  }),
  panelState({
    id: 'zijpaneel-lange-naam',
    title: 'Zijpaneel, lange naam en lange notitie (gekozen op een niet-herkende pagina)',
    open: openLongStudent,
  }),
  panelState({
    id: 'zijpaneel-niet-herkend',
    title: 'Zijpaneel op een pagina die geen leerlingpagina is',
    async open(ctx, state) {
      const panel = await panelBeside(ctx, ctx.urls.magisterPath('/vandaag'), state);
      await panel.getByRole('heading', { name: 'Kies een leerling' }).waitFor();
      await panel.locator('.pick-list li').first().waitFor();
      return panel;
    },
  }),
  panelState({
    id: 'zijpaneel-opslag-vol',
    title: 'Zijpaneel als de opslag van de browser vol is (testhaak ?fault=quota)',
    async open(ctx, state) {
      const panel = await panelBeside(ctx, ctx.urls.magisterRecord(SANNE.id), state, 'fault=quota');
      await panel.getByRole('heading', { level: 2, name: new RegExp(SANNE.name) }).waitFor();
      await panel.getByRole('textbox', { name: 'Notitie', exact: true }).fill('Sanne wil meelopen bij een apotheek.');
      await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
      await panel
        .getByRole('status')
        .getByText(/de opslag van je browser is vol/)
        .waitFor();
      return panel;
    },
  }),
  panelState({
    id: 'zijpaneel-achtergrond-herstart',
    title: 'Zijpaneel terwijl de achtergrond van de extensie opnieuw opstart (testhaak ?fault=offline)',
    async open(ctx, state) {
      const panel = await panelBeside(ctx, ctx.urls.magisterRecord(SANNE.id), state, 'fault=offline');
      await panel.getByText(/De extensie start opnieuw op/).waitFor();
      return panel;
    },
  }),
  panelState({
    id: 'zijpaneel-donker',
    title: 'Zijpaneel in donkere modus',
    dark: true,
    open(ctx, state) {
      return studentPanel(ctx, state, BUSY_STUDENT);
    },
  }),
  panelState({
    id: 'zijpaneel-360',
    title: 'Zijpaneel op zijn smalst (360 px), met een lange naam en een lange notitie',
    width: 360,
    open: openLongStudent,
  }),
  optionsState({ id: 'instellingen', title: 'Instellingen' }),
  optionsState({ id: 'instellingen-donker', title: 'Instellingen in donkere modus', dark: true }),
  optionsState({ id: 'instellingen-550', title: 'Instellingen in een venster van 550 px (200 % zoom van 1100 px)', width: 550 }),
  {
    id: 'leer-deze-pagina-herkennen',
    title:
      'Leer deze pagina herkennen: een vernieuwde leerlingkaart (demo ?variant=2027), de naam is gekozen, het leerlingnummer gemarkeerd',
    surface: 'card',
    kind: 'school',
    width: 1100,
    height: 800,
    async open(ctx, state) {
      const page = await schoolPage(ctx, state, ctx.urls.magisterRecord(SANNE.id).replace('?delay=', '?variant=2027&delay='));
      await page.locator('.naam-tekst').waitFor();
      const panel = await openPanelFor(page, ctx.session.extensionId);
      await panel.getByRole('button', { name: 'Leer deze pagina herkennen' }).click();
      await panel.close();
      await page.bringToFront();
      await clickUiControl(page, { feature: 'page-teacher', role: 'button', name: 'Leerlingkaart (één leerling)' });
      await page.locator('.naam-tekst').hover();
      await page.locator('.naam-tekst').click();
      await waitForUiElement(page, 'page-teacher', 'prompt-text', 'leerlingnummer');
      await page.locator('li.kenmerk', { hasText: 'Leerlingnummer' }).locator('.kenmerk-waarde').hover();
      return page;
    },
  },
  {
    id: 'kaart-magister',
    title: 'Leerlingkaart in Magister',
    surface: 'card',
    kind: 'school',
    width: 1100,
    height: 800,
    open(ctx, state) {
      return cardPage(ctx, state, ctx.urls.magisterRecord(SANNE.id));
    },
  },
  {
    id: 'kaart-somtoday-donker',
    title: 'Leerlingkaart in Somtoday Docent, donkere modus',
    surface: 'card',
    kind: 'school',
    width: 1100,
    height: 800,
    dark: true,
    open(ctx, state) {
      return cardPage(ctx, state, ctx.urls.somtodayRecord(MOHAMMED.somtodayId));
    },
  },
  {
    id: 'kaart-550',
    title: 'Leerlingkaart in een venster van 550 px',
    surface: 'card',
    kind: 'school',
    width: 550,
    height: 900,
    open(ctx, state) {
      return cardPage(ctx, state, ctx.urls.magisterRecord(SANNE.id));
    },
  },
  {
    id: 'cijfervraag-magister',
    title: 'Vraag bij cijfers invoeren (Magister)',
    surface: 'popover',
    kind: 'school',
    width: 1100,
    height: 800,
    open(ctx, state) {
      return popoverPage(ctx, state, ctx.urls.magisterGrades());
    },
  },
  {
    id: 'cijfervraag-onderaan',
    title: 'Vraag bij cijfers invoeren op de laatste rij in beeld (1280 × 720): boven de rij, het cijferveld vrij',
    surface: 'popover',
    kind: 'school',
    width: 1280,
    height: 720,
    async open(ctx, state) {
      const page = await schoolPage(ctx, state, ctx.urls.magisterGrades());
      await waitForUiElement(page, 'grading-cue', 'cue');
      // The last row whose grade field is wholly on screen.
      const id = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('tr.k-master-row')].filter((row) => {
          const r = row.querySelector('.cijfer-text-input')?.getBoundingClientRect();
          return r && r.top >= 0 && r.bottom <= window.innerHeight;
        });
        return rows.at(-1)?.getAttribute('data-leerling-id') ?? '';
      });
      await clickUiControl(page, { feature: 'grading-cue', student: id, role: 'button', name: /^LOB-vraag bij / });
      await waitForUiElement(page, 'grading-popover', 'prompt-text');
      return page;
    },
  },
  {
    id: 'cijfervraag-somtoday-donker',
    title: 'Vraag bij het voortgangsdossier (Somtoday Docent), donkere modus',
    surface: 'popover',
    kind: 'school',
    width: 1100,
    height: 800,
    dark: true,
    open(ctx, state) {
      return popoverPage(ctx, state, ctx.urls.somtodayGrades());
    },
  },
  {
    id: 'mentorlijst',
    title: 'Mentoroverzicht: wie had deze periode nog geen loopbaanmoment',
    surface: 'overview',
    kind: 'school',
    width: 1100,
    height: 800,
    async open(ctx, state) {
      const page = await schoolPage(ctx, state, ctx.urls.magisterPath('/mentor/leerlingen'));
      await waitForUiElement(page, 'mentor-overview', 'title');
      return page;
    },
  },
  panelState({
    id: 'zijpaneel-engels',
    title: 'Zijpaneel in het Engels',
    english: true,
    async open(ctx, state) {
      const panel = await panelBeside(ctx, ctx.urls.magisterRecord(SANNE.id), state);
      await panel
        .getByRole('heading', { name: 'Finish conversation' })
        .or(panel.getByRole('button', { name: 'Finish conversation' }))
        .waitFor();
      return panel;
    },
  }),
  optionsState({ id: 'instellingen-engels', title: 'Instellingen in het Engels', english: true }),
];

/** Switches the teacher's language in the options page (the English states run last). */
export async function setLanguage(ctx: StateContext, language: 'nl' | 'en'): Promise<void> {
  const page = await ctx.session.context.newPage();
  await page.goto(`chrome-extension://${ctx.session.extensionId}/options.html`);
  await page.locator('#setting-language').selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  await page.close();
}
