import { render } from 'preact';
import type { HostProfile } from '../../../hosts/schema';
import type { HostProfilePatch } from '../../../hosts/teach/host-patch';
import { mountShadowHost } from '../../shared/mount';
import type { Privacy } from '../../shared/privacy';
import { watchSeen } from '../../shared/seen-dom';
import { TeachDialog } from './TeachDialog';
import { teachCss } from './teach-css';

export interface PageTeacherServices {
  profiles: () => readonly HostProfile[];
  save: (patch: HostProfilePatch, values: string[]) => Promise<void>;
  describeError: (error: unknown) => string;
  privacy?: Privacy;
}

/**
 * Where the open picker's `close` is kept: on the global of our isolated world, not in a module
 * variable, because each injection of page-teacher.js evaluates its own copy of this module. The
 * page's scripts cannot see this global.
 */
const OPEN = Symbol.for('lob-naast-de-leerling.page-teacher');
const slot = globalThis as { [OPEN]?: () => void };

/**
 * Opens "Leer deze pagina herkennen" on this page (asked for by the teacher from the side panel).
 * One at a time: starting again closes the open one first. In our own closed shadow root at the end
 * of <body>; `onClosed` runs when it closes. Never throws into the page; false when it did not open.
 */
export function startPageTeacher(doc: Document, services: PageTeacherServices, onClosed?: () => void): boolean {
  try {
    slot[OPEN]?.();
    const controller = new AbortController();
    const mounted = mountShadowHost({ featureId: 'page-teacher', css: teachCss, into: doc.body, signal: controller.signal });
    if (!mounted) return false;
    watchSeen(mounted.container, controller.signal);
    const close = () => {
      if (controller.signal.aborted) return; // closed already
      render(null, mounted.container);
      controller.abort();
      if (slot[OPEN] === close) delete slot[OPEN];
      onClosed?.();
    };
    slot[OPEN] = close;
    render(<TeachDialog doc={doc} host={mounted.host} {...services} onClose={close} />, mounted.container);
    mounted.container.querySelector<HTMLElement>('button')?.focus();
    return true;
  } catch (error) {
    console.warn('[LOB] leren herkennen kon niet starten', error);
    return false;
  }
}

/** Confirming a proposal of recognition by meaning (the picker's bundle does that too). */
export { confirmFinding } from './confirm';

/** The dialog and its styles, for the in-page preview page (entrypoints/inpage-preview). */
export { TeachDialog, teachCss };
