/** Keys and typing inside our UI must not reach the host page's hotkeys. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'] as const;

export interface MountOptions {
  featureId: string;
  studentId?: string;
  /** Our host element goes right after this element. */
  after?: Element;
  /** …or is appended to this one. */
  into?: Element;
  css: string;
  signal: AbortSignal;
}

/**
 * Creates the in-page UI root: `<lob-ui data-lob-ui data-lob-student>` with an open shadow root,
 * removed when the signal aborts. Returns the element to render into.
 */
export function mountShadowHost(options: MountOptions): { host: HTMLElement; container: HTMLElement } | undefined {
  if (options.signal.aborted) return undefined;
  const doc = (options.after ?? options.into)?.ownerDocument;
  if (!doc) return undefined;
  const host = doc.createElement('lob-ui');
  host.dataset.lobUi = options.featureId;
  if (options.studentId !== undefined) host.dataset.lobStudent = options.studentId;
  host.style.display = 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.css;
  const container = doc.createElement('div');
  container.className = 'lob-root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  if (options.after) options.after.after(host);
  else options.into?.append(host);
  options.signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, container };
}
