import { looksLikeClassCode, parseStudy } from '../../core/study';
import { idFromAddress } from '../teach/address-id';
import { composedContains, composedParent } from '../teach/composed';
import { STUDENT_ID } from '../teach/id-check';
import { findLabelled, type LabelKind, type Labelled, labelKind } from './labels';
import { looksLikePersonName, marksItselfAsName } from './person-name';
import { fullText, ownText } from './walk';

/**
 * A student record by meaning: a person's name shown prominently near at least two labelled values
 * of the kinds a record has (number, class, study, mentor, profile), in any markup. The number comes
 * from its labelled value, else from the address. Exactly one student: a page with several such
 * clusters (search results) is no record.
 */
export interface RecordFinding {
  kind: 'studentRecord';
  name: Element;
  /** The number's element, or 'address' when only the address carries it. */
  id: Element | 'address';
  idText: string;
  fields: Partial<Record<'klas' | 'study' | 'mentor', Element>>;
  /** What was found, as kinds and positions, never values (for the diagnostics). */
  evidence: string[];
}

const RECORD_KINDS: readonly LabelKind[] = ['id', 'klas', 'study', 'mentor', 'profile'];
/** How far above the name the labelled values may be. */
const MAX_DEPTH = 8;
const HEADING = /^h[1-4]$/;

interface NameCandidate {
  element: Element;
  text: string;
  how: 'label' | 'heading' | 'emphasis' | 'text' | 'marked';
}

/** Never where a record's name is: navigation, links and buttons, the app's own bars. */
const NOT_THE_NAME = 'a, button, nav, [role="navigation"], [role="menu"], [role="button"], label, option';

function nameCandidates(elements: readonly Element[], labelled: readonly Labelled[]): NameCandidate[] {
  // A value of the record (the mentor's name, a class code) is never the student's name.
  const values = new Set(labelled.filter((l) => l.kind !== 'name').flatMap((l) => [l.label, l.value]));
  const out: NameCandidate[] = labelled
    .filter((l) => l.kind === 'name' && looksLikePersonName(l.text))
    .map((l) => ({ element: l.value, text: l.text, how: 'label' as const }));
  for (const el of elements) {
    if (values.has(el) || el.childElementCount > 1 || el.closest(NOT_THE_NAME)) continue;
    const text = fullText(el);
    if (!looksLikePersonName(text)) {
      // A name the page marks as one ("leerling-naam", "naam") whatever it says: a name is what the school typed.
      if (marksItselfAsName(el) && text.length >= 2 && text.length <= 60 && !labelKind(text)) {
        out.push({ element: el, text, how: 'marked' });
      }
      continue;
    }
    const tag = el.localName;
    const heading = HEADING.test(tag) || el.getAttribute('role') === 'heading';
    out.push({ element: el, text, how: heading ? 'heading' : tag === 'strong' || tag === 'b' ? 'emphasis' : 'text' });
  }
  return out;
}

/**
 * Values a record shows without a label, known by their shape: a class code ("V4B", "3H2") and a
 * study ("4 vwo", "MBO Verpleegkunde niv. 4"), as Somtoday Docent's pills show them.
 */
/** A class code: letters and digits only, both present, short ("V4B", "3H2", "4vwo2"; not a date or a grade). */
const CLASS_SHAPE = /^(?=.*\d)(?=.*\p{L})[\p{L}\d.]{3,8}$/u;

function shapedValues(elements: readonly Element[], labelled: readonly Labelled[]): Labelled[] {
  const taken = new Set(labelled.flatMap((l) => [l.label, l.value]));
  const out: Labelled[] = [];
  for (const el of elements) {
    if (el.childElementCount > 0 || taken.has(el)) continue;
    const text = ownText(el);
    if (text.length === 0 || text.length > 40) continue;
    if (CLASS_SHAPE.test(text) && looksLikeClassCode(text)) out.push({ kind: 'klas', label: el, value: el, text });
    else if (parseStudy(text) && !/[:.!?]$/.test(text) && text.split(' ').length <= 6)
      out.push({ kind: 'study', label: el, value: el, text });
  }
  return out;
}

/** The record values around a name: the nearest ancestor holding values of at least two kinds, and its distance. */
/**
 * The record values around a name: the nearest ancestor holding values of at least two kinds (a
 * number in the address counts as one when the page shows at least one value), and its distance.
 */
function clusterAround(
  name: Element,
  values: readonly Labelled[],
  addressId: boolean,
): { depth: number; inside: Labelled[] } | undefined {
  let at: Element | null = name;
  for (let up = 0; at && up <= MAX_DEPTH; up++, at = composedParent(at)) {
    const scope = at;
    const inside = values.filter((v) => composedContains(scope, v.value));
    const kinds = new Set(inside.map((v) => v.kind));
    if (kinds.size >= 2 || (kinds.size === 1 && addressId && !kinds.has('id'))) {
      // The distance is the way up from the name and down to its nearest value: a name in the app's
      // top bar shares an ancestor with the record too, far from its values.
      return { depth: up + Math.min(...inside.map((v) => depthBelow(v.value, scope))), inside };
    }
  }
  return undefined;
}

/** How many steps below `ancestor` an element is (through shadow roots). */
function depthBelow(el: Element, ancestor: Element): number {
  let depth = 0;
  for (let at: Element | null = el; at && at !== ancestor; at = composedParent(at)) depth++;
  return depth;
}

export function findRecord(elements: readonly Element[], href: string): RecordFinding | undefined {
  const labelled = findLabelled(elements);
  const isRecordValue = (l: Labelled) => RECORD_KINDS.includes(l.kind) && !(l.kind === 'id' && !STUDENT_ID.test(l.text));
  const withLabel = labelled.filter(isRecordValue);
  // Values known by their shape only where the page labels too few (Somtoday Docent's pills).
  const values =
    new Set(withLabel.map((v) => v.kind)).size >= 2
      ? withLabel
      : [...withLabel, ...shapedValues(elements, labelled).filter(isRecordValue)];
  let address = '';
  try {
    const url = new URL(href);
    address = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    // no address: the number must be on the page
  }
  const addressId = idFromAddress(address);
  if (new Set(values.map((v) => v.kind)).size + (addressId ? 1 : 0) < 2) return undefined;
  const clustered = nameCandidates(elements, [...labelled, ...values]).flatMap((candidate) => {
    const cluster = clusterAround(candidate.element, values, addressId !== undefined);
    return cluster ? [{ candidate, ...cluster }] : [];
  });
  if (clustered.length === 0) return undefined;
  const best = Math.min(...clustered.map((c) => c.depth));
  const nearest = clustered.filter((c) => c.depth === best);
  const order = { label: 0, heading: 1, emphasis: 2, text: 3, marked: 4 } as const;
  const [chosen, ...others] = nearest.sort((a, b) => order[a.candidate.how] - order[b.candidate.how]);
  if (!chosen) return undefined;
  // Several students, shown alike, at the same distance from their own values: a list of students, not a record.
  if (others.some((o) => o.candidate.text !== chosen.candidate.text && order[o.candidate.how] === order[chosen.candidate.how])) {
    return undefined;
  }
  // The number beside the name, else the one number the page labels (a Leerlingpas beside a Personalia card).
  const pageIds = values.filter((v) => v.kind === 'id');
  const labelledId =
    chosen.inside.find((v) => v.kind === 'id') ?? (new Set(pageIds.map((v) => v.text)).size === 1 ? pageIds[0] : undefined);
  const idText = labelledId?.text ?? addressId;
  if (!idText) return undefined;
  const fields: RecordFinding['fields'] = {};
  for (const kind of ['klas', 'study', 'mentor'] as const) {
    const found = chosen.inside.find((v) => v.kind === kind);
    if (found) fields[kind] = found.value;
  }
  return {
    kind: 'studentRecord',
    name: chosen.candidate.element,
    id: labelledId?.value ?? 'address',
    idText,
    fields,
    evidence: [
      `naam:${chosen.candidate.how}`,
      `nummer:${labelledId ? 'label' : 'adres'}`,
      ...[...new Set(chosen.inside.map((v) => v.kind))].filter((k) => k !== 'id').map((k) => `${k}:label`),
      `afstand:${chosen.depth}`,
    ],
  };
}
