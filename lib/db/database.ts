import Dexie, { type EntityTable } from 'dexie';
import type { Competence } from '../prompts/schema';

export interface StudentRecord {
  /** host + "|" + SIS id: the same child on two hosts is two students. */
  key: string;
  host: string;
  sisId: string;
  name?: string;
  klas?: string;
  updatedAt: string;
}

export interface NoteRecord {
  id: string;
  studentKey: string;
  /** ISO date-time of the conversation */
  date: string;
  context?: string;
  competences: Competence[];
  promptIds: string[];
  text: string;
  studentWords?: string;
  nextStep?: string;
  updatedAt: string;
}

export interface AfspraakRecord {
  id: string;
  studentKey: string;
  what: string;
  who?: string;
  due?: string;
  done: boolean;
  createdAt: string;
}

export interface MomentRecord {
  id: string;
  studentKey: string;
  type: string;
  date: string;
  subject?: string;
}

export interface ReferralRecord {
  id: string;
  studentKey: string;
  role: string;
  date: string;
}

export const DB_NAME = 'lob-naast-de-leerling';

export type LobDatabase = Dexie & {
  students: EntityTable<StudentRecord, 'key'>;
  notes: EntityTable<NoteRecord, 'id'>;
  afspraken: EntityTable<AfspraakRecord, 'id'>;
  moments: EntityTable<MomentRecord, 'id'>;
  referrals: EntityTable<ReferralRecord, 'id'>;
};

/** Opens the database. Only the background and extension pages may call this (extension origin). */
export function openDatabase(name = DB_NAME): LobDatabase {
  const db = new Dexie(name) as LobDatabase;
  db.version(1).stores({
    students: 'key, host, name',
    notes: 'id, studentKey, date, [studentKey+date]',
    afspraken: 'id, studentKey, due, done',
    moments: 'id, studentKey, date, [studentKey+date]',
    referrals: 'id, studentKey, date',
  });
  return db;
}
