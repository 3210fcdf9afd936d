import { safeDecode } from '../safe-decode';
import { isSafePattern } from '../safe-pattern';
import { compileStudentMatcher } from './student-words';

/**
 * The route of a taught page from the address it was taught on (`pathname + hash`), as a regular
 * expression for a profile's `route`:
 * - the segment equal to the student id becomes `(?<id>[^/?#]+)`;
 * - every other segment that holds a digit (a lesgroep code "4v.sk1", a column "1", another id)
 *   becomes `[^/?#]+`, the first of them named `group` (the grading cues' class key), so
 *   "/cijfers/invoeren/4v.sk1/1" serves every lesgroep and column;
 * - every other segment that mentions a `forbidden` value (a name: "/leerling/sanne-de-vries/kaart")
 *   becomes `[^/?#]+`, so a route never holds a student's name;
 * - everything else is literal (escaped); a query or hash query on the address is dropped;
 * - anchored at the start, and it ends where the address ends or at `/`, `?`, `#`.
 * Undefined when the result is not a safe pattern (lib/hosts/safe-pattern.ts).
 */

const SEGMENT = '[^/?#]+';
const END = '(?=[/?#]|$)';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function generalizeRoute(pathAndHash: string, studentId?: string, forbidden: readonly string[] = []): string | undefined {
  const hash = pathAndHash.indexOf('#');
  const path = hash < 0 ? (pathAndHash.split('?')[0] ?? '') : (pathAndHash.slice(0, hash).split('?')[0] ?? '');
  const hashPart = hash < 0 ? '' : (pathAndHash.slice(hash).split('?')[0] ?? '');
  const mentionsStudent = compileStudentMatcher(forbidden);
  let grouped = false;
  let sawId = false;
  const generalize = (segment: string): string => {
    const decoded = safeDecode(segment);
    if (studentId !== undefined && decoded === studentId && !sawId) {
      sawId = true;
      return `(?<id>${SEGMENT})`;
    }
    if (/\d/.test(decoded)) {
      if (grouped) return SEGMENT;
      grouped = true;
      return `(?<group>${SEGMENT})`;
    }
    if (mentionsStudent(decoded)) return SEGMENT;
    return escapeRegExp(segment);
  };
  // The hash sign is kept literal: "/kaart#sanne" keeps "/kaart#" and generalises only "sanne".
  const pattern = `^${`${path}${hashPart}`
    .split('/')
    .map((segment) => segment.split('#').map(generalize).join('#'))
    .join('/')}${END}`;
  if (studentId !== undefined && !sawId) return undefined;
  return isSafePattern(pattern) ? pattern : undefined;
}

/**
 * A pattern over a link's address that keeps the student id in the named group `value` (a
 * FieldSpec `pattern`): "#/leerlingen/48213/kaart" → "/leerlingen/(?<value>[^/?#]+)/kaart".
 * Only the segment before and after the id are kept (other ids in the address are not copied).
 */
export function hrefIdPattern(href: string, studentId: string): string | undefined {
  const parts = href.split(/([/?#&=])/);
  const at = parts.findIndex((p) => safeDecode(p) === studentId);
  if (at < 0) return undefined;
  const before = parts.slice(Math.max(0, at - 3), at).join('');
  const after = parts.slice(at + 1, at + 3).join('');
  const pattern = `${escapeRegExp(before)}(?<value>[^/?#&]+)${escapeRegExp(after)}`;
  return isSafePattern(pattern) && !/\d{3,}/.test(`${before}${after}`) ? pattern : undefined;
}
