/**
 * Patterns from a school's policy or a taught profile run in the school's tab, on text the page
 * chooses (its address, a cell id). A backtracking engine takes exponential time on a pattern that
 * can match one text in many ways: `^/(?:a|a)+$` took 25.8 s on 30 characters, `(a+){12}` minutes.
 * A pattern is therefore accepted only in a small grammar in which matching from one position is
 * linear by construction (a parser, not regular expressions over regular expressions):
 * - literals, escapes (`\.`, `\d`, `\w`, `\s`, `\p{L}`, `\uXXXX` …), character classes (`[^/?#]`),
 *   `.`, anchors `^` `$` and `\b`; groups `(…)`, `(?:…)`, `(?<name>…)` with alternation;
 * - a lookahead `(?=…)` / `(?!…)` only at the end of the pattern, without repetition inside;
 * - quantifiers `? * + {n} {n,} {n,m}`; a repeated group never contains a repetition itself
 *   (`(a+)+`, `((a+))+`, `(a+){12}`), and no quantified group can match the empty text;
 * - unambiguous: wherever the engine has a choice (another round of a repetition or going on, one
 *   alternative or another, an optional part or what follows), the first characters of the choices
 *   are disjoint (`[^/?#]+/` is fine, `\d+\d+` and `(?:a|a)+` are not). Alternatives that are plain
 *   texts of which at most one can match (`profiel|resultaten|registraties`) count as one choice.
 * - no back-references, no lookbehind.
 * With no two ways to go on, a failed attempt gives up each character once, so one start position
 * costs time linear in the text; the input is capped as well (PATTERN_INPUT_MAX).
 */

/** The longest text a profile pattern is run on (an address, a cell id). */
export const PATTERN_INPUT_MAX = 2048;
/** The longest pattern accepted. */
const PATTERN_MAX = 300;

export type PatternProblemKind =
  | 'tooLong'
  | 'syntax'
  | 'unsupported'
  | 'backreference'
  | 'lookbehind'
  | 'lookahead'
  | 'nestedRepetition'
  | 'emptyRepetition'
  | 'ambiguous';

export interface PatternProblem {
  kind: PatternProblemKind;
  /** Offset in the pattern where the problem shows (absent for the whole pattern). */
  at?: number;
}

const PROBLEM_TEXT: Record<PatternProblemKind, string> = {
  tooLong: `patroon langer dan ${PATTERN_MAX} tekens / pattern longer than ${PATTERN_MAX} characters`,
  syntax: 'geen geldige reguliere expressie / not a valid regular expression',
  unsupported:
    'vorm buiten de toegestane patroontaal (tekens, klassen, groepen, alternatieven, herhaling) / form outside the allowed pattern grammar (characters, classes, groups, alternatives, repetition)',
  backreference: 'terugverwijzing (\\1, \\k<…>) is niet toegestaan / back-references (\\1, \\k<…>) are not allowed',
  lookbehind: 'terugkijken (?<=…) is niet toegestaan / lookbehind (?<=…) is not allowed',
  lookahead:
    'vooruitkijken (?=…) mag alleen aan het eind, zonder herhaling erin / a lookahead (?=…) is allowed only at the end, without repetition inside',
  nestedRepetition:
    'herhaling van een groep die zelf herhaalt, zoals (a+)+ of (a+){12} / repetition of a group that repeats itself, such as (a+)+ or (a+){12}',
  emptyRepetition:
    'een herhaalde of optionele groep die ook niets kan passen, zoals (a?)+ / a repeated or optional group that can also match nothing, such as (a?)+',
  ambiguous:
    'dubbelzinnig: dezelfde tekens passen op meer dan één manier, zoals (?:a|a)+ of \\d+\\d+ / ambiguous: the same characters match in more than one way, such as (?:a|a)+ or \\d+\\d+',
};

/** Why a pattern is refused, in Dutch and English: "onveilig patroon bij teken 4: … / unsafe pattern at character 4: …". */
export function patternProblemText(problem: PatternProblem): string {
  const where = problem.at === undefined ? '' : ` (bij teken ${problem.at + 1} / at character ${problem.at + 1})`;
  return `onveilig patroon${where}: ${PROBLEM_TEXT[problem.kind]}`;
}

// ---- the tree ----------------------------------------------------------------------------------

/** One character from a set: a literal, an escape, a class or `.`. */
interface CharSet {
  kind: 'char';
  /** The atom's own source, usable inside a regular expression. */
  source: string;
  at: number;
}
/** `$`: the end of the text, which no character is. */
interface End {
  kind: 'end';
  at: number;
}
type Node =
  | CharSet
  | End
  /** `^`, `\b`, `\B`: no character, no choice. */
  | { kind: 'empty'; at: number }
  | { kind: 'group'; alternatives: Node[][]; at: number }
  | { kind: 'lookahead'; alternatives: Node[][]; at: number }
  | { kind: 'repeat'; node: Node; min: number; max: number; at: number };

class Refused extends Error {
  constructor(readonly problem: PatternProblem) {
    super(problem.kind);
  }
}
const refuse = (kind: PatternProblemKind, at?: number): never => {
  throw new Refused(at === undefined ? { kind } : { kind, at });
};

// ---- parsing -----------------------------------------------------------------------------------

interface Reader {
  readonly source: string;
  at: number;
}

function parseAlternatives(r: Reader): Node[][] {
  const alternatives = [parseSequence(r)];
  while (r.source[r.at] === '|') {
    r.at += 1;
    alternatives.push(parseSequence(r));
  }
  return alternatives;
}

function parseSequence(r: Reader): Node[] {
  const nodes: Node[] = [];
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') nodes.push(parseQuantified(r));
  return nodes;
}

const QUANTIFIER = /^(?:([?*+])|\{(\d{1,4})(?:(,)(\d{0,4}))?\})\??/;

function parseQuantified(r: Reader): Node {
  const at = r.at;
  const node = parseAtom(r);
  const m = QUANTIFIER.exec(r.source.slice(r.at));
  if (!m) return node;
  r.at += m[0].length;
  if (node.kind !== 'char' && node.kind !== 'group') refuse('unsupported', at);
  if (m[1]) return { kind: 'repeat', node, min: m[1] === '+' ? 1 : 0, max: m[1] === '?' ? 1 : Number.POSITIVE_INFINITY, at };
  const min = Number(m[2]);
  const max = m[3] === undefined ? min : m[4] ? Number(m[4]) : Number.POSITIVE_INFINITY;
  return { kind: 'repeat', node, min, max, at };
}

function parseAtom(r: Reader): Node {
  const at = r.at;
  const c = String.fromCodePoint(r.source.codePointAt(at) ?? 0);
  if (c === '\\') return parseEscape(r);
  if (c === '[') return parseClass(r);
  if (c === '(') return parseGroup(r);
  r.at += c.length;
  if (c === '^') return { kind: 'empty', at };
  if (c === '$') return { kind: 'end', at };
  // The compile check has already refused a lone quantifier or bracket.
  return { kind: 'char', source: c === '.' ? '.' : escapeChar(c), at };
}

const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

const ESCAPE =
  /^\\(?:[dDwWsStnrfv]|[pP]\{[\w=]+\}|x[\dA-Fa-f]{2}|u[\dA-Fa-f]{4}|u\{[\dA-Fa-f]{1,6}\}|c[A-Za-z]|0(?!\d)|[\\^$.*+?()[\]{}|/-])/;

function parseEscape(r: Reader): Node {
  const at = r.at;
  const next = r.source[at + 1] ?? '';
  if (/[1-9]/.test(next) || next === 'k') refuse('backreference', at);
  if (next === 'b' || next === 'B') {
    r.at += 2;
    return { kind: 'empty', at };
  }
  const m = ESCAPE.exec(r.source.slice(at));
  if (!m) return refuse('unsupported', at);
  r.at += m[0].length;
  return { kind: 'char', source: m[0], at };
}

function parseClass(r: Reader): Node {
  const at = r.at;
  let end = at + 1;
  while (end < r.source.length && r.source[end] !== ']') end += r.source[end] === '\\' ? 2 : 1;
  if (end >= r.source.length) refuse('syntax', at);
  const source = r.source.slice(at, end + 1);
  r.at = end + 1;
  return { kind: 'char', source, at };
}

const GROUP_OPENING = /^\((?:\?:|(\?[=!])|\?<[A-Za-z_$][\w$]*>|(\?<[=!])|(\?)|)/;

function parseGroup(r: Reader): Node {
  const at = r.at;
  const m = GROUP_OPENING.exec(r.source.slice(at)) as RegExpExecArray;
  if (m[2]) refuse('lookbehind', at);
  if (m[3]) refuse('unsupported', at);
  r.at += m[0].length;
  const alternatives = parseAlternatives(r);
  if (r.source[r.at] !== ')') refuse('syntax', r.at);
  r.at += 1;
  return { kind: m[1] ? 'lookahead' : 'group', alternatives, at };
}

// ---- structural rules --------------------------------------------------------------------------

const children = (node: Node): Node[] =>
  node.kind === 'group' || node.kind === 'lookahead' ? node.alternatives.flat() : node.kind === 'repeat' ? [node.node] : [];

function some(node: Node, test: (n: Node) => boolean): boolean {
  return test(node) || children(node).some((child) => some(child, test));
}

const repeats = (node: Node): boolean => node.kind === 'repeat' && node.max > 1;

function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'char':
    case 'end':
      return false;
    case 'empty':
    case 'lookahead':
      return true;
    case 'group':
      return node.alternatives.some((alternative) => alternative.every(nullable));
    case 'repeat':
      return node.min === 0 || nullable(node.node);
  }
}

/** Nesting, emptiness and lookahead rules, for every node below `nodes`. */
function checkStructure(alternatives: readonly Node[][], topLevel: boolean): void {
  for (const alternative of alternatives) {
    alternative.forEach((node, i) => {
      if (node.kind === 'lookahead') {
        if (!topLevel || i !== alternative.length - 1) refuse('lookahead', node.at);
        if (node.alternatives.some((a) => a.some((n) => some(n, repeats) || some(n, (x) => x.kind === 'lookahead'))))
          refuse('lookahead', node.at);
      }
      checkNode(node);
    });
    if (alternatives.length > 1 && alternatives.filter((a) => a.every(nullable)).length > 1)
      refuse('ambiguous', alternative[0]?.at);
  }
}

function checkNode(node: Node): void {
  if (node.kind === 'group') checkStructure(node.alternatives, false);
  if (node.kind === 'lookahead') checkStructure(node.alternatives, false);
  if (node.kind !== 'repeat') return;
  if (nullable(node.node)) refuse('emptyRepetition', node.at);
  if (node.max > 1 && children(node.node).some((child) => some(child, repeats))) refuse('nestedRepetition', node.at);
  checkNode(node.node);
}

// ---- character sets ----------------------------------------------------------------------------

/** What a position can consume: the ASCII characters exactly, beyond ASCII only whether any (or the one character). */
interface Chars {
  ascii: boolean[];
  beyondAscii: boolean;
  /** The one character of a literal beyond ASCII ("é"), and the set's own test. */
  literal?: string;
  test?: (c: string) => boolean;
}

const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
/** Escapes and class contents that may reach beyond ASCII (conservative). */
const BEYOND_ASCII = /\\[DWSsPp]|\\u|\\x[89a-fA-F]|\\c|[^\0-\x7f]/;

function charsOf(source: string): Chars {
  const re = new RegExp(`^(?:${source})$`, 'u');
  const test = (c: string) => re.test(c);
  const negated = source.startsWith('[^');
  const literal = [...source].length === 1 && source.codePointAt(0) !== undefined && (source.codePointAt(0) as number) > 0x7f;
  return {
    ascii: ASCII.map(test),
    beyondAscii: source === '.' || negated || BEYOND_ASCII.test(source.replace(/\\\\/g, '')),
    test,
    ...(literal ? { literal: source } : {}),
  };
}

function overlap(a: Chars, b: Chars): boolean {
  if (a.ascii.some((x, i) => x && b.ascii[i])) return true;
  if (a.literal !== undefined) return b.test?.(a.literal) ?? b.beyondAscii;
  if (b.literal !== undefined) return a.test?.(b.literal) ?? a.beyondAscii;
  return a.beyondAscii && b.beyondAscii;
}

const union = (sets: readonly Chars[]): Chars => ({
  ascii: ASCII.map((_, i) => sets.some((s) => s.ascii[i])),
  beyondAscii: sets.some((s) => s.beyondAscii),
});

// ---- determinism (first and follow positions, as in a Glushkov automaton) -----------------------

/** A place the engine may go next: one character set, the end of the text, or a block of plain texts. */
interface Position {
  chars: Chars | 'end';
  at: number;
}

interface Shape {
  nullable: boolean;
  first: Position[];
  last: Position[];
}

/** Plain texts (alternatives of single characters) of which at most one can match at one place. */
function plainTexts(alternatives: readonly Node[][]): Chars[][] | undefined {
  if (alternatives.length < 2 || !alternatives.every((a) => a.length > 0 && a.every((n) => n.kind === 'char'))) return undefined;
  const texts = alternatives.map((a) => a.map((n) => charsOf((n as CharSet).source)));
  const compatible = (s: Chars[], t: Chars[]) =>
    s.slice(0, Math.min(s.length, t.length)).every((c, i) => overlap(c, t[i] as Chars));
  const clash = texts.some((s, i) => texts.some((t, j) => j > i && compatible(s, t)));
  return clash ? undefined : texts;
}

class Follows {
  readonly map = new Map<Position, Position[]>();
  add(from: readonly Position[], to: readonly Position[]): void {
    for (const p of from) this.map.set(p, [...(this.map.get(p) ?? []), ...to]);
  }
}

function sequenceShape(nodes: readonly Node[], follows: Follows): Shape {
  let shape: Shape = { nullable: true, first: [], last: [] };
  for (const node of nodes) {
    const next = shapeOf(node, follows);
    follows.add(shape.last, next.first);
    shape = {
      nullable: shape.nullable && next.nullable,
      first: shape.nullable ? [...shape.first, ...next.first] : shape.first,
      last: next.nullable ? [...shape.last, ...next.last] : next.last,
    };
  }
  return shape;
}

function alternativesShape(alternatives: readonly Node[][], follows: Follows, at: number): Shape {
  const texts = plainTexts(alternatives);
  if (texts) {
    const block: Position = { chars: union(texts.map((t) => t[0] as Chars)), at };
    return { nullable: false, first: [block], last: [block] };
  }
  const shapes = alternatives.map((a) => sequenceShape(a, follows));
  return {
    nullable: shapes.some((s) => s.nullable),
    first: shapes.flatMap((s) => s.first),
    last: shapes.flatMap((s) => s.last),
  };
}

function shapeOf(node: Node, follows: Follows): Shape {
  switch (node.kind) {
    case 'char': {
      const p: Position = { chars: charsOf(node.source), at: node.at };
      return { nullable: false, first: [p], last: [p] };
    }
    case 'end': {
      const p: Position = { chars: 'end', at: node.at };
      return { nullable: false, first: [p], last: [] };
    }
    case 'empty':
      return { nullable: true, first: [], last: [] };
    case 'group':
    case 'lookahead':
      return alternativesShape(node.alternatives, follows, node.at);
    case 'repeat': {
      const inner = shapeOf(node.node, follows);
      if (node.max > 1) follows.add(inner.last, inner.first);
      return { ...inner, nullable: inner.nullable || node.min === 0 };
    }
  }
}

/** Two places to go on from one place whose first characters overlap: the engine could try both. */
function firstClash(positions: readonly Position[]): Position | undefined {
  for (let i = 0; i < positions.length; i += 1) {
    const a = positions[i] as Position;
    for (const b of positions.slice(i + 1)) {
      if (a !== b && a.chars !== 'end' && b.chars !== 'end' && overlap(a.chars, b.chars)) return b;
    }
  }
  return undefined;
}

function checkDeterminism(tree: readonly Node[][]): void {
  const follows = new Follows();
  const shape = alternativesShape(tree, follows, 0);
  for (const positions of [shape.first, ...follows.map.values()]) {
    const clash = firstClash(positions);
    if (clash) refuse('ambiguous', clash.at);
  }
}

// ---- the check ---------------------------------------------------------------------------------

function compiles(source: string, flags: '' | 'u'): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

/** Why a school's pattern may not run, or undefined when it is in the safe grammar. Pure; never throws. */
export function patternProblem(source: string): PatternProblem | undefined {
  if (source.length > PATTERN_MAX) return { kind: 'tooLong' };
  try {
    if (!compiles(source, '')) refuse('syntax');
    // Valid only in the old, loose syntax (`\-` outside a class, a lone `{`, `[\w-.]`): outside the grammar.
    if (!compiles(source, 'u')) refuse('unsupported');
    const reader: Reader = { source, at: 0 };
    const tree = parseAlternatives(reader);
    if (reader.at !== source.length) refuse('syntax', reader.at);
    checkStructure(tree, true);
    checkDeterminism(tree);
    return undefined;
  } catch (error) {
    if (error instanceof Refused) return error.problem;
    return { kind: 'syntax' };
  }
}

export function isSafePattern(source: string): boolean {
  return patternProblem(source) === undefined;
}
