import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyProfilePatches } from '../../lib/hosts/patch';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { MAX_PROBLEMS, parsePolicy } from '../../lib/policy/parse';
import { POLICY_KEYS } from '../../lib/policy/schema';
import { library } from '../../lib/prompts/library/shipped';

const root = resolve(__dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const decaan = { role: 'Decaan', name: 'A. Jansen', contact: 'decaan@school.example', when: 'Bij profielkeuze.', line: 2 };
const prompt = {
  id: 'school-open-dag',
  family: 'studiekeuze',
  text: { nl: 'Welke open dag ga je bezoeken, en wat wil je daar te weten komen?' },
  why: { nl: 'Verschillende oriëntatieactiviteiten voorspellen een keuze die blijft.' },
  competences: ['werkexploratie'],
  roles: ['mentor'],
  places: ['sidePanel'],
  schoolTypes: ['havo', 'vwo'],
  source: 'Decanaat',
};

describe('parsePolicy', () => {
  it('keeps a fully valid policy as is', () => {
    const raw = {
      schoolName: 'Lindecollege',
      vocabulary: { process: 'SLB', mentorRole: 'coach' },
      referrals: [decaan],
      prompts: [prompt],
      retentionDays: 365,
      features: { gradingCues: false },
      extraHosts: ['school.somtoday.nl'],
      language: 'en',
      quietMode: true,
    };
    const { policy, problems } = parsePolicy(raw);
    expect(problems).toEqual([]);
    expect(policy).toEqual(raw);
  });

  it('drops an invalid key and keeps its valid siblings', () => {
    const { policy, problems } = parsePolicy({ schoolName: 'Lindecollege', retentionDays: 10, language: 'de' });
    expect(policy).toEqual({ schoolName: 'Lindecollege' });
    expect(problems.map((p) => p.key)).toEqual(['retentionDays', 'language']);
  });

  it('drops an invalid list item, reports its path, and keeps the other items', () => {
    const bad = { ...decaan, contact: '' };
    const { policy, problems } = parsePolicy({ referrals: [decaan, decaan, bad, { ...decaan, role: 'Zorg', care: true }] });
    expect(policy.referrals).toHaveLength(3);
    expect(policy.referrals?.[2]?.care).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe('referrals[2].contact');
  });

  it('reports paths but never the values (no personal data in diagnostics)', () => {
    const secret = 'Jan de Vries, 06-12345678';
    const { problems } = parsePolicy({
      referrals: [{ ...decaan, contact: secret, line: 7 }],
      schoolName: `${secret}\n${secret}`,
      vocabulary: { process: secret.repeat(5) },
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(problems)).not.toContain('Jan de Vries');
    expect(JSON.stringify(problems)).not.toContain('12345678');
  });

  it('validates vocabulary, features and competences field by field', () => {
    const { policy, problems } = parsePolicy({
      vocabulary: { process: 'SLB', conversation: '', mentorRole: 'coach', boss: 'x' },
      features: { gradingCues: false, studentCard: 'nee', sidePanel: true, telemetry: true },
      competences: {
        kwaliteiten: { label: 'Talenten', kernvraag: 42 },
        netwerken: { kernvraag: 'Wie helpt jou verder, en waarom?' },
        cijfers: { label: 'Cijfers' },
      },
    });
    expect(policy.vocabulary).toEqual({ process: 'SLB', mentorRole: 'coach' });
    expect(policy.features).toEqual({ gradingCues: false, sidePanel: true });
    expect(policy.competences).toEqual({
      kwaliteiten: { label: 'Talenten' },
      netwerken: { kernvraag: 'Wie helpt jou verder, en waarom?' },
    });
    expect(problems.map((p) => p.key).sort()).toEqual(
      [
        'competences.cijfers',
        'competences.kwaliteiten.kernvraag',
        'features.studentCard',
        'features.telemetry',
        'vocabulary.boss',
        'vocabulary.conversation',
      ].sort(),
    );
  });

  it('checks prompts item by item, drops duplicates and library-shadowing ids', () => {
    const { policy, problems } = parsePolicy({
      prompts: [prompt, { ...prompt }, { ...prompt, id: 'gs-terug-kw-1' }, { ...prompt, id: 'school-b', roles: [] }, 'tekst'],
      disabledPrompts: ['gs-terug-kw-1', 'gs-terug-kw-1', 'Fout!', 7],
    });
    expect(policy.prompts?.map((p) => p.id)).toEqual(['school-open-dag']);
    expect(policy.disabledPrompts).toEqual(['gs-terug-kw-1']);
    expect(problems.map((p) => p.key)).toEqual([
      'prompts[1]',
      'prompts[2].id',
      'prompts[3].roles',
      'prompts[4]',
      'disabledPrompts[1]',
      'disabledPrompts[2]',
      'disabledPrompts[3]',
    ]);
  });

  it('checks campaigns and extraHosts item by item; hosts are normalised and deduplicated', () => {
    const week = { title: 'Week van de loopbaan', from: '2026-11-09', to: '2026-11-13', promptIds: ['school-open-dag'] };
    const { policy, problems } = parsePolicy({
      campaigns: [week, { ...week, to: '2026-11-01' }, { ...week, from: '09-11-2026' }],
      extraHosts: ['School.Somtoday.nl', 'school.somtoday.nl', 'https://evil.example/*', '*.school.nl', '*.nl'],
    });
    expect(policy.campaigns).toEqual([week]);
    expect(policy.extraHosts).toEqual(['school.somtoday.nl', '*.school.nl']);
    expect(problems.map((p) => p.key)).toEqual([
      'campaigns[1].to',
      'campaigns[2].from',
      'extraHosts[1]',
      'extraHosts[2]',
      'extraHosts[4]',
    ]);
  });

  it('carries host-profile patches as plain objects (object or JSON text), without prototype keys', () => {
    const { policy, problems } = parsePolicy({
      hostProfiles: [
        { id: 'magister', pages: { studentRecord: { anchor: '.kop' } } },
        '{"id":"somtoday","__proto__":{"polluted":true},"hosts":["*.somtoday.nl"]}',
        '{niet json',
        ['lijst'],
        42,
      ],
    });
    expect(policy.hostProfiles).toEqual([
      { id: 'magister', pages: { studentRecord: { anchor: '.kop' } } },
      { id: 'somtoday', hosts: ['*.somtoday.nl'] },
    ]);
    expect(Object.getPrototypeOf(policy.hostProfiles?.[1])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems.map((p) => p.key)).toEqual(['hostProfiles[2]', 'hostProfiles[3]', 'hostProfiles[4]']);
  });

  it('reports unknown top-level keys and wrong container types', () => {
    const { policy, problems } = parsePolicy({ schoolNaam: 'x', referrals: { role: 'Decaan' }, vocabulary: ['SLB'] });
    expect(policy).toEqual({});
    expect(problems.map((p) => p.key)).toEqual(['schoolNaam', 'referrals', 'vocabulary']);
  });

  it('caps long lists and the number of problems', () => {
    const hosts = Array.from({ length: 80 }, (_, i) => `h${i}.school.nl`);
    expect(parsePolicy({ extraHosts: hosts }).policy.extraHosts).toHaveLength(50);
    const { problems } = parsePolicy({ disabledPrompts: Array.from({ length: 400 }, () => 'FOUT') });
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toMatch(/en nog 300/);
  });

  it('never throws on hostile input', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => ['schoolName'],
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
        get: () => {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({}, 'schoolName', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 5000; i++) cursor = cursor.next = {} as Record<string, unknown>;
    const cyclic: Record<string, unknown> = { id: 'magister' };
    cyclic.self = cyclic;
    const huge = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const inputs: unknown[] = [
      null,
      undefined,
      '',
      'schoolName',
      42,
      true,
      [],
      [{ schoolName: 'x' }],
      () => 1,
      Symbol('x'),
      10n,
      new Date(),
      JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
      { referrals: [null, undefined, 1, 'x', [], {}] },
      { prompts: [{ __proto__: null }] },
      { hostProfiles: [deep, cyclic, { id: 'x', n: Number.NaN }, 'x'.repeat(100_000)] },
      { vocabulary: throwing, competences: getter },
      { extraHosts: new Array(1_000_000) },
      throwing,
      getter,
      huge,
      { retentionDays: Number.POSITIVE_INFINITY, schoolStory: 'x'.repeat(10_000_000) },
    ];
    for (const input of inputs) {
      const result = parsePolicy(input);
      expect(result.policy).toBeTypeOf('object');
      expect(Array.isArray(result.problems)).toBe(true);
      expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsePolicy(null)).toEqual({ policy: {}, problems: [] });
    expect(parsePolicy('x').problems[0]?.key).toBe('(beleid)');
  });
});

describe('docs/example-policy.json', () => {
  const example = readJson('docs/example-policy.json');

  it('parses with zero problems and sets every key it shows', () => {
    const { policy, problems } = parsePolicy(example);
    expect(problems).toEqual([]);
    expect(Object.keys(policy).sort()).toEqual(Object.keys(example as object).sort());
    expect(policy.vocabulary?.process).toBe('SLB');
    expect(policy.referrals?.map((r) => r.role)).toEqual(
      expect.arrayContaining(['Decaan', 'Zorgcoördinator', 'BPV-coördinator']),
    );
    expect(policy.campaigns?.[0]?.title).toBe('Week van de loopbaan');
  });

  it('refers only to prompts that exist, and its host-profile patches apply cleanly', () => {
    const { policy } = parsePolicy(example);
    const ids = new Set([...library.map((p) => p.id), ...(policy.prompts ?? []).map((p) => p.id)]);
    for (const id of [...(policy.disabledPrompts ?? []), ...(policy.campaigns ?? []).flatMap((c) => c.promptIds)]) {
      expect(ids.has(id), id).toBe(true);
    }
    const { errors } = applyProfilePatches(shippedProfiles, policy.hostProfiles);
    expect(errors).toEqual([]);
  });
});

describe('public/managed_schema.json', () => {
  const schema = readJson('public/managed_schema.json') as Record<string, unknown>;

  it('declares every policy key in the dialect Chrome accepts', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties as object).sort()).toEqual([...POLICY_KEYS].sort());
    const allowed = new Set(['type', 'properties', 'items', 'title', 'description', 'additionalProperties']);
    const types = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);
    const walk = (node: unknown, path: string): void => {
      expect(node, path).toBeTypeOf('object');
      const n = node as Record<string, unknown>;
      for (const key of Object.keys(n)) expect(allowed.has(key), `${path}.${key}`).toBe(true);
      expect(types.has(n.type as string), `${path}.type`).toBe(true);
      if (n.type === 'array') walk(n.items, `${path}[]`);
      if (n.properties) for (const [k, v] of Object.entries(n.properties as object)) walk(v, `${path}.${k}`);
    };
    walk(schema, '');
  });

  it('accepts the example policy as Chrome would (types match, nothing unknown dropped)', () => {
    const conforms = (value: unknown, node: Record<string, unknown>, path: string): void => {
      const type = node.type;
      if (type === 'object') {
        expect(value !== null && typeof value === 'object' && !Array.isArray(value), path).toBe(true);
        const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
        for (const [k, v] of Object.entries(value as object)) {
          expect(props[k], `${path}.${k} is declared`).toBeDefined();
          conforms(v, props[k] as Record<string, unknown>, `${path}.${k}`);
        }
      } else if (type === 'array') {
        expect(Array.isArray(value), path).toBe(true);
        (value as unknown[]).forEach((v, i) => {
          conforms(v, node.items as Record<string, unknown>, `${path}[${i}]`);
        });
      } else if (type === 'integer') expect(Number.isInteger(value), path).toBe(true);
      else expect(typeof value, path).toBe(type);
    };
    conforms(readJson('docs/example-policy.json'), schema, '');
  });
});

describe('parsePolicy: the guardrails on a school’s own prompts', () => {
  const refused = {
    ...prompt,
    id: 'school-vergelijk',
    text: { nl: 'Je broer werkt al in de zorg. Zou dat niet iets voor jou zijn?' },
  };
  const warned = { ...prompt, id: 'school-uitroep', text: { nl: 'Welke open dag trok je het meest!' } };

  it('drops a refused prompt and keeps a warned one, with level, kind, sentence, reason and rewrite', () => {
    const { policy, problems } = parsePolicy({ prompts: [prompt, refused, warned] });
    expect(policy.prompts?.map((p) => p.id)).toEqual(['school-open-dag', 'school-uitroep']);
    const [refusal, warning] = problems;
    expect(refusal).toMatchObject({
      key: 'prompts[1].text.nl',
      level: 'refuse',
      kind: 'comparison',
      text: refused.text.nl,
    });
    expect(refusal?.reason?.nl).toContain('vergeleken');
    expect(refusal?.reason?.en).toContain('compared');
    expect(refusal?.rewrite?.nl.length).toBeGreaterThan(10);
    expect(refusal?.message).toMatch(/^geweigerd door de taalregels/);
    expect(warning).toMatchObject({ key: 'prompts[2].text.nl', level: 'warn', kind: 'exclamation' });
    expect(warning?.message).toMatch(/^waarschuwing van de taalregels/);
  });

  it('keeps a campaign with its sound prompts when one of its prompts is refused', () => {
    const week = {
      title: 'Week van de loopbaan',
      from: '2026-11-09',
      to: '2026-11-13',
      promptIds: ['school-open-dag', 'school-vergelijk'],
    };
    const { policy } = parsePolicy({ prompts: [prompt, refused], campaigns: [week] });
    expect(policy.campaigns).toEqual([week]);
    expect(policy.prompts?.map((p) => p.id)).toEqual(['school-open-dag']);
  });
});
