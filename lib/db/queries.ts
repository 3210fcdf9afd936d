/** All queries over the teacher's database (kept as one import for the background). */
export {
  addAfspraak,
  dueAfspraken,
  listAfspraken,
  setAfspraakDone,
} from './afspraken';
export { linkCandidates, linkedKeys, linkStudents, unlinkStudents } from './aliases';
export { addMoment, listMoments } from './moments';
export {
  listNotes,
  saveNote,
  searchNotes,
} from './notes';
export { addReferral, listReferrals } from './referrals';
export { listStudents, studentsWithoutMoment } from './students';
export { timeline } from './timeline';
