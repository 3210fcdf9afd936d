import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_EXCLUDES } from '../../lib/hosts/content-matches';
import { meaning, meaningHtml } from '../fixtures/meaning/load-meaning';
import { launch, removeProfile } from '../support/chromium';
import { expectCuesOnRowsInView, type GridSpec, MAGISTER_GRID } from '../support/cues';
import { SANNE } from '../support/demo';
import { watchLooks } from '../support/meaning-looks';
import { useOwnExtensionId } from '../support/own-id';
import { waitForDemoRender } from '../support/page';
import { clickUiControl, uiHosts, waitForUiElement } from '../support/pierce';
import { useDemoSchool } from '../support/school';
import { exportedPolicy, writeHostProfilesPolicy } from '../support/teach';

/**
 * Recognition by meaning on the demo school's Magister rebuilt from what the vendor documents
 * (`?variant=mx`: detailkaarten with a Leerlingpas in a shadow root, Invoer groep/vak), with the
 * shipped Magister profile switched off by the school's policy — as at a school whose screens no
 * profile knows: a proposal, one "Klopt", then the card and the cues; the next student without a
 * question; the policy exported afterwards restores both in a fresh profile.
 */
const POLICY_FILE = '/etc/chromium/policies/managed/lob-naast-de-leerling-meaning-test.json';
const MAGISTER_OFF = JSON.stringify({ id: 'magister', disabled: true });
const MX_GRID: GridSpec = { rows: '.mx-rij', anchor: 'input.mx-invoer', id: { attribute: 'data-stamnr' } };

// The policy names this file's own id: other files' browsers run meanwhile (vitest.e2e.config.ts).
useOwnExtensionId();
const school = useDemoSchool({ plain: true, policy: { file: POLICY_FILE, hostProfiles: [MAGISTER_OFF] } });
const writePolicy = (hostProfiles: string[]) => writeHostProfilesPolicy(POLICY_FILE, hostProfiles);
const mx = (hash: string) => `http://demo.magister.net:${school.server.port}/magister/?variant=mx&delay=0#${hash}`;

async function open(hash: string): Promise<Page> {
  const page = await school.session.context.newPage();
  await page.goto(mx(hash));
  await waitForDemoRender(page);
  return page;
}

const isLoginHost = (host: string) => CONTENT_EXCLUDES.some((pattern) => pattern.includes(`//${host}/`));

const confirm = (page: Page) => clickUiControl(page, { feature: 'meaning-proposal', role: 'button', name: /^Klopt/ });

describe('recognition by meaning, confirmed once by the teacher', () => {
  it('the shipped Magister profile is off by policy: the genuine demo record gets no card', async () => {
    const page = await school.session.context.newPage();
    await page.goto(`http://demo.magister.net:${school.server.port}/magister/?delay=0#/leerlingen/${SANNE.id}/kaart`);
    await waitForDemoRender(page);
    // It is proposed instead (recognition by meaning reads the old markup just as well).
    await waitForUiElement(page, 'meaning-proposal', 'question', `${SANNE.name} (${SANNE.id})`);
    expect(await uiHosts(page, 'student-card')).toEqual([]);
    await page.close();
  });

  it('a record: proposal → "Klopt" → card; the next student without a question', async () => {
    const page = await open(`/leerling/${SANNE.id}/detail`);
    await waitForUiElement(page, 'meaning-proposal', 'question', `Is dit de leerlingkaart van ${SANNE.name} (${SANNE.id})?`);
    // Nothing student-linked before the answer.
    expect(await uiHosts(page, 'student-card')).toEqual([]);
    await confirm(page);
    await waitForUiElement(page, 'student-card', 'prompt-text');
    expect((await uiHosts(page, 'student-card'))[0]?.student).toBe(SANNE.id);
    expect(await uiHosts(page, 'meaning-proposal')).toEqual([]);
    // The next student: the card at once, no question.
    await page.locator('a[rel="next"]').click();
    await page.waitForURL((url) => !url.hash.includes(SANNE.id));
    const next = /\/leerling\/(\d+)\//.exec(new URL(page.url()).hash)?.[1] ?? '';
    await expect.poll(async () => (await uiHosts(page, 'student-card'))[0]?.student).toBe(next);
    expect(await uiHosts(page, 'meaning-proposal')).toEqual([]);
    await page.close();
  });

  it('a grade grid: proposal → "Klopt" → exactly one cue per student near the view', async () => {
    const page = await open('/cijfers/groep/4v.sk1/sk');
    await waitForUiElement(page, 'meaning-proposal', 'question', /cijferlijst met \d+ leerlingen/);
    expect(await uiHosts(page, 'grading-cue')).toEqual([]);
    await confirm(page);
    const state = await expectCuesOnRowsInView(page, MX_GRID);
    expect(state.cued.length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('a second kind of grid page is kept beside the first, not over it', async () => {
    // Today's Invoer cijfers (other markup, other address): proposed, confirmed, cued.
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterGrades());
    await waitForDemoRender(page);
    await waitForUiElement(page, 'meaning-proposal', 'question', /cijferlijst met \d+ leerlingen/);
    await confirm(page);
    await expectCuesOnRowsInView(page, MAGISTER_GRID);
    // The grid confirmed first still has its cues, without a question.
    await page.goto(mx('/cijfers/groep/4v.sk1/sk'));
    await waitForDemoRender(page);
    await expectCuesOnRowsInView(page, MX_GRID);
    expect(await uiHosts(page, 'meaning-proposal')).toEqual([]);
    await page.close();
  });

  it('a virtualised grid of 1000 students: scrolling recycles the rows, and every cue stays with its student', async () => {
    const page = await school.session.context.newPage();
    await page.goto(mx('/cijfers/groep/4v.sk1/sk').replace('variant=mx', 'variant=mx&rows=1000'));
    await waitForDemoRender(page);
    // Taught above on the 31-row grid; if this shape is new to it, it is proposed again.
    const proposed = await Promise.race([
      waitForUiElement(page, 'grading-cue', 'cue').then(() => false),
      waitForUiElement(page, 'meaning-proposal', 'question').then(() => true),
    ]);
    if (proposed) await confirm(page);
    const before = await expectCuesOnRowsInView(page, MX_GRID);
    await page.locator('cdk-virtual-scroll-viewport').evaluate((viewport) => viewport.scrollTo(0, 12_000));
    const after = await expectCuesOnRowsInView(page, MX_GRID);
    expect(after.cued.some((id) => before.cued.includes(id))).toBe(false);
    await page.close();
  });

  it('typing a column and Shift+2/H/V give the grid exactly what they give without the extension', async () => {
    const run = async (context: typeof school.session.context, withCues: boolean) => {
      const page = await context.newPage();
      await page.goto(mx('/cijfers/groep/4v.sk1/sk'));
      await waitForDemoRender(page);
      // With the extension the grid has its cues (confirmed above) while the teacher types.
      if (withCues) await waitForUiElement(page, 'grading-cue', 'cue');
      const first = page
        .locator('.mx-rij', { has: page.locator('input.mx-invoer') })
        .first()
        .locator('input.mx-invoer')
        .last();
      await first.click();
      await page.keyboard.type('7,5');
      await page.keyboard.press('Enter');
      await page.keyboard.type('6');
      await page.keyboard.press('Shift+H');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+2');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+V');
      await page.keyboard.type('8');
      const result = await page.evaluate(() => ({
        keys: (window as unknown as { __demo: { mxKeyLog: unknown[] } }).__demo.mxKeyLog,
        values: [...document.querySelectorAll<HTMLInputElement>('.mx-rij input.mx-invoer')].slice(0, 12).map((i) => i.value),
        marks: [...document.querySelectorAll('.mx-rij .mx-cel')].slice(0, 12).map((c) => c.getAttribute('data-markering')),
        focused: document.activeElement?.getAttribute('aria-label'),
      }));
      await page.close();
      return result;
    };
    const plain = await run(school.plain.context, false);
    const ours = await run(school.session.context, true);
    expect(plain.keys.length).toBeGreaterThanOrEqual(3);
    expect(ours).toEqual(plain);
  });

  it('content that renders late (1.5–2 s) is found: the proposal comes when the record arrives', async () => {
    const page = await school.session.context.newPage();
    await page.goto(`http://demo.magister.net:${school.server.port}/magister/?delay=1500-2000#/leerlingen/${SANNE.id}/kaart`);
    await waitForDemoRender(page);
    await waitForUiElement(page, 'meaning-proposal', 'question', `${SANNE.name} (${SANNE.id})`);
    expect(await uiHosts(page, 'student-card')).toEqual([]);
    await page.close();
  });

  it('"Nee" is remembered for that kind of page; pages that only look alike get no proposal', async () => {
    // The Toetsen page (a grid of its own kind, not confirmed above).
    const page = await open('/cijfers/toetsen/sk-so2');
    await waitForUiElement(page, 'meaning-proposal', 'question', /cijferlijst/);
    await clickUiControl(page, { feature: 'meaning-proposal', role: 'button', name: 'Nee, niet op deze pagina' });
    await expect.poll(async () => (await uiHosts(page, 'meaning-proposal')).length).toBe(0);
    // Another test of the same kind, and the start page (names of lessons and people, no record, no grade
    // field): no proposal, once recognition by meaning has looked (it reports each look to the diagnostics).
    const looks = await watchLooks(school.session);
    for (const hash of ['/cijfers/toetsen/sk-pw1', '/vandaag']) {
      await looks.after('demo.magister.net', async () => {
        await page.goto(mx(hash));
        await waitForDemoRender(page);
      });
      expect(await uiHosts(page, 'meaning-proposal'), hash).toEqual([]);
      expect(await uiHosts(page), hash).toEqual([]);
    }
    await looks.close();
    await page.close();
  });

  it('every saved trap (the own card of the teacher, inbox, search, agenda, photo book, …) gets no proposal and no UI', async () => {
    const traps = meaning.filter((e) => e.expect === 'none');
    expect(traps.length).toBeGreaterThanOrEqual(10);
    const page = await school.session.context.newPage();
    // The saved pages are served at their own addresses (on the extension's hosts), as the school would.
    const byUrl = new Map(traps.map((t) => [new URL(t.url).href, t.file]));
    await page.route(
      (url) => byUrl.has(url.href),
      (route) => route.fulfill({ contentType: 'text/html', body: meaningHtml(byUrl.get(route.request().url()) ?? '') }),
    );
    const looks = await watchLooks(school.session);
    for (const trap of traps) {
      const host = new URL(trap.url).hostname;
      if (isLoginHost(host)) {
        // The content script never runs on a login host (the manifest excludes it): nothing can come later.
        await page.goto(trap.url, { waitUntil: 'load' });
      } else await looks.after(host, () => page.goto(trap.url, { waitUntil: 'load' }));
      expect(await uiHosts(page), trap.file).toEqual([]);
    }
    await looks.close();
    await page.close();
  });

  it('the policy exported after the confirmations restores card and cues in a fresh profile', async () => {
    const { text, options } = await exportedPolicy(school.session);
    const { hostProfiles } = JSON.parse(text) as { hostProfiles: string[] };
    await options.close();
    expect(hostProfiles.join('\n')).not.toContain(SANNE.name);
    writePolicy([MAGISTER_OFF, ...hostProfiles]);
    const fresh = await launch();
    try {
      const page = await fresh.context.newPage();
      await page.goto(mx(`/leerling/${SANNE.id}/detail`));
      await waitForUiElement(page, 'student-card', 'prompt-text');
      expect(await uiHosts(page, 'meaning-proposal')).toEqual([]);
      await page.goto(mx('/cijfers/groep/4v.sk1/sk'));
      await expectCuesOnRowsInView(page, MX_GRID);
    } finally {
      writePolicy([MAGISTER_OFF]);
      await fresh.close();
      removeProfile(fresh.userDataDir);
    }
  });
});
