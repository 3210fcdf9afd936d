import { fullText, ownText } from './walk';

/**
 * The labelled values a student record shows, by meaning: the label texts schools and vendors use
 * for a student's number, class, study, mentor and profile, in any markup — `dt`/`dd`, a table row,
 * label and value elements side by side, "Label: value" in one text, an ARIA label on the value.
 */
export type LabelKind = 'id' | 'klas' | 'study' | 'mentor' | 'profile' | 'name';

const LABELS: Record<LabelKind, readonly string[]> = {
  id: [
    'stamnummer',
    'stamnr',
    'stamnr.',
    'leerlingnummer',
    'leerlingnr',
    'leerlingnr.',
    'llnr',
    'llnr.',
    'nr',
    'nr.',
    'leerling-id',
    'leerlingid',
  ],
  klas: ['klas', 'stamgroep', 'groep', 'stamklas', 'basisgroep'],
  study: ['studie', 'opleiding', 'leerweg', 'niveau'],
  mentor: ['mentor', 'coach', 'mentor(en)', 'mentoren', 'studieloopbaanbegeleider', 'slb'],
  profile: ['profiel', 'sector'],
  name: ['naam', 'volledige naam', 'roepnaam en achternaam', 'leerling'],
};

const BY_TEXT = new Map<string, LabelKind>(
  (Object.entries(LABELS) as [LabelKind, readonly string[]][]).flatMap(([kind, texts]) => texts.map((t) => [t, kind] as const)),
);

/** The kind a label text names ("Stamnummer:", " leerlingnr. ", "KLAS"), or undefined. */
export function labelKind(text: string): LabelKind | undefined {
  const key = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/, '')
    .toLowerCase();
  return key.length > 0 && key.length <= 40 ? BY_TEXT.get(key) : undefined;
}

/** One labelled value found on the page: where the label and the value are. */
export interface Labelled {
  kind: LabelKind;
  /** The element holding the label text (for an ARIA label: the value itself). */
  label: Element;
  /** The element whose text is the value (for "Label: value" in one text: the label element). */
  value: Element;
  text: string;
}

/** A leaf or a chain of single-child wrappers around one: its innermost element. */
function innermost(el: Element): Element {
  let at = el;
  while (at.childElementCount === 1 && at.firstElementChild && ownText(at) === '') at = at.firstElementChild;
  return at;
}

const MAX_VALUE = 80;

/** Is this element itself a label (of a kind we know, or a header cell)? Then it is not a value. */
function isLabel(el: Element): boolean {
  return el.localName === 'th' || el.localName === 'dt' || labelKind(fullText(el)) !== undefined;
}

/** The value element that belongs to a label element, or undefined. */
function valueBeside(label: Element): Element | undefined {
  if (label.localName === 'label') {
    const target = label.getAttribute('for');
    const byFor = target ? label.ownerDocument.getElementById(target) : null;
    if (byFor) return byFor;
  }
  let el: Element | null = label;
  for (let depth = 0; el && depth < 3; depth++) {
    const sibling: Element | null = el.nextElementSibling;
    if (sibling) {
      if (isLabel(sibling)) return undefined;
      // A table row read across (th/td + td), never down a column: a column header is not a label of one value.
      if (el.localName === 'th' && el.parentElement?.parentElement?.localName === 'thead') return undefined;
      return innermost(sibling);
    }
    const parent: Element | null = el.parentElement;
    if (!parent || parent.childElementCount > 1) return undefined;
    el = parent;
  }
  return undefined;
}

/** "Klas: 3H2" in one text: the kind and the value. */
function inlineValue(text: string): { kind: LabelKind; value: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const kind = labelKind(text.slice(0, colon));
  const value = text.slice(colon + 1).trim();
  return kind && value ? { kind, value } : undefined;
}

/** Every labelled value among `elements` (see `shownElements`). */
export function findLabelled(elements: readonly Element[]): Labelled[] {
  const out: Labelled[] = [];
  for (const el of elements) {
    const aria = el.getAttribute('aria-label');
    const ariaKind = aria ? labelKind(aria) : undefined;
    const own = ownText(el);
    if (ariaKind && own && own.length <= MAX_VALUE && el.childElementCount === 0) {
      out.push({ kind: ariaKind, label: el, value: el, text: own });
      continue;
    }
    if (el.childElementCount > 1 || own.length === 0 || own.length > MAX_VALUE) continue;
    const kind = labelKind(own);
    if (kind) {
      // "Klas <b>V4A</b>": the label's own text, the value in its one child.
      const child = el.childElementCount === 1 ? el.firstElementChild : null;
      const value = child && fullText(child) !== '' ? innermost(child) : valueBeside(el);
      const text = value ? fullText(value) : '';
      if (value && text && text.length <= MAX_VALUE && !labelKind(text)) out.push({ kind, label: el, value, text });
      continue;
    }
    const inline = el.childElementCount === 0 ? inlineValue(own) : undefined;
    if (inline) out.push({ kind: inline.kind, label: el, value: el, text: inline.value });
  }
  return out;
}
