import type { Vocabulary } from '../../lib/core/domain';
import type { PlacementPhase } from '../../lib/core/placement';
import type {
  AfspraakView,
  DraftView,
  NoteView,
  PageSummary,
  PanelData,
  Request,
  SearchHit,
  StudentListItem,
  StudentRef,
  SuggestionView,
} from '../../lib/messages/schema';
import type { StudySetting } from './StudyFact';

/**
 * The panel's inputs are the background's request shapes (lib/messages/schema.ts), so a field the
 * panel sends is a field the background's strict schema accepts, and the other way round.
 */
type NoteSave = Extract<Request, { type: 'note/save' }>;

/** What the page showed about the student (name, class), sent with every write that may add them. */
export type Display = NoteSave['display'];

/** The conversation being written: kept as a draft at once, a note once the teacher ends it. */
export type NoteInput = DraftView;

/** A new afspraak as the panel's form gives it. */
export type AfspraakInput = Omit<Extract<Request, { type: 'afspraak/add' }>, 'type' | 'student' | 'display'>;

/** What the panel needs from the extension; the entrypoint wires it to the browser. */
export interface PanelApi {
  currentPage(): Promise<PageSummary | null>;
  /** Everything the panel shows for one student; `fromTab`: the student is the one on the followed tab. */
  studentData(student: StudentRef, fromTab: boolean): Promise<PanelData>;
  /** "Gesprek afronden": the conversation becomes a note in the timeline; the draft goes. */
  saveNote(student: StudentRef, display: Display, note: NoteInput): Promise<NoteView>;
  /** The conversation as it is typed, kept at once (an empty one removes the draft). */
  saveDraft(student: StudentRef, display: Display, draft: NoteInput): Promise<void>;
  addAfspraak(student: StudentRef, display: Display, a: AfspraakInput): Promise<AfspraakView>;
  setAfspraakDone(id: string, done: boolean): Promise<void>;
  /** The teacher confirms that `other` (another id on the same host) is this student. */
  linkStudent(student: StudentRef, other: StudentRef): Promise<void>;
  /** The teacher undoes a pairing: both records are again their own. */
  unlinkStudent(student: StudentRef, other: StudentRef): Promise<void>;
  addReferral(student: StudentRef, display: Display, role: string): Promise<void>;
  /** In-page presses in the followed tab that did not count (the control may not have been seen): to confirm. */
  suggestions(): Promise<SuggestionView[]>;
  /** The teacher's answer to an in-page press that did not count: true writes it, false drops it. */
  answerSuggestion(id: string, accept: boolean): Promise<void>;
  /** The school type (and year) the mentor sets for this student, where the page does not tell it; null: none. */
  setStudy(student: StudentRef, display: Display, study: StudySetting | null): Promise<void>;
  /** Where the student stands in the work placement, as the mentor says today; null: not known. */
  setPlacement(student: StudentRef, display: Display, phase: PlacementPhase | null): Promise<void>;
  /** "De leerling weet het en is akkoord" with the handover to the next mentor (today), or withdrawn. */
  setHandoverConsent(student: StudentRef, display: Display, agreed: boolean): Promise<void>;
  /** Takes away what the previous mentor handed over for this student (a wrong choice on receipt). */
  removeHanded(student: StudentRef): Promise<void>;
  /** Opens the options page at the handover (making or receiving a file). */
  openHandover(): void;
  search(query: string): Promise<SearchHit[]>;
  students(): Promise<StudentListItem[]>;
  copy(text: string): Promise<boolean>;
  print(): void;
  newId(): string;
  vocabulary(): Vocabulary;
  schoolStory(): string | undefined;
  /** School/teacher switches: the panel itself, and free-text note fields. */
  features(): { sidePanel: boolean; freeTextNotes: boolean };
  /** The privacy blur, kept by the background for the browser session (also switched by its shortcut). */
  blur: {
    get(): Promise<boolean>;
    /** Runs the same command as the keyboard shortcut. */
    toggle(): Promise<void>;
    /** The blur command's shortcut as the teacher has it now (chrome://extensions/shortcuts), "" if none. */
    shortcut(): Promise<string>;
    subscribe(onChange: (on: boolean) => void): () => void;
  };
  /** Starts "Leer deze pagina herkennen" on the followed tab; false when that tab has no school page of ours. */
  teachPage(): Promise<boolean>;
  /** Calls back when the followed tab or the data changed; returns an unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}
