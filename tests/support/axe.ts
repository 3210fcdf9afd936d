import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page (open shadow roots included) and returns serious/critical findings. */
export async function seriousViolations(page: Page, onlyOurs = true): Promise<AxeFinding[]> {
  // Evaluated through the debugging protocol, so extension pages' CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return findings
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map((f) => ({ ...f, targets: onlyOurs ? f.targets.filter((t) => t.includes('lob-ui')) : f.targets }))
    .filter((f) => f.targets.length > 0);
}
