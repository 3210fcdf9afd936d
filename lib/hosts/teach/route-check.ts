import { PAGE_TYPES } from '../../core/domain';
import type { RouteConflict } from '../../core/taught-problem';

export type { RouteConflict } from '../../core/taught-problem';

import { profilesForHost } from '../detect';
import { cachedRegExp } from '../regex-cache';
import type { HostProfile, PageType } from '../schema';
import { idFromAddress } from './address-id';

/**
 * Checks on a taught route before it is saved: a route that also matches the host's root, the
 * app's shell (the page every hash- or query-routed page lives in) or another page type's pages
 * would take those pages over (a page routed by its query gave `^/magister/(?=[/?#]|$)`, which
 * matched every Magister page). The other pages are known by example addresses generated from
 * their routes. Pure; never throws.
 */

// ---- example addresses from a route's source --------------------------------------------------

type Alternatives = Node[][];
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'class'; source: string }
  | { kind: 'group'; name: string | undefined; body: string; alternatives: Alternatives }
  | { kind: 'lookahead'; alternatives: Alternatives }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** Syntax outside the subset our routes use. */
class Unsupported extends Error {}

interface Reader {
  readonly source: string;
  at: number;
}

const eat = (r: Reader, text: string): boolean => {
  if (!r.source.startsWith(text, r.at)) return false;
  r.at += text.length;
  return true;
};

function parseAlternatives(r: Reader): Alternatives {
  const alternatives: Alternatives = [parseSequence(r)];
  while (eat(r, '|')) alternatives.push(parseSequence(r));
  return alternatives;
}

function parseSequence(r: Reader): Node[] {
  const nodes: Node[] = [];
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') nodes.push(parseQuantified(r));
  return nodes;
}

const QUANTIFIER = /^(?:([?*+])|\{(\d{1,3})(?:(,)(\d{0,3}))?\})\??/;

function parseQuantified(r: Reader): Node {
  const node = parseAtom(r);
  const m = QUANTIFIER.exec(r.source.slice(r.at));
  if (!m) return node;
  r.at += m[0].length;
  if (node.kind === 'lookahead') throw new Unsupported();
  if (m[1]) return { kind: 'repeat', node, min: m[1] === '+' ? 1 : 0, max: m[1] === '?' ? 1 : Number.POSITIVE_INFINITY };
  const min = Number(m[2]);
  const max = m[3] === undefined ? min : m[4] ? Number(m[4]) : Number.POSITIVE_INFINITY;
  return { kind: 'repeat', node, min, max };
}

function parseAtom(r: Reader): Node {
  const c = r.source[r.at];
  if (c === '\\') return parseEscape(r);
  if (c === '[') return parseClass(r);
  if (c === '(') return parseGroup(r);
  if (c === undefined || '*+?{}]'.includes(c)) throw new Unsupported();
  r.at += 1;
  if (c === '.') return { kind: 'class', source: '.' };
  // Anchors consume nothing; one in the wrong place is caught by the final match.
  return { kind: 'text', text: c === '^' || c === '$' ? '' : c };
}

function parseEscape(r: Reader): Node {
  const c = r.source[r.at + 1];
  r.at += 2;
  if (c === undefined) throw new Unsupported();
  if ('dwsDWS'.includes(c)) return { kind: 'class', source: `\\${c}` };
  // \b, \k<…>, \p{…}, \u…, \1 and the like are not route syntax.
  if (/[\dA-Za-z]/.test(c)) throw new Unsupported();
  return { kind: 'text', text: c };
}

function parseClass(r: Reader): Node {
  let end = r.at + 1;
  while (end < r.source.length && r.source[end] !== ']') end += r.source[end] === '\\' ? 2 : 1;
  if (end >= r.source.length) throw new Unsupported();
  const source = r.source.slice(r.at, end + 1);
  r.at = end + 1;
  return { kind: 'class', source };
}

const GROUP_OPENING = /^\((?:(\?:)|(\?=)|\?<([A-Za-z_$][\w$]*)>|(?!\?))/;

function parseGroup(r: Reader): Node {
  const m = GROUP_OPENING.exec(r.source.slice(r.at));
  if (!m) throw new Unsupported(); // (?! (?<= (?<!
  r.at += m[0].length;
  const start = r.at;
  const alternatives = parseAlternatives(r);
  const body = r.source.slice(start, r.at);
  if (!eat(r, ')')) throw new Unsupported();
  return m[2] ? { kind: 'lookahead', alternatives } : { kind: 'group', name: m[3], body, alternatives };
}

/** The parsed route, or undefined for syntax outside the subset. */
function parseRoute(pattern: string): Alternatives | undefined {
  try {
    const reader: Reader = { source: pattern, at: 0 };
    const tree = parseAlternatives(reader);
    return reader.at === pattern.length ? tree : undefined;
  } catch {
    return undefined;
  }
}

/** Plausible values for the named groups the extension reads. */
const NAMED_FILLERS = new Map([
  ['id', '48213'],
  ['group', '4v.sk1'],
]);
/** The characters tried, in order, for one character of a class. */
const FILLER_CHARS = ['1', 'a', 'x', '/', '-', '.', '_', '#', '?', '!', ' '];
/** Intermediate expansions kept (the product of optional parts grows fast). */
const EXPANSION_LIMIT = 64;
const EXAMPLE_LIMIT = 16;

const unique = (items: readonly string[]): string[] => [...new Set(items)];

const fullyMatches = (source: string, text: string): boolean => cachedRegExp(`^(?:${source})$`)?.test(text) ?? false;

function expandAlternatives(alternatives: Alternatives): string[] {
  return unique(alternatives.flatMap(expandSequence)).slice(0, EXPANSION_LIMIT);
}

function expandSequence(nodes: readonly Node[]): string[] {
  let out = [''];
  for (const node of nodes) {
    const parts = expandNode(node);
    out = out.flatMap((head) => parts.map((part) => head + part)).slice(0, EXPANSION_LIMIT);
  }
  return out;
}

function expandNode(node: Node): string[] {
  switch (node.kind) {
    case 'text':
      return [node.text];
    case 'class': {
      const filler = FILLER_CHARS.find((c) => fullyMatches(node.source, c));
      return filler === undefined ? [] : [filler];
    }
    case 'group': {
      const filler = node.name === undefined ? undefined : NAMED_FILLERS.get(node.name);
      return filler !== undefined && fullyMatches(node.body, filler) ? [filler] : expandAlternatives(node.alternatives);
    }
    case 'lookahead':
      // At the end of a route: the plain end ($) and a following character ("/").
      return expandAlternatives(node.alternatives);
    case 'repeat':
      return expandRepeat(node.node, node.min);
  }
}

/** Without (when allowed) and with the repeated part, repeated as few times as allowed. */
function expandRepeat(node: Node, min: number): string[] {
  const parts = expandNode(node);
  return min === 0 ? unique(['', ...parts]) : parts.map((part) => part.repeat(min));
}

/**
 * A few concrete addresses (`pathname + hash`) the route matches, generated from its source for
 * the subset of syntax routes use (literals, classes, \d \w \s, groups, alternation, quantifiers,
 * lookahead); optional parts both with and without. Every one matches the route; [] for other
 * syntax. At most 16.
 */
export function exampleAddresses(pattern: string): string[] {
  const route = cachedRegExp(pattern);
  const tree = route ? parseRoute(pattern) : undefined;
  if (!route || !tree) return [];
  try {
    return expandAlternatives(tree)
      .filter((address) => route.test(address))
      .slice(0, EXAMPLE_LIMIT);
  } catch {
    return [];
  }
}

// ---- conflicts ----------------------------------------------------------------------------------

export interface RouteCheckInput {
  /** The taught route. */
  route: string;
  /** The page type it was taught for. */
  pageType: PageType;
  /** The profiles in use (shipped plus patches already applied). */
  profiles: readonly HostProfile[];
  host: string;
  /** `pathname + search + hash` of the page it was taught on. */
  address: string;
}

const ROOT_ADDRESSES = ['/', '', '/#/', '/#!/', '/index.html'];

/**
 * The app's shell an address lives in: the path of a hash-routed address, or of a query-routed
 * one (a path that ends in "/" or a file name, or a query that carries an id). A path-routed
 * address has none (its path is the page; a query such as "?periode=2" is incidental).
 */
export function shellOf(address: string): string | undefined {
  const cut = address.search(/[?#]/);
  if (cut < 0) return undefined;
  const path = address.slice(0, cut);
  const byQuery = /(?:\/|\.\w+)$/.test(path) || idFromAddress(address.slice(cut)) !== undefined;
  return address.includes('#') || byQuery ? path : undefined;
}

const shellAddresses = (shell: string): string[] => [shell, `${shell}#/`, `${shell}#!/`];

interface KnownPage {
  pageType: PageType;
  examples: string[];
}

/** Every page of every profile serving the host, in PAGE_TYPES order. */
function knownPages(profiles: readonly HostProfile[], host: string): KnownPage[] {
  const serving = profilesForHost(host, profiles);
  return PAGE_TYPES.flatMap((pageType) =>
    serving.flatMap((profile) => {
      const route = profile.pages[pageType]?.route;
      return route === undefined ? [] : [{ pageType, examples: exampleAddresses(route) }];
    }),
  );
}

const WORD_BREAK = /[/#!?]+/;

/** The literal words of a route's top level per alternative (groups, classes and optional parts removed). */
function ownWords(route: string): string[][] | undefined {
  return parseRoute(route)?.map((nodes) =>
    nodes
      .map((node) => (node.kind === 'text' ? node.text : '/'))
      .join('')
      .split(WORD_BREAK)
      .filter(Boolean),
  );
}

/** Some alternative of the route names nothing beyond the shells (or the route cannot be read). */
function namesNothing(route: string, shells: readonly string[]): boolean {
  const shellWords = new Set(shells.flatMap((shell) => shell.split(WORD_BREAK)));
  const words = ownWords(route);
  return words === undefined || words.some((alternative) => alternative.every((word) => shellWords.has(word)));
}

/**
 * Why a taught route must not be saved, or undefined when it is fine: it matches the host's root,
 * the app's shell (of the taught address or of any known page), a page of another type in a
 * profile serving the host (by example addresses), or it names nothing of its own beyond the
 * shell (a guard for shapes the examples miss).
 */
export function routeConflict(input: RouteCheckInput): RouteConflict | undefined {
  const route = cachedRegExp(input.route);
  if (!route) return { reason: 'tooBroad' };
  const matches = (address: string) => route.test(address);
  if (ROOT_ADDRESSES.some(matches)) return { reason: 'root' };
  const pages = knownPages(input.profiles, input.host);
  const shells = unique([input.address, ...pages.flatMap((page) => page.examples)].flatMap((address) => shellOf(address) ?? []));
  if (shells.flatMap(shellAddresses).some(matches)) return { reason: 'shell' };
  const other = pages.find((page) => page.pageType !== input.pageType && page.examples.some(matches));
  if (other) return { reason: 'otherPage', pageType: other.pageType };
  return namesNothing(input.route, shells) ? { reason: 'tooBroad' } : undefined;
}
