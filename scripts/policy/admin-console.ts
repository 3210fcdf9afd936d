/**
 * The Google Admin console wants an extension's policy as `{"<key>": {"Value": <value>}}` (Chromium,
 * "Configuring Apps and Extensions by Policy"); a policy file, the registry and `policies.json` want
 * the values flat. This turns the flat object of docs/example-policy.json into the console's shape.
 */
export type Flat = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when every key already carries exactly `{ "Value": … }` (the console's shape). */
export function isWrapped(policy: Flat): boolean {
  const values = Object.values(policy);
  return values.length > 0 && values.every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v);
}

/** Wraps each top-level key; nested objects and lists stay as they are. */
export function wrapForAdminConsole(policy: unknown): Record<string, { Value: unknown }> {
  if (!isObject(policy)) throw new Error('Het beleid moet een JSON-object zijn: {"schoolName": "…", …}.');
  if (isWrapped(policy)) throw new Error('Dit beleid heeft de vorm van de Admin-console al ({"…": {"Value": …}}).');
  return Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { Value: value }]));
}
