import {
  HANDOVER_FORMAT,
  HANDOVER_VERSION,
  type HandoverEntry,
  type HandoverFile,
  type HandoverStudent,
} from '../../core/handover-file';
import { isCareEntry } from '../../referrals/care-entry';
import type { AfspraakRecord, NoteRecord, StudentRecord } from '../database';

/** One student as the mentor may hand them over: their record, the consent day (if any) and their own rows. */
export interface HandoverCandidate {
  student: StudentRecord;
  /** The day the student agreed (YYYY-MM-DD); absent: not agreed, so not in any file. */
  consentOn?: string;
  notes: readonly NoteRecord[];
  afspraken: readonly AfspraakRecord[];
}

const has = (text: string | undefined): text is string => Boolean(text?.trim());

/**
 * A care entry (lib/referrals/care-entry.ts) never goes, and is never stored on receipt: an afspraak
 * with the zorg, or a conversation whose student's words or next step name the school's zorg.
 */
export function namesCare(entry: HandoverEntry, careRoles: readonly string[]): boolean {
  if (entry.kind === 'afspraak') return isCareEntry(entry, careRoles);
  return isCareEntry({ what: entry.studentWords }, careRoles) || isCareEntry({ what: entry.nextStep }, careRoles);
}

/**
 * What of one conversation goes: the student's words, the agreed next step and the competences it
 * touched; never the teacher's own note text (`text`) or the prompts used.
 */
function noteEntry(note: NoteRecord): HandoverEntry | null {
  if (!has(note.studentWords) && !has(note.nextStep) && note.competences.length === 0) return null;
  return {
    id: note.id,
    kind: 'note',
    date: note.date,
    competences: [...note.competences],
    ...(has(note.studentWords) ? { studentWords: note.studentWords } : {}),
    ...(has(note.nextStep) ? { nextStep: note.nextStep } : {}),
  };
}

/** An open afspraak goes (what, who, when); a done one does not. */
function afspraakEntry(afspraak: AfspraakRecord): HandoverEntry | null {
  if (afspraak.done) return null;
  return {
    id: afspraak.id,
    kind: 'afspraak',
    date: afspraak.createdAt,
    what: afspraak.what,
    ...(has(afspraak.who) ? { who: afspraak.who } : {}),
    ...(afspraak.due ? { due: afspraak.due } : {}),
  };
}

/** Exactly what would go for one student (oldest first); empty when nothing may go. */
export function entriesToHand(candidate: HandoverCandidate, careRoles: readonly string[]): HandoverEntry[] {
  const entries = [...candidate.notes.map(noteEntry), ...candidate.afspraken.map(afspraakEntry)].filter(
    (e): e is HandoverEntry => e !== null && !namesCare(e, careRoles),
  );
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * The handover file of the chosen students: only those who agreed (a consent day) and have something
 * to hand over. Pure: the caller reads the rows and seals the result.
 */
export function buildHandover(
  candidates: readonly HandoverCandidate[],
  careRoles: readonly string[],
  madeAt: Date,
): HandoverFile {
  const students: HandoverStudent[] = [];
  for (const candidate of candidates) {
    if (!candidate.consentOn) continue;
    const entries = entriesToHand(candidate, careRoles);
    if (entries.length === 0) continue;
    const { host, sisId, name, klas } = candidate.student;
    students.push({
      host,
      sisId,
      ...(name ? { name } : {}),
      ...(klas ? { klas } : {}),
      consentOn: candidate.consentOn,
      entries,
    });
  }
  return { format: HANDOVER_FORMAT, version: HANDOVER_VERSION, madeAt: madeAt.toISOString(), students };
}
