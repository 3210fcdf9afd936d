/** All queries over the teacher's database (kept as one import for the background). */
export {
  addAfspraak,
  type DueAfspraak,
  dueAfspraken,
  listAfspraken,
  localDay,
  type NewAfspraak,
  setAfspraakDone,
} from './afspraken';
export { linkCandidates, linkedKeys, linkStudents } from './aliases';
export { addMoment, listMoments } from './moments';
export {
  foldText,
  listNotes,
  type NewNote,
  type NoteDraft,
  type NoteHit,
  saveNote,
  searchNotes,
  updateNote,
} from './notes';
export { addReferral, listReferrals, type ReferralOptions } from './referrals';
export { listStudents, type StudentDisplay, type StudentLabel, studentsWithoutMoment } from './students';
export { type TimelineEntry, timeline } from './timeline';
