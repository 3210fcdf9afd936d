import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LobDatabase, type NoteRecord, openDatabase } from '../../lib/db/database';
import { studentHistory } from '../../lib/db/history';
import { importData } from '../../lib/db/transfer';
import { effectivePolicy, parsePolicy } from '../../lib/policy';
import { eligiblePrompts } from '../../lib/prompts/engine';
import {
  checkPromptIdFreeze,
  explainPromptIdProblem,
  type PromptIdFreezeInput,
  withNewPromptIds,
} from '../../lib/prompts/id-freeze';
import { library } from '../../lib/prompts/library/shipped';
import {
  currentPromptId,
  PROMPT_ID_RENAMES,
  type PromptIdRenames,
  renameExportFilePromptIds,
  renamePromptIds,
  renamePromptIdsOf,
} from '../../lib/prompts/renames';
import type { RuleContext } from '../../lib/prompts/rules';
import { readShippedIds } from '../../scripts/prompts/shipped-ids';
import { exportFileText } from '../support/export-file';

/**
 * Prompt ids never move (lib/prompts/id-freeze.ts): school policies and stored notes name them. A
 * changed id goes into the rename map, and policy and history read old ids as the new ones.
 */

const shipped = readShippedIds();
const freezeProblems = (input: PromptIdFreezeInput) => checkPromptIdFreeze(input).map(explainPromptIdProblem);

/** The library with one id changed, as a developer might do by hand. */
const withIdChanged = (from: string, to: string) => library.map((p) => (p.id === from ? { ...p, id: to } : p));

describe('the prompt id freeze', () => {
  it('holds on the tree: every shipped id is in the library, every library id is shipped', () => {
    expect(freezeProblems({ shipped, library, renames: PROMPT_ID_RENAMES })).toEqual([]);
  });

  it('keeps shipped-ids.json sorted, each id once', () => {
    expect(shipped).toEqual(withNewPromptIds(shipped, []));
  });

  it('writes every vakdocent id out under its own subject: vd-<subject>-<n>', () => {
    const misnamed = library
      .filter((p) => p.family === 'vakdocent')
      .filter((p) => !new RegExp(`^vd-${p.subjects?.[0] ?? 'algemeen'}-\\d+$`).test(p.id))
      .map((p) => p.id);
    expect(misnamed).toEqual([]);
  });

  it('fails when an id changes without a rename, naming the id', () => {
    const problems = checkPromptIdFreeze({
      shipped,
      library: withIdChanged('vd-nederlands-1', 'vd-nederlands-taal-1'),
      renames: PROMPT_ID_RENAMES,
    });
    expect(problems).toEqual([
      { code: 'missing', id: 'vd-nederlands-1' },
      { code: 'new', id: 'vd-nederlands-taal-1' },
    ]);
    expect(explainPromptIdProblem({ code: 'missing', id: 'vd-nederlands-1' })).toMatch(
      /^vd-nederlands-1: .*lib\/prompts\/renames\.ts/,
    );
  });

  it('passes when the same change has its rename and the new id is shipped (npm run prompts:freeze)', () => {
    const changed = withIdChanged('vd-nederlands-1', 'vd-nederlands-taal-1');
    const renames = { ...PROMPT_ID_RENAMES, 'vd-nederlands-1': 'vd-nederlands-taal-1' };
    expect(checkPromptIdFreeze({ shipped, library: changed, renames })).toEqual([{ code: 'new', id: 'vd-nederlands-taal-1' }]);
    const frozen = withNewPromptIds(shipped, changed);
    expect(frozen.filter((id) => !shipped.includes(id))).toEqual(['vd-nederlands-taal-1']);
    expect(checkPromptIdFreeze({ shipped: frozen, library: changed, renames })).toEqual([]);
  });

  it('fails when an old id is used again, for another prompt', () => {
    const changed = withIdChanged('vd-nederlands-1', 'vd-nederlands-taal-1');
    const reusing = [...changed, { ...(library[0] as (typeof library)[number]), id: 'vd-nederlands-1' }];
    const renames = { ...PROMPT_ID_RENAMES, 'vd-nederlands-1': 'vd-nederlands-taal-1' };
    expect(checkPromptIdFreeze({ shipped: withNewPromptIds(shipped, changed), library: reusing, renames })).toEqual([
      { code: 'reused', id: 'vd-nederlands-1' },
    ]);
  });

  it('fails on a rename to nowhere, on renames in a cycle and on two prompts with one id', () => {
    const lib = [{ id: 'a' }, { id: 'b' }, { id: 'b' }];
    expect(checkPromptIdFreeze({ shipped: ['a', 'b', 'x'], library: lib, renames: { x: 'y' } })).toEqual([
      { code: 'duplicate', id: 'b' },
      { code: 'missing', id: 'x' },
      { code: 'danglingRename', id: 'x' },
    ]);
    expect(checkPromptIdFreeze({ shipped: ['a', 'b', 'x'], library: lib.slice(0, 2), renames: { x: 'z', z: 'x' } })).toEqual([
      { code: 'missing', id: 'x' },
      { code: 'renameCycle', id: 'x' },
      { code: 'renameCycle', id: 'z' },
    ]);
  });
});

describe('the rename map', () => {
  const renames: PromptIdRenames = { a: 'b', b: 'c', loop1: 'loop2', loop2: 'loop1' };

  it('follows a chain to its end and stops on a cycle', () => {
    expect(currentPromptId('a', renames)).toBe('c');
    expect(currentPromptId('c', renames)).toBe('c');
    expect(currentPromptId('loop1', renames)).toBe('loop1');
    expect(currentPromptId('constructor', renames)).toBe('constructor');
  });

  it('maps a list and keeps each prompt once, in first order', () => {
    expect(renamePromptIds(['x', 'a', 'c', 'b'], renames)).toEqual(['x', 'c']);
  });

  it('leaves an item without old ids untouched', () => {
    const note = { id: 'n1', promptIds: ['c'] };
    expect(renamePromptIdsOf(note, renames)).toBe(note);
    expect(renamePromptIdsOf({ id: 'n2', promptIds: ['a'] }, renames)).toEqual({ id: 'n2', promptIds: ['c'] });
  });

  it('ships only merges into prompts of the library: each old id was shipped, and is gone from the library', () => {
    const ids = new Set(library.map((p) => p.id));
    for (const [old, to] of Object.entries(PROMPT_ID_RENAMES)) {
      expect(shipped, old).toContain(old);
      expect(ids.has(old), old).toBe(false);
      expect(ids.has(currentPromptId(to)), `${old} → ${to}`).toBe(true);
    }
  });
});

/** As if vd-nederlands-1 was once called vd-nederlands-oud-1, and a school and a teacher still say so. */
const RENAMED: PromptIdRenames = { 'vd-nederlands-oud-1': 'vd-nederlands-1' };

describe('a renamed id in the school policy', () => {
  const grading: RuleContext = {
    place: 'gradeEntry',
    role: 'vakdocent',
    schoolType: 'havo',
    year: 4,
    subject: 'nederlands',
    trigger: 'personalBest',
  };
  /** The prompts a vakdocent of Nederlands gets under this raw policy, through parse and resolve. */
  const eligibleUnder = (raw: unknown, renames: PromptIdRenames) => {
    const { policy, problems } = parsePolicy(raw);
    expect(problems).toEqual([]);
    return eligiblePrompts(library, grading, new Date(2026, 9, 6, 12), effectivePolicy(policy, 'nl', renames)).map((p) => p.id);
  };

  it('reads as the new id, in disabledPrompts and in campaigns, each once', () => {
    const { policy } = parsePolicy({
      disabledPrompts: ['vd-nederlands-oud-1', 'vd-nederlands-1', 'gs-terug-kw-1'],
      campaigns: [{ title: 'Week van de taal', from: '2026-10-05', to: '2026-10-09', promptIds: ['vd-nederlands-oud-1'] }],
    });
    const effective = effectivePolicy(policy, 'nl', RENAMED);
    expect(effective.disabledPrompts).toEqual(['vd-nederlands-1', 'gs-terug-kw-1']);
    expect(effective.campaigns.map((c) => c.promptIds)).toEqual([['vd-nederlands-1']]);
  });

  it('still switches off the renamed prompt', () => {
    const school = { disabledPrompts: ['vd-nederlands-oud-1'] };
    expect(eligibleUnder(school, {})).toContain('vd-nederlands-1');
    expect(eligibleUnder(school, RENAMED)).not.toContain('vd-nederlands-1');
  });
});

describe('a renamed id in the stored history and in an export file', () => {
  const sanne = { host: 'demo.magister.net', id: '48213' };
  const note = (id: string, promptIds: string[]): NoteRecord => ({
    id,
    studentKey: 'demo.magister.net|48213',
    date: `2026-10-0${id.slice(-1)}T10:00:00.000Z`,
    competences: ['kwaliteiten'],
    promptIds,
    text: 'Gesprek',
    updatedAt: `2026-10-0${id.slice(-1)}T10:00:00.000Z`,
  });
  const notes = [
    note('note-1', ['vd-nederlands-oud-1']),
    note('note-2', ['vd-nederlands-oud-1', 'vd-nederlands-1', 'gs-terug-kw-1']),
    note('note-3', []),
  ];
  let db: LobDatabase;
  let seq = 0;
  beforeEach(() => {
    db = openDatabase(`prompt-ids-${++seq}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('a note saved under an old id counts for the renamed prompt, once per note', async () => {
    await db.notes.bulkAdd(notes);
    const used = (await studentHistory(db, sanne, [], RENAMED)).map((h) => h.promptId).sort();
    expect(used).toEqual(['gs-terug-kw-1', 'vd-nederlands-1', 'vd-nederlands-1', undefined]);
    const unrenamed = (await studentHistory(db, sanne)).map((h) => h.promptId);
    expect(unrenamed).toContain('vd-nederlands-oud-1');
  });

  it('an imported file gets the new ids in its notes (through the real import), and nothing else changes', async () => {
    const student = {
      key: 'demo.magister.net|48213',
      host: 'demo.magister.net',
      sisId: '48213',
      updatedAt: '2026-10-01T10:00:00Z',
    };
    const text = exportFileText({ students: [student], notes });
    const result = await importData(db, text, { promptRenames: RENAMED });
    expect(result.ok).toBe(true);
    const stored = await db.notes.orderBy('id').toArray();
    expect(stored.map((n) => n.promptIds)).toEqual([['vd-nederlands-1'], ['vd-nederlands-1', 'gs-terug-kw-1'], []]);
    expect(stored.map(({ promptIds: _, ...rest }) => rest)).toEqual(notes.map(({ promptIds: _, ...rest }) => rest));
    // The pure step keeps untouched notes as they are and never changes the file it is given.
    const file = JSON.parse(text) as { notes: NoteRecord[] };
    const renamed = renameExportFilePromptIds(file, RENAMED);
    expect(renamed.notes[2]).toBe(file.notes[2]);
    expect(file.notes[0]?.promptIds).toEqual(['vd-nederlands-oud-1']);
  });
});
