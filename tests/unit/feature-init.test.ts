import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey } from '../../lib/core/season';
import { gradingCue } from '../../lib/features/grading-cue/content/index';
import { freshSettings } from '../../lib/features/grading-cue/content/settings';
import { saveCueSettings } from '../../lib/features/grading-cue/content/settings-store';
import { mentorOverview } from '../../lib/features/mentor-overview/content/index';
import { startPageTeacher } from '../../lib/features/page-teacher/content/index';
import { studentCard } from '../../lib/features/student-card/content/index';
import type { PageContext } from '../../lib/hosts/context';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { errorText } from '../../lib/i18n/error-text';
import { expand, getByRole, pointAt, queryAllByRole, textOf, trustedClick, user } from '../support/dom';
import {
  type FakeServices,
  fakeFeatureServices,
  hostsOf,
  openFixturePage,
  showFixture,
  watchShadowRoots,
} from '../support/fake-feature-services';

/**
 * Each in-page feature started the way the runtime starts it (`init(context, signal, services)`) on
 * a saved look-alike page, with a fake background: what appears in the school page, what the
 * feature asks the background, and that aborting the signal takes it all away again.
 */

let rootOf: (host: Element) => ShadowRoot;
let controller: AbortController;

beforeEach(() => {
  rootOf = watchShadowRoots();
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

/** The one host element of `featureId`, and the closed root inside it. */
function ui(featureId: string): { host: HTMLElement; root: ShadowRoot } {
  const [host, ...more] = hostsOf(featureId);
  if (!host || more.length) throw new Error(`${hostsOf(featureId).length} × ${featureId}`);
  return { host, root: rootOf(host) };
}

/**
 * A real click on a guarded control the teacher has seen: hit-tested as topmost and shown long
 * enough (it carries `data-lob-armed`); `before` runs just before the click (e.g. the page hiding it).
 */
async function seenClick(control: HTMLElement, before?: () => void): Promise<void> {
  const undo = pointAt(control);
  try {
    await vi.waitFor(() => expect(control.hasAttribute('data-lob-armed')).toBe(true), { timeout: 3000 });
    before?.();
    await trustedClick(control);
  } finally {
    undo();
  }
}

describe('the student card', () => {
  it.each([
    ['magister/record.html', { host: 'demo.magister.net', id: '48213' }, 'Sanne de Vries'],
    ['somtoday/profiel.html', { host: 'docent.somtoday.nl', id: '2408922' }, 'Mohammed El Amrani'],
  ])('%s: beside the student, for the student the page shows', async (file, student, name) => {
    const context = openFixturePage(file);
    const fake = fakeFeatureServices();
    await studentCard.init(context, controller.signal, fake.services);

    expect(fake.requests).toEqual([{ type: 'card/get', student }]);
    const { host, root } = ui('student-card');
    expect(host.dataset.lobStudent).toBe(student.id);
    if (context.anchor) expect(context.anchor.nextElementSibling).toBe(host);
    else expect(context.root.contains(host)).toBe(true);
    // The school page's scripts cannot look inside.
    expect(host.shadowRoot).toBeNull();
    const card = getByRole(root, 'region', 'LOB-kaart');
    expect(getByRole(card, 'heading', `LOB-vraag voor ${name}`)).toBeTruthy();
    expect(textOf(card)).toContain('Wat is je het meest bijgebleven van je snuffelstage?');
    expect(textOf(card)).toContain('Laatste loopbaanmoment: 12 november 2026');
    expect(textOf(card)).toContain('Besproken in recente gesprekken');
  });

  it('explains a question on a real click, not on a click the page scripts', async () => {
    const context = openFixturePage('magister/record.html');
    await studentCard.init(context, controller.signal, fakeFeatureServices().services);
    const { root } = ui('student-card');
    const [why] = queryAllByRole(root, 'button', 'Waarom deze vraag?');
    if (!why) throw new Error('no "Waarom deze vraag?"');
    why.click();
    await user(() => undefined);
    expect(why.getAttribute('aria-expanded')).toBe('false');
    await trustedClick(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(textOf(root)).toContain('Terugkijken op een echte ervaring');
  });

  it.each([
    [true, 'Het zijpaneel toont deze leerling.'],
    [
      false,
      'Open het zijpaneel met de knop van LOB naast de leerling in de werkbalk of met Alt+Shift+Y. Het toont dan deze leerling.',
    ],
  ])(
    '"Open in zijpaneel" asks for the panel for its student on a real click (the browser opens it: %s) and says so',
    async (panelOpens, said) => {
      const context = openFixturePage('magister/record.html');
      const fake = fakeFeatureServices({ panelOpens });
      await studentCard.init(context, controller.signal, fake.services);
      const { root } = ui('student-card');
      const button = getByRole<HTMLButtonElement>(root, 'button', 'Open in zijpaneel');
      button.click();
      await user(() => undefined);
      expect(fake.requests.map((r) => r.type)).toEqual(['card/get']);
      await trustedClick(button);
      expect(fake.requests.at(-1)).toEqual({ type: 'card/open-panel', student: { host: 'demo.magister.net', id: '48213' } });
      expect(getByRole(root, 'status').textContent).toBe(said);
    },
  );

  it('hides the name and everything from the notes while the privacy blur is on', async () => {
    const context = openFixturePage('magister/record.html');
    const fake = fakeFeatureServices();
    await studentCard.init(context, controller.signal, fake.services);
    const { root } = ui('student-card');
    await user(() => fake.setBlur(true));
    expect(getByRole(root, 'heading', 'LOB-kaart: leerlinggegevens verborgen')).toBeTruthy();
    expect(textOf(root)).not.toMatch(/Sanne|snuffelstage|november/);
    await user(() => fake.setBlur(false));
    expect(getByRole(root, 'heading', 'LOB-vraag voor Sanne de Vries')).toBeTruthy();
  });

  it('says the questions could not be loaded when the background does not answer', async () => {
    const context = openFixturePage('magister/record.html');
    await studentCard.init(context, controller.signal, fakeFeatureServices({ failing: ['card/get'] }).services);
    expect(textOf(ui('student-card').root)).toContain(
      'De vragen konden niet geladen worden. Herlaad de pagina om het opnieuw te proberen.',
    );
  });

  it('follows the page into dark mode, and is gone when the signal aborts', async () => {
    const context = openFixturePage('magister/record-dark.html');
    const fake = fakeFeatureServices();
    await studentCard.init(context, controller.signal, fake.services);
    expect(fake.requests).toEqual([{ type: 'card/get', student: { host: 'demo.magister.net', id: '51877' } }]);
    expect(ui('student-card').root.querySelector('.lob-root')?.classList.contains('dark')).toBe(true);
    controller.abort();
    expect(hostsOf('student-card')).toEqual([]);
  });
});

/** The row's cue, its button and the popover of a grade grid, as the teacher meets them. */
function cueOf(id: string): { host: HTMLElement; button: HTMLButtonElement } {
  const host = hostsOf('grading-cue').find((h) => h.dataset.lobStudent === id);
  if (!host) throw new Error(`no cue for ${id}`);
  return { host, button: getByRole<HTMLButtonElement>(rootOf(host), 'button') };
}

/**
 * Lays the grid's rows out one under another, 40 px apart from 100 px down, in happy-dom's 768 px
 * high window (happy-dom lays nothing out by itself): each row's anchor has a box.
 */
function layOut(context: PageContext): void {
  const boxes = new Map<Element, DOMRect>();
  context.rows.forEach((row, i) => {
    boxes.set(row.cueAfter ?? row.input ?? row.element, new DOMRect(300, 100 + 40 * i, 60, 30));
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return boxes.get(this) ?? new DOMRect(0, 0, 0, 0);
  });
}

/** The grade grid with its cues started. */
async function gradeGrid(file: string, fake: FakeServices): Promise<PageContext> {
  const context = openFixturePage(file);
  layOut(context);
  await gradingCue.init(context, controller.signal, fake.services);
  return context;
}

/** Rows within 400 px below the 768 px window: tops 100 … 1140 px, the first 27 rows. */
const NEAR_ROWS = 27;

describe('the grading cues', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // Each test starts on a fresh day's settings (the store keeps what it read or saved last).
    await saveCueSettings(fakeFeatureServices().services.send, freshSettings(dayKey(new Date())));
  });

  it.each([
    ['magister/grade-entry.html', 'Sanne de Vries'],
    ['somtoday/voortgangsdossier.html', 'Fleur Bakker-de Wit'],
  ])('%s: one cue beside each row near the view, naming its student, none in the grid', async (file, first) => {
    const fake = fakeFeatureServices();
    const context = await gradeGrid(file, fake);
    const cues = hostsOf('grading-cue');
    expect(context.rows).toHaveLength(31);
    expect(cues.map((h) => h.dataset.lobStudent)).toEqual(context.rows.slice(0, NEAR_ROWS).map((r) => r.id));
    expect(cues.some((h) => context.root.contains(h))).toBe(false);
    const firstCue = cueOf(context.rows[0]?.id ?? '');
    expect(firstCue.button.getAttribute('aria-label')).toBe(`LOB-vraag bij ${first}`);
    // Right of the anchor (300 + 60 px), at the middle of its row (100 + 15 px).
    expect([firstCue.host.style.left, firstCue.host.style.top]).toEqual(['360px', '115px']);
    // Nothing is asked before the teacher opens a cue.
    expect(fake.requests).toEqual([]);
  });

  it("opens on a real click, asks cue/get for that row's student, and logs a moment", async () => {
    const fake = fakeFeatureServices();
    await gradeGrid('magister/grade-entry.html', fake);
    const daan = cueOf('48220');
    daan.button.click(); // the page's scripts clicking: nothing opens
    expect(hostsOf('grading-popover')).toEqual([]);

    await trustedClick(daan.button);
    const popover = ui('grading-popover');
    expect(popover.host.dataset.lobStudent).toBe('48220');
    expect(daan.button.getAttribute('aria-expanded')).toBe('true');
    const dialog = getByRole(popover.root, 'dialog', 'LOB-vraag bij Daan van der Berg');
    await vi.waitFor(() => expect(textOf(dialog)).toContain('Wat vond je het leukst aan de proef over reactiesnelheid?'));
    expect(textOf(dialog)).toContain('Doorgeven aan: Mentor.');
    expect(fake.requests).toEqual([
      {
        type: 'cue/get',
        student: { host: 'demo.magister.net', id: '48220' },
        trigger: 'usual',
        study: { schoolType: 'havo', year: 3 },
        klas: '3H2',
      },
    ]);

    await seenClick(getByRole(dialog, 'button', 'Compliment gegeven'));
    await vi.waitFor(() => expect(textOf(getByRole(dialog, 'status'))).toBe('Genoteerd: Compliment gegeven'));
    expect(fake.requests[1]).toEqual({
      type: 'moment/add',
      student: { host: 'demo.magister.net', id: '48220' },
      momentType: 'compliment-gegeven',
      name: 'Daan van der Berg',
    });

    await trustedClick(getByRole(dialog, 'button', 'Sluiten'));
    expect(hostsOf('grading-popover')).toEqual([]);
    expect(daan.button.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when the moment could not be logged', async () => {
    const fake = fakeFeatureServices({ failing: ['moment/add'] });
    await gradeGrid('magister/grade-entry.html', fake);
    await trustedClick(cueOf('48213').button);
    const dialog = getByRole(ui('grading-popover').root, 'dialog');
    await vi.waitFor(() => getByRole(dialog, 'button', 'Beroep of opleiding genoemd'));
    await seenClick(getByRole(dialog, 'button', 'Beroep of opleiding genoemd'));
    await vi.waitFor(() =>
      expect(textOf(getByRole(dialog, 'status'))).toBe(
        'Niet opgeslagen: de extensie is even niet bereikbaar (ze start opnieuw op).',
      ),
    );
  });

  it('writes nothing for a press on a moment not seen long enough or hidden by the page, and offers it in the panel', async () => {
    const fake = fakeFeatureServices();
    await gradeGrid('magister/grade-entry.html', fake);
    await trustedClick(cueOf('48220').button);
    const popover = ui('grading-popover');
    const dialog = getByRole(popover.root, 'dialog');
    await vi.waitFor(() => getByRole(dialog, 'button', 'Compliment gegeven'));
    const moment = getByRole(dialog, 'button', 'Compliment gegeven');
    // Not hit-tested as ours (no layout at all): never seen.
    await trustedClick(moment);
    const notSeen = 'Niet opgeslagen: dit venster was niet goed zichtbaar. Bevestig het in het zijpaneel.';
    await vi.waitFor(() => expect(textOf(getByRole(dialog, 'status'))).toBe(notSeen));
    // Seen long enough, then the page makes our layer transparent.
    await seenClick(moment, () => {
      popover.host.style.opacity = '0';
    });
    await vi.waitFor(() => expect(fake.requests.filter((r) => r.type === 'moment/suggest')).toHaveLength(2));
    expect(fake.requests.some((r) => r.type === 'moment/add')).toBe(false);
    expect(fake.requests.at(-1)).toEqual({
      type: 'moment/suggest',
      student: { host: 'demo.magister.net', id: '48220' },
      momentType: 'compliment-gegeven',
      name: 'Daan van der Berg',
    });
  });

  it("marks a grade well above the student's average as a moment, and asks for that", async () => {
    const fake = fakeFeatureServices();
    const context = await gradeGrid('magister/grade-entry.html', fake);
    const row = context.rows.find((r) => r.id === '48220');
    if (!row?.input) throw new Error('no grade field for Daan');
    expect(row.average).toBe(5.4);
    row.input.value = '8,9';
    row.input.dispatchEvent(new Event('change', { bubbles: true }));
    const daan = cueOf('48220');
    await vi.waitFor(() => expect(daan.button.title).toMatch(/^Moment om iets te benoemen\. /));
    expect(cueOf('48213').button.title).not.toMatch(/^Moment/);
    await trustedClick(daan.button);
    expect(fake.requests[0]).toMatchObject({ type: 'cue/get', trigger: 'strong' });
  });

  it('"Vandaag niet meer bij deze klas" hides the cues and says so, "Weer tonen" brings them back', async () => {
    const fake = fakeFeatureServices();
    await gradeGrid('magister/grade-entry.html', fake);
    await trustedClick(cueOf('48213').button);
    await trustedClick(getByRole(ui('grading-popover').root, 'button', 'Vandaag niet meer bij deze klas'));
    await vi.waitFor(() => expect(hostsOf('grading-cue')).toEqual([]));
    const bar = ui('grading-status');
    expect(textOf(bar.root)).toContain('LOB-vragen staan vandaag uit voor deze klas.');
    // The choice goes to the background as a checked message (it keeps it where no content script writes).
    expect(fake.requests.filter((r) => r.type === 'cue/settings')).toMatchObject([
      { settings: { quiet: false, snoozed: ['demo.magister.net|4v.sk1'] } },
    ]);

    await trustedClick(getByRole(bar.root, 'button', 'Weer tonen'));
    await vi.waitFor(() => expect(hostsOf('grading-cue')).toHaveLength(NEAR_ROWS));
    expect(hostsOf('grading-status')).toEqual([]);
  });

  it("quiet mode (the school's setting): a line says so, and only a moment gets a cue", async () => {
    const context = await gradeGrid('magister/grade-entry.html', fakeFeatureServices({ quietMode: true }));
    expect(textOf(ui('grading-status').root)).toContain('Stille modus: alleen bijzondere momenten krijgen een LOB-vraag.');
    expect(hostsOf('grading-cue').filter((h) => !h.hidden)).toEqual([]);
    const input = context.rows.find((r) => r.id === '48220')?.input;
    if (!input) throw new Error('no grade field for Daan');
    input.value = '3,1';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() =>
      expect(
        hostsOf('grading-cue')
          .filter((h) => !h.hidden)
          .map((h) => h.dataset.lobStudent),
      ).toEqual(['48220']),
    );
  });

  it('names no student while the privacy blur is on', async () => {
    const fake = fakeFeatureServices();
    await gradeGrid('magister/grade-entry.html', fake);
    await user(() => fake.setBlur(true));
    const labels = new Set(
      hostsOf('grading-cue').map((h) => cueOf(h.dataset.lobStudent ?? '').button.getAttribute('aria-label')),
    );
    expect([...labels]).toEqual(['LOB-vraag (privacyscherm: leerling verborgen)']);
    await trustedClick(cueOf('48213').button);
    const dialog = getByRole(ui('grading-popover').root, 'dialog', 'LOB-vraag (privacyscherm: leerling verborgen)');
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    expect(textOf(dialog)).toContain('Privacyscherm staat aan');
    expect(textOf(dialog)).not.toMatch(/Sanne|reactiesnelheid/);
  });

  it('is gone, open popover and all, when the signal aborts', async () => {
    await gradeGrid('magister/grade-entry.html', fakeFeatureServices());
    await trustedClick(cueOf('48213').button);
    expect(hostsOf('grading-popover')).toHaveLength(1);
    controller.abort();
    for (const id of ['grading-layer', 'grading-cue', 'grading-popover', 'grading-status']) expect(hostsOf(id)).toEqual([]);
  });
});

describe('the mentor overview', () => {
  const MENTOR_LIST = 'magister/mentor-list.html';

  it('asks which students of the list had no loopbaanmoment (ids only) and names them from the page', async () => {
    const context = openFixturePage(MENTOR_LIST);
    const fake = fakeFeatureServices({ withoutMoment: ['48220', '48231'] });
    await mentorOverview.init(context, controller.signal, fake.services);

    expect(fake.requests).toEqual([{ type: 'overview/get', studentIds: context.rows.map((r) => r.id) }]);
    expect(context.rows).toHaveLength(8);
    const { host, root } = ui('mentor-overview');
    expect(context.root.firstElementChild).toBe(host);
    const overview = getByRole(root, 'region', 'Toon namen');
    const title = 'Nog geen loopbaanmoment deze periode (sinds 1 september 2026): 2 van 8';
    expect(queryAllByRole(overview, 'listitem')).toEqual([]);
    expect(textOf(overview)).toContain('Alleen voor jou, uit je eigen notities en momenten. Geen rapport.');
    // The names, when the mentor opens the line.
    await expand(overview, title);
    expect(queryAllByRole(overview, 'listitem').map(textOf)).toEqual(['Daan van der Berg', '<img src=x onerror=alert(1)>']);
    // A name that looks like markup is text, never an element.
    expect(root.querySelector('img')).toBeNull();
  });

  it('says so when everyone had a loopbaanmoment', async () => {
    const context = openFixturePage(MENTOR_LIST);
    await mentorOverview.init(context, controller.signal, fakeFeatureServices().services);
    expect(textOf(ui('mentor-overview').root)).toContain('Iedereen in deze lijst had deze periode een loopbaanmoment.');
  });

  it('shows no names and no counts while the privacy blur is on', async () => {
    const context = openFixturePage(MENTOR_LIST);
    const fake = fakeFeatureServices({ withoutMoment: ['48220'] });
    await mentorOverview.init(context, controller.signal, fake.services);
    const { root } = ui('mentor-overview');
    await user(() => fake.setBlur(true));
    expect(textOf(root)).toContain('Privacyscherm staat aan: namen en aantallen zijn verborgen.');
    expect(textOf(root)).not.toMatch(/Daan|1 van 8/);
    await user(() => fake.setBlur(false));
    expect(textOf(root)).toContain('1 van 8');
  });

  it('draws nothing when the page is left before the background answers, and goes when it is left after', async () => {
    const context = openFixturePage(MENTOR_LIST);
    const early = new AbortController();
    const started = mentorOverview.init(context, early.signal, fakeFeatureServices().services);
    early.abort();
    await started;
    expect(hostsOf('mentor-overview')).toEqual([]);

    await mentorOverview.init(context, controller.signal, fakeFeatureServices().services);
    expect(hostsOf('mentor-overview')).toHaveLength(1);
    controller.abort();
    expect(hostsOf('mentor-overview')).toEqual([]);
  });
});

describe('the page picker ("Leer deze pagina herkennen")', () => {
  it('opens in its own closed root at the end of the page, asks what kind of page it is, and "Stoppen" closes it', async () => {
    showFixture('magister/record-2027.html');
    const closed = vi.fn();
    const services = { profiles: () => shippedProfiles, save: async () => undefined, describeError: errorText };
    expect(startPageTeacher(document, services, closed)).toBe(true);
    const { host, root } = ui('page-teacher');
    expect(document.body.lastElementChild).toBe(host);
    expect(host.shadowRoot).toBeNull();
    const dialog = getByRole(root, 'dialog', 'Leer deze pagina herkennen');
    expect(textOf(dialog)).toContain('Wat voor pagina is dit?');
    expect(queryAllByRole(dialog, 'button').map(textOf)).toEqual([
      'Leerlingkaart (één leerling)',
      'Cijfers invoeren (een lijst met rijen)',
      'Cijfers per kolom (namenlijst met kolommen per toets, zoals het voortgangsdossier)',
      'Mentorlijst (een lijst met rijen)',
      'Stoppen',
    ]);
    await trustedClick(getByRole(dialog, 'button', 'Stoppen'));
    expect(closed).toHaveBeenCalledTimes(1);
    expect(hostsOf('page-teacher')).toEqual([]);
  });
});
