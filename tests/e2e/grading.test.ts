import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { expectCuesOnRowsInView, MAGISTER_GRID } from '../support/cues';
import { readStore } from '../support/database';
import { collectConsoleErrors, openFirstCue, uiRoots, waitForDemoRender } from '../support/page';
import { clickUiControl, uiHosts, waitForUiControl, waitForUiElement } from '../support/pierce';
import { useDemoSchool } from '../support/school';

const school = useDemoSchool({ plain: true });

// Row grids (Magister); Somtoday Docent's grid built by column is tested in docent-grades.test.ts.
const ROWS = { magister: 'tr.k-master-row' } as const;
const INPUTS = { magister: '.cijfer-text-input' } as const;
type Host = keyof typeof ROWS;
const gradesUrl = (_host: Host) => school.urls.magisterGrades();

async function openGrades(context: BrowserContext, host: Host): Promise<Page> {
  const page = await context.newPage();
  await page.goto(gradesUrl(host));
  await waitForDemoRender(page);
  return page;
}

/** Waits until exactly the rows in view have a cue, each beside its grade field; returns the number of rows. */
async function expectOneCuePerRow(page: Page, _host: Host): Promise<number> {
  return (await expectCuesOnRowsInView(page, MAGISTER_GRID)).rows;
}

/** Types a column of grades with Tab, as a teacher does, and returns what the host saw. */
async function typeColumn(page: Page, host: Host, grades: string[]) {
  await page.locator(INPUTS[host]).first().click();
  for (const grade of grades) {
    await page.keyboard.type(grade);
    await page.keyboard.press('Tab');
  }
  return page.evaluate(() => {
    const demo = (window as unknown as { __demo: { inputLog: unknown[]; focusLog: unknown[] } }).__demo;
    const active = document.activeElement;
    return { inputs: demo.inputLog, focus: demo.focusLog, activeTag: active?.tagName, activeClass: active?.className };
  });
}

describe.each(['magister'] as const)('grading cues on %s', (host) => {
  it('gives every row in view exactly one cue beside its grade field, also after a re-render and late rows', async () => {
    const page = await openGrades(school.session.context, host);
    const errors = collectConsoleErrors(page);
    const initial = await expectOneCuePerRow(page, host);
    expect(initial).toBeGreaterThan(20);
    await page.evaluate(() => (window as unknown as { __demo: { rerender(): Promise<void> } }).__demo.rerender());
    await waitForDemoRender(page);
    expect(await expectOneCuePerRow(page, host)).toBe(initial);
    await page.evaluate(() => (window as unknown as { __demo: { appendRows(n: number): number } }).__demo.appendRows(5));
    expect(await expectOneCuePerRow(page, host)).toBe(initial + 5);
    // The late rows, at the end of the grid, have theirs once scrolled into view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const atEnd = await expectCuesOnRowsInView(page, MAGISTER_GRID);
    const last = await page.locator(ROWS[host]).last().getAttribute('data-leerling-id');
    expect(atEnd.cued).toContain(last);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the grid in place and typing a column of grades with Tab exactly as without the extension', async () => {
    const grades = ['7,5', '6', '8,2', '5,4', '9', '6,8'];
    const withExtension = await openGrades(school.session.context, host);
    await expectOneCuePerRow(withExtension, host);
    const without = await openGrades(school.plain.context, host);
    const boxes = (page: Page) =>
      page.evaluate(
        (sel) => [...document.querySelectorAll(sel)].slice(0, 8).map((el) => JSON.stringify(el.getBoundingClientRect())),
        `${ROWS[host]}, ${INPUTS[host]}`,
      );
    expect(await boxes(withExtension)).toEqual(await boxes(without));
    const ours = await typeColumn(withExtension, host, grades);
    const theirs = await typeColumn(without, host, grades);
    expect(ours).toEqual(theirs);
    expect(ours.focus.length).toBe(grades.length + 1);
    await withExtension.close();
    await without.close();
  });

  it('opens a cue by keyboard, keeps the keystroke from the host, and Escape returns focus', async () => {
    const page = await openGrades(school.session.context, host);
    await expectOneCuePerRow(page, host);
    await page.evaluate(() => {
      const w = window as unknown as { keysSeen: string[] };
      w.keysSeen = [];
      // Like the host's own hotkeys: a keydown listener on the document.
      document.addEventListener('keydown', (e) => w.keysSeen.push(e.key));
    });
    const second = page.locator(INPUTS[host]).nth(1);
    await second.click();
    await page.keyboard.press('Alt+Shift+K');
    const dialog = { feature: 'grading-popover', role: 'dialog', name: /LOB-vraag bij/ };
    await waitForUiControl(page, dialog);
    await page.keyboard.press('Escape');
    await uiRoots(page, 'grading-popover').waitFor({ state: 'detached' });
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen);
    expect(seen).not.toContain('L');
    expect(seen).not.toContain('Escape');
    await page.close();
  });
});

describe('large grids and dark mode', () => {
  it('a 1000-row grid: a cue on every row in view, none far away, and scrolling brings them along', async () => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterGrades('groot', '1'));
    await waitForDemoRender(page);
    const top = await expectCuesOnRowsInView(page, MAGISTER_GRID);
    expect(top.rows).toBe(1000);
    expect(top.cued.length).toBeLessThan(100);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const middle = await expectCuesOnRowsInView(page, MAGISTER_GRID);
    expect(middle.cued.some((id) => top.cued.includes(id))).toBe(false);
    await page.close();
  });

  it("follows the host's dark mode", async () => {
    const page = await openGrades(school.session.context, 'magister');
    await expectOneCuePerRow(page, 'magister');
    const dark = async () => (await uiHosts(page, 'grading-cue'))[0]?.find('lob-root')[0]?.classes.includes('dark');
    expect(await dark()).toBe(false);
    await page.evaluate(() => (window as unknown as { __demo: { setDark(on: boolean): void } }).__demo.setDark(true));
    await expect.poll(dark).toBe(true);
    await page.close();
  });
});

describe('grading cue popover', () => {
  it('logs a "Je doet het al" moment into the database', async () => {
    const page = await openGrades(school.session.context, 'magister');
    await expectOneCuePerRow(page, 'magister');
    const firstRow = page.locator(ROWS.magister).first();
    const id = (await firstRow.getAttribute('data-leerling-id')) ?? '';
    await clickUiControl(page, { feature: 'grading-cue', student: id, role: 'button', name: /^LOB-vraag bij / });
    await clickUiControl(page, { feature: 'grading-popover', role: 'button', name: 'Compliment gegeven' });
    await waitForUiElement(page, 'grading-popover', 'status', 'Genoteerd');
    const ext = await school.session.context.newPage();
    await ext.goto(`chrome-extension://${school.session.extensionId}/options.html`);
    const moments = await readStore(ext, 'moments');
    expect(moments).toContainEqual(
      expect.objectContaining({ studentKey: `demo.magister.net|${id}`, type: 'compliment-gegeven' }),
    );
    await ext.close();
    await page.close();
  });

  it('snoozes this class for today and keeps quiet mode, both after a reload', async () => {
    const page = await openGrades(school.session.context, 'magister');
    await expectOneCuePerRow(page, 'magister');
    await openFirstCue(page);
    await clickUiControl(page, { feature: 'grading-popover', role: 'button', name: 'Vandaag niet meer bij deze klas' });
    const bar = uiRoots(page, 'grading-status');
    const barSays = (text: string | RegExp) => waitForUiElement(page, 'grading-status', 'bar', text);
    await barSays('LOB-vragen staan vandaag uit voor deze klas.');
    expect(await uiRoots(page, 'grading-cue').count()).toBe(0);
    await page.reload();
    await waitForDemoRender(page);
    await barSays('LOB-vragen staan vandaag uit voor deze klas.');
    expect(await uiRoots(page, 'grading-cue').count()).toBe(0);

    // "Weer tonen" brings the cues back; quiet mode then hides all but clear moments, also after a reload.
    await clickUiControl(page, { feature: 'grading-status', role: 'button', name: 'Weer tonen' });
    await expectOneCuePerRow(page, 'magister');
    await openFirstCue(page);
    await clickUiControl(page, { feature: 'grading-popover', role: 'button', name: 'Stille modus voor vandaag' });
    await barSays(/Stille modus/);
    // Every cue still shown has its button marked as a moment (buttons exist for rows near view).
    const onlyMoments = async () =>
      (await uiHosts(page, 'grading-cue')).every((h) => h.hidden || h.find('cue').every((b) => b.classes.includes('moment')));
    expect(await onlyMoments()).toBe(true);
    await page.reload();
    await waitForDemoRender(page);
    await barSays(/Stille modus/);
    expect(await onlyMoments()).toBe(true);
    await clickUiControl(page, { feature: 'grading-status', role: 'button', name: 'Weer tonen' });
    await bar.waitFor({ state: 'detached' });
    await page.close();
  });
});

interface Rect {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface PiercedNode {
  backendNodeId: number;
  nodeType: number;
  localName: string;
  attributes?: string[];
  children?: PiercedNode[];
  shadowRoots?: PiercedNode[];
}

/** A node's border box, through the DevTools protocol (our shadow roots are closed). */
async function boxOfNode(cdp: CDPSession, backendNodeId: number): Promise<Rect | undefined> {
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
    const xs = [model.border[0], model.border[2], model.border[4], model.border[6]] as number[];
    const ys = [model.border[1], model.border[3], model.border[5], model.border[7]] as number[];
    return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
  } catch {
    return undefined;
  }
}

/** The open grading popover's box on screen, or undefined when none is open. */
async function popoverBox(cdp: CDPSession): Promise<Rect | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: PiercedNode };
  const attr = (n: PiercedNode, name: string) => {
    const a = n.attributes ?? [];
    for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return undefined;
  };
  const find = (n: PiercedNode, test: (n: PiercedNode) => boolean): PiercedNode | undefined => {
    if (test(n)) return n;
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
      const hit = find(c, test);
      if (hit) return hit;
    }
    return undefined;
  };
  const host = find(root, (n) => n.localName === 'lob-ui' && attr(n, 'data-lob-ui') === 'grading-popover');
  const popover = host && find(host, (n) => n.nodeType === 1 && (attr(n, 'class') ?? '').split(' ').includes('popover'));
  return popover ? boxOfNode(cdp, popover.backendNodeId) : undefined;
}

/** Name and box of what has keyboard focus, as the accessibility tree tells (closed roots included). */
async function focused(cdp: CDPSession): Promise<{ name: string; box: Rect | undefined } | undefined> {
  type Ax = {
    role?: { value: string };
    name?: { value: string };
    backendDOMNodeId?: number;
    properties?: { name: string; value: { value?: unknown } }[];
  };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Ax[] };
  // The document itself counts as focused too: the element is the last (deepest) one.
  const node = nodes.findLast(
    (n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
  );
  if (!node?.backendDOMNodeId) return undefined;
  return { name: node.name?.value ?? '', box: await boxOfNode(cdp, node.backendDOMNodeId) };
}

const within = (r: Rect, view: { width: number; height: number }) =>
  r.left >= 0 && r.top >= 0 && r.right <= view.width && r.bottom <= view.height;
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('grading cue popover near the bottom of the screen', () => {
  it.each([
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ])(
    'on the last visible row at $width×$height: within the screen, clear of its grade field, follows a small scroll, every action by Tab',
    async (view) => {
      const page = await school.session.context.newPage();
      await page.setViewportSize(view);
      await page.goto(gradesUrl('magister'));
      await waitForDemoRender(page);
      await expectOneCuePerRow(page, 'magister');
      const cdp = await page.context().newCDPSession(page);
      // The last row whose grade field is wholly on screen, and that field's box.
      const fieldOf = (id: string) =>
        page.evaluate(
          ([rows, input, id]) => {
            const row = [...document.querySelectorAll(rows as string)].find((r) => r.getAttribute('data-leerling-id') === id);
            const r = row?.querySelector(input as string)?.getBoundingClientRect();
            return r ? { top: r.top, right: r.right, bottom: r.bottom, left: r.left } : undefined;
          },
          [ROWS.magister, INPUTS.magister, id],
        );
      const id = await page.evaluate(
        ([rows, input]) => {
          const visible = [...document.querySelectorAll(rows as string)].filter((row) => {
            const r = row.querySelector(input as string)?.getBoundingClientRect();
            return r && r.top >= 0 && r.bottom <= window.innerHeight;
          });
          return visible.at(-1)?.getAttribute('data-leerling-id') ?? '';
        },
        [ROWS.magister, INPUTS.magister],
      );
      expect(id).not.toBe('');
      await clickUiControl(page, { feature: 'grading-cue', student: id, role: 'button', name: /^LOB-vraag bij / });
      await waitForUiControl(page, { feature: 'grading-popover', role: 'button', name: 'Compliment gegeven' });

      // Placed once its prompt is in: on screen, and not over the field being typed in.
      const placement = async () => {
        const box = await popoverBox(cdp);
        const field = await fieldOf(id);
        return box && field && within(box, view) && !overlap(box, field) ? { box, field } : undefined;
      };
      await expect.poll(placement).toBeDefined();
      const before = (await placement()) as { box: Rect; field: Rect };

      // A small scroll of the host page: still open, moved along with its row.
      await page.evaluate(() => window.scrollBy(0, 40));
      await expect
        .poll(async () => {
          const now = await placement();
          return now && Math.round(now.field.top - before.field.top) === -40
            ? Math.round(now.box.top - now.field.top)
            : undefined;
        })
        .toBe(Math.round(before.box.top - before.field.top));

      // Every action in it, one Tab after another from the first, each on screen when it has focus.
      const actions = await popoverButtons(page, cdp);
      expect(actions.length).toBeGreaterThanOrEqual(6);
      const reached: string[] = [];
      for (let i = 0; i < actions.length; i++) {
        if (i > 0) await page.keyboard.press('Tab');
        const now = await focused(cdp);
        reached.push(now?.name ?? '');
        await expect
          .poll(async () => (await focused(cdp))?.box)
          .toSatisfy((b: Rect | undefined) => b !== undefined && within(b, view));
      }
      // Tab order is the page's; the accessibility tree lists them in its own order.
      expect([...reached].sort()).toEqual([...actions].sort());
      expect(await popoverBox(cdp)).toBeDefined();
      expect(await seriousViolations(page)).toEqual([]);
      // Its row scrolled out of view: closed.
      await page.evaluate(() => window.scrollBy(0, window.innerHeight));
      await uiRoots(page, 'grading-popover').waitFor({ state: 'detached' });
      await cdp.detach();
      await page.close();
    },
  );
});

/** The accessible names of the open popover's buttons, in the order of the accessibility tree. */
async function popoverButtons(page: Page, cdp: CDPSession): Promise<string[]> {
  const ids = (await uiHosts(page, 'grading-popover'))[0]?.ids ?? new Set<number>();
  type Ax = { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Ax[] };
  return nodes
    .filter((n) => !n.ignored && n.role?.value === 'button' && n.backendDOMNodeId !== undefined && ids.has(n.backendDOMNodeId))
    .map((n) => n.name?.value ?? '');
}
