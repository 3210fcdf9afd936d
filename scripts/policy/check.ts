import { nl } from '../../lib/i18n/nl';
import type { ParsedPolicy } from '../../lib/policy/parse';
import { isWrapped } from './admin-console';

/**
 * The pure part of `npm run policy:check -- <file>`: find the managed policy in the file (flat as
 * docs/example-policy.json, in the Admin console's `{"key": {"Value": …}}` shape, or inside Chrome's
 * or Firefox's policy file) and format what the guardrails refused or warned about.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The only value of an object of one key per extension id (`{"<id>": {…}}`), else undefined. */
const onlyValue = (v: unknown): unknown => (isObject(v) && Object.keys(v).length === 1 ? Object.values(v)[0] : undefined);

/** The managed policy object inside a policy file, whatever wrapping it comes in. Never throws. */
export function unwrapPolicy(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  if (isObject(raw.policies)) return unwrapPolicy(raw.policies);
  const thirdParty = raw['3rdparty'];
  if (isObject(thirdParty)) return unwrapPolicy(onlyValue(thirdParty.extensions ?? thirdParty.Extensions));
  if (isWrapped(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (v as { Value: unknown }).Value]));
  return raw;
}

const kindName = (kind: string): string => (nl as Record<string, string>)[`diagnostics.kind.${kind}`] ?? kind;

/** The report of the language rules on a parsed policy, and whether anything was refused. */
export function formatPolicyReport({ problems }: ParsedPolicy): { text: string; refused: number; warned: number } {
  const lines: string[] = [];
  let refused = 0;
  let warned = 0;
  for (const p of problems) {
    if (!p.level) continue;
    if (p.level === 'refuse') refused++;
    else warned++;
    lines.push(
      `${p.level === 'refuse' ? 'GEWEIGERD' : 'WAARSCHUWING'} · ${kindName(p.kind ?? '')} (${p.kind ?? '?'}) · ${p.key}`,
      `  "${p.text ?? ''}"`,
      `  Waarom: ${p.reason?.nl ?? p.message}`,
      ...(p.reason ? [`  Why: ${p.reason.en}`] : []),
      ...(p.rewrite ? [`  Zo kan het wel: ${p.rewrite.nl}`] : []),
      '',
    );
  }
  const other = problems.filter((p) => !p.level);
  if (other.length > 0) lines.push('Andere problemen in het beleid:', ...other.map((p) => `  ${p.key}: ${p.message}`), '');
  lines.push(
    `Taalregels: ${refused} geweigerd (niet getoond), ${warned} waarschuwing(en) (wel getoond); ${other.length} ander(e) probleem/problemen.`,
  );
  return { text: lines.join('\n'), refused, warned };
}
