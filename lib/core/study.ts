import type { SchoolType, Track } from './domain';

/** What a study/class string tells about the student's programme. */
export interface Study {
  schoolType: SchoolType;
  year?: number;
  /** vmbo leerweg: b (basis), k (kader), gl (gemengd), t (theoretisch/mavo) */
  track?: Track;
  /** vwo: gymnasium (Latin and Greek) */
  gymnasium?: true;
  /** mbo niveau 1–4 (entree is niveau 1) */
  level?: number;
  /** mbo: the entree opleiding */
  entree?: true;
  /** mbo leerweg: school-based (bol) or work-based (bbl) */
  path?: 'bol' | 'bbl';
  /** e.g. "Verpleegkunde" */
  programme?: string;
}

const FINAL_YEAR: Partial<Record<SchoolType, number>> = { vmbo: 4, havo: 5, vwo: 6 };

/** Examenjaar for vmbo/havo/vwo (the last year); see `phaseOf` for mbo and hbo. */
export function isExamYear(study: Study | undefined): boolean {
  if (!study?.year) return false;
  const last = FINAL_YEAR[study.schoolType];
  return last !== undefined && study.year >= last;
}

const TRACK_WORDS: Record<string, Track> = {
  b: 'b',
  bb: 'b',
  bbl: 'b',
  basis: 'b',
  basisberoepsgericht: 'b',
  basisberoepsgerichte: 'b',
  k: 'k',
  kb: 'k',
  kbl: 'k',
  kader: 'k',
  kaderberoepsgericht: 'k',
  kaderberoepsgerichte: 'k',
  g: 'gl',
  gl: 'gl',
  gemengd: 'gl',
  gemengde: 'gl',
  t: 't',
  tl: 't',
  gt: 't',
  theoretisch: 't',
  theoretische: 't',
  mavo: 't',
};

/** "3 havo", "3havo", "havo 3", "HAVO-3", "klas 3", "3e klas": the first stand-alone digit 1–6. */
function leadingYear(text: string): number | undefined {
  const m =
    /(?:^|[\s-])(?:leerjaar|jaar|klas)?\s*([1-6])(?:e)?(?=\s|$|[a-z])/i.exec(text) ?? /(?<![\d,.])([1-6])(?![\d,.])/.exec(text);
  return m?.[1] ? Number(m[1]) : undefined;
}

const word = (w: string) => new RegExp(`(?<![a-z])${w}(?![a-z])`);

function parseMbo(text: string, lower: string): Study {
  const entree = /\bentree/.test(lower);
  // "niv. 4", "niveau 2", "N4", or a bare number right after "mbo" ("mbo-4", "MBO 2 Verkoper")
  const level = entree ? '1' : (/\b(?:niv(?:eau)?\.?|n)\s*([1-4])\b/.exec(lower)?.[1] ?? /\bmbo[\s-]?([1-4])\b/.exec(lower)?.[1]);
  const year = /\b(?:jaar|leerjaar)\s*([1-4])\b/.exec(lower)?.[1];
  // In an mbo string "BBL"/"BOL" is the learning path (work- or school-based), never vmbo-basis.
  const path = /\b(bbl|bol)\b/.exec(lower)?.[1] as 'bol' | 'bbl' | undefined;
  const programme = text
    .replace(/\b(?:bbl|bol)\b/gi, '')
    .replace(/\bmbo(?:[\s-]?[1-4]\b)?/i, '')
    .replace(/\b(?:niv(?:eau)?\.?|n)\s*[1-4]\b/i, '')
    .replace(/\b(?:leer)?jaar\s*[1-4]\b/i, '')
    .replace(/[,·-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    schoolType: 'mbo',
    ...(level ? { level: Number(level) } : {}),
    ...(entree ? { entree: true as const } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(programme && !entree ? { programme } : {}),
    ...(path ? { path } : {}),
  };
}

const VMBO =
  /(?<![a-z])(vmbo|mavo)(?:[\s-]?(basisberoepsgerichte?|kaderberoepsgerichte?|basis|kader|gemengde?|theoretische?|bbl|kbl|bb|kb|gl|tl|gt|b|k|g|t))?(?![a-z])/;
const LOOSE_TRACK = /(?<![a-z])(basisberoepsgerichte?|kaderberoepsgerichte?|gemengde|theoretische|bb|kb|gl|tl)(?![a-z])/;

/**
 * One parser for the study and class strings teacher pages show: "3 havo", "2 vmbo-t", "4vmbo-k",
 * "3 TL", "5 gym", "MBO Verpleegkunde niv. 4", "MBO 2 Verkoper BBL", "Entree", "HBO jaar 1",
 * "propedeuse", "PrO 3", "VSO 2"; class codes ("KB4", "G5A", "3H2") go through `studyFromClass`.
 */
export function parseStudy(raw: string | undefined): Study | undefined {
  if (!raw) return undefined;
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  if (/\bmbo\b|\bentree/.test(lower)) return parseMbo(text, lower);
  if (/\b(hbo|hogeschool|bachelor|associate degree|ad|propedeuse)\b/.test(lower)) {
    const year = /\bpropedeuse\b/.test(lower)
      ? '1'
      : (/\b(?:jaar|leerjaar)\s*([1-4])\b/.exec(lower)?.[1] ??
        /^([1-4])\b/.exec(lower)?.[1] ??
        /\bhbo[\s-]?([1-4])\b/.exec(lower)?.[1]);
    return { schoolType: 'hbo', ...(year ? { year: Number(year) } : {}) };
  }
  const year = leadingYear(lower);
  if (word('(?:pro|praktijkonderwijs)').test(lower)) return { schoolType: 'pro', ...(year ? { year } : {}) };
  if (word('(?:vso|voortgezet speciaal onderwijs)').test(lower)) return { schoolType: 'vso', ...(year ? { year } : {}) };
  const vmbo = VMBO.exec(lower);
  const loose = LOOSE_TRACK.exec(lower);
  if (vmbo || (loose && year)) {
    const key = vmbo?.[1] === 'mavo' ? 'mavo' : (vmbo?.[2] ?? loose?.[1]);
    const track = key ? TRACK_WORDS[key] : undefined;
    return { schoolType: 'vmbo', ...(year ? { year } : {}), ...(track ? { track } : {}) };
  }
  if (word('havo').test(lower)) return { schoolType: 'havo', ...(year ? { year } : {}) };
  if (word('(?:gym|gymnasium)').test(lower)) return { schoolType: 'vwo', ...(year ? { year } : {}), gymnasium: true };
  if (word('(?:vwo|atheneum|ath)').test(lower)) return { schoolType: 'vwo', ...(year ? { year } : {}) };
  return undefined;
}

/** Class-code letters: H havo, V/A vwo (atheneum), G gymnasium, M/T/TL mavo, GL gemengd, K/KB kader, B/BB basis. */
const CLASS_CODES: Record<string, Omit<Study, 'year'>> = {
  h: { schoolType: 'havo' },
  v: { schoolType: 'vwo' },
  a: { schoolType: 'vwo' },
  g: { schoolType: 'vwo', gymnasium: true },
  m: { schoolType: 'vmbo', track: 't' },
  t: { schoolType: 'vmbo', track: 't' },
  tl: { schoolType: 'vmbo', track: 't' },
  gl: { schoolType: 'vmbo', track: 'gl' },
  k: { schoolType: 'vmbo', track: 'k' },
  kb: { schoolType: 'vmbo', track: 'k' },
  b: { schoolType: 'vmbo', track: 'b' },
  bb: { schoolType: 'vmbo', track: 'b' },
};

/** A weak fallback from a class name such as "3H2", "4V1", "V4B", "KB4", "G5A" or "3TL1". */
export function studyFromClass(raw: string | undefined): Study | undefined {
  if (!raw) return undefined;
  const m = /^\s*(?:([1-6])\s*(tl|gl|kb|bb|[hvagmtkb])(?![a-z])|(tl|gl|kb|bb|[hvagmtkb])\s*([1-6]))/i.exec(raw);
  if (!m) return undefined;
  const year = Number(m[1] ?? m[4]);
  const code = CLASS_CODES[(m[2] ?? m[3] ?? '').toLowerCase()];
  return code ? { ...code, year } : undefined;
}

/** A class or group code as pages show it: one token with a digit, no spaces ("V4B", "3H2", "VPK4A", "HBO-ICT1"). */
function looksLikeClassCode(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 12 && !/\s/.test(t) && /\d/.test(t) && /^[\p{L}\d._-]+$/u.test(t);
}

/**
 * Unlabelled pills (Somtoday Docent shows the stamgroep and the opleiding side by side, without a
 * label): the study is the text that reads as a study and is not a bare class code; the class is
 * a class-code-shaped text that is not the study. Either may be missing.
 */
export function classifyPills(texts: readonly string[]): { klas?: string; study?: string } {
  const clean = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const study =
    clean.find((t) => !looksLikeClassCode(t) && parseStudy(t) !== undefined) ??
    (clean.filter(looksLikeClassCode).length > 1
      ? clean.find((t) => parseStudy(t) !== undefined && !studyFromClass(t))
      : undefined);
  const klas = clean.find((t) => t !== study && looksLikeClassCode(t));
  return { ...(klas ? { klas } : {}), ...(study ? { study } : {}) };
}
