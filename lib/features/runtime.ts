import type { Detection, Miss, PageContext } from '../hosts/context';
import { detectPage, gradeRowCount, routePageType, watchedAttributes } from '../hosts/detect';
import { nearWindow, SMALL_LIST } from '../hosts/near-window';
import { type PageSummary, summarize } from '../hosts/page-summary';
import { createScanCache } from '../hosts/scan-cache';
import type { HostProfile } from '../hosts/schema';
import type { Feature, FeatureServices } from './define';

export interface RuntimeOptions {
  window: Window;
  profiles: () => readonly HostProfile[];
  features: readonly Feature[];
  services: FeatureServices;
  /** Whether a feature is switched on (school policy or the teacher's setting). */
  isEnabled?: (feature: Feature) => boolean;
  /** Tells the background what the page shows now (null: nothing recognised). */
  report: (summary: PageSummary | null) => void;
  /** A redacted diagnostics entry (no names, no grades). */
  diagnose?: (miss: Miss) => void;
  /** How long a page whose route matched may take to render its data before we log a miss. */
  pendingTimeoutMs?: number;
  /**
   * Recognition by meaning: called with true (at most once per batch of page changes, after the
   * page has settled) while no profile recognises the page, and with false when one does.
   */
  unrecognised?: (unrecognised: boolean) => void;
}

/** How long the page must stay unchanged before recognition by meaning looks at it (content renders late). */
const SETTLE_MS = 300;

/** What makes two detections "the same page": same type, same student, same rendered root. */
function sameView(a: PageContext, b: PageContext): boolean {
  return a.pageType === b.pageType && a.student?.id === b.student?.id && a.root === b.root && a.root.isConnected;
}

function logFailure(feature: Feature, error: unknown): void {
  console.warn(`[LOB] onderdeel ${feature.id} kon niet starten`, error);
}

/**
 * Watches the page (hash changes, pushState, the view root rebuilt, late data) and keeps exactly
 * one set of features alive for the page that is shown. Never throws into the host page.
 */
export function startRuntime(options: RuntimeOptions): { stop(): void; restart(): void } {
  const { window: win } = options;
  const doc = win.document;
  let current: { context: PageContext; controller: AbortController; active: Feature[] } | undefined;
  let lastReport = '';
  /** The timer of a scan asked for by navigation or late data (0: none pending). */
  let scheduled = 0;
  /** Rows and cells read so far; every DOM change we observe forgets what it touched. */
  let cache = createScanCache();
  let pendingSince: { key: string; at: number; logged: boolean } | undefined;
  const timeout = options.pendingTimeoutMs ?? 10_000;

  const report = (summary: PageSummary | null) => {
    const key = JSON.stringify(summary);
    if (key === lastReport) return;
    lastReport = key;
    try {
      options.report(summary);
    } catch {
      // the background may be restarting; the next change reports again
    }
  };

  /**
   * A page no profile recognises (its route fits none, or the wait for its late data is over): while
   * it changes (the teacher types, the host updates an average), nothing of ours runs per change. Once
   * it has been still for SETTLE_MS, one scan (a profile may recognise it now) and, if it still is not
   * recognised, one pass of recognition by meaning. Navigation still scans at once.
   */
  let unrecognisedForGood = false;
  let meaningTimer = 0;
  let toldUnrecognised = false;
  const tell = (on: boolean) => {
    if (!options.unrecognised || (!on && !toldUnrecognised)) return;
    toldUnrecognised = on;
    try {
      options.unrecognised(on);
    } catch {
      // never into the page
    }
  };
  const afterSettling = () => {
    win.clearTimeout(meaningTimer);
    meaningTimer = win.setTimeout(() => {
      meaningTimer = 0;
      cache = createScanCache();
      scan(true);
    }, SETTLE_MS);
  };

  const teardown = () => {
    current?.controller.abort();
    current = undefined;
  };

  const notePending = (detection: Detection) => {
    if (detection.status === 'recognised') {
      pendingSince = undefined;
      return;
    }
    if (!detection.miss) return;
    const key = `${win.location.href}|${detection.miss.what}`;
    const now = Date.now();
    if (pendingSince?.key !== key) pendingSince = { key, at: now, logged: false };
    const waited = now - pendingSince.at;
    if (detection.status === 'pending' && waited < timeout) {
      win.setTimeout(schedule, Math.min(timeout - waited + 5, timeout));
      return;
    }
    if (!pendingSince.logged && detection.miss.what !== 'route') {
      pendingSince.logged = true;
      options.diagnose?.(detection.miss);
    }
  };

  /** `settled`: the page has been still for SETTLE_MS (the scan that may let recognition by meaning look). */
  const scan = (settled = false) => {
    // A scan now makes a pending one unnecessary.
    win.clearTimeout(scheduled);
    scheduled = 0;
    let detection: Detection;
    try {
      // The first scan of a grade grid reads the rows near the viewport first (their cues come
      // within a frame or two of the host's own); the scan of all rows follows after the next paint.
      const profiles = options.profiles();
      const first = !current && routePageType(win.location.href, profiles) === 'gradeEntry';
      detection = detectPage(win.location.href, doc, profiles, cache, first ? nearWindow(win) : undefined);
    } catch {
      detection = { status: 'unrecognised' };
    }
    notePending(detection);
    if (detection.status !== 'recognised') {
      teardown();
      report(null);
      // A page whose route fits a profile may still be rendering: only once the wait for late data is
      // over (a vendor changed the screen, a taught page stopped matching) does recognition by meaning look.
      unrecognisedForGood =
        detection.status === 'unrecognised' || (pendingSince !== undefined && Date.now() - pendingSince.at >= timeout);
      if (!unrecognisedForGood) return;
      if (settled) tell(true);
      else afterSettling();
      return;
    }
    unrecognisedForGood = false;
    win.clearTimeout(meaningTimer);
    meaningTimer = 0;
    tell(false);
    const context = detection.context;
    if (current && sameView(current.context, context)) {
      current.context = context;
      report(
        summarize(
          context,
          current.active.map((f) => f.id),
        ),
      );
      for (const feature of current.active) {
        try {
          feature.update?.(context, current.controller.signal);
        } catch (error) {
          logFailure(feature, error);
        }
      }
      return;
    }
    teardown();
    const controller = new AbortController();
    const active = options.features.filter((feature) => {
      try {
        return (!options.isEnabled || options.isEnabled(feature)) && feature.appliesTo(context);
      } catch (error) {
        logFailure(feature, error);
        return false;
      }
    });
    current = { context, controller, active };
    report(
      summarize(
        context,
        active.map((f) => f.id),
      ),
    );
    for (const feature of active) {
      try {
        Promise.resolve(feature.init(context, controller.signal, options.services)).catch((e) => logFailure(feature, e));
      } catch (error) {
        logFailure(feature, error);
      }
    }
    // The rest of the grid once the browser has drawn the cues of the rows in view.
    if (context.partial) afterNextPaint();
  };

  /** Navigation (hash, history) and the wait for late data: one scan right after the current task. */
  function schedule() {
    if (!scheduled) scheduled = win.setTimeout(() => scan(), 0);
  }

  /** One scan in the first task after the browser has drawn the next frame (a hidden tab: after the current task). */
  let painted = 0;
  function afterNextPaint() {
    if (painted || scheduled) return;
    if (doc.visibilityState === 'hidden') {
      schedule();
      return;
    }
    painted = win.requestAnimationFrame(() => {
      painted = 0;
      schedule();
    });
  }

  /** A grade grid with more rows than are read at once (lib/hosts/near-window.ts), or one not there yet. */
  const isLargeGrid = () => {
    const profiles = options.profiles();
    if (routePageType(win.location.href, profiles) !== 'gradeEntry') return false;
    const count = gradeRowCount(win.location.href, doc, profiles);
    return count === undefined || count > SMALL_LIST;
  };

  const isOurs = (node: Node) => node.nodeName === 'LOB-UI';
  const observer = new MutationObserver((records) => {
    // A page no profile recognises: one look once it is still, nothing per change (not even the
    // cache: it is started afresh for that look).
    const quiet = !current && unrecognisedForGood;
    let changed = false;
    for (const record of records) {
      // Our own UI appearing, leaving or moving is not a page change.
      if (isOurs(record.target)) continue;
      if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurs)) continue;
      changed = true;
      if (quiet) break;
      cache.touched(record.target, record.type);
    }
    if (!changed) return;
    if (quiet) {
      afterSettling();
      return;
    }
    // At the end of the task that changed the page, before the browser draws it: a card comes with
    // its record, changed rows keep their cues in the same frame (the scan reads only what changed),
    // a small grade grid comes with its cues. Except a large grade grid not yet shown (up to 1000
    // rows): the host draws it first, then we read it, so its first frame never waits on us.
    if (!current && isLargeGrid()) afterNextPaint();
    else scan();
  });
  const observe = () =>
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: watchedAttributes(options.profiles()),
    });
  observe();
  // Dark mode is a class on <html> (a second observer: observe() again would replace the options).
  const themeObserver = new MutationObserver(schedule);
  themeObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  const nav = (win as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', schedule);
  schedule();

  return {
    /** Configuration changed: tear everything down and build it again for the current page. */
    restart() {
      cache = createScanCache();
      observer.disconnect();
      observe();
      teardown();
      lastReport = '';
      schedule();
    },
    stop() {
      win.clearTimeout(meaningTimer);
      tell(false);
      win.cancelAnimationFrame(painted);
      win.clearTimeout(scheduled);
      observer.disconnect();
      themeObserver.disconnect();
      win.removeEventListener('hashchange', schedule);
      win.removeEventListener('popstate', schedule);
      nav?.removeEventListener('navigatesuccess', schedule);
      teardown();
    },
  };
}
