import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlurState } from '../../lib/background/blur';
import { commandHandler } from '../../lib/background/commands';
import { type RouterDeps, route } from '../../lib/background/router';
import { createSuggestions } from '../../lib/background/suggestions';
import { createTabContexts } from '../../lib/background/tab-contexts';
import type { MeaningLook } from '../../lib/core/meaning-look';
import { memoryArea } from '../../lib/core/stored-items';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { SHIPPED_REQUESTS } from '../../lib/features/background-registry';
import { checkTaughtPage } from '../../lib/features/page-teacher/background';
import type { PageSummary } from '../../lib/hosts/page-summary';
import { shippedProfiles } from '../../lib/hosts/profiles';
import type { Broadcast } from '../../lib/messages/schema';
import { DEFAULT_CARE_ROLES } from '../../lib/referrals/care';
import { shippedAnswerDeps } from '../support/answer-deps';

const OWN_ID = 'ourextension';
const ORIGIN = 'chrome-extension://ourextension/';
const panel = { extensionId: OWN_ID, url: `${ORIGIN}sidepanel.html` };
const contentIn = (tabId: number) => ({ extensionId: OWN_ID, tabId, url: 'https://demo.magister.net/magister/' });

const sanne: PageSummary = {
  profileId: 'magister',
  host: 'demo.magister.net',
  pageType: 'studentRecord',
  student: { id: '48213', name: 'Sanne de Vries', klas: '3H2', studyText: '3 havo', study: { schoolType: 'havo', year: 3 } },
  rowCount: 0,
};

let db: LobDatabase;
let deps: RouterDeps;
let sent: Broadcast[];
let blurAnnounced: boolean[];
let taught: unknown[];
let savedSettings: unknown[];
let dismissedKinds: string[];
let looks: MeaningLook[];
let panelsOpened: number[];
let openAllowed: boolean;
/** The frames that still answer a ping, per tab. */
let liveFrames: Map<number, Set<number>>;
let counter = 0;

beforeEach(() => {
  db = openDatabase(`test-${++counter}`);
  sent = [];
  blurAnnounced = [];
  taught = [];
  savedSettings = [];
  dismissedKinds = [];
  looks = [];
  panelsOpened = [];
  openAllowed = true;
  liveFrames = new Map();
  const blur = createBlurState(memoryArea(), (on) => blurAnnounced.push(on));
  deps = {
    blur,
    runCommand: commandHandler({ blur }),
    saveTaughtPage: async (patch, values) => {
      taught.push(checkTaughtPage(patch, values, shippedProfiles));
    },
    removeTaughtPage: async (profileId, pageType) => {
      taught.push({ removed: [profileId, pageType] });
    },
    saveSettings: async (patch) => {
      savedSettings.push(patch);
    },
    saveCueSettings: async (settings) => {
      savedSettings.push({ cue: settings });
    },
    confirmByMeaning: async (tabId, frameId) => ({ kept: tabId === 7 && frameId === 0 }),
    teachIntent: () => 'teach',
    meaningDismissals: {
      get: async () => [...dismissedKinds],
      add: async (key) => {
        dismissedKinds.push(key);
      },
    },
    ...shippedAnswerDeps(db, () => new Date('2026-11-23T10:00:00Z')),
    tabs: createTabContexts(memoryArea()),
    careRoles: () => DEFAULT_CARE_ROLES,
    recordMiss: async () => undefined,
    recordMeaningLook: async (look) => {
      looks.push(look);
    },
    openPanel: (tabId) => {
      panelsOpened.push(tabId);
      return openAllowed
        ? Promise.resolve()
        : Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    },
    panelShortcut: async () => 'Alt+Shift+Y',
    newId: () => `id-${++counter}`,
    suggestions: createSuggestions(memoryArea()),
    frameAlive: async (tabId, frameId) => liveFrames.get(tabId)?.has(frameId) ?? false,
    ownId: OWN_ID,
    ownOrigin: ORIGIN,
    notify: (m) => sent.push(m),
  };
});
afterEach(async () => {
  await db.delete();
});

describe('message router', () => {
  it('rejects messages that fail the schema', async () => {
    expect(await route(deps, { type: 'note/save', text: 'x' }, panel, SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'invalid' });
    expect(await route(deps, 'hallo', panel, SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'invalid' });
  });

  it('rejects messages from another extension or a page', async () => {
    const request = { type: 'tab/context', tabId: 1 };
    expect(
      await route(deps, request, { extensionId: 'other', url: 'chrome-extension://other/x.html' }, SHIPPED_REQUESTS),
    ).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await route(deps, request, { url: 'https://evil.example/' }, SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });

  it('does not let a content script read notes or write them', async () => {
    const student = { host: 'demo.magister.net', id: '48213' };
    expect(await route(deps, { type: 'panel/student', student }, contentIn(3), SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(
      await route(deps, { type: 'note/save', student, display: {}, text: 'geheim' }, contentIn(3), SHIPPED_REQUESTS),
    ).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });

  it('answers a card only for the student on the sender tab', async () => {
    await route(deps, { type: 'page/context', summary: sanne }, contentIn(7), SHIPPED_REQUESTS);
    const own = await route(
      deps,
      { type: 'card/get', student: { host: 'demo.magister.net', id: '48213' } },
      contentIn(7),
      SHIPPED_REQUESTS,
    );
    expect(own.ok).toBe(true);
    const other = await route(
      deps,
      { type: 'card/get', student: { host: 'demo.magister.net', id: '99999' } },
      contentIn(7),
      SHIPPED_REQUESTS,
    );
    expect(other).toEqual({ ok: false, error: 'forbidden' });
    const otherTab = await route(
      deps,
      { type: 'card/get', student: { host: 'demo.magister.net', id: '48213' } },
      contentIn(8),
      SHIPPED_REQUESTS,
    );
    expect(otherTab).toEqual({ ok: false, error: 'forbidden' });
  });

  it('forgets the student of a frame that went away (removed or navigated), when the page says its frames changed', async () => {
    const daan: PageSummary = { ...sanne, student: { id: '50112', name: 'Daan Bakker' } };
    const frame = (tabId: number, frameId: number) => ({ ...contentIn(tabId), frameId });
    await route(deps, { type: 'page/context', summary: null }, frame(7, 0), SHIPPED_REQUESTS);
    await route(deps, { type: 'page/context', summary: daan }, frame(7, 3), SHIPPED_REQUESTS);
    await route(deps, { type: 'page/context', summary: sanne }, frame(8, 2), SHIPPED_REQUESTS);
    liveFrames.set(7, new Set([0, 3]));
    sent = [];
    // Every frame still there: nothing changes, the panel is not disturbed.
    expect(await route(deps, { type: 'frames/changed' }, frame(7, 0), SHIPPED_REQUESTS)).toEqual({ ok: true, data: null });
    expect((await deps.tabs.get(7))?.student?.id).toBe('50112');
    expect(sent).toEqual([]);
    // The iframe is gone: its student leaves the tab's context, and open panels are told.
    liveFrames.set(7, new Set([0]));
    await route(deps, { type: 'frames/changed' }, frame(7, 0), SHIPPED_REQUESTS);
    expect(await deps.tabs.get(7)).toBeNull();
    expect(sent).toEqual([{ type: 'tab/changed', tabId: 7 }]);
    // Another tab's frames are not touched; only a content script may say so.
    expect((await deps.tabs.get(8))?.student?.id).toBe('48213');
    expect(await route(deps, { type: 'frames/changed' }, panel, SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'forbidden' });
  });

  it('opens the panel from the card only for the student on the sender frame, at once, and makes that frame the tab’s', async () => {
    const daan: PageSummary = { ...sanne, student: { id: '50112', name: 'Daan Bakker' } };
    const frame = (tabId: number, frameId: number) => ({ ...contentIn(tabId), frameId });
    let clock = 0;
    deps.tabs = createTabContexts(memoryArea(), () => ++clock);
    await route(deps, { type: 'page/context', summary: sanne }, frame(7, 0), SHIPPED_REQUESTS);
    await route(deps, { type: 'page/context', summary: daan }, frame(7, 3), SHIPPED_REQUESTS);
    expect((await deps.tabs.get(7))?.student?.id).toBe('50112');
    sent = [];
    const ask = (id: string, sender: ReturnType<typeof frame>) =>
      route(deps, { type: 'card/open-panel', student: { host: 'demo.magister.net', id } }, sender, SHIPPED_REQUESTS);

    // The browser is asked before the reply's first await (Chrome's user gesture ends there).
    const reply = ask('48213', frame(7, 0));
    expect(panelsOpened).toEqual([7]);
    expect(await reply).toEqual({ ok: true, data: { opened: true, shortcut: '' } });
    // The card's frame is now the tab's: the panel shows Sanne, and open panels are told.
    expect((await deps.tabs.get(7))?.student?.id).toBe('48213');
    expect(sent).toContainEqual({ type: 'tab/changed', tabId: 7 });

    // Where the browser refuses (Firefox, or no gesture), the card gets the shortcut to say how.
    openAllowed = false;
    expect(await ask('50112', frame(7, 3))).toEqual({ ok: true, data: { opened: false, shortcut: 'Alt+Shift+Y' } });
    expect((await deps.tabs.get(7))?.student?.id).toBe('50112');

    // Not for a student this frame does not show, nor for another tab, nor from a page or an extension page.
    panelsOpened = [];
    expect(await ask('50112', frame(7, 0))).toEqual({ ok: false, error: 'forbidden' });
    expect(await ask('48213', frame(8, 0))).toEqual({ ok: false, error: 'forbidden' });
    const request = { type: 'card/open-panel', student: { host: 'demo.magister.net', id: '48213' } };
    expect(await route(deps, request, { url: 'https://demo.magister.net/magister/', tabId: 7 }, SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await route(deps, request, panel, SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route(deps, { ...request, tabId: 7 }, frame(7, 0), SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'invalid' });
    expect(panelsOpened).toEqual([]);
  });

  it('saves a note from the panel, lists it and tells open pages', async () => {
    const student = { host: 'demo.magister.net', id: '48213' };
    const saved = await route(
      deps,
      { type: 'note/save', student, display: { name: 'Sanne de Vries' }, text: 'Wil stage lopen in de zorg' },
      panel,
      SHIPPED_REQUESTS,
    );
    expect(saved.ok).toBe(true);
    const list = await route(deps, { type: 'panel/student', student }, panel, SHIPPED_REQUESTS);
    expect(list).toMatchObject({
      ok: true,
      data: { timeline: [{ kind: 'note', note: { text: 'Wil stage lopen in de zorg' } }] },
    });
    expect(sent).toContainEqual({ type: 'data/changed', studentKey: 'demo.magister.net|48213' });
  });

  it('keeps a page the teacher taught only from the content script, valid and without any name or id seen', async () => {
    const patch = {
      id: 'magister',
      pages: { studentRecord: { root: 'article.dossier', student: { name: [{ selector: '.naam-tekst' }] } } },
    };
    const values = ['Sanne de Vries', '48213'];
    expect(await route(deps, { type: 'teach/save', patch, values }, contentIn(5), SHIPPED_REQUESTS)).toEqual({
      ok: true,
      data: null,
    });
    expect(taught).toEqual([patch]);
    // With a student's name in a selector, with an invalid route, or from the panel: refused.
    const leaky = { ...patch, pages: { studentRecord: { root: 'article[aria-label="Sanne de Vries"]' } } };
    expect(await route(deps, { type: 'teach/save', patch: leaky, values }, contentIn(5), SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'invalid',
    });
    const unsafe = { ...patch, pages: { studentRecord: { route: '^/(a+)+$' } } };
    expect(await route(deps, { type: 'teach/save', patch: unsafe, values }, contentIn(5), SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await route(deps, { type: 'teach/save', patch, values }, panel, SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(taught).toHaveLength(1);
  });

  it('takes the teacher’s settings and a taught page’s removal only from an extension page, and only valid values', async () => {
    const options = { extensionId: OWN_ID, url: `${ORIGIN}options.html` };
    const ok = { ok: true, data: null };
    expect(await route(deps, { type: 'settings/save', settings: { retentionDays: 400 } }, options, SHIPPED_REQUESTS)).toEqual(ok);
    // A content script (a compromised school page's process) cannot set them.
    expect(await route(deps, { type: 'settings/save', settings: { retentionDays: 30 } }, contentIn(5), SHIPPED_REQUESTS)).toEqual(
      { ok: false, error: 'forbidden' },
    );
    for (const settings of [{ retentionDays: 4000 }, { retentionDays: '3650' }, { quietMode: 'ja' }, { other: true }]) {
      expect(await route(deps, { type: 'settings/save', settings }, options, SHIPPED_REQUESTS)).toEqual({
        ok: false,
        error: 'invalid',
      });
    }
    expect(savedSettings).toEqual([{ retentionDays: 400 }]);
    const remove = { type: 'taught/remove', profileId: 'magister', pageType: 'studentRecord' };
    expect(await route(deps, remove, contentIn(5), SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route(deps, remove, options, SHIPPED_REQUESTS)).toEqual(ok);
    expect(taught).toEqual([{ removed: ['magister', 'studentRecord'] }]);
  });

  it('keeps the cues’ snooze from the content script as a checked message', async () => {
    const settings = { day: '2026-11-23', quiet: false, snoozed: ['demo.magister.net|4v.sk1'] };
    expect(await route(deps, { type: 'cue/settings', settings }, contentIn(5), SHIPPED_REQUESTS)).toEqual({
      ok: true,
      data: null,
    });
    expect(
      await route(deps, { type: 'cue/settings', settings: { ...settings, day: 'morgen' } }, contentIn(5), SHIPPED_REQUESTS),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(savedSettings).toEqual([{ cue: settings }]);
  });

  it('recognition by meaning: "Klopt" and "Nee" come from the tab that proposed, never from an extension page', async () => {
    expect(await route(deps, { type: 'meaning/confirm' }, contentIn(7), SHIPPED_REQUESTS)).toEqual({
      ok: true,
      data: { kept: true },
    });
    expect(await route(deps, { type: 'meaning/confirm' }, panel, SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'forbidden' });
    const key = 'studentRecord|school.magister.net|/mx/leerling/*/detail';
    expect(await route(deps, { type: 'meaning/dismiss', key }, contentIn(7), SHIPPED_REQUESTS)).toEqual({ ok: true, data: null });
    expect(await route(deps, { type: 'meaning/dismiss', key }, panel, SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await route(deps, { type: 'meaning/dismissed' }, contentIn(7), SHIPPED_REQUESTS)).toEqual({ ok: true, data: [key] });
    expect(await route(deps, { type: 'teach/intent' }, contentIn(7), SHIPPED_REQUESTS)).toEqual({ ok: true, data: 'teach' });
  });

  it('what a pass of recognition by meaning saw is kept with the host of its sender, as kinds only: free text is refused', async () => {
    const looked = { type: 'meaning/looked', outcome: 'studentRecord', evidence: ['naam:heading', 'afstand:2'] };
    expect(await route(deps, looked, contentIn(7), SHIPPED_REQUESTS)).toEqual({ ok: true, data: null });
    expect(looks).toEqual([{ host: 'demo.magister.net', outcome: 'studentRecord', evidence: ['naam:heading', 'afstand:2'] }]);
    const withName = { ...looked, evidence: ['naam:Sanne de Vries'] };
    expect(await route(deps, withName, contentIn(7), SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'invalid' });
    expect(await route(deps, looked, panel, SHIPPED_REQUESTS)).toEqual({ ok: false, error: 'forbidden' });
    expect(looks).toHaveLength(1);
  });

  it('gives the panel the context its tab reported', async () => {
    await route(deps, { type: 'page/context', summary: sanne }, contentIn(5), SHIPPED_REQUESTS);
    expect(await route(deps, { type: 'tab/context', tabId: 5 }, panel, SHIPPED_REQUESTS)).toEqual({ ok: true, data: sanne });
    await route(deps, { type: 'page/context', summary: null }, contentIn(5), SHIPPED_REQUESTS);
    expect(await route(deps, { type: 'tab/context', tabId: 5 }, panel, SHIPPED_REQUESTS)).toEqual({ ok: true, data: null });
  });

  it('runs the blur command for the panel (the onCommand path), tells everyone, and lets content scripts only read it', async () => {
    expect(await route(deps, { type: 'blur/get' }, contentIn(5), SHIPPED_REQUESTS)).toEqual({ ok: true, data: false });
    expect(await route(deps, { type: 'command/run', command: 'toggle-blur' }, panel, SHIPPED_REQUESTS)).toEqual({
      ok: true,
      data: null,
    });
    expect(await route(deps, { type: 'blur/get' }, panel, SHIPPED_REQUESTS)).toEqual({ ok: true, data: true });
    expect(await route(deps, { type: 'blur/get' }, contentIn(5), SHIPPED_REQUESTS)).toEqual({ ok: true, data: true });
    expect(blurAnnounced).toEqual([true]);
    // The school page's content script cannot switch it; nor can another extension or unknown commands.
    expect(await route(deps, { type: 'command/run', command: 'toggle-blur' }, contentIn(5), SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await route(deps, { type: 'blur/get' }, { extensionId: 'other', url: 'https://x.test/' }, SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await route(deps, { type: 'command/run', command: 'open-everything' }, panel, SHIPPED_REQUESTS)).toEqual({
      ok: false,
      error: 'invalid',
    });
    await Promise.all([deps.runCommand('toggle-blur'), deps.runCommand('toggle-blur')]);
    expect(blurAnnounced).toEqual([true, false, true]);
  });
});
