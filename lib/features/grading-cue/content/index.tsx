import { render } from 'preact';
import type { Trigger } from '../../../core/domain';
import { parseGrade, prominentRows, relativeResult, relativeToAverage } from '../../../core/result';
import { matchesShortcut } from '../../../core/shortcuts';
import type { StudentRef } from '../../../core/student';
import { studyFromClass } from '../../../core/study';
import type { PageContext, StudentRow } from '../../../hosts/context';
import { t } from '../../../i18n/translate';
import { defineFeature, type FeatureServices } from '../../define';
import { mountShadowHost } from '../../shared/mount';
import { watchSeen } from '../../shared/seen-dom';
import { onlyTrusted } from '../../shared/trusted';
import { CUE_KEYS } from '../feature';
import { CuePopover } from './CuePopover';
import { type Cue, createCue, paintCue } from './cue-button';
import { cueCss } from './cue-css';
import { type Anchored, createCueLayer } from './cue-layer';
import { type Box, MARGIN, placePopover } from './place-popover';
import { type CueSettings, classKey, isSnoozed, resume, snooze } from './settings';
import { loadCueSettings, preloadCueSettings, saveCueSettings } from './settings-store';

const GRADING_CUE = 'grading-cue';

const POPOVER_WIDTH = 320;

/** The cue button sits this far right of its anchor's right edge (cue-css.ts: 6 px off, 20 px wide). */
const CUE_REACH = 26;

/** An element's box on screen; undefined when it has none (hidden, or gone from the page). */
function boxOf(element: Element | undefined): DOMRect | undefined {
  const rect = element?.isConnected ? element.getBoundingClientRect() : undefined;
  return !rect || (rect.width === 0 && rect.height === 0) ? undefined : rect;
}

/**
 * The popover's height (px): the same for every student, whatever the prompt ranked on their notes;
 * its content scrolls inside, so neither its size nor where it is placed tells the page anything.
 */
const POPOVER_HEIGHT = 300;

/** Places the popover's layer by {@link placePopover}: fixed, so the host's grid never scrolls or reflows. */
function placeLayer(container: HTMLElement, anchor: Box, field: Box): void {
  const width = Math.min(POPOVER_WIDTH, window.innerWidth - 2 * MARGIN);
  container.style.width = `${width}px`;
  const { top, left, maxHeight } = placePopover(
    anchor,
    field,
    { width, height: POPOVER_HEIGHT },
    { width: window.innerWidth, height: window.innerHeight },
  );
  Object.assign(container.style, { position: 'fixed', left: `${left}px`, top: `${top}px` });
  container.style.setProperty('--lob-popover-height', `${POPOVER_HEIGHT}px`);
  container.style.setProperty('--lob-popover-max', `${maxHeight}px`);
}

/**
 * The cue's shortcut (../feature.ts) from a grade field opens that row's cue; the host never
 * sees the keystroke. Handled here, not as a manifest command: it needs the field that has focus.
 */
function isCueShortcut(e: KeyboardEvent): boolean {
  return matchesShortcut(e, CUE_KEYS);
}

/** This result against the student's own: their other visible results (column grids) or their average. */
function measure(row: StudentRow): { trigger: Trigger; delta: number } {
  if (row.ownResults) {
    const grade = row.grade ?? parseGrade(row.input?.value);
    if (grade === undefined || row.ownResults.length === 0) return { trigger: 'usual', delta: 0 };
    const mean = row.ownResults.reduce((a, b) => a + b, 0) / row.ownResults.length;
    return { trigger: relativeResult(grade, row.ownResults), delta: grade - mean };
  }
  const grade = parseGrade(row.input?.value);
  return {
    trigger: relativeToAverage(grade, row.average),
    delta: grade !== undefined && row.average !== undefined ? grade - row.average : 0,
  };
}

function triggerOf(row: StudentRow): Trigger {
  return measure(row).trigger;
}

/** The row's study as far as its class (or else the lesgroep: "4V.gs1") tells, e.g. vwo 4, for the cue's prompt. */
function rowStudy(row: StudentRow, group: string | undefined) {
  return studyFromClass(row.klas) ?? studyFromClass(group);
}

function startSession(context: PageContext, signal: AbortSignal, initial: CueSettings, deps: FeatureServices) {
  let settings = initial;
  let rows = context.rows;
  let rowIdOf = context.rowIdOf;
  let dark = context.dark;
  /** Only the rows near the viewport are known yet: no row is marked as one of the grid's clearest moments. */
  let partial = context.partial === true;
  /**
   * The open popover belongs to a student, not to a row element (a virtualised grid recycles those):
   * `cue` is that student's cue as last found, `container` the popover's layer.
   */
  let open:
    | { student: string; cue: Cue; returnFocus: Element | null; controller: AbortController; container: HTMLElement }
    | undefined;
  const key = classKey(context.host, context.group);
  const ref = (row: StudentRow): StudentRef => ({ host: context.host, id: row.id });

  const close = (restoreFocus: boolean) => {
    if (!open) return;
    const { cue, returnFocus, controller } = open;
    open = undefined;
    controller.abort();
    cue.button.setAttribute('aria-expanded', 'false');
    if (restoreFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
  };

  const applySettings = async (next: CueSettings) => {
    settings = next;
    close(true);
    await saveCueSettings(deps.send, next).catch(() => undefined);
    sync();
  };

  /**
   * Finds the open popover's student's row again (the host may have scrolled, re-rendered or moved
   * it to another element) and places the popover beside it; closes it once that row is out of view
   * or gone.
   */
  const follow = () => {
    if (!open) return;
    const row = rows.find((r) => r.id === open?.student && r.element.isConnected);
    const slot = row && slots.get(row.element);
    const anchor = boxOf(slot?.anchor);
    if (!row || !slot?.cue || !anchor || anchor.bottom <= 0 || anchor.top >= window.innerHeight) {
      close(false);
      return;
    }
    if (slot.cue !== open.cue) {
      // Another element (and so another cue) shows this student now.
      if (open.returnFocus === open.cue.button) open.returnFocus = slot.cue.button;
      open.cue.button.setAttribute('aria-expanded', 'false');
      open.cue = slot.cue;
      open.cue.button.setAttribute('aria-expanded', 'true');
    }
    const cueBox = { top: anchor.top, bottom: anchor.bottom, left: anchor.left, right: anchor.right + CUE_REACH };
    placeLayer(open.container, cueBox, boxOf(row.input) ?? anchor);
  };
  /** One placement per frame, however many scroll, resize and size changes come in it. */
  let followFrame = 0;
  const followSoon = () => {
    if (open && !followFrame) {
      followFrame = requestAnimationFrame(() => {
        followFrame = 0;
        follow();
      });
    }
  };
  signal.addEventListener('abort', () => cancelAnimationFrame(followFrame), { once: true });

  const openCue = (cue: Cue, returnFocus: Element | null) => {
    close(false);
    const button = cue.button;
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    const layer = mountShadowHost({
      featureId: 'grading-popover',
      studentId: cue.row.id,
      css: cueCss,
      signal: controller.signal,
      into: document.body,
    });
    if (!layer) return;
    open = { student: cue.row.id, cue, returnFocus, controller, container: layer.container };
    layer.container.classList.toggle('dark', dark);
    layer.container.classList.add('layer');
    layer.container.addEventListener(
      'keydown',
      onlyTrusted((e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close(true);
        }
      }),
    );
    controller.signal.addEventListener('abort', () => render(null, layer.container), { once: true });
    // The page scrolled or resized: the popover follows its student's row (a scroll inside the
    // popover itself reaches the page as one of its host).
    const onScroll = (e: Event) => {
      if (e.target !== layer.host) followSoon();
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true, signal: controller.signal });
    window.addEventListener('resize', followSoon, { passive: true, signal: controller.signal });
    button.setAttribute('aria-expanded', 'true');
    const trigger = triggerOf(cue.row);
    const load = () => {
      const study = rowStudy(cue.row, context.group);
      return deps.send({
        type: 'cue/get',
        student: ref(cue.row),
        trigger,
        ...(study ? { study } : {}),
        ...(cue.row.klas ? { klas: cue.row.klas.slice(0, 200) } : {}),
      });
    };
    // Drawn again (same component, same state) when the privacy blur changes.
    const draw = () =>
      render(
        <CuePopover
          name={cue.row.name ?? cue.row.id}
          load={load}
          blurred={deps.privacy.blurred()}
          logMoment={async (momentType) => {
            const name = cue.row.name?.slice(0, 200);
            await deps.send({ type: 'moment/add', student: ref(cue.row), momentType, ...(name ? { name } : {}) });
          }}
          suggestMoment={async (momentType) => {
            const name = cue.row.name?.slice(0, 200);
            await deps.send({ type: 'moment/suggest', student: ref(cue.row), momentType, ...(name ? { name } : {}) });
          }}
          onSnooze={() => void applySettings(snooze(settings, key))}
          onQuiet={() => void applySettings({ ...settings, quiet: true })}
          onClose={() => close(true)}
          describeError={deps.describeError}
        />,
        layer.container,
      );
    draw();
    watchSeen(layer.container, controller.signal);
    // Placed once drawn (before the browser paints it); its size is fixed, whatever it shows.
    follow();
    deps.privacy.subscribe(draw, controller.signal);
  };

  function toggle(cue: Cue, focusBefore: Element | null) {
    if (open?.cue === cue) close(true);
    else openCue(cue, focusBefore);
  }
  /** One per row element: the row as last read, where its cue goes, and the cue while the row is near view. */
  interface Slot extends Anchored {
    row: StudentRow;
    moment: boolean;
    cue?: Cue;
  }
  let slots = new Map<Element, Slot>();
  const showState = (cue: Cue, slot: Slot) => {
    cue.row = slot.row;
    cue.moment = slot.moment;
    cue.dark = dark;
    paintCue(cue, deps.privacy.blurred());
    cue.host.hidden = settings.quiet && !slot.moment;
  };
  const layer = createCueLayer<Slot>({
    doc: document,
    root: context.root,
    signal,
    create(slot, parent) {
      const mounted = mountShadowHost({
        featureId: GRADING_CUE,
        studentId: slot.row.id,
        css: cueCss,
        floating: true,
        into: parent,
      });
      if (!mounted) return undefined;
      const cue = createCue(mounted, { row: slot.row, moment: slot.moment, dark }, toggle);
      showState(cue, slot);
      slot.cue = cue;
      return mounted.host;
    },
    remove(slot, host) {
      // Its student may have a row elsewhere now (a recycled row element): found again, or closed.
      if (open && open.cue === slot.cue) followSoon();
      slot.cue = undefined;
      host.remove();
    },
  });

  let bar: { host: HTMLElement; text: HTMLElement; container: HTMLElement } | undefined;
  /** A small line above the grid while cues are snoozed or quiet, with a way back. */
  const syncBar = (message: string | undefined) => {
    if (!message) {
      bar?.host.remove();
      bar = undefined;
      return;
    }
    if (!bar?.host.isConnected) {
      const mounted = mountShadowHost({ featureId: 'grading-status', css: cueCss, signal, into: context.root });
      if (!mounted) return;
      mounted.host.remove();
      context.root.prepend(mounted.host);
      mounted.container.className = 'bar';
      const text = document.createElement('span');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = t('cue.resume');
      button.addEventListener(
        'click',
        onlyTrusted(() => void applySettings(resume(settings, key))),
      );
      mounted.container.append(text, ' ', button);
      bar = { host: mounted.host, text, container: mounted.container };
    }
    bar.text.textContent = message;
    bar.container.classList.toggle('dark', dark);
  };

  /** A sync asked for by a changed grade, drawn with the next frame unless a DOM change syncs first. */
  let soon = 0;
  const syncSoon = () => {
    if (!soon) soon = requestAnimationFrame(sync);
  };
  signal.addEventListener('abort', () => cancelAnimationFrame(soon), { once: true });

  function sync() {
    cancelAnimationFrame(soon);
    soon = 0;
    if (signal.aborted) return;
    const hidden = isSnoozed(settings, key);
    syncBar(hidden ? t('cue.snoozedBar') : settings.quiet ? t('cue.quietBar') : undefined);
    const prominent = partial ? new Set<string>() : prominentRows(rows.map((row) => ({ id: row.id, ...measure(row) })));
    const next = new Map<Element, Slot>();
    for (const row of rows) {
      const before = slots.get(row.element);
      // The same element now showing another student gets a new slot (and so a new cue host).
      const slot: Slot = before && before.row.id === row.id ? before : { row, anchor: undefined, moment: false };
      slot.row = row;
      // Beside the name in a grid built by column; after the grade input in a row grid; else at the row's end.
      slot.anchor = row.cueAfter ?? row.input ?? row.element;
      slot.moment = !partial && prominent.has(row.id);
      if (slot.cue) showState(slot.cue, slot);
      next.set(row.element, slot);
    }
    slots = next;
    layer.place(hidden ? [] : [...slots.values()]);
  }

  const onKey = (e: KeyboardEvent) => {
    // A forged keystroke from the page's scripts opens nothing.
    if (!e.isTrusted || !isCueShortcut(e)) return;
    // The row of the grade field being typed in (a column grid knows it from the cell's id).
    const target = e.target instanceof Element ? e.target : null;
    const id = target ? rowIdOf?.(target) : undefined;
    const row = rows.find((r) => r.input && r.input === target) ?? (id ? rows.find((r) => r.id === id) : undefined);
    const cue = row && slots.get(row.element)?.cue;
    if (!cue || cue.host.hidden) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    openCue(cue, target ?? row.input ?? null);
  };
  // A committed grade changes that row's measure (the host usually re-renders the cell as well:
  // then the runtime's update syncs first, and this one is dropped).
  const onChange = (e: Event) => {
    if (rows.some((r) => r.input === e.target)) syncSoon();
  };
  window.addEventListener('keydown', onKey, { capture: true, signal });
  // The privacy blur changed: every cue's label again (names out or back in).
  deps.privacy.subscribe(() => sync(), signal);
  context.root.addEventListener('change', onChange, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => close(false), { once: true });
  sync();

  return {
    signal,
    update(next: PageContext) {
      rows = next.rows;
      rowIdOf = next.rowIdOf;
      dark = next.dark;
      partial = next.partial === true;
      sync();
      followSoon();
    },
  };
}

/**
 * One cue per row of the grade grid, in its own shadow root, never in the way of grading. Messages
 * `cue/get` and `moment/add` (../schemas.ts), answered in ../background.ts.
 */
export const gradingCue = (() => {
  let session: ReturnType<typeof startSession> | undefined;
  return defineFeature({
    id: GRADING_CUE,
    setting: 'gradingCues',
    prepare: preloadCueSettings,
    appliesTo: (c) => c.pageType === 'gradeEntry' && c.rows.length > 0,
    async init(context, signal, services) {
      const stored = await loadCueSettings();
      const settings = services.config().quietMode ? { ...stored, quiet: true } : stored;
      if (signal.aborted) return;
      session = startSession(context, signal, settings, services);
    },
    update(context, signal) {
      if (session && session.signal === signal) session.update(context);
    },
  });
})();

/** The popover and its styles, for the in-page preview page (entrypoints/inpage-preview). */
export { CuePopover, cueCss };
