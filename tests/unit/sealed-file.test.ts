import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS } from '../../lib/db/sealed/format';
import { open, readHeader, seal } from '../../lib/db/sealed/seal';

/**
 * The encrypted file (issue #33): a round trip, and each way a file can fail — a wrong passphrase, a
 * changed byte in the header, a changed byte in the body, a file cut short, an expired file — gives
 * its own code, and nothing of the contents.
 */

const NOW = new Date('2026-12-07T10:00:00Z');
const LATER = new Date('2027-01-07T10:00:00Z');
const PLAIN = JSON.stringify({ notes: [{ id: 'n1', text: 'Sanne wil de zorg in.' }] });
const PASS = 'paarse-giraf-fietst-naar-school';

const sealed = () => seal(PLAIN, { passphrase: PASS, kind: 'backup', now: NOW, expires: LATER, counts: { notes: 1 } });

/** The text with the character at `index` replaced by another one of the same kind. */
function changeAt(text: string, index: number): string {
  const c = text[index] ?? '';
  // Always another character (a '+' or '/' in base64 too, which were once left as they were).
  const other = /[0-9]/.test(c) ? (c === '1' ? '2' : '1') : c === 'A' ? 'B' : 'A';
  return text.slice(0, index) + other + text.slice(index + 1);
}

/** Each opening derives a key (PBKDF2, 600 000 rounds): seconds on a busy machine. */
const SLOW = { timeout: 30_000 };

describe('the encrypted file', () => {
  it('opens with the passphrase and gives the text back; its header says nothing about students', SLOW, async () => {
    const text = await sealed();
    expect(text).not.toContain('Sanne');
    const opened = await open(text, PASS, NOW);
    expect(opened).toMatchObject({ ok: true, plain: PLAIN });
    const header = await readHeader(text);
    expect(header.ok && header.header).toMatchObject({
      kind: 'backup',
      counts: { notes: 1 },
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
      cipher: { name: 'AES-GCM' },
      created: NOW.toISOString(),
      expires: LATER.toISOString(),
    });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('tells a wrong passphrase, a changed header, a changed body, a cut-off file and an expired file apart', SLOW, async () => {
    const text = await sealed();
    const [first = '', header = '', body = ''] = text.split('\n');
    const headerStart = first.length + 1;
    const bodyStart = headerStart + header.length + 1;
    // A digit of the created date in the header, a character in the middle of the body.
    const inHeader = headerStart + header.indexOf('2026-12-07') + 3;
    expect(await open(text, 'een-ander-wachtwoord', NOW)).toEqual({ ok: false, problem: 'wrongPassphrase' });
    expect(await open(changeAt(text, inHeader), PASS, NOW)).toEqual({ ok: false, problem: 'headerChanged' });
    expect(await open(changeAt(text, bodyStart + Math.floor(body.length / 2)), PASS, NOW)).toEqual({
      ok: false,
      problem: 'bodyChanged',
    });
    expect(await open(text.slice(0, bodyStart + Math.floor(body.length / 2)), PASS, NOW)).toEqual({
      ok: false,
      problem: 'truncated',
    });
    expect(await open(text.slice(0, headerStart + 10), PASS, NOW)).toEqual({ ok: false, problem: 'truncated' });
    expect(await open(text, PASS, new Date('2027-02-01T00:00:00Z'))).toEqual({ ok: false, problem: 'expired' });
    expect(await open('{"format":"lob-naast-de-leerling"}', PASS, NOW)).toEqual({ ok: false, problem: 'notSealed' });
    expect(await open(text, PASS, NOW, 'handover')).toEqual({ ok: false, problem: 'wrongKind' });
  });
});
