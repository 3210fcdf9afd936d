import type { MeaningFinding } from './recognise';

/**
 * A kind of page, as the teacher's "Nee" to a proposal remembers it: what was found (record or
 * grid), the host, and the address with every part that could name a student replaced by `*` (a
 * number, an id, a word of the student's name). Never a value.
 */
export function pageKindKey(finding: MeaningFinding, href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `${finding.kind}|`;
  }
  const nameText: string = finding.kind === 'studentRecord' ? (finding.name.textContent ?? '') : finding.exampleName;
  const nameWords = nameText
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3);
  const shape = `${url.pathname}${url.hash.split('?')[0] ?? ''}`
    .split('/')
    .map((part) => (/\d/.test(part) || nameWords.some((w) => part.toLowerCase().includes(w)) ? '*' : part))
    .join('/');
  return `${finding.kind}|${url.hostname}|${shape}`.slice(0, 300);
}
