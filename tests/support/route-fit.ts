import { routesFor } from '../../lib/core/student-context';
import { parseStudy } from '../../lib/core/study';
import { library } from '../../lib/prompts/library/shipped';
import { audienceOf, routesOf } from '../../lib/prompts/routes';

const byText = new Map(library.map((p) => [p.text.nl, p]));

/**
 * What is wrong with the questions shown to a student of `study` (as the school page writes it):
 * each text must be a library prompt that addresses the student and speaks only of routes their
 * diploma opens. Empty when all fit.
 */
export function routeProblems(texts: readonly string[], study: string): string[] {
  const parsed = parseStudy(study);
  const open = new Set<string>([...routesFor(parsed), parsed?.schoolType ?? '']);
  return texts.flatMap((text) => {
    const prompt = byText.get(text);
    if (!prompt) return [`unknown text: ${text}`];
    const bad = routesOf(prompt).filter((r) => !open.has(r));
    return [
      ...(bad.length ? [`${prompt.id} speaks of ${bad.join(', ')}`] : []),
      ...(audienceOf(prompt) !== 'student' ? [`${prompt.id} is for the ${audienceOf(prompt)}`] : []),
    ];
  });
}
