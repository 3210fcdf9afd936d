import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSection } from '../../components/options/DataSection';
import type { Language } from '../../lib/core/domain';
import type { ImportProblem, ImportProblemCode, InvalidReason, PlainImportProblem } from '../../lib/core/import-problem';
import { openDatabase } from '../../lib/db/database';
import { importData } from '../../lib/db/transfer';
import { importProblemText, importRefusedText } from '../../lib/i18n/import-problem-text';
import { setLanguage } from '../../lib/i18n/tables';
import { cleanup, getByRole, show, textOf } from '../support/dom';
import { exportFileText } from '../support/export-file';
import { type ChosenFile, chooseFile, fakeDataApi, jsonFile } from '../support/fake-data-api';

/** One problem and its words in both languages. */
interface Worded {
  problem: ImportProblem;
  nl: string;
  en: string;
}

const MB = 1024 * 1024;
const SCHOOL_NAME_RULE_NL = 'een schoolnaam mag alleen letters, cijfers, punten en streepjes bevatten';
const SCHOOL_NAME_RULE_EN = 'a school name may contain only letters, digits, dots and hyphens';
const LONG_KEY = `school.nl|${'9'.repeat(200)}`;

/** A problem that is its code alone, with its words. */
const plain = (code: PlainImportProblem['code'], nl: string, en: string): Worded[] => [{ problem: { code }, nl, en }];

/** Every code (the type makes sure none is missing), with today's Dutch sentences kept as they were. */
const BY_CODE: Record<ImportProblemCode, Worded[]> = {
  tooLarge: [
    {
      problem: { code: 'tooLarge', limitBytes: 0.1 * MB },
      nl: 'Het bestand is te groot: de extensie leest bestanden tot 0,1 MB in.',
      en: 'The file is too large: the extension reads files up to 0.1 MB.',
    },
    {
      problem: { code: 'tooLarge', limitBytes: 50 * MB, sizeBytes: 62.45 * MB },
      nl: 'Het bestand is 62,5 MB; de extensie leest bestanden tot 50 MB in. Exporteer de gegevens per leerling en lees die bestanden in.',
      en: 'The file is 62.5 MB; the extension reads files up to 50 MB. Export the data per student and import those files.',
    },
  ],
  invalidJson: plain('invalidJson', 'Het bestand is beschadigd: ongeldige JSON.', 'The file is damaged: it is not valid JSON.'),
  wrongFormat: plain(
    'wrongFormat',
    'Dit bestand is geen export van LOB naast de leerling.',
    'This file is not an export of LOB beside the student.',
  ),
  newerVersion: [
    {
      problem: { code: 'newerVersion', version: 4 },
      nl: 'Dit bestand komt uit een nieuwere versie van LOB naast de leerling (gegevensversie 4). Werk de extensie bij en probeer het opnieuw.',
      en: 'This file comes from a newer version of LOB beside the student (data version 4). Update the extension and try again.',
    },
  ],
  hostile: plain(
    'hostile',
    'Dit bestand bevat verboden velden (zoals "__proto__") en is daarom niet ingelezen.',
    'This file contains forbidden fields (such as "__proto__") and was therefore not imported.',
  ),
  invalidData: [
    {
      problem: { code: 'invalidData', table: 'notes', row: 1, field: 'text', reason: 'textTooLong', maximum: 20_000 },
      nl: 'Notitie 1 klopt niet (veld "text"): de tekst is te lang (maximaal 20000 tekens).',
      en: 'Note 1 is not valid (field "text"): the text is too long (at most 20000 characters).',
    },
    {
      problem: { code: 'invalidData', table: 'moments', row: 1, field: 'type', reason: 'textTooShort' },
      nl: 'Moment 1 klopt niet (veld "type"): de tekst is leeg of te kort.',
      en: 'Moment 1 is not valid (field "type"): the text is empty or too short.',
    },
    {
      problem: { code: 'invalidData', table: 'notes', row: 1, reason: 'unknownFields', keys: ['diagnose', 'bsn'] },
      nl: 'Notitie 1 klopt niet: onbekende velden: "diagnose", "bsn".',
      en: 'Note 1 is not valid: unknown fields: "diagnose", "bsn".',
    },
    {
      problem: { code: 'invalidData', table: 'students', row: 1, reason: 'keyMismatch' },
      nl: 'Leerling 1 klopt niet: de sleutel past niet bij school en leerlingnummer.',
      en: 'Student 1 is not valid: the key does not match the school and the student number.',
    },
    {
      problem: { code: 'invalidData', table: 'moments', reason: 'tooManyRows', maximum: 3 },
      nl: 'Het bestand klopt niet (onderdeel "moments"): er staan te veel regels in (maximaal 3).',
      en: 'The file is not valid (part "moments"): it has too many rows (at most 3).',
    },
    {
      // Links between ids have no row name of their own: the part is named.
      problem: { code: 'invalidData', table: 'aliases', row: 2, field: 'key', reason: 'invalidStudentKey' },
      nl: `Het bestand klopt niet (onderdeel "aliases"): geen geldige leerlingsleutel (${SCHOOL_NAME_RULE_NL}).`,
      en: `The file is not valid (part "aliases"): not a valid student key (${SCHOOL_NAME_RULE_EN}).`,
    },
    {
      problem: { code: 'invalidData', reason: 'unknownFields', keys: ['extra'] },
      nl: 'Het bestand klopt niet: onbekende velden: "extra".',
      en: 'The file is not valid: unknown fields: "extra".',
    },
  ],
  duplicateId: [
    {
      problem: { code: 'duplicateId', table: 'notes', row: 2, id: 'imp-1' },
      nl: 'Notitie 2 klopt niet: id "imp-1" komt twee keer voor in het bestand.',
      en: 'Note 2 is not valid: id "imp-1" occurs twice in the file.',
    },
  ],
  unknownStudent: [
    {
      problem: { code: 'unknownStudent', key: LONG_KEY },
      nl: `Het bestand verwijst naar een leerling die niet in het bestand en niet in je gegevens staat (${LONG_KEY.slice(0, 120)}).`,
      en: `The file refers to a student who is neither in the file nor in your data (${LONG_KEY.slice(0, 120)}).`,
    },
  ],
  careReferral: [
    {
      problem: { code: 'careReferral', table: 'referrals', row: 3 },
      nl: 'Verwijzing 3 gaat over zorg. Daarover slaat deze extensie niets op, dus het bestand is niet ingelezen.',
      en: 'Referral 3 is about care (zorg). This extension stores nothing about that, so the file was not imported.',
    },
  ],
  storageFull: plain(
    'storageFull',
    'De opslag van je browser is vol, dus het bestand is niet ingelezen. Er is niets veranderd.',
    "Your browser's storage is full, so the file was not imported. Nothing was changed.",
  ),
  failed: plain(
    'failed',
    'Inlezen is niet gelukt door een fout in de browseropslag. Er is niets veranderd; probeer het opnieuw.',
    'Importing failed because of an error in the browser storage. Nothing was changed; try again.',
  ),
  unreadable: plain('unreadable', 'Het bestand kon niet gelezen worden.', 'The file could not be read.'),
};

/** Every reason of `invalidData` (the type makes sure none is missing), in a field of note 1. */
const BY_REASON: Record<InvalidReason['reason'], { invalid: InvalidReason; nl: string; en: string }> = {
  tooManyRows: {
    invalid: { reason: 'tooManyRows', maximum: 100 },
    nl: 'er staan te veel regels in (maximaal 100)',
    en: 'it has too many rows (at most 100)',
  },
  textTooLong: {
    invalid: { reason: 'textTooLong', maximum: 200 },
    nl: 'de tekst is te lang (maximaal 200 tekens)',
    en: 'the text is too long (at most 200 characters)',
  },
  unknownFields: { invalid: { reason: 'unknownFields', keys: ['x'] }, nl: 'onbekende velden: "x"', en: 'unknown fields: "x"' },
  tooFewRows: { invalid: { reason: 'tooFewRows' }, nl: 'er ontbreken regels', en: 'rows are missing' },
  textTooShort: { invalid: { reason: 'textTooShort' }, nl: 'de tekst is leeg of te kort', en: 'the text is empty or too short' },
  missingField: { invalid: { reason: 'missingField' }, nl: 'een verplicht veld ontbreekt', en: 'a required field is missing' },
  wrongType: {
    invalid: { reason: 'wrongType' },
    nl: 'een veld heeft het verkeerde soort waarde',
    en: 'a field has the wrong kind of value',
  },
  invalidDate: { invalid: { reason: 'invalidDate' }, nl: 'de datum is ongeldig', en: 'the date is not valid' },
  invalidFormat: {
    invalid: { reason: 'invalidFormat' },
    nl: 'de waarde heeft een ongeldige vorm',
    en: 'the value does not have a valid form',
  },
  notAllowed: { invalid: { reason: 'notAllowed' }, nl: 'de waarde is niet toegestaan', en: 'the value is not allowed' },
  invalidHost: {
    invalid: { reason: 'invalidHost' },
    nl: `geen geldige hostnaam (${SCHOOL_NAME_RULE_NL})`,
    en: `not a valid host name (${SCHOOL_NAME_RULE_EN})`,
  },
  invalidStudentKey: {
    invalid: { reason: 'invalidStudentKey' },
    nl: `geen geldige leerlingsleutel (${SCHOOL_NAME_RULE_NL})`,
    en: `not a valid student key (${SCHOOL_NAME_RULE_EN})`,
  },
  keyMismatch: {
    invalid: { reason: 'keyMismatch' },
    nl: 'de sleutel past niet bij school en leerlingnummer',
    en: 'the key does not match the school and the student number',
  },
  invalid: { invalid: { reason: 'invalid' }, nl: 'de gegevens kloppen niet', en: 'the data is not right' },
};

const LANGUAGES: Language[] = ['nl', 'en'];

afterEach(async () => {
  await cleanup();
  setLanguage('nl');
});

describe('import problems in words', () => {
  for (const language of LANGUAGES) {
    it(`every code has its sentence in ${language === 'nl' ? 'Dutch' : 'English'}`, () => {
      setLanguage(language);
      for (const [code, cases] of Object.entries(BY_CODE)) {
        for (const worded of cases) {
          expect(worded.problem.code).toBe(code);
          expect(importProblemText(worded.problem)).toBe(worded[language]);
        }
      }
    });

    it(`every reason of invalid data has its words in ${language === 'nl' ? 'Dutch' : 'English'}`, () => {
      setLanguage(language);
      const subject = language === 'nl' ? 'Notitie 1 klopt niet (veld "text")' : 'Note 1 is not valid (field "text")';
      for (const { invalid, ...words } of Object.values(BY_REASON)) {
        const problem: ImportProblem = { code: 'invalidData', table: 'notes', row: 1, field: 'text', ...invalid };
        expect(importProblemText(problem)).toBe(`${subject}: ${words[language]}.`);
      }
    });
  }

  it('the refusal says the data did not change, once: the storage problems say so themselves', () => {
    expect(importRefusedText({ code: 'invalidJson' })).toBe(
      'Niet ingelezen. Het bestand is beschadigd: ongeldige JSON. Je gegevens zijn niet veranderd.',
    );
    expect(importRefusedText({ code: 'storageFull' })).toBe(
      'Niet ingelezen. De opslag van je browser is vol, dus het bestand is niet ingelezen. Er is niets veranderd.',
    );
    setLanguage('en');
    expect(importRefusedText({ code: 'hostile' })).toBe(
      'Not imported. This file contains forbidden fields (such as "__proto__") and was therefore not imported. Your data has not changed.',
    );
    expect(importRefusedText({ code: 'failed' })).toBe(
      'Not imported. Importing failed because of an error in the browser storage. Nothing was changed; try again.',
    );
  });

  it("a refused file's problem reads as the sentence the options page showed before", async () => {
    const db = openDatabase('import-problem-text');
    const emptyType = exportFileText({
      students: [{ key: 'x.somtoday.nl|1', host: 'x.somtoday.nl', sisId: '1', updatedAt: '2026-11-24T10:00:00.000Z' }],
      moments: [{ id: 'm1', studentKey: 'x.somtoday.nl|1', type: '', date: '2026-11-24T10:00:00.000Z' }],
    });
    const refused = async (text: string) => {
      const result = await importData(db, text, { dryRun: true });
      return result.ok ? 'accepted' : importProblemText(result.error);
    };
    expect(await refused(emptyType)).toBe('Moment 1 klopt niet (veld "type"): de tekst is leeg of te kort.');
    expect(await refused(exportFileText({ moments: undefined }))).toBe(
      'Het bestand klopt niet (onderdeel "moments"): een verplicht veld ontbreekt.',
    );
    expect(await refused('{"format": "lob-naast-de-leerling", "notes": [')).toBe('Het bestand is beschadigd: ongeldige JSON.');
    await db.delete();
  });
});

/** Renders the "Gegevens" section refusing every file with `problem`, chooses `file` and gives the alert it leads to. */
async function alertAfterChoosing(problem: ImportProblem, file: ChosenFile): Promise<string> {
  const root = await show(h(DataSection, { api: fakeDataApi({ refuse: problem }).api }));
  await chooseFile(root, file);
  const alert = getByRole(root, 'alert');
  await expect.poll(() => textOf(alert)).not.toBe('');
  return textOf(alert);
}

describe('the options page shows the problem through i18n', () => {
  for (const language of LANGUAGES) {
    it(`in ${language === 'nl' ? 'Dutch' : 'English'}, from the code the import gave`, async () => {
      setLanguage(language);
      const problem: ImportProblem = { code: 'duplicateId', table: 'notes', row: 2, id: 'imp-1' };
      expect(await alertAfterChoosing(problem, jsonFile('dubbel.json', '{}'))).toBe(
        language === 'nl'
          ? 'Niet ingelezen. Notitie 2 klopt niet: id "imp-1" komt twee keer voor in het bestand. Je gegevens zijn niet veranderd.'
          : 'Not imported. Note 2 is not valid: id "imp-1" occurs twice in the file. Your data has not changed.',
      );
    });
  }

  it('a file over the limit is refused before it is read, with its size', async () => {
    const file = { name: 'groot.json', size: 60 * MB, text: () => Promise.reject(new Error('not read')) };
    expect(await alertAfterChoosing({ code: 'failed' }, file)).toBe(
      'Niet ingelezen. Het bestand is 60 MB; de extensie leest bestanden tot 50 MB in. Exporteer de gegevens per leerling en lees die bestanden in. Je gegevens zijn niet veranderd.',
    );
  });
});
