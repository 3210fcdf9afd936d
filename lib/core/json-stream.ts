import { isUnsafeKey, parseJsonWithoutUnsafeKeys } from './safe-keys';

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** Only JSON's white space (space, tab, line feed, carriage return): `trim()` and `\s` take more. */
const isBlank = (text: string) => /^[ \t\n\r]*$/.test(text);

/** A top-level member up to its value's opening bracket: `"key" :`. */
const MEMBER_HEAD = /^[ \t\n\r]*("(?:[^"\\]|\\.)*")[ \t\n\r]*:[ \t\n\r]*$/;

/** Where the elements of a top-level array go instead of into the value: given its key, a sink or nothing. */
export type ArraySinks = (key: string) => ((rows: unknown[]) => void) | undefined;

function invalid(): never {
  throw new SyntaxError('Ongeldige JSON / invalid JSON');
}

/**
 * `parseJsonWithoutUnsafeKeys` fed piece by piece (`feed`, then `end`), for a file that should not be
 * held whole as text. A top-level object is read member by member, and a member whose value is an
 * array element by element: the text of the elements read so far is parsed at the end of each piece
 * and let go, so about one piece of text (more when one element is longer than a piece) and the
 * values are held at a time. Any other top-level value is gathered and parsed whole. The value and
 * every error are those of `JSON.parse` on the whole text, and so is the unsafe-key flag, except
 * that an unsafe key in an earlier value of a repeated key is reported too (`JSON.parse` never shows
 * that value to its reviver): tests/unit/json-stream.test.ts compares them over split texts.
 *
 * The scan only finds where members and elements end (strings, escapes and nesting); `JSON.parse`
 * checks each part.
 *
 * With `sinks`, the elements of a top-level array whose key has a sink are handed to it as they are
 * read, a batch at a time, and not kept: the value holds an empty array under that key.
 */
export class StreamedJsonParser {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private done = false;
  /** The whole text, when the top-level value is not an object. */
  private whole: string[] | null = null;
  /** The current part's text from earlier pieces. */
  private pending: string[] = [];
  private start = 0;
  /** The member whose array is being read: its key (null for an unsafe key, whose rows are dropped). */
  private array: { key: string | null; rows: unknown[]; comma: boolean; sink?: (rows: unknown[]) => void } | null = null;
  /** The member's array has closed: only white space until `,` or `}`. */
  private afterArray = false;
  private members = 0;
  private readonly object: Record<string, unknown> = {};
  private unsafe = false;

  constructor(private readonly sinks?: ArraySinks) {}

  feed(piece: string): void {
    if (this.whole) {
      this.whole.push(piece);
      return;
    }
    this.start = 0;
    let lastComma = -1;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (isSpace(c)) continue;
      if (this.depth === 0) {
        if (this.done) invalid();
        if (c !== OPEN_BRACE) {
          this.whole = [piece.slice(i)];
          return;
        }
        this.started = true;
        this.depth = 1;
        this.start = i + 1;
        continue;
      }
      if (this.afterArray && this.depth === 1 && c !== COMMA && c !== CLOSE_BRACE) invalid();
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE) this.depth++;
      else if (c === OPEN_BRACKET) {
        if (this.depth === 1) this.openArray(this.take(piece, i));
        this.depth++;
      } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
        this.depth--;
        if (this.depth === 1 && this.array) {
          if (c !== CLOSE_BRACKET) invalid();
          this.closeArray(this.take(piece, i));
        } else if (this.depth === 0) {
          if (c !== CLOSE_BRACE) invalid();
          this.endMember(this.take(piece, i), true);
          this.done = true;
        }
      } else if (c === COMMA) {
        if (this.depth === 1) this.endMember(this.take(piece, i), false);
        else if (this.depth === 2 && this.array) {
          lastComma = i;
          this.array.comma = true;
        }
      }
      // A comma seen before the array closed in this piece is past: its rows were read at the close.
      if (!this.array) lastComma = -1;
    }
    if (this.array && lastComma >= this.start) this.addRows(this.take(piece, lastComma));
    if (this.depth > 0) this.pending.push(piece.slice(this.start));
  }

  /** The value, and whether an unsafe key was dropped from it. Throws if the text was not whole, valid JSON. */
  end(): { value: unknown; unsafe: boolean } {
    if (this.whole) return parseJsonWithoutUnsafeKeys(this.whole.join(''));
    if (!this.started || !this.done || this.inString) invalid();
    return { value: this.object, unsafe: this.unsafe };
  }

  /** The current part's text up to `i` in this piece; the next part starts after `i`. */
  private take(piece: string, i: number): string {
    const tail = piece.slice(this.start, i);
    const text = this.pending.length > 0 ? this.pending.join('') + tail : tail;
    this.pending = [];
    this.start = i + 1;
    return text;
  }

  private openArray(head: string): void {
    const match = MEMBER_HEAD.exec(head);
    if (!match?.[1]) invalid();
    const key = JSON.parse(match[1]) as string;
    if (isUnsafeKey(key)) this.unsafe = true;
    const sink = isUnsafeKey(key) ? undefined : this.sinks?.(key);
    this.array = { key: isUnsafeKey(key) ? null : key, rows: [], comma: false, ...(sink ? { sink } : {}) };
  }

  /** Elements separated by commas (at least one) into the current array's rows. */
  private addRows(text: string): void {
    if (isBlank(text) || !this.array) invalid();
    const { value, unsafe } = parseJsonWithoutUnsafeKeys(`[${text}]`);
    if (unsafe) this.unsafe = true;
    if (this.array.sink) {
      this.array.sink(value as unknown[]);
      return;
    }
    const rows = this.array.rows;
    for (const row of value as unknown[]) rows.push(row);
  }

  private closeArray(text: string): void {
    const array = this.array;
    if (!array) return;
    // `[]` is empty; `[1,]` is not JSON.
    if (!isBlank(text) || array.comma) this.addRows(text);
    if (array.key !== null) this.object[array.key] = array.rows;
    this.array = null;
    this.afterArray = true;
  }

  /** A member ends at `,` or at the closing `}` (`last`); its text is empty only after an array or in `{}`. */
  private endMember(text: string, last: boolean): void {
    const afterArray = this.afterArray;
    this.afterArray = false;
    const empty = isBlank(text);
    if (afterArray) {
      if (!empty) invalid();
    } else if (empty) {
      if (!last || this.members > 0) invalid();
      return;
    } else {
      const { value, unsafe } = parseJsonWithoutUnsafeKeys(`{${text}}`);
      if (unsafe) this.unsafe = true;
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) this.object[key] = v;
    }
    this.members++;
  }
}
