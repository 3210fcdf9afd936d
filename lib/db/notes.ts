import type { Competence } from '../core/domain';
import { type StudentRef, studentKey } from '../core/student';
import { isCareRole } from '../referrals/care';
import { afspraakRecord, checkAfspraak, type NewAfspraak } from './afspraken';
import { datedRowsOf, linkedKeys } from './aliases';
import type { AfspraakRecord, LobDatabase, NoteRecord, ReferralRecord } from './database';
import type { ReferralOptions } from './referrals';
import { labelOf, type StudentDisplay, type StudentLabel, upsertStudent } from './students';

export interface NewNote {
  student: StudentRef;
  display: StudentDisplay;
  text: string;
  /** ISO date-time of the conversation (default: now). */
  date?: string;
  /** Where it happened, e.g. "mentorgesprek", "na de les". */
  context?: string;
  competences?: Competence[];
  promptIds?: string[];
  studentWords?: string;
  nextStep?: string;
  /** Afspraken made in this conversation (saved with the note, linked by noteId). */
  afspraken?: NewAfspraak[];
  /** Referrals made in this conversation: role only. Care roles are left out. */
  referrals?: { role: string }[];
}

function noteRecord(
  id: string,
  key: string,
  input: Omit<NewNote, 'student' | 'display'>,
  date: string,
  stamp: string,
): NoteRecord {
  const context = input.context?.trim();
  return {
    id,
    studentKey: key,
    date,
    competences: [...new Set(input.competences ?? [])],
    promptIds: [...new Set(input.promptIds ?? [])],
    text: input.text,
    updatedAt: stamp,
    ...(context ? { context } : {}),
    ...(input.studentWords ? { studentWords: input.studentWords } : {}),
    ...(input.nextStep ? { nextStep: input.nextStep } : {}),
  };
}

/**
 * Saves a note, the student's display data, and the afspraken and referrals of the conversation,
 * all in one transaction: either everything is stored or nothing. The student's draft (the
 * conversation being written) goes: the note is what it became ("Gesprek afronden").
 */
export async function saveNote(
  db: LobDatabase,
  input: NewNote,
  now: Date,
  newId: () => string,
  options: ReferralOptions = {},
): Promise<NoteRecord> {
  const key = studentKey(input.student);
  const stamp = now.toISOString();
  const note = noteRecord(newId(), key, input, input.date ?? stamp, stamp);
  for (const a of input.afspraken ?? []) checkAfspraak(a, options.careRoles);
  const afspraken: AfspraakRecord[] = (input.afspraken ?? []).map((a) => afspraakRecord(key, a, stamp, newId(), note.id));
  const referrals: ReferralRecord[] = (input.referrals ?? [])
    .filter((r) => r.role.trim() && !isCareRole(r.role, options.careRoles))
    .map((r) => ({ id: newId(), studentKey: key, role: r.role.trim(), date: note.date, noteId: note.id }));
  await db.transaction('rw', [db.students, db.notes, db.afspraken, db.referrals, db.drafts], async () => {
    await upsertStudent(db, input.student, input.display, stamp);
    await db.notes.add(note);
    // The afspraken made while this conversation was being written belong to it (the summary's).
    const draft = await db.drafts.get(key);
    await linkConversationAfspraken(db, key, note, draft?.startedAt, now);
    // The conversation is ended: what was being written is the note now, not a draft any more.
    await db.drafts.delete(key);
    if (afspraken.length) await db.afspraken.bulkAdd(afspraken);
    if (referrals.length) await db.referrals.bulkAdd(referrals);
  });
  return note;
}

/** A conversation began at the latest this long ago (or when its kept draft began, if earlier). */
const CONVERSATION_WINDOW_MS = 12 * 60 * 60 * 1000;

/**
 * Links to this note the student's afspraken that belong to no conversation yet and were made while
 * it went on: since its draft began (or in the last 12 hours, if earlier), never before the
 * student's previous note.
 */
async function linkConversationAfspraken(
  db: LobDatabase,
  key: string,
  note: NoteRecord,
  startedAt: string | undefined,
  now: Date,
): Promise<void> {
  const window = new Date(now.getTime() - CONVERSATION_WINDOW_MS).toISOString();
  const began = startedAt && startedAt < window ? startedAt : window;
  const previous = await db.notes
    .where('studentKey')
    .equals(key)
    .filter((n) => n.id !== note.id)
    .toArray();
  const since = [began, ...previous.map((n) => n.updatedAt)].sort().at(-1) ?? began;
  await db.afspraken
    .where('studentKey')
    .equals(key)
    .filter((a) => !a.noteId && a.createdAt >= since)
    .modify({ noteId: note.id });
}

/** One student's notes, newest first. */
export async function listNotes(db: LobDatabase, ref: StudentRef): Promise<NoteRecord[]> {
  return datedRowsOf(db.notes, await linkedKeys(db, ref));
}

/** Lower case without diacritics: "Één" and "een" match. */
function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface NoteHit {
  note: NoteRecord;
  student: StudentLabel;
}

/**
 * Notes whose text, the student's own words or the vervolgstap contain the query (case- and
 * diacritics-insensitive), newest first, with the student's display data.
 */
export async function searchNotes(db: LobDatabase, query: string, limit = 200): Promise<NoteHit[]> {
  const needle = foldText(query.trim());
  if (!needle) return [];
  return db.transaction('r', db.notes, db.students, async () => {
    const hits: NoteRecord[] = [];
    await db.notes
      .orderBy('date')
      .reverse()
      .until(() => hits.length >= limit)
      .each((note) => {
        const haystack = [note.text, note.studentWords ?? '', note.nextStep ?? ''].map(foldText);
        if (haystack.some((h) => h.includes(needle))) hits.push(note);
      });
    const students = await db.students.bulkGet([...new Set(hits.map((n) => n.studentKey))]);
    const byKey = new Map(students.filter((s) => s !== undefined).map((s) => [s.key, s]));
    return hits.map((note) => ({ note, student: labelOf(note.studentKey, byKey.get(note.studentKey)) }));
  });
}
