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
  /** Removes the host when it aborts; without one the caller removes it. */
  signal?: AbortSignal;
  /** A zero-size, absolutely placed host (grading cues in their layer): the caller sets left/top. */
  floating?: boolean;
  /**
   * A box of a fixed height (px) in the page's flow: its size never depends on what it shows (a
   * student's notes decide the prompts, the last contact, the names of the overview), so the page
   * cannot measure anything of them; the content scrolls inside (class `boxed` on the container).
   */
  fixedHeight?: number;
}

/**
 * The elements of ours in the page (hosts and layers we created), by identity: the page can make a
 * look-alike `<lob-ui data-lob-ui>`, but not one in this set (lib/features/shared/seen-dom.ts skips
 * only these when it looks for what covers a control).
 */
export const ourElements = new WeakSet<Element>();

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** One shared constructable stylesheet per CSS text and document (cheap for 1000 cues). */
function adoptStyles(shadow: ShadowRoot, doc: Document, css: string): boolean {
  try {
    let perDoc = sheets.get(doc);
    if (!perDoc) {
      perDoc = new Map();
      sheets.set(doc, perDoc);
    }
    let sheet = perDoc.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      perDoc.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false; // e.g. Firefox content-script wrappers: fall back to a <style> element
  }
}

/**
 * Creates the in-page UI root: `<lob-ui data-lob-ui data-lob-student>` with a **closed** shadow root,
 * removed when the signal aborts. Returns the element to render into.
 *
 * Closed, because the page's scripts must not read what we render (prompts are harmless, but the
 * card's last-contact date, the competence counts and the mentor overview's names are derived from
 * the teacher's notes): `host.shadowRoot` is null for them, and the root is created in the content
 * script's isolated world, so a page that patches `Element.prototype.attachShadow` does not see the
 * call. Only the host element (its attributes and geometry) is visible to the page. Tests look
 * inside through the DevTools protocol (tests/support/pierce.ts).
 */
export function mountShadowHost(options: MountOptions): { host: HTMLElement; container: HTMLElement } | undefined {
  if (options.signal?.aborted) return undefined;
  const doc = (options.after ?? options.into)?.ownerDocument;
  if (!doc) return undefined;
  const host = doc.createElement('lob-ui');
  ourElements.add(host);
  host.dataset.lobUi = options.featureId;
  if (options.studentId !== undefined) host.dataset.lobStudent = options.studentId;
  if (options.floating) {
    Object.assign(host.style, { position: 'absolute', display: 'block', width: '0', height: '0', contain: 'size layout style' });
  } else if (options.fixedHeight !== undefined) {
    Object.assign(host.style, { display: 'block', height: `${options.fixedHeight}px`, contain: 'strict', overflow: 'hidden' });
  } else {
    host.style.display = 'block';
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  if (!adoptStyles(shadow, doc, options.css)) {
    const style = doc.createElement('style');
    style.textContent = options.css;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  container.className = options.fixedHeight === undefined ? 'lob-root' : 'lob-root boxed';
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  if (options.after) options.after.after(host);
  else options.into?.append(host);
  options.signal?.addEventListener('abort', () => host.remove(), { once: true });
  return { host, container };
}
