import type { Competence } from '../core/domain';
import { type StudentRef, studentKey } from '../core/student';
import type { DraftRecord, LobDatabase } from './database';
import { type StudentDisplay, upsertStudent } from './students';

/**
 * The conversation being written with one student (lib/db/database.ts DraftRecord): kept at once as
 * it is typed, back in the note box when the panel opens again, never history until the teacher ends
 * the conversation (lib/db/notes.ts saveNote removes it then). An empty draft is no draft.
 */
export interface DraftInput {
  text: string;
  studentWords?: string;
  nextStep?: string;
  competences: Competence[];
  promptIds: string[];
}

const isEmpty = (d: DraftInput) => !d.text.trim() && !d.studentWords?.trim() && !d.nextStep?.trim() && d.competences.length === 0;

export async function readDraft(db: LobDatabase, ref: StudentRef): Promise<DraftRecord | undefined> {
  return db.drafts.get(studentKey(ref));
}

export async function saveDraft(
  db: LobDatabase,
  ref: StudentRef,
  display: StudentDisplay,
  draft: DraftInput,
  now: Date,
): Promise<void> {
  const key = studentKey(ref);
  const stamp = now.toISOString();
  await db.transaction('rw', db.students, db.drafts, async () => {
    if (isEmpty(draft)) {
      await db.drafts.delete(key);
      return;
    }
    const startedAt = (await db.drafts.get(key))?.startedAt ?? stamp;
    await upsertStudent(db, ref, display, stamp);
    await db.drafts.put({
      studentKey: key,
      text: draft.text,
      competences: [...new Set(draft.competences)],
      promptIds: [...new Set(draft.promptIds)],
      startedAt,
      updatedAt: stamp,
      ...(draft.studentWords ? { studentWords: draft.studentWords } : {}),
      ...(draft.nextStep ? { nextStep: draft.nextStep } : {}),
    });
  });
}
