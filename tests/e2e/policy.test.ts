import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKey, inSeason } from '../../lib/core/season';
import type { PolicyProblem } from '../../lib/policy';
import { library } from '../../lib/prompts/library/shipped';
import type { Prompt } from '../../lib/prompts/schema';
import { seriousViolations } from '../support/axe';
import { CHROME_BUILD, launch, removeProfile, type Session } from '../support/chromium';
import { DAAN, type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import { useOwnExtensionId } from '../support/own-id';
import { showAllReferrals, tabContext, tabIdOf, uiRoots, waitForDemoRender } from '../support/page';
import { documentText, uiHosts, waitForUiElement } from '../support/pierce';

/**
 * Chromium on Linux reads managed policy from here at start-up (needs root; removed afterwards). A build
 * in its own output folder (WXT_OUT_DIR=.output-x) gets a file of its own, so runs from several
 * checkouts do not overwrite or remove each other's file.
 */
const POLICY_FILE = `/etc/chromium/policies/managed/lob-naast-de-leerling-test${basename(dirname(CHROME_BUILD)).replace(/^\.output/, '')}.json`;
// The policy names this file's own id: other files' browsers run meanwhile (vitest.e2e.config.ts).
const EXTENSION_ID = useOwnExtensionId();

/** A school that renamed its record markup in a vendor update; the patch teaches the profile both. */
const PATCH = {
  id: 'magister',
  pages: {
    studentRecord: {
      root: 'section.leerling-kaart, section.leerlingkaart-v2',
      anchor: '.leerling-header, .kop-v2',
      student: {
        id: [
          { selector: 'section.leerling-kaart, section.leerlingkaart-v2', attribute: 'data-leerling-id' },
          { labels: ['Stamnummer'] },
        ],
      },
    },
  },
};

/** Sanne (3 havo): her profielkeuze prompts follow the school's deadline instead of the national window. */
const PROFIELKEUZE = library.find((p) => p.id === 'km-havo-vwo-profiel-1') as Prompt;
const TODAY = new Date();
const NATIONAL_NOW = inSeason(PROFIELKEUZE.season, TODAY);
const dayOffset = (days: number) => {
  const d = new Date(TODAY);
  d.setDate(d.getDate() + days);
  return dayKey(d);
};
/** In the national window now → a deadline long past (the prompts go); outside it → a deadline in two weeks (they come). */
const DEADLINE = NATIONAL_NOW ? dayOffset(-90) : dayOffset(14);

/** One school prompt that passes the guardrails and one that does not (a deficit word). */
const GOOD_PROMPT = {
  id: 'school-linde-1',
  family: 'gesprek',
  text: { nl: 'Welk project van de Linde-week zou je nog eens willen doen?' },
  why: { nl: 'De Linde-week laat zien wat je graag doet.' },
  competences: ['motieven'],
  steps: ['terugkijken'],
  roles: ['mentor'],
  places: ['sidePanel', 'studentRecord'],
  schoolTypes: ['havo', 'vwo'],
  source: 'Het Linde College, eigen vraag',
};
const BAD_PROMPT = { ...GOOD_PROMPT, id: 'school-linde-2', text: { nl: 'Je bent zwak in wiskunde. Wat ga je daaraan doen?' } };

/**
 * The Linde-week, running today: a campaign of one sound school prompt and one that ranks the student
 * in the class (refused). A campaign's prompts come first on the card (its bonus outweighs any other),
 * and the two add different competences: had the harmful one got through, both would be on the card.
 */
const CAMPAIGN_GOOD = {
  ...GOOD_PROMPT,
  id: 'school-linde-3',
  competences: ['kwaliteiten'],
  text: { nl: 'Welke opdracht uit de Linde-week gaf je de meeste energie?' },
  why: { nl: 'Wat je energie geeft, zegt iets over wat bij je past.' },
};
const CAMPAIGN_BAD = {
  ...GOOD_PROMPT,
  id: 'school-linde-4',
  competences: ['werkexploratie'],
  text: { nl: 'Hoe komt het dat jij als enige van de klas nog geen stageplek hebt?' },
  why: { nl: 'Een stageplek laat je zien hoe werk eruitziet.' },
};

const POLICY = {
  prompts: [GOOD_PROMPT, BAD_PROMPT, CAMPAIGN_GOOD, CAMPAIGN_BAD],
  // From yesterday to tomorrow: still running for a run that passes midnight.
  campaigns: [{ title: 'Linde-week', from: dayOffset(-1), to: dayOffset(1), promptIds: [CAMPAIGN_GOOD.id, CAMPAIGN_BAD.id] }],
  calendar: { profielkeuze: DEADLINE },
  absenceThreshold: 5,
  schoolName: 'Het Linde College',
  schoolStory: 'Bij ons kies je met je hoofd, je hart en je handen.',
  vocabulary: {
    process: 'SLB',
    conversation: 'coachgesprek',
    mentorRole: 'coach',
    secondLineRole: 'decaan',
    careRole: 'zorgteam',
  },
  referrals: [
    {
      role: 'decaan',
      name: 'mevr. A. Yilmaz',
      contact: 'decaan@linde.example',
      when: 'Bij vragen over profiel- of studiekeuze.',
      line: 2,
    },
    {
      role: 'zorgteam',
      name: 'dhr. P. de Boer',
      contact: 'zorg@linde.example',
      when: 'Als het verhaal over meer gaat dan loopbaan.',
      line: 2,
      care: true,
    },
  ],
  features: { gradingCues: false },
  hostProfiles: [JSON.stringify(PATCH)],
};

let server: DemoServer;
let session: Session;
let urls: ReturnType<typeof demoUrls>;

/** Writes the machine's Chromium policy file: `3rdparty.extensions.<id>` = the given values. */
function writePolicy(values: Record<string, unknown>): void {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }));
  } catch (error) {
    throw new Error(`De beleidstest schrijft ${POLICY_FILE} en moet als root draaien: ${(error as Error).message}`);
  }
}

/** What the extension reads from `storage.managed`, asked from its own options page. */
async function managedValues(): Promise<Record<string, unknown>> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
  const managed = await ext.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.managed.get(),
  );
  await ext.close();
  return managed;
}

/** Removes the policy file first (other Chromium runs on this machine read the same folder). */
async function closeSession(): Promise<void> {
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
  if (session) removeProfile(session.userDataDir);
}

describe('a school configures the extension by managed policy', () => {
  beforeAll(async () => {
    writePolicy(POLICY);
    server = await startDemoServer();
    urls = demoUrls(server.port);
    session = await launch();
  });
  afterAll(async () => {
    await closeSession();
    await server?.close();
  });

  it('reaches the extension through Chromium policy (flat values, as in a policy file or the registry)', async () => {
    expect(session.extensionId).toBe(EXTENSION_ID);
    // Read on Chromium's own thread after it starts: it arrives within moments.
    await expect.poll(async () => (await managedValues()).schoolName).toBe('Het Linde College');
  });

  it("uses the school's words in the card and the panel, and its directory as referrals", async () => {
    const host = await session.context.newPage();
    await host.goto(urls.magisterRecord(SANNE.id));
    await waitForUiElement(host, 'student-card', 'title', `SLB-vraag voor ${SANNE.name}`);

    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${await tabIdOf(host, session.extensionId)}`);
    await panel.getByRole('heading', { name: 'SLB-zijpaneel' }).waitFor();
    await panel.getByRole('heading', { name: 'Het coachgesprek' }).waitFor();
    await panel.getByText('Het Linde College · Bij ons kies je met je hoofd, je hart en je handen.').waitFor();
    const referrals = panel.getByRole('region', { name: 'Doorverwijzen' });
    await referrals.waitFor();
    await showAllReferrals(panel);
    await referrals.getByText('mevr. A. Yilmaz').waitFor();
    await referrals.getByText('decaan@linde.example').waitFor();
    await referrals.getByRole('button', { name: 'Geen loopbaanvraag' }).click();
    await referrals.getByText(/Bespreek het met zorgteam/).waitFor();
    await referrals.getByText('zorg@linde.example').waitFor();
    await panel.close();
    await host.close();
  });

  it('points the teacher to the zorg route where the record shows absence from the school’s threshold on, without the count', async () => {
    const panelOn = async (id: string) => {
      const host = await session.context.newPage();
      await host.goto(urls.magisterRecord(id));
      await waitForDemoRender(host);
      const panel = await session.context.newPage();
      await panel.goto(
        `chrome-extension://${session.extensionId}/sidepanel.html?tab=${await tabIdOf(host, session.extensionId)}`,
      );
      await panel.getByRole('heading', { name: 'Het coachgesprek' }).waitFor();
      return { host, panel };
    };
    // Daan's record shows 5 unexcused absences: the threshold.
    const daan = await panelOn(DAAN.id);
    const pointer = daan.panel.getByRole('region', { name: 'Afwezigheid' });
    await pointer.getByText(/bespreek het daarna met zorgteam/).waitFor();
    await pointer.getByText('zorg@linde.example').waitFor();
    expect(await pointer.textContent()).not.toMatch(/\b5\b/);
    await daan.panel.close();
    await daan.host.close();
    // Sanne's shows 2: nothing.
    const sanne = await panelOn(SANNE.id);
    await sanne.panel.getByRole('heading', { level: 2, name: new RegExp(SANNE.name) }).waitFor();
    expect(await sanne.panel.getByRole('region', { name: 'Afwezigheid' }).count()).toBe(0);
    await sanne.panel.close();
    await sanne.host.close();
  });

  it('features.gradingCues: false removes the grading cues', async () => {
    const host = await session.context.newPage();
    await host.goto(urls.magisterGrades());
    await waitForDemoRender(host);
    await expect.poll(async () => (await tabContext(host, session.extensionId))?.pageType).toBe('gradeEntry');
    const context = await tabContext(host, session.extensionId);
    expect(context?.features).toEqual([]);
    expect(await uiRoots(host, 'grading-cue').count()).toBe(0);
    await host.close();
  });

  it('a hostProfiles patch makes a record with changed markup recognised again', async () => {
    const host = await session.context.newPage();
    await host.goto(urls.magisterRecord(SANNE.id));
    await uiRoots(host, 'student-card').waitFor();
    // The vendor's update: new class names for the record and its header.
    await host.evaluate(() => {
      const old = document.querySelector('section.leerling-kaart') as HTMLElement;
      const renamed = old.cloneNode(true) as HTMLElement;
      renamed.className = 'leerlingkaart-v2';
      renamed.querySelector('.leerling-header')?.setAttribute('class', 'kop-v2');
      for (const ours of renamed.querySelectorAll('lob-ui')) ours.remove();
      old.replaceWith(renamed);
    });
    const card = host.locator('section.leerlingkaart-v2 [data-lob-ui="student-card"]');
    await card.waitFor();
    expect(await card.getAttribute('data-lob-student')).toBe(SANNE.id);
    expect(await card.evaluate((el) => el.previousElementSibling?.className)).toBe('kop-v2');
    await host.close();
  });

  it('drops a school prompt that fails the guardrails, with a diagnostic line, and keeps the good one', async () => {
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    const config = await ext.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
      ).chrome;
      return (await api.storage.local.get('appConfig')).appConfig as {
        problems: PolicyProblem[];
        effective: { prompts: { id: string }[] };
      };
    });
    // The refused prompts (the deficit one, the campaign's comparison) are gone; the sound ones stay.
    expect(config.effective.prompts.map((p) => p.id)).toEqual([GOOD_PROMPT.id, CAMPAIGN_GOOD.id]);
    // One line per finding on the question's Dutch text: refused, a deficit, why (in Dutch) and how to write it instead.
    const deficit = config.problems.filter((p) => p.key.startsWith('prompts[1].'));
    expect(deficit.length).toBeGreaterThan(0);
    for (const problem of deficit) {
      expect(problem).toMatchObject({ key: 'prompts[1].text.nl', level: 'refuse', kind: 'deficit' });
      expect(problem.message).toMatch(/^geweigerd door de taalregels \(deficit\): \S/);
      expect(problem.reason?.nl).toMatch(/tekort/);
      expect(problem.rewrite?.nl).toMatch(/\S/);
    }
    // The sound prompts have no findings.
    expect(config.problems.filter((p) => /^prompts\[[02]\]/.test(p.key))).toEqual([]);
    await ext.close();
  });

  it("a refused school prompt never appears on a student's card while a sound one from the same campaign does", async () => {
    const host = await session.context.newPage();
    await host.goto(urls.magisterRecord(SANNE.id));
    // The card ranks anew on every visit: the same outcome on each.
    for (let visit = 1; visit <= 3; visit++) {
      if (visit > 1) await host.reload();
      await waitForUiElement(host, 'student-card', 'prompt-text', CAMPAIGN_GOOD.text.nl);
      const card = await uiHosts(host, 'student-card');
      expect(card.map((h) => h.student)).toEqual([SANNE.id]);
      const shown = card.flatMap((h) => h.find('prompt-text')).map((e) => e.text.trim());
      expect(shown, `bezoek ${visit}`).toContain(CAMPAIGN_GOOD.text.nl);
      expect(shown, `bezoek ${visit}`).not.toContain(CAMPAIGN_BAD.text.nl);
      // Nowhere in the page as the browser holds it either (hidden parts, attributes, closed roots).
      expect(await documentText(host)).not.toContain('als enige van de klas');
    }
    await host.close();

    // The options page tells the school's ICT why: the sentence, refused, its kind and the reason in Dutch.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const diagnostics = options.getByRole('region', { name: 'Herkenning en diagnose' });
    await diagnostics.getByRole('heading', { name: 'Eigen vragen van je school en de taalregels' }).waitFor();
    const line = diagnostics.getByRole('listitem').filter({ hasText: CAMPAIGN_BAD.text.nl });
    await line.waitFor();
    expect(await line.count()).toBe(1);
    // Level, kind and key, then the sentence, the reason and the rewrite (each on a line of its own).
    expect((await line.innerText()).replace(/\s+/g, ' ')).toMatch(/^Geweigerd · vergelijken · prompts\[3\]\.text\.nl /);
    await line.getByText(/vergeleken met anderen/).waitFor();
    await line.getByText(/^Zo kan het wel: /).waitFor();
    // The sound campaign prompt is not listed.
    expect(await diagnostics.getByText(CAMPAIGN_GOOD.text.nl).count()).toBe(0);
    expect(await seriousViolations(options, false)).toEqual([]);
    await options.close();
  });

  it("a school calendar moves the profielkeuze prompts to the school's own date", async () => {
    const host = await session.context.newPage();
    await host.goto(urls.magisterRecord(SANNE.id));
    await waitForUiElement(host, 'student-card', 'prompt-text');
    const [card] = await uiHosts(host, 'student-card');
    const shown = (card?.find('prompt-text') ?? []).map((e) => library.find((p) => p.text.nl === e.text.trim())?.moment);
    // Outside the national window the school's deadline brings one profielkeuze question onto the card;
    // inside it, a deadline long past takes them away.
    expect(shown.filter((m) => m === 'profielkeuze')).toHaveLength(NATIONAL_NOW ? 0 : 1);
    await host.close();
  });

  it('the options page shows the values the school set as locked', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const cues = options.getByRole('checkbox', { name: /Vragen bij cijfers invoeren/ });
    await expect.poll(() => cues.isDisabled()).toBe(true);
    expect(await cues.isChecked()).toBe(false);
    await options.getByText('Vragen bij cijfers invoeren (ingesteld door je school)').waitFor();
    expect(await options.getByRole('checkbox', { name: /Kaart bij de leerlingkaart/ }).isDisabled()).toBe(false);
    await options.getByText('School: Het Linde College').waitFor();
    await options.close();
  });
});

/**
 * The Admin console's upload format wraps each value as `{"Value": …}` (chromium.org, "Configuring
 * Apps and Extensions by Policy"). In a local policy file that shape is wrong: Chromium checks each
 * value against the extension's schema and drops it, so nothing reaches the extension.
 */
describe("the Admin console's wrapped shape in a local policy file", () => {
  beforeAll(async () => {
    // One flat value beside the wrapped ones proves the file itself was read.
    writePolicy({ schoolName: { Value: 'Het Linde College' }, retentionDays: { Value: 365 }, quietMode: true });
    session = await launch();
  });
  afterAll(closeSession);

  it('is dropped by Chromium: the extension sees neither wrapped value, only the flat one', async () => {
    // Chromium reads the policy folder on its own thread after starting: wait until the flat value
    // is there (the file was read), then the wrapped ones must be missing.
    await expect.poll(async () => (await managedValues()).quietMode).toBe(true);
    const managed = await managedValues();
    expect(managed.schoolName).toBeUndefined();
    expect(managed.retentionDays).toBeUndefined();
  });
});
