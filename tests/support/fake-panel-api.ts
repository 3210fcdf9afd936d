import { h } from 'preact';
import { expect, vi } from 'vitest';
import type { Display, NoteInput, PanelApi } from '../../components/panel/api';
import { SidePanel } from '../../components/panel/SidePanel';
import { type StudentRef, studentKey } from '../../lib/core/student';
import { DEFAULT_VOCABULARY } from '../../lib/i18n/vocabulary';
import type {
  AfspraakView,
  CardPrompt,
  NoteView,
  PageSummary,
  PanelData,
  SearchHit,
  StudentListItem,
  TimelineView,
} from '../../lib/messages/schema';
import { getByRole, show, textOf } from './dom';

/**
 * The side panel's port (components/panel/api.ts) in memory: the followed tab shows a page, the
 * background keeps each student's panel data, and every write is recorded (and shows in the data
 * the panel loads next, as the background's would). Two students of mentor group 3H2 on the demo
 * Magister, each with an earlier note and an open afspraak.
 */

const HOST = 'demo.magister.net';

export const SANNE: StudentListItem = { student: { host: HOST, id: '48213' }, name: 'Sanne de Vries', klas: '3H2' };
export const DAAN: StudentListItem = { student: { host: HOST, id: '48220' }, name: 'Daan van der Berg', klas: '3H2' };

/** The followed tab on this student's leerlingkaart (3 havo). */
export function recordPage(s: StudentListItem): PageSummary {
  return {
    profileId: 'magister',
    host: s.student.host,
    pageType: 'studentRecord',
    student: {
      id: s.student.id,
      ...(s.name ? { name: s.name } : {}),
      ...(s.klas ? { klas: s.klas } : {}),
      studyText: '3 havo',
      study: { schoolType: 'havo', year: 3 },
    },
    rowCount: 0,
  };
}

const prompt = (id: string, text: string, why: string, competences: CardPrompt['competences']): CardPrompt => ({
  id,
  text,
  why,
  competences,
});

/** Two prompts for the first step (so "Andere vraag" has another), one for each other step. */
const GUIDE: PanelData['guide'] = {
  terugkijken: [
    prompt(
      'terugkijken-snuffelstage',
      'Wat is je het meest bijgebleven van je snuffelstage?',
      'Terugkijken op een echte ervaring laat zien wat de leerling al over zichzelf weet.',
      ['werkexploratie'],
    ),
    prompt(
      'terugkijken-trots',
      'Waar ben je de afgelopen weken trots op?',
      'Wie benoemt waar hij trots op is, noemt vaak zijn kwaliteiten.',
      ['kwaliteiten'],
    ),
  ],
  reflecteren: [
    prompt('reflecteren-energie', 'Wat gaf je energie, en wat juist niet?', 'Energie wijst naar motieven.', ['motieven']),
  ],
  vooruitkijken: [
    prompt(
      'vooruitkijken-profiel',
      'Welk profiel past bij wat je nu over jezelf weet?',
      'In 3 havo staat de profielkeuze voor de deur.',
      ['loopbaansturing'],
    ),
  ],
  vervolgstap: [
    prompt(
      'vervolgstap-wie',
      'Wie ga je spreken om daar meer over te weten te komen?',
      'Een concrete afspraak met een ander maakt de stap echt.',
      ['netwerken'],
    ),
  ],
};

const REFERRALS: PanelData['referrals'] = [
  {
    role: 'decaan',
    title: 'Decaan',
    name: 'M. Jansen',
    contact: 'm.jansen@lindecollege.nl',
    when: 'Bij profiel-, sector- of studiekeuze, als twijfel blijft.',
    line: 2,
    care: false,
  },
  {
    role: 'zorgcoordinator',
    title: 'Zorgcoördinator',
    name: 'R. de Boer',
    when: 'Als het verhaal verder gaat dan de loopbaan.',
    line: 2,
    care: true,
  },
];

interface Kept {
  item: StudentListItem;
  notes: NoteView[];
  afspraken: AfspraakView[];
  /** Ids of the afspraken made since the last finished conversation (they join the next note). */
  inConversation: string[];
  /** Ids of the afspraken of the last finished conversation. */
  ofLastNote: string[];
  timeline: TimelineView[];
  links: PanelData['links'];
  study: PanelData['study'];
  draft: PanelData['draft'];
  placement?: PanelData['placement'];
  absencePointer?: true;
  consentOn?: string;
}

/** An earlier conversation (October) and a moment from a vakdocent (November), newest first. */
function history(s: StudentListItem): Kept {
  const first = s.name?.split(' ')[0] ?? s.student.id;
  const earlier: NoteView = {
    id: `note-oktober-${s.student.id}`,
    date: '2026-10-01T10:00:00.000Z',
    text: `${first} twijfelt tussen Natuur en Gezondheid en Natuur en Techniek.`,
    studentWords: 'Biologie vind ik leuk, wiskunde B lastig.',
    nextStep: `${first} bezoekt de open dag van Saxion.`,
    competences: ['motieven', 'werkexploratie'],
  };
  return {
    item: s,
    notes: [earlier],
    afspraken: [{ id: `afspraak-${s.student.id}`, what: 'Open dag Saxion bezoeken', who: first, due: '2026-12-12', done: false }],
    inConversation: [],
    ofLastNote: [`afspraak-${s.student.id}`],
    timeline: [
      { kind: 'moment', date: '2026-11-12T13:40:00.000Z', label: 'Compliment gegeven' },
      { kind: 'note', date: earlier.date, note: earlier },
    ],
    links: { linked: [], candidates: [] },
    study: { fromPage: true },
    draft: null,
  };
}

function panelData(r: Kept): PanelData {
  const lens = { kwaliteiten: 0, motieven: 0, werkexploratie: 0, loopbaansturing: 0, netwerken: 0 };
  for (const note of r.notes) for (const c of note.competences) lens[c] += 1;
  const last = r.notes[r.notes.length - 1];
  return {
    lastContact: r.timeline[0]?.date ?? null,
    lastNextStep: last?.nextStep ?? null,
    afspraken: r.afspraken.filter((a) => !a.done),
    summaryAfspraken: r.afspraken.filter((a) => r.ofLastNote.includes(a.id)),
    lens,
    guide: GUIDE,
    stance: ['Vraag door en vul niet in voor de leerling.'],
    ownLens: ['Welke verwachting heb ik zelf van deze leerling?'],
    parents: [prompt('ouders-thuis', 'Wie denkt er thuis mee over de profielkeuze?', 'Ouders kiezen mee.', ['netwerken'])],
    workplace: [],
    knowledge: [{ id: 'kennis-cip', title: 'De vijf loopbaancompetenties', body: 'Kwaliteiten, motieven, werkexploratie…' }],
    referrals: REFERRALS,
    timeline: r.timeline,
    timelineTotal: r.timeline.length,
    storedName: r.item.name ?? null,
    links: r.links,
    study: r.study,
    draft: r.draft,
    ...(r.placement ? { placement: r.placement } : {}),
    ...(r.absencePointer ? { absencePointer: r.absencePointer } : {}),
    handover: { enabled: true, ...(r.consentOn ? { consentOn: r.consentOn } : {}), fromPrevious: [] },
  };
}

interface FakePanelOptions {
  /** What the followed tab shows (null: no tab with a school page). Default: Sanne's record. */
  page?: PageSummary | null;
  blurred?: boolean;
  features?: { sidePanel: boolean; freeTextNotes: boolean };
  /** What the clipboard does with a summary. */
  copies?: boolean;
  /** Whether "Leer deze pagina herkennen" can start on the followed tab. */
  teaches?: boolean;
  /** Sanne under another id on the same host (the grade list's), same name: a link to confirm. */
  otherId?: StudentRef;
  /** The followed page does not tell the school type (a class code such as "VG4"): the mentor may set it. */
  studyUnknown?: boolean;
  /** The page's absence count reached the school's threshold. */
  absencePointer?: boolean;
  /** An mbo (bol) student: the panel shows the work placement as given. */
  placement?: PanelData['placement'];
}

interface Saved {
  student: StudentRef;
  display: Display;
  note: NoteInput;
}

export interface FakePanel {
  api: PanelApi;
  /** Every `saveNote` in order ("Gesprek afronden": each a note of its own). */
  saved: Saved[];
  /** Every `saveDraft` in order (what was typed, kept as it was typed). */
  drafts: Saved[];
  afspraken: { student: StudentRef; what: string; who?: string; due?: string }[];
  referrals: { student: StudentRef; role: string }[];
  links: { student: StudentRef; other: StudentRef }[];
  unlinks: { student: StudentRef; other: StudentRef }[];
  done: string[];
  copied: string[];
  /** Every `studentData` asked for, in order. */
  loads: StudentRef[];
  /** The followed tab now shows `page`; the panel hears it as the background's broadcast. */
  showPage(page: PageSummary | null): void;
  /** The background says the data changed (another tab saved, say). */
  changed(): void;
  /** The blur switched elsewhere (its keyboard shortcut). */
  setBlur(on: boolean): void;
}

export function fakePanelApi(options: FakePanelOptions = {}): FakePanel {
  const records = new Map([SANNE, DAAN].map((s) => [studentKey(s.student), history(s)]));
  const sanne = records.get(studentKey(SANNE.student));
  if (sanne && options.otherId) sanne.links.candidates.push({ student: options.otherId, name: 'Sanne de Vries' });
  if (options.studyUnknown) for (const r of records.values()) r.study = { fromPage: false };
  if (options.placement) for (const r of records.values()) r.placement = options.placement;
  if (options.absencePointer) for (const r of records.values()) r.absencePointer = true;
  let page = options.page === undefined ? recordPage(SANNE) : options.page;
  let blurred = options.blurred ?? false;
  let ids = 0;
  const listeners = new Set<() => void>();
  const blurListeners = new Set<(on: boolean) => void>();
  const recordOf = (student: StudentRef, display: Display): Kept => {
    const key = studentKey(student);
    const known = records.get(key);
    if (known) return known;
    const fresh: Kept = {
      item: { student, ...display },
      notes: [],
      afspraken: [],
      inConversation: [],
      ofLastNote: [],
      timeline: [],
      links: { linked: [], candidates: [] },
      // A student the page does not show (picked by hand): the mentor may set the school type.
      study: { fromPage: false },
      draft: null,
    };
    records.set(key, fresh);
    return fresh;
  };
  const fake: FakePanel = {
    saved: [],
    drafts: [],
    afspraken: [],
    referrals: [],
    links: [],
    unlinks: [],
    done: [],
    copied: [],
    loads: [],
    showPage(next) {
      page = next;
      for (const listener of listeners) listener();
    },
    changed() {
      for (const listener of listeners) listener();
    },
    setBlur(on) {
      blurred = on;
      for (const listener of blurListeners) listener(on);
    },
    api: {
      currentPage: async () => page,
      async studentData(student) {
        fake.loads.push(student);
        return panelData(recordOf(student, {}));
      },
      async saveDraft(student, display, draft) {
        fake.drafts.push({ student, display, note: structuredClone(draft) });
        const r = recordOf(student, display);
        r.draft = draft.text.trim() || draft.studentWords?.trim() || draft.nextStep?.trim() ? structuredClone(draft) : null;
      },
      async saveNote(student, display, note) {
        fake.saved.push({ student, display, note: structuredClone(note) });
        const r = recordOf(student, display);
        r.draft = null;
        const view: NoteView = {
          id: `note-${++ids}`,
          date: '2026-11-24T10:15:00.000Z',
          text: note.text,
          ...(note.studentWords ? { studentWords: note.studentWords } : {}),
          ...(note.nextStep ? { nextStep: note.nextStep } : {}),
          competences: note.competences,
        };
        r.notes = [...r.notes, view];
        r.ofLastNote = r.inConversation;
        r.inConversation = [];
        r.timeline = [{ kind: 'note', date: view.date, note: view }, ...r.timeline];
        return view;
      },
      async addAfspraak(student, display, a) {
        fake.afspraken.push({ student, ...a });
        const view: AfspraakView = { id: `afspraak-${++ids}`, ...a, done: false };
        recordOf(student, display).afspraken.push(view);
        recordOf(student, display).inConversation.push(view.id);
        return view;
      },
      async setAfspraakDone(id, done) {
        fake.done.push(id);
        for (const r of records.values()) for (const a of r.afspraken) if (a.id === id) a.done = done;
      },
      async linkStudent(student, other) {
        fake.links.push({ student, other });
        const { links } = recordOf(student, {});
        links.linked.push(...links.candidates.filter((c) => c.student.id === other.id));
        links.candidates = links.candidates.filter((c) => c.student.id !== other.id);
      },
      async suggestions() {
        return [];
      },
      async answerSuggestion() {},
      async unlinkStudent(student, other) {
        fake.unlinks.push({ student, other });
        const { links } = recordOf(student, {});
        links.candidates.push(...links.linked.filter((c) => c.student.id === other.id));
        links.linked = links.linked.filter((c) => c.student.id !== other.id);
      },
      async setStudy(student, _display, study) {
        const r = recordOf(student, {});
        r.study = { fromPage: r.study.fromPage, ...(study ? study : {}) };
      },
      async setHandoverConsent(student, _display, agreed) {
        const r = recordOf(student, {});
        if (agreed) r.consentOn = '2026-11-24';
        else delete r.consentOn;
      },
      openHandover: () => undefined,
      removeHanded: async () => undefined,
      async setPlacement(student, _display, phase) {
        const r = recordOf(student, {});
        r.placement = {
          ...(r.placement?.fromCalendar ? { fromCalendar: r.placement.fromCalendar } : {}),
          ...(phase ? { set: { phase, setOn: '2026-11-24' } } : {}),
        };
      },
      async addReferral(student, display, role) {
        fake.referrals.push({ student, role });
        const title = REFERRALS.find((r) => r.role === role)?.title ?? role;
        recordOf(student, display).timeline.unshift({ kind: 'referral', date: '2026-11-24T10:20:00.000Z', label: title });
      },
      async search(query) {
        const q = query.toLowerCase();
        const hits: SearchHit[] = [];
        for (const r of records.values()) {
          for (const note of r.notes) {
            if (`${note.text} ${note.studentWords ?? ''} ${note.nextStep ?? ''}`.toLowerCase().includes(q)) {
              hits.push({ ...r.item, note });
            }
          }
        }
        return hits;
      },
      students: async () => [...records.values()].map((r) => r.item),
      async copy(text) {
        fake.copied.push(text);
        return options.copies ?? true;
      },
      print: () => undefined,
      newId: () => `note-${++ids}`,
      vocabulary: () => DEFAULT_VOCABULARY.nl,
      schoolStory: () => 'Linde College',
      features: () => options.features ?? { sidePanel: true, freeTextNotes: true },
      blur: {
        get: async () => blurred,
        async toggle() {
          fake.setBlur(!blurred);
        },
        shortcut: async () => 'Ctrl+Shift+L',
        subscribe(onChange) {
          blurListeners.add(onChange);
          return () => blurListeners.delete(onChange);
        },
      },
      teachPage: async () => options.teaches ?? true,
      subscribe(onChange) {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
    },
  };
  return fake;
}

/** "Sanne de Vries · 3H2": the panel's heading for a student. */
export const headingOf = (s: StudentListItem) => `${s.name} · ${s.klas}`;

/** The side panel over `api`, once it shows `student` with their data (the last contact is in). */
export async function openSidePanel(api: PanelApi, student: StudentListItem = SANNE): Promise<HTMLElement> {
  const panel = await show(h(SidePanel, { api }));
  await vi.waitFor(() => {
    getByRole(panel, 'heading', headingOf(student));
    expect(textOf(panel)).toContain('Laatste loopbaanmoment');
  });
  return panel;
}
