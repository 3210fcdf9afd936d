import type { StudentRef } from '../messages';
import { studentKey } from '../messages';
import type { Competence } from '../prompts/schema';
import type { LobDatabase, NoteRecord } from './database';

export interface NewNote {
  student: StudentRef;
  display: { name?: string; klas?: string };
  text: string;
  competences?: Competence[];
  promptIds?: string[];
  studentWords?: string;
  nextStep?: string;
}

/** Saves a note and the student's display data in one transaction. */
export async function saveNote(db: LobDatabase, input: NewNote, now: Date, newId: () => string): Promise<NoteRecord> {
  const key = studentKey(input.student);
  const stamp = now.toISOString();
  const note: NoteRecord = {
    id: newId(),
    studentKey: key,
    date: stamp,
    competences: input.competences ?? [],
    promptIds: input.promptIds ?? [],
    text: input.text,
    updatedAt: stamp,
    ...(input.studentWords ? { studentWords: input.studentWords } : {}),
    ...(input.nextStep ? { nextStep: input.nextStep } : {}),
  };
  await db.transaction('rw', db.students, db.notes, async () => {
    const existing = await db.students.get(key);
    await db.students.put({
      key,
      host: input.student.host.toLowerCase(),
      sisId: input.student.id,
      updatedAt: stamp,
      ...((input.display.name ?? existing?.name) ? { name: input.display.name ?? existing?.name } : {}),
      ...((input.display.klas ?? existing?.klas) ? { klas: input.display.klas ?? existing?.klas } : {}),
    });
    await db.notes.add(note);
  });
  return note;
}

/** One student's notes, newest first. */
export async function listNotes(db: LobDatabase, ref: StudentRef): Promise<NoteRecord[]> {
  const key = studentKey(ref);
  return db.notes.where('[studentKey+date]').between([key, ''], [key, '\uffff']).reverse().toArray();
}

/** Date of the last loopbaanmoment (note or moment) with this student, or null. */
export async function lastContact(db: LobDatabase, ref: StudentRef): Promise<string | null> {
  const key = studentKey(ref);
  const range = (table: LobDatabase['notes'] | LobDatabase['moments']) =>
    table.where('[studentKey+date]').between([key, ''], [key, '\uffff']).last();
  const [note, moment] = await Promise.all([range(db.notes), range(db.moments)]);
  const dates = [note?.date, moment?.date].filter((d): d is string => Boolean(d)).sort();
  return dates.at(-1) ?? null;
}
