import { DEFAULT_CARE_ROLES, isCareRole } from './care';

/**
 * A care entry, defined once: an afspraak or referral whose role, "who" or subject names the school's
 * zorg (the zorgcoördinator, the intern begeleider, the vertrouwenspersoon, the schoolmaatschappelijk
 * werk, the jeugdarts, leerplicht, the wijkteam, …). Nothing of it is kept: a referral to a care role
 * is not stored, and an afspraak with the zorg is refused with the school's zorg route instead.
 * "De zorg" as a field of work ("meeloopdag in de zorg") is not a care entry.
 */

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'");

/** People and services of the school's care route, in a "who" or in the subject of an afspraak. */
const CARE_PERSON =
  /(?<![\p{L}'-])(?:zorg(?:co\w*|team\w*|adviesteam\w*|overleg\w*|route|plan|medewerker\w*|loket|begeleider\w*)|intern(?:e)? begeleid\w*|ib'?ers?|vertrouwens(?:persoon|personen|docent\w*|arts)|(?:school)?maatschappelijk(?:e)? werk\w*|smw'?(?:er|ers)?|jeugd(?:arts|verpleegkundige|zorg|hulp)|schoolarts|ggd|ggz|wijkteam\w*|leerplicht\w*|veilig thuis|orthopedago\w*|schoolpsycholoog|zat-overleg)(?![\p{L}-])/u;

/** "Zorg" alone as the "who": the care contact itself. */
const CARE_WHO = /^(?:de )?zorg(?:contact|coach)?$/u;

export interface CareEntryFields {
  role?: string;
  who?: string;
  what?: string;
}

/**
 * The school's own care roles (its directory's `care: true` entries, beyond the defaults) named in a
 * text: "gesprek met de ondersteuningscoördinator" where the school calls its zorg that.
 */
function namesSchoolCareRole(text: string, careRoles: readonly string[]): boolean {
  if (!text) return false;
  return careRoles.some((role) => {
    if (DEFAULT_CARE_ROLES.includes(role)) return false;
    const name = fold(role).trim();
    if (name.length < 3) return false;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
}

export function isCareEntry(entry: CareEntryFields, careRoles: readonly string[] = DEFAULT_CARE_ROLES): boolean {
  if (entry.role !== undefined && isCareRole(entry.role, careRoles)) return true;
  const who = fold(entry.who ?? '').trim();
  if (who && (isCareRole(who, careRoles) || CARE_WHO.test(who) || CARE_PERSON.test(who))) return true;
  if (namesSchoolCareRole(who, careRoles)) return true;
  const what = fold(entry.what ?? '');
  return CARE_PERSON.test(what) || namesSchoolCareRole(what, careRoles);
}
