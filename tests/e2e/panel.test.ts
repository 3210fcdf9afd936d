import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launch, newProfileDir, removeProfile, type Session } from '../support/chromium';
import { readStore } from '../support/database';
import { DAAN, type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import { finishConversation, showAllReferrals, tabIdOf, uiRoots, waitForDemoRender } from '../support/page';
import { clickUiControl, waitForUiControl, waitForUiElement } from '../support/pierce';

let server: DemoServer;
let urls: ReturnType<typeof demoUrls>;

beforeAll(async () => {
  server = await startDemoServer();
  urls = demoUrls(server.port);
});
afterAll(async () => {
  await server?.close();
});

/** The side panel page bound to the host tab (headless Chromium cannot open the real panel). */
async function panelFor(session: Session, host: Page): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${await tabIdOf(host, session.extensionId)}`);
  return panel;
}

async function openRecord(session: Session, id: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(urls.magisterRecord(id));
  await uiRoots(page, 'student-card').waitFor();
  return page;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Wraps `chrome.sidePanel.open` in the extension's service worker so the test sees each call and its
 * outcome (the background looks the API up at each call); returns a reader of what was recorded.
 */
async function watchPanelOpening(session: Session): Promise<() => Promise<{ calls: unknown[]; outcomes: string[] }>> {
  const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`));
  if (!worker) throw new Error('geen service worker');
  await worker.evaluate(() => {
    type Recorded = { calls: unknown[]; outcomes: string[] };
    const g = globalThis as unknown as { chrome: { sidePanel: { open(o: object): Promise<void> } }; lobTestOpened?: Recorded };
    const recorded: Recorded = { calls: [], outcomes: [] };
    g.lobTestOpened = recorded;
    const real = g.chrome.sidePanel.open.bind(g.chrome.sidePanel);
    g.chrome.sidePanel.open = (options: object) => {
      recorded.calls.push(options);
      return real(options).then(
        () => {
          recorded.outcomes.push('opened');
        },
        (error: unknown) => {
          recorded.outcomes.push(String(error));
          throw error;
        },
      );
    };
  });
  return () =>
    worker.evaluate(() => (globalThis as unknown as { lobTestOpened: { calls: unknown[]; outcomes: string[] } }).lobTestOpened);
}

/**
 * The text of the real side panel Chrome opened (a target Playwright does not attach to), read over
 * the DevTools protocol; undefined while there is none.
 */
function realPanel(session: Session, host: Page) {
  const url = `chrome-extension://${session.extensionId}/sidepanel.html`;
  let next = 0;
  return async (): Promise<string | undefined> => {
    const cdp = await session.context.newCDPSession(host);
    try {
      type Target = { targetId: string; url: string };
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
      const panel = targetInfos.find((t) => t.url === url);
      if (!panel) return undefined;
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false })) as {
        sessionId: string;
      };
      const id = ++next;
      const reply = new Promise<string>((resolve) => {
        cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: string } } };
          if (m.id === id) resolve(m.result?.result?.value ?? '');
        });
      });
      const expression = 'document.body.innerText';
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression } }),
      });
      return await reply;
    } finally {
      await cdp.detach();
    }
  };
}

describe('side panel', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    removeProfile(session.userDataDir);
  });

  it('follows the tab: student → other student → grade entry → unrecognised page', async () => {
    const host = await openRecord(session, SANNE.id);
    const panel = await panelFor(session, host);
    await panel.getByRole('heading', { level: 2, name: new RegExp(SANNE.name) }).waitFor();

    await host.evaluate((id) => {
      location.hash = `#/leerlingen/${id}/kaart`;
    }, DAAN.id);
    await panel.getByRole('heading', { level: 2, name: new RegExp(DAAN.name) }).waitFor();
    expect(await panel.getByText(SANNE.name).count()).toBe(0);

    await host.evaluate(() => {
      location.hash = '#/cijfers/invoeren/4v.sk1/1';
    });
    await panel.getByText('Deze pagina is niet herkend als leerlingpagina.').waitFor();
    expect(await panel.getByText(DAAN.name).count()).toBe(0);

    await host.evaluate(() => {
      location.hash = '#/agenda';
    });
    await waitForDemoRender(host);
    await panel.getByRole('heading', { name: 'Kies een leerling' }).waitFor();
    await panel.close();
    await host.close();
  });

  it('opens from the card for its tab with a real click, and the panel shows the card’s student', async () => {
    const host = await openRecord(session, SANNE.id);
    const tabId = await tabIdOf(host, session.extensionId);
    const opened = await watchPanelOpening(session);
    await clickUiControl(host, { role: 'button', name: 'Open in zijpaneel', feature: 'student-card', student: SANNE.id });
    // The click's gesture carried through the message: the background had Chromium open the panel for this tab.
    await expect.poll(async () => (await opened()).outcomes).toEqual(['opened']);
    expect((await opened()).calls).toEqual([{ tabId }]);
    await waitForUiElement(host, 'student-card', 'panel-status', 'Het zijpaneel toont deze leerling.');
    // The real side panel shows her.
    await expect.poll(realPanel(session, host), { timeout: 15_000 }).toContain(SANNE.name);
    // The panel bound to that tab shows her too.
    const panel = await panelFor(session, host);
    await panel.getByRole('heading', { level: 2, name: new RegExp(SANNE.name) }).waitFor();
    await panel.close();
    await host.close();
  });

  it('opens from the card by keyboard, and not for a click a page script makes', async () => {
    const host = await openRecord(session, DAAN.id);
    const opened = await watchPanelOpening(session);
    const control = { role: 'button', name: 'Open in zijpaneel', feature: 'student-card', student: DAAN.id };
    const button = await waitForUiControl(host, control);
    // The page reaches our host element only (the root is closed); a click it dispatches there does nothing.
    const closed = await host.evaluate(() => {
      const card = document.querySelector('lob-ui[data-lob-ui="student-card"]');
      card?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return card !== null && card.shadowRoot === null;
    });
    expect(closed).toBe(true);
    // The teacher tabs to the control and presses Enter.
    const cdp = await session.context.newCDPSession(host);
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await cdp.send('DOM.focus', { backendNodeId: button });
    await host.keyboard.press('Enter');
    await expect.poll(async () => (await opened()).outcomes).toEqual(['opened']);
    expect((await opened()).calls).toEqual([{ tabId: await tabIdOf(host, session.extensionId) }]);
    await expect.poll(realPanel(session, host), { timeout: 15_000 }).toContain(DAAN.name);
    await cdp.detach();
    await host.close();
  });

  it('lets the mentor set the school type of a student the page does not describe, kept in the database', async () => {
    // Daan has a note, so the mentor can pick him on a page that is no student page (the agenda).
    const record = await openRecord(session, DAAN.id);
    const recordPanel = await panelFor(session, record);
    await finishConversation(recordPanel, 'Daan wil iets met vliegtuigen.');
    await recordPanel.close();
    await record.goto(urls.magisterPath('/agenda'));
    await waitForDemoRender(record);
    const pick = async () => {
      const panel = await panelFor(session, record);
      await panel.getByRole('button', { name: new RegExp(DAAN.name) }).click();
      await panel.getByRole('heading', { level: 2, name: new RegExp(DAAN.name) }).waitFor();
      return panel;
    };
    const panel = await pick();
    const study = panel.getByRole('region', { name: 'Schooltype' });
    await study.getByText('De pagina laat niet zien welk schooltype deze leerling volgt.').waitFor();
    await study.getByLabel('Schooltype').selectOption({ label: 'mbo niveau 2' });
    await study.getByRole('status').filter({ hasText: 'Ingesteld voor deze leerling: mbo niveau 2.' }).waitFor();
    await study.getByLabel('Leerjaar').selectOption('2');
    await study.getByRole('status').filter({ hasText: 'mbo niveau 2, leerjaar 2' }).waitFor();
    await panel.close();
    // Opened again: the choice is there; in the database as a fact of Daan's key, with no name in it.
    const again = await pick();
    await expect
      .poll(() => again.getByRole('region', { name: 'Schooltype' }).getByLabel('Schooltype').inputValue())
      .toBe('mbo-2');
    const facts = await readStore(again, 'facts');
    expect(facts).toEqual([
      expect.objectContaining({ studentKey: `demo.magister.net|${DAAN.id}`, study: { schoolType: 'mbo', level: 2, year: 2 } }),
    ]);
    expect(JSON.stringify(facts)).not.toContain(DAAN.name);
    await again.close();
    await record.close();
  });

  it('has no serious accessibility violations and works by keyboard', async () => {
    const host = await openRecord(session, SANNE.id);
    const panel = await panelFor(session, host);
    await panel.getByRole('heading', { level: 2, name: new RegExp(SANNE.name) }).waitFor();
    await panel.getByRole('heading', { name: '1. Terugkijken' }).waitFor();
    expect(await seriousViolations(panel, false)).toEqual([]);

    // Keyboard only: Tab to the note, type, Tab to "Opslaan", press Enter.
    await panel.keyboard.press('Tab');
    let guard = 0;
    while (!(await panel.evaluate(() => document.activeElement?.id === 'lob-note')) && guard++ < 60)
      await panel.keyboard.press('Tab');
    await panel.keyboard.type('Met het toetsenbord geschreven.');
    while (!(await panel.evaluate(() => document.activeElement?.textContent === 'Gesprek afronden')) && guard++ < 120) {
      await panel.keyboard.press('Tab');
    }
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Gesprek afgerond' }).waitFor();
    await panel.locator('.timeline').getByText('Met het toetsenbord geschreven.').waitFor();
    await panel.close();
    await host.close();
  });
});

describe('a full conversation', () => {
  it('keeps what is typed as a draft: not history, back after closing the panel and after a restart, a note once finished', async () => {
    const profile = newProfileDir();
    let own = await launch({ userDataDir: profile });
    const text = 'Sanne denkt aan de pabo, maar twijfelt.';
    const step = 'Sanne praat met haar oude juf.';
    let host = await openRecord(own, SANNE.id);
    let panel = await panelFor(own, host);
    await panel.getByRole('textbox', { name: 'Notitie' }).fill(text);
    await panel.getByRole('textbox', { name: 'Vervolgstap (wie doet wat?)' }).fill(step);
    await panel.getByRole('status').filter({ hasText: 'Concept bewaard om' }).waitFor();
    // Not history: no previous step, not among the earlier notes.
    expect(await panel.getByText(`Vorige vervolgstap: ${step}`).count()).toBe(0);
    expect(await panel.locator('.timeline').getByText(text).count()).toBe(0);
    await panel.close();
    panel = await panelFor(own, host);
    await expect.poll(() => panel.getByRole('textbox', { name: 'Notitie' }).inputValue()).toBe(text);
    await own.close();

    own = await launch({ userDataDir: profile });
    host = await openRecord(own, SANNE.id);
    panel = await panelFor(own, host);
    await expect.poll(() => panel.getByRole('textbox', { name: 'Notitie' }).inputValue()).toBe(text);
    expect(await panel.getByRole('textbox', { name: 'Vervolgstap (wie doet wat?)' }).inputValue()).toBe(step);
    await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
    await panel.getByRole('status').filter({ hasText: 'Gesprek afgerond' }).waitFor();
    await panel.locator('.timeline').getByText(text).waitFor();
    expect(await panel.getByRole('textbox', { name: 'Notitie' }).inputValue()).toBe('');
    await own.close();
    removeProfile(profile);
  });

  it('is saved, survives a browser restart, shows on the badge, copies and blurs', async () => {
    const profile = newProfileDir();
    let session = await launch({ userDataDir: profile });

    // Another student's note, which must never leak into Sanne's summary.
    const daan = await openRecord(session, DAAN.id);
    const daanPanel = await panelFor(session, daan);
    await finishConversation(daanPanel, 'Daan wil piloot worden.');
    await daanPanel.close();
    await daan.close();

    const host = await openRecord(session, SANNE.id);
    const panel = await panelFor(session, host);
    await panel.getByRole('heading', { name: '1. Terugkijken' }).waitFor();
    // An earlier conversation with Sanne and its afspraak: not part of today's summary.
    const addAfspraak = async (what: string, who: string) => {
      await panel.getByRole('textbox', { name: 'Afspraak', exact: true }).fill(what);
      await panel.getByRole('textbox', { name: 'Wie', exact: true }).fill(who);
      await panel.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    };
    await panel.getByText('Afspraak maken').click();
    await addAfspraak('Studiekeuzecheck invullen', 'Sanne');
    await panel.getByRole('region', { name: 'Open afspraken' }).getByText('Studiekeuzecheck invullen').waitFor();
    await finishConversation(panel, 'Eerste gesprek over de profielkeuze.');
    // An afspraak with the zorg is not kept: the school's route is shown instead, and the text stays.
    await addAfspraak('Gesprek met zorgcoördinator over thuis', 'zorgcoördinator');
    await panel.getByText(/Over zorg wordt hier niets bewaard/).waitFor();
    expect(await panel.getByRole('textbox', { name: 'Afspraak', exact: true }).inputValue()).toBe(
      'Gesprek met zorgcoördinator over thuis',
    );
    await panel.getByRole('textbox', { name: 'Afspraak', exact: true }).fill('');
    await panel.getByRole('textbox', { name: 'Wie', exact: true }).fill('');
    await panel.getByRole('button', { name: 'Deze vraag gebruikt' }).first().click();
    await panel.getByRole('textbox', { name: 'Notitie' }).fill('Sanne vertelde over haar practicum.');
    await panel.getByRole('textbox', { name: 'Woorden van de leerling' }).fill('Ik vond het uitzoeken het leukst.');
    await panel
      .getByRole('textbox', { name: 'Vervolgstap (wie doet wat?)' })
      .fill('Sanne mailt de apotheek voor een meeloopdag.');
    await panel.getByRole('textbox', { name: 'Afspraak', exact: true }).fill('Meeloopdag regelen');
    await panel.getByRole('textbox', { name: 'Wie', exact: true }).fill('Sanne');
    await panel.getByLabel('Datum').fill(today());
    await panel.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await panel.getByRole('region', { name: 'Open afspraken' }).getByText('Meeloopdag regelen').waitFor();
    await showAllReferrals(panel);
    await panel.getByRole('button', { name: /^Verwezen naar decaan noteren$/ }).click();
    await panel.getByRole('button', { name: 'Verwezen naar decaan' }).waitFor();

    // The badge counts the afspraak due today.
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect
      .poll(() =>
        ext.evaluate(() =>
          (
            globalThis as unknown as { chrome: { action: { getBadgeText(o: object): Promise<string> } } }
          ).chrome.action.getBadgeText({}),
        ),
      )
      .toBe('1');

    // The conversation is finished: a note in the timeline.
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
    await panel.getByRole('status').filter({ hasText: 'Gesprek afgerond' }).waitFor();
    // Copy the summary of that conversation: it has the vervolgstap and nothing of Daan.
    // Capture what goes to the clipboard (reading the clipboard back needs a permission headless lacks).
    await panel.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await panel.getByRole('button', { name: 'Kopieer samenvatting' }).click();
    await panel.getByText('Samenvatting gekopieerd. Plak hem in het logboek.').waitFor();
    const copied = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toContain('Sanne mailt de apotheek voor een meeloopdag.');
    expect(copied).toContain(SANNE.name);
    expect(copied).not.toContain('Daan');
    expect(copied).not.toContain('piloot');
    // Today's conversation only: its afspraak, not the earlier one, and nothing about the zorg.
    expect(copied).toContain('Meeloopdag regelen');
    expect(copied).not.toContain('Studiekeuzecheck');
    expect(copied).not.toMatch(/zorg|thuis/i);
    // The panel shows what it copies.
    await panel.getByText('Wat wordt gekopieerd? (dit gesprek)').click();
    expect(await panel.locator('details.copy-preview pre').innerText()).toBe(copied);

    // Privacy blur (what it hides is proven in tests/e2e/blur.test.ts): the fields being typed in are blurred.
    const blurButton = panel.getByRole('button', { name: 'Verberg leerlinggegevens' });
    await blurButton.click();
    await panel.getByRole('button', { name: 'Verberg leerlinggegevens', pressed: true }).waitFor();
    const filters = await panel.evaluate(() =>
      [...document.querySelectorAll('.private-fields textarea, .private-fields input[type="text"]')].map(
        (el) => getComputedStyle(el).filter,
      ),
    );
    expect(filters.every((f) => f.includes('blur'))).toBe(true);
    await blurButton.click();
    await panel.getByRole('button', { name: 'Verberg leerlinggegevens', pressed: false }).waitFor();
    await panel.getByRole('heading', { level: 2, name: new RegExp(SANNE.name) }).waitFor();

    await session.close();

    // After a restart the timeline has the whole conversation.
    session = await launch({ userDataDir: profile });
    const again = await openRecord(session, SANNE.id);
    const panel2 = await panelFor(session, again);
    const timeline = panel2.locator('.timeline');
    await timeline.getByText('Sanne vertelde over haar practicum.').waitFor();
    await timeline.getByText('Ik vond het uitzoeken het leukst.').waitFor();
    await timeline.getByText('Sanne mailt de apotheek voor een meeloopdag.').waitFor();
    await timeline.getByText('Verwezen: decaan').waitFor();
    await panel2.getByRole('region', { name: 'Open afspraken' }).getByText('Meeloopdag regelen').waitFor();
    await panel2.getByText('Vorige vervolgstap').waitFor();
    await session.close();
    removeProfile(profile);
  });

  it('clears when its tab leaves the school site, and shows a name that differs from the stored one without renaming', async () => {
    const session = await launch();
    const host = await openRecord(session, DAAN.id);
    const panel = await panelFor(session, host);
    await panel.getByRole('heading', { level: 2, name: new RegExp(DAAN.name) }).waitFor();
    await panel.getByText(`Leerlingnummer in het schoolsysteem: ${DAAN.id}`).waitFor();
    await panel.getByRole('textbox', { name: 'Notitie' }).fill('Daan wil de techniek in.');
    await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
    await panel.getByRole('status').filter({ hasText: 'Gesprek afgerond' }).waitFor();

    // The page shows another name for the same id (a forged id, or a data error in the school system).
    await host.evaluate(() => {
      const name = document.querySelector('.leerling-naam');
      if (name) name.textContent = 'Iemand Anders';
    });
    await panel
      .getByRole('alert')
      .filter({ hasText: `de naam ${DAAN.name} bewaard, maar de pagina toont Iemand Anders` })
      .waitFor();
    // The save waits for the teacher's answer: nothing is kept under this number meanwhile.
    await panel.getByRole('textbox', { name: 'Notitie' }).fill('Dit hoort misschien bij iemand anders.');
    await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
    await panel.getByRole('status').filter({ hasText: 'Niet opgeslagen: kies eerst welke leerling dit is.' }).waitFor();
    await panel.getByRole('button', { name: 'Nee, niet opslaan' }).click();
    await panel.getByText('Je koos: niet opslaan.').waitFor();
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await readStore(ext, 'students')).toContainEqual(expect.objectContaining({ sisId: DAAN.id, name: DAAN.name }));
    expect(await readStore(ext, 'notes')).toHaveLength(1);
    expect(await readStore(ext, 'drafts')).toEqual([]);
    await ext.close();

    // Off to another site: the panel no longer shows this student.
    await host.goto(`http://localhost:${server.port}/`);
    await panel.getByRole('heading', { name: 'Kies een leerling' }).waitFor();
    expect(await panel.getByRole('heading', { level: 2, name: new RegExp(DAAN.name) }).count()).toBe(0);
    await session.close();
    removeProfile(session.userDataDir);
  });
});
