import { safeDecode } from '../safe-decode';
import { STUDENT_ID } from './id-check';

/**
 * The student id an address carries, for "take it from the address": the first segment that is a
 * number of three or more digits or a uuid ("/mentordashboard/leerling/2401000/profiel" → "2401000").
 */
export function idFromAddress(pathAndHash: string): string | undefined {
  return pathAndHash
    .split(/[/?#&=]/)
    .map(safeDecode)
    .find((segment) => STUDENT_ID.test(segment));
}
