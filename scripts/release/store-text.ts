/**
 * The store texts (docs/store/<lang>.md) explain each permission as the manifest asks it: every
 * permission the builds require under "## … (vereist|required)", every optional one under
 * "## … (optioneel|optional)", each in backticks, and nothing else in backticks there.
 */
import type { Manifest } from './manifest-check';

/** Filled in by `npm run release` from LOB_PRIVACY_URL (the page is docs/privacy.md, published by the school or project). */
export const PRIVACY_URL_PLACEHOLDER = '<PRIVACYBELEID-URL>';

type Kind = 'required' | 'optional';
const HEADING: Record<Kind, RegExp> = { required: /^## .*\((vereist|required)\)/i, optional: /^## .*\((optioneel|optional)\)/i };

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Every permission the builds ask, by kind (hosts included; Firefox MV2 lists hosts in `permissions`). */
function manifestPermissions(manifests: readonly Manifest[]): Record<Kind, Set<string>> {
  const required = manifests.flatMap((m) => [...list(m.permissions), ...list(m.host_permissions)]);
  const optional = manifests.flatMap((m) => [...list(m.optional_permissions), ...list(m.optional_host_permissions)]);
  return { required: new Set(required), optional: new Set(optional) };
}

/** The backticked names in one section of a store text. */
function explainedPermissions(text: string, kind: Kind): Set<string> {
  const names = new Set<string>();
  let inside = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) inside = HEADING[kind].test(line);
    else if (inside) for (const match of line.matchAll(/`([^`]+)`/g)) names.add(match[1] ?? '');
  }
  return names;
}

export function storeTextProblems(label: string, text: string, manifests: readonly Manifest[]): string[] {
  const asked = manifestPermissions(manifests);
  const problems: string[] = [];
  for (const kind of ['required', 'optional'] as const) {
    const explained = explainedPermissions(text, kind);
    const word = kind === 'required' ? 'vereist' : 'optioneel';
    for (const name of asked[kind])
      if (!explained.has(name))
        problems.push(`${label}: \`${name}\` is ${word} in het manifest, maar de winkeltekst legt het daar niet uit.`);
    for (const name of explained)
      if (!asked[kind].has(name)) problems.push(`${label}: noemt \`${name}\` als ${word}, maar het manifest vraagt het niet zo.`);
  }
  if (!text.includes(PRIVACY_URL_PLACEHOLDER))
    problems.push(`${label}: de plek voor de privacy-URL (${PRIVACY_URL_PLACEHOLDER}) ontbreekt.`);
  return problems;
}
