import { STUDENT_ID } from '../teach/id-check';
import { idFromAddress } from '../teach/route';
import { composedContains, composedParent } from '../teach/shadow-path';
import { findLabelled, type LabelKind, type Labelled } from './labels';
import { looksLikePersonName } from './person-name';
import { fullText } from './walk';

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
  how: 'label' | 'heading' | 'emphasis';
}

function nameCandidates(elements: readonly Element[], labelled: readonly Labelled[]): NameCandidate[] {
  const values = new Set(labelled.filter((l) => l.kind !== 'name').map((l) => l.value));
  const out: NameCandidate[] = labelled
    .filter((l) => l.kind === 'name' && looksLikePersonName(l.text))
    .map((l) => ({ element: l.value, text: l.text, how: 'label' as const }));
  for (const el of elements) {
    const tag = el.localName;
    const heading = HEADING.test(tag) || el.getAttribute('role') === 'heading';
    if (!heading && tag !== 'strong' && tag !== 'b') continue;
    if (values.has(el) || el.childElementCount > 2) continue;
    const text = fullText(el);
    if (looksLikePersonName(text)) out.push({ element: el, text, how: heading ? 'heading' : 'emphasis' });
  }
  return out;
}

/** The record values around a name: the nearest ancestor holding values of at least two kinds, and its distance. */
function clusterAround(name: Element, values: readonly Labelled[]): { depth: number; inside: Labelled[] } | undefined {
  let at: Element | null = name;
  for (let depth = 0; at && depth <= MAX_DEPTH; depth++, at = composedParent(at)) {
    const scope = at;
    const inside = values.filter((v) => composedContains(scope, v.value));
    if (new Set(inside.map((v) => v.kind)).size >= 2) return { depth, inside };
  }
  return undefined;
}

export function findRecord(elements: readonly Element[], href: string): RecordFinding | undefined {
  const labelled = findLabelled(elements);
  const values = labelled.filter((l) => RECORD_KINDS.includes(l.kind) && !(l.kind === 'id' && !STUDENT_ID.test(l.text)));
  if (new Set(values.map((v) => v.kind)).size < 2) return undefined;
  const clustered = nameCandidates(elements, labelled).flatMap((candidate) => {
    const cluster = clusterAround(candidate.element, values);
    return cluster ? [{ candidate, ...cluster }] : [];
  });
  if (clustered.length === 0) return undefined;
  const best = Math.min(...clustered.map((c) => c.depth));
  const nearest = clustered.filter((c) => c.depth === best);
  // Several students at the same distance from their own values: a list of students, not a record.
  if (new Set(nearest.map((c) => c.candidate.text)).size > 1) return undefined;
  const order = { label: 0, heading: 1, emphasis: 2 } as const;
  const [chosen] = nearest.sort((a, b) => order[a.candidate.how] - order[b.candidate.how]);
  if (!chosen) return undefined;
  const labelledId = chosen.inside.find((v) => v.kind === 'id');
  let address = '';
  try {
    const url = new URL(href);
    address = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    // no address: the number must be on the page
  }
  const fromAddress = labelledId ? undefined : idFromAddress(address);
  const idText = labelledId?.text ?? fromAddress;
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
