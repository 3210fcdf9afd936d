import type { Competence, Vocabulary } from '../../lib/core/domain';
import type {
  AfspraakView,
  NoteView,
  PageSummary,
  PanelData,
  SearchHit,
  StudentListItem,
  StudentRef,
} from '../../lib/messages/schema';

export interface Display {
  name?: string;
  klas?: string;
}

export interface NoteInput {
  id: string;
  text: string;
  studentWords?: string;
  nextStep?: string;
  competences: Competence[];
  promptIds: string[];
}

/** What the panel needs from the extension; the entrypoint wires it to the browser. */
export interface PanelApi {
  currentPage(): Promise<PageSummary | null>;
  /** Everything the panel shows for one student; `fromTab`: the student is the one on the followed tab. */
  studentData(student: StudentRef, fromTab: boolean): Promise<PanelData>;
  saveNote(student: StudentRef, display: Display, note: NoteInput): Promise<NoteView>;
  addAfspraak(student: StudentRef, display: Display, a: { what: string; who?: string; due?: string }): Promise<AfspraakView>;
  setAfspraakDone(id: string, done: boolean): Promise<void>;
  /** The teacher confirms that `other` (another id on the same host) is this student. */
  linkStudent(student: StudentRef, other: StudentRef): Promise<void>;
  addReferral(student: StudentRef, display: Display, role: string): Promise<void>;
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
