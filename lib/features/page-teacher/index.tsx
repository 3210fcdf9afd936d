import { render } from 'preact';
import type { HostProfile } from '../../hosts/schema';
import type { HostProfilePatch } from '../../hosts/teach/host-patch';
import { mountShadowHost } from '../shared/mount';
import { TeachDialog } from './TeachDialog';
import { teachCss } from './teach-css';

export interface PageTeacherServices {
  profiles: () => readonly HostProfile[];
  save: (patch: HostProfilePatch, values: string[]) => Promise<void>;
  describeError: (error: unknown) => string;
}

let open: (() => void) | undefined;

/**
 * Opens "Leer deze pagina herkennen" on this page (asked for by the teacher from the side panel).
 * One at a time; in our own closed shadow root at the end of <body>. Never throws into the page.
 */
export function startPageTeacher(doc: Document, services: PageTeacherServices): void {
  try {
    open?.();
    const controller = new AbortController();
    const mounted = mountShadowHost({ featureId: 'page-teacher', css: teachCss, into: doc.body, signal: controller.signal });
    if (!mounted) return;
    const close = () => {
      render(null, mounted.container);
      controller.abort();
      open = undefined;
    };
    open = close;
    render(<TeachDialog doc={doc} host={mounted.host} {...services} onClose={close} />, mounted.container);
    mounted.container.querySelector<HTMLElement>('button')?.focus();
  } catch (error) {
    console.warn('[LOB] leren herkennen kon niet starten', error);
  }
}
