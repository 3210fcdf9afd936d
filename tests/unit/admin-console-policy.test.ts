// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWrapped, wrapForAdminConsole } from '../../scripts/policy/admin-console';

describe("the Admin console's policy shape", () => {
  it('wraps each top-level key as {"Value": …} and leaves nested values as they are', () => {
    const flat = { schoolName: 'De Linde', retentionDays: 365, features: { gradingCues: false }, extraHosts: ['*.linde.nl'] };
    expect(wrapForAdminConsole(flat)).toEqual({
      schoolName: { Value: 'De Linde' },
      retentionDays: { Value: 365 },
      features: { Value: { gradingCues: false } },
      extraHosts: { Value: ['*.linde.nl'] },
    });
  });

  it('turns the example policy into the console shape, key for key', () => {
    const flat = JSON.parse(readFileSync('docs/example-policy.json', 'utf8')) as Record<string, unknown>;
    const wrapped = wrapForAdminConsole(flat);
    expect(isWrapped(wrapped)).toBe(true);
    expect(Object.keys(wrapped)).toEqual(Object.keys(flat));
    for (const [key, value] of Object.entries(flat)) expect(wrapped[key]?.Value).toEqual(value);
  });

  it('refuses a policy that is already wrapped, or no object at all', () => {
    expect(() => wrapForAdminConsole({ schoolName: { Value: 'De Linde' } })).toThrow(/al/);
    expect(() => wrapForAdminConsole(['schoolName'])).toThrow(/JSON-object/);
  });
});
