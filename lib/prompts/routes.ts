import type { Audience, Route } from '../core/domain';
import type { Family, Prompt } from './schema';

/** Words that name a destination, as prompts write them ("naar het mbo", "hbo-opleiding", "universiteit"). */
const ROUTE_WORDS: readonly (readonly [Route, RegExp])[] = [
  ['mbo', /(?<![\p{L}])mbo(?![\p{L}])/iu],
  ['havo', /(?<![\p{L}])havo(?![\p{L}])/iu],
  ['vwo', /(?<![\p{L}])vwo(?![\p{L}])/iu],
  ['hbo', /(?<![\p{L}])hbo(?![\p{L}])|hogeschool/iu],
  ['wo', /universiteit|(?<![\p{L}])wo(?![\p{L}])/iu],
  // Services of the hbo/wo application (Studielink, the studiekeuzecheck, Studiekeuze123 and its
  // Studie in cijfers, a numerus fixus): a diploma that opens hbo opens them.
  ['hbo', /studiekeuzecheck|studielink|studiekeuze ?123|studie in cijfers|numerus fixus/iu],
];

const derived = new WeakMap<object, readonly Route[]>();

/** The routes a prompt speaks of: its own list, else what its Dutch text names (read once per prompt). */
export function routesOf(prompt: Pick<Prompt, 'routes' | 'text'>): readonly Route[] {
  if (prompt.routes) return prompt.routes;
  let routes = derived.get(prompt);
  if (!routes) {
    routes = [...new Set(ROUTE_WORDS.filter(([, re]) => re.test(prompt.text.nl)).map(([route]) => route))];
    derived.set(prompt, routes);
  }
  return routes;
}

const STAGE = /(?<![\p{L}])stage/iu;

/**
 * Whether a prompt speaks of a stage (stage, stageplek, stagebegeleider): the wrong word for a bbl
 * student, who works at a leerbedrijf (werkplek, praktijkopleider).
 */
export function speaksOfStage(prompt: Pick<Prompt, 'text' | 'why'>): boolean {
  return STAGE.test(prompt.text.nl) || STAGE.test(prompt.why.nl);
}

/** Families that address the teacher, never the student (eigen bril, houding). */
export const TEACHER_FACING: readonly Family[] = ['eigen-bril', 'houding'];

/** Whom a prompt addresses: its own audience, else the teacher for teacher-facing families, else the student. */
export function audienceOf(prompt: Pick<Prompt, 'audience' | 'family'>): Audience {
  return prompt.audience ?? (TEACHER_FACING.includes(prompt.family) ? 'teacher' : 'student');
}
