import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launch, removeProfile, type Session } from '../support/chromium';
import { type DemoServer, demoUrls, startDemoServer } from '../support/demo';
import { type StateContext, setLanguage, UI_STATES, type UiState } from '../support/ui-states';

/**
 * The finished interface, state by state (the same states as the gallery, `npm run screenshots`):
 * no serious axe finding, no horizontal scrolling, every control reachable by keyboard in the visual
 * order, the note within reach in a meeting.
 */
let server: DemoServer;
let session: Session;
let ctx: StateContext;
beforeAll(async () => {
  server = await startDemoServer();
  session = await launch();
  ctx = { session, urls: demoUrls(server.port, '0-50') };
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  if (session) removeProfile(session.userDataDir);
});

interface Stop {
  part: string;
  top: number;
  left: number;
  name: string;
}

/**
 * Presses Tab through the whole page once, from the top: first past the end (focus goes back to the
 * document), then round again, noting where each stop is and which part of the page it is in.
 */
async function tabOrder(page: Page, parts: string): Promise<Stop[]> {
  const where = (selector: string) =>
    page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const rect = el.getBoundingClientRect();
      const part = el.closest(sel);
      return {
        part: part ? (part.getAttribute('data-part') ?? part.getAttribute('aria-labelledby') ?? '') : '',
        top: Math.round(rect.top + window.scrollY),
        left: Math.round(rect.left + window.scrollX),
        name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName,
      };
    }, selector);
  for (let i = 0; i < 400 && (await where(parts)) !== null; i++) await page.keyboard.press('Tab');
  const stops: Stop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await where(parts);
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

/** Controls a person can operate (visible, enabled), counted in the page. */
async function operableControls(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')].filter((el) => {
        if ((el as HTMLButtonElement).disabled) return false;
        // Inside a folded <details> only its own summary is reachable (a nested one is folded away too).
        for (let d = el.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])') ?? null) {
          if (!(el.tagName === 'SUMMARY' && el.parentElement === d)) return false;
        }
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0;
      }).length,
  );
}

/** Each stop is below the previous one, or on the same line to its right (a small overlap allowed). */
function outOfVisualOrder(stops: Stop[]): string[] {
  const wrong: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1] as Stop, stops[i] as Stop];
    const sameLine = Math.abs(a.top - b.top) <= 12;
    if (sameLine ? b.left < a.left : b.top < a.top) wrong.push(`${a.name} → ${b.name}`);
  }
  return wrong;
}

const PANEL_PARTS = '[data-part]';
const PANEL_ORDER = ['top', 'header', 'note', 'guide', 'referrals', 'timeline', 'handover', 'search'];

describe('the finished interface, in every state of the gallery', () => {
  it('has no serious axe finding and no horizontal scrolling in any extension-page state (light, dark, 360–550 px, English)', {
    timeout: 300_000,
  }, async () => {
    let english = false;
    const findings: Record<string, unknown> = {};
    for (const state of UI_STATES.filter((s) => s.kind === 'extension')) {
      if (Boolean(state.english) !== english) {
        english = Boolean(state.english);
        await setLanguage(ctx, english ? 'en' : 'nl');
      }
      const page = await state.open(ctx, state);
      const violations = await seriousViolations(page, false);
      if (violations.length) findings[state.id] = violations;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) findings[`${state.id} (horizontaal)`] = `${overflow} px te breed`;
      for (const open of session.context.pages()) await open.close();
    }
    if (english) await setLanguage(ctx, 'nl');
    expect(findings).toEqual({});
  });

  it('in-page UI (card, cue popover, mentor overview) has no serious axe finding at 550 px, light and dark', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 550, height: 900 });
    await page.goto(`chrome-extension://${session.extensionId}/inpage-preview.html`);
    await page.waitForFunction(() => document.documentElement.dataset.previewRendered === 'true');
    expect(await seriousViolations(page, false)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
  });
});

describe('the side panel in a meeting', () => {
  const state = (id: string) => UI_STATES.find((s) => s.id === id) as UiState;

  it('at 400 × 900 shows the note field without scrolling, for a student with history and open afspraken', async () => {
    const panel = await state('zijpaneel-veel-notities').open(ctx, state('zijpaneel-veel-notities'));
    const note = panel.getByRole('textbox', { name: 'Notitie', exact: true });
    const box = await note.boundingBox();
    expect(await panel.evaluate(() => window.scrollY)).toBe(0);
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
    expect(box?.y).toBeGreaterThan(0);
    for (const open of session.context.pages()) await open.close();
  });

  it('reaches every control by keyboard in the visual order: header, note, guide, referrals, timeline', async () => {
    const panel = await state('zijpaneel-veel-notities').open(ctx, state('zijpaneel-veel-notities'));
    const stops = await tabOrder(panel, PANEL_PARTS);
    expect(stops.length).toBe(await operableControls(panel));
    expect(outOfVisualOrder(stops)).toEqual([]);
    const partsInOrder = [...new Set(stops.map((s) => s.part))];
    expect(partsInOrder).toEqual(PANEL_ORDER);
    // Operable from the keyboard: Enter opens the afspraak form, Space marks a competence.
    await panel.getByText('Afspraak maken').focus();
    await panel.keyboard.press('Enter');
    await panel.getByRole('textbox', { name: 'Afspraak', exact: true }).waitFor();
    await panel.getByRole('checkbox', { name: /Netwerken/ }).focus();
    await panel.keyboard.press('Space');
    expect(await panel.getByRole('checkbox', { name: /Netwerken/ }).isChecked()).toBe(true);
    for (const open of session.context.pages()) await open.close();
  });

  it('has no horizontal scrolling at 360 px, even with a very long name and note', async () => {
    const panel = await state('zijpaneel-360').open(ctx, state('zijpaneel-360'));
    expect(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    for (const open of session.context.pages()) await open.close();
  });
});

describe('the options', () => {
  it('reach every control by keyboard, sections top to bottom, toggles named by the label beside them', async () => {
    const options = UI_STATES.find((s) => s.id === 'instellingen') as UiState;
    const page = await options.open(ctx, options);
    const stops = await tabOrder(page, 'main > section');
    expect(stops.length).toBe(await operableControls(page));
    expect(outOfVisualOrder(stops)).toEqual([]);
    expect([...new Set(stops.map((s) => s.part))]).toEqual([
      'features-title',
      'settings-title',
      'lob-data-title',
      'lob-backup-title',
      'lob-handover-title',
      'diagnostics-title',
    ]);
    for (const name of ['Vragen bij cijfers invoeren', 'Kaart bij de leerlingkaart', 'Zijpaneel', 'Stille modus']) {
      const toggle = page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
      const label = page.locator('label', { has: toggle }).or(page.locator(`label[for="${await toggle.getAttribute('id')}"]`));
      const [control, text] = [await toggle.boundingBox(), await label.first().boundingBox()];
      // Beside it, on the same line: the label's box holds the control's vertical middle.
      const middle = (control?.y ?? 0) + (control?.height ?? 0) / 2;
      expect(middle).toBeGreaterThan(text?.y ?? 0);
      expect(middle).toBeLessThan((text?.y ?? 0) + (text?.height ?? 0));
    }
    // Space switches a toggle; each switch reaches the configuration before the next (the page re-renders from it).
    const quiet = page.getByRole('checkbox', { name: /^Stille modus/ });
    const saved = (on: boolean) =>
      page.waitForFunction(async (want) => {
        const api = (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
        ).chrome.storage.local;
        const config = (await api.get('appConfig')).appConfig as { settings?: { quietMode?: boolean } } | undefined;
        return config?.settings?.quietMode === want;
      }, on);
    await quiet.focus();
    await page.keyboard.press('Space');
    await saved(true);
    await expect.poll(() => quiet.isChecked()).toBe(true);
    await page.keyboard.press('Space');
    await saved(false);
    await expect.poll(() => quiet.isChecked()).toBe(false);
    await page.close();
  });
});
