import type { Language, Phase, Place, Route, SchoolType, Trigger, Vocabulary } from '../core/domain';
import { localize as text } from '../core/localize';
import type { PublicService, ReferralRole, ReferralRule, ReferralTopic } from './schema';

/** One entry of the school's own directory (from policy): who to go to, and when. */
export interface DirectoryEntry {
  role: string;
  name?: string;
  contact?: string;
  when?: string;
  line?: 1 | 2 | 3;
  care?: boolean;
}

export interface Suggestion {
  role: string;
  title: string;
  name?: string;
  contact?: string;
  when: string;
  line: number | null;
  care: boolean;
}

export interface SuggestInput {
  roles: readonly ReferralRole[];
  services: readonly PublicService[];
  rules: readonly ReferralRule[];
  directory: readonly DirectoryEntry[];
  vocabulary: Pick<Vocabulary, 'mentorRole' | 'secondLineRole' | 'careRole'>;
  /** Where the teacher is: the panel, plus the page its tab shows (a record, a grade grid). */
  places: readonly Place[];
  trigger?: Trigger;
  /** A doubt that lasts (lib/db/history.ts `doubtLasts`). */
  lasting?: boolean;
  schoolType?: SchoolType;
  phase?: Phase;
  /** Destinations the student's diploma opens (route truth); unknown with an unknown school type. */
  routes?: readonly Route[];
  /** Month 1–12, for services that matter near a deadline. */
  month?: number;
  language: Language;
}

const norm = (s: string) => s.trim().toLowerCase();

/** The rules that fire for these places, this moment and this school type. */
export function firingRules(
  rules: readonly ReferralRule[],
  places: readonly Place[],
  trigger: Trigger | undefined,
  schoolType?: SchoolType,
  lasting = false,
): ReferralRule[] {
  return rules.filter(
    (rule) =>
      rule.places.some((p) => places.includes(p)) &&
      (!rule.triggers || rule.triggers.includes(trigger ?? 'usual')) &&
      (rule.lasting === undefined || rule.lasting === lasting) &&
      (!rule.schoolTypes || (schoolType !== undefined && rule.schoolTypes.includes(schoolType))),
  );
}

/** Topics the rules give for these places and this moment. */
export function topicsFor(
  rules: readonly ReferralRule[],
  places: readonly Place[],
  trigger: Trigger | undefined,
  schoolType?: SchoolType,
  lasting = false,
): Set<ReferralTopic> {
  return new Set(firingRules(rules, places, trigger, schoolType, lasting).flatMap((r) => r.topics));
}

/** A role or service limited to some phases or months applies only then (unknown phase: not at all). */
function inTime(item: { phases?: readonly Phase[]; months?: readonly number[] }, phase?: Phase, month?: number): boolean {
  if (item.phases && (!phase || !item.phases.includes(phase))) return false;
  if (item.months && (!month || !item.months.includes(month))) return false;
  return true;
}

/**
 * Whether a role or service fits this student: their school type, and (when it serves some routes
 * only) a route their diploma opens. With an unknown school type only what fits any student: the
 * roles marked so (mentor, decaan, the zorg contact) and services that serve every route.
 */
function fitsStudent(
  item: { schoolTypes: readonly SchoolType[]; routes?: readonly Route[]; anyStudent?: boolean },
  input: Pick<SuggestInput, 'schoolType' | 'routes'>,
  kind: 'role' | 'service',
): boolean {
  if (!input.schoolType) return kind === 'role' ? Boolean(item.anyStudent) : !item.routes;
  if (!item.schoolTypes.includes(input.schoolType)) return false;
  return !item.routes || item.routes.some((r) => input.routes?.includes(r));
}

/** The directory entry for a role: same id, or the school's word for it. */
function entryFor(directory: readonly DirectoryEntry[], role: ReferralRole, title: string, language: Language) {
  const names = [role.id, title, text(role.role, language)].map(norm);
  return directory.find((d) => names.includes(norm(d.role)) || (role.care && d.care));
}

/**
 * Referral suggestions for this context: default roles and public services whose topics match,
 * filled with the school's directory, plus the school's own extra entries. The zorg contact is
 * kept apart (care: true) so the panel can show it behind "geen loopbaanvraag".
 */
export function suggestReferrals(input: SuggestInput): Suggestion[] {
  const topics = topicsFor(input.rules, input.places, input.trigger, input.schoolType, input.lasting);
  const used = new Set<DirectoryEntry>();
  const out: Suggestion[] = [];
  for (const role of input.roles) {
    if (!fitsStudent(role, input, 'role') || !inTime(role, input.phase)) continue;
    if (!role.care && !role.topics.some((t) => topics.has(t))) continue;
    const title = role.vocabulary ? input.vocabulary[role.vocabulary] : text(role.role, input.language);
    const entry = entryFor(input.directory, role, title, input.language);
    if (entry) used.add(entry);
    out.push({
      role: role.id,
      title,
      when: entry?.when ?? text(role.when, input.language),
      line: role.lijn,
      care: Boolean(role.care),
      ...(entry?.name ? { name: entry.name } : {}),
      ...(entry?.contact ? { contact: entry.contact } : {}),
    });
  }
  for (const entry of input.directory) {
    if (used.has(entry)) continue;
    out.push({
      role:
        norm(entry.role)
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'contact',
      title: entry.role,
      when: entry.when ?? '',
      line: entry.line ?? null,
      care: Boolean(entry.care),
      ...(entry.name ? { name: entry.name } : {}),
      ...(entry.contact ? { contact: entry.contact } : {}),
    });
  }
  for (const service of input.services) {
    if (!fitsStudent(service, input, 'service') || !inTime(service, input.phase, input.month)) continue;
    if (!service.topics.some((t) => topics.has(t))) continue;
    out.push({
      role: service.id,
      title: service.name,
      when: text(service.when, input.language),
      line: 3,
      care: false,
      ...(service.address ? { contact: service.address } : {}),
    });
  }
  return out;
}
