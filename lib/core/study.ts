import type { SchoolType } from './domain';

/** What a study/class string tells about the student's programme. */
export interface Study {
  schoolType: SchoolType;
  year?: number;
  /** vmbo leerweg (b, k, gl, t) */
  track?: string;
  /** mbo niveau 1–4 */
  level?: number;
  /** mbo leerweg: school-based (bol) or work-based (bbl) */
  path?: 'bol' | 'bbl';
  /** e.g. "Verpleegkunde" */
  programme?: string;
}

const FINAL_YEAR: Partial<Record<SchoolType, number>> = { vmbo: 4, havo: 5, vwo: 6 };

/** Examenjaar for vmbo/havo/vwo; mbo/hbo have no single exam year. */
export function isExamYear(study: Study | undefined): boolean {
  if (!study?.year) return false;
  const last = FINAL_YEAR[study.schoolType];
  return last !== undefined && study.year >= last;
}

const TRACKS: Record<string, string> = {
  b: 'b',
  bb: 'b',
  bbl: 'b',
  k: 'k',
  kb: 'k',
  kbl: 'k',
  gl: 'gl',
  t: 't',
  tl: 't',
  gt: 't',
};

/** "3 havo", "3havo", "havo 3", "HAVO-3", "klas 3", "3e klas": the first stand-alone digit 1–6. */
function leadingYear(text: string): number | undefined {
  const m =
    /(?:^|[\s-])(?:leerjaar|jaar|klas)?\s*([1-6])(?:e)?(?=\s|$|[a-z])/i.exec(text) ?? /(?<![\d,.])([1-6])(?![\d,.])/.exec(text);
  return m?.[1] ? Number(m[1]) : undefined;
}

/** Parses "3 havo", "2 vmbo-t", "4 vwo", "5 gym", "MBO Verpleegkunde niv. 4", "HBO jaar 1". */
export function parseStudy(raw: string | undefined): Study | undefined {
  if (!raw) return undefined;
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  if (/\bmbo\b/.test(lower)) {
    // "niv. 4", "niveau 2", "N4", or a bare number right after "mbo" ("mbo-4", "MBO 2 Verkoper")
    const level = /\b(?:niv(?:eau)?\.?|n)\s*([1-4])\b/.exec(lower)?.[1] ?? /\bmbo[\s-]?([1-4])\b/.exec(lower)?.[1];
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
      ...(year ? { year: Number(year) } : {}),
      ...(programme ? { programme } : {}),
      ...(path ? { path } : {}),
    };
  }
  if (/\b(hbo|hogeschool|bachelor|ad)\b/.test(lower)) {
    const year =
      /\b(?:jaar|leerjaar)\s*([1-4])\b/.exec(lower)?.[1] ??
      /^([1-4])\b/.exec(lower)?.[1] ??
      /\bhbo[\s-]?([1-4])\b/.exec(lower)?.[1];
    return { schoolType: 'hbo', ...(year ? { year: Number(year) } : {}) };
  }
  const vmbo = /(?<![a-z])(?:vmbo|mavo)(?:[\s-]?(bbl|kbl|bb|kb|gl|tl|gt|b|k|t))?(?![a-z])/.exec(lower);
  const year = leadingYear(lower);
  if (vmbo) {
    const track = lower.includes('mavo') ? 't' : vmbo[1] ? TRACKS[vmbo[1]] : undefined;
    return { schoolType: 'vmbo', ...(year ? { year } : {}), ...(track ? { track } : {}) };
  }
  if (/(?<![a-z])havo(?![a-z])/.test(lower)) return { schoolType: 'havo', ...(year ? { year } : {}) };
  if (/(?<![a-z])(vwo|gym|gymnasium|atheneum|ath)(?![a-z])/.test(lower)) return { schoolType: 'vwo', ...(year ? { year } : {}) };
  return undefined;
}

const CLASS_LETTERS: Record<string, SchoolType> = {
  h: 'havo',
  v: 'vwo',
  a: 'vwo',
  g: 'vwo',
  m: 'vmbo',
  t: 'vmbo',
  k: 'vmbo',
  b: 'vmbo',
};

/** A weak fallback from a class name such as "3H2", "4V1" or "V4B". */
export function studyFromClass(raw: string | undefined): Study | undefined {
  if (!raw) return undefined;
  const m = /^\s*(?:([1-6])\s*([hvagmtkb])|([hvagmtkb])\s*([1-6]))/i.exec(raw);
  if (!m) return undefined;
  const year = Number(m[1] ?? m[4]);
  const letter = (m[2] ?? m[3] ?? '').toLowerCase();
  const schoolType = CLASS_LETTERS[letter];
  return schoolType ? { schoolType, year } : undefined;
}

/** What the engine may know about the student's programme: school type, year, examenjaar. */
export function studyContext(study: { schoolType?: SchoolType; year?: number } | undefined): {
  schoolType?: SchoolType;
  year?: number;
  examYear?: boolean;
} {
  const schoolType = study?.schoolType;
  if (!schoolType) return {};
  const year = study?.year;
  return { schoolType, examYear: isExamYear({ schoolType, ...(year ? { year } : {}) }), ...(year ? { year } : {}) };
}

/** A class or group code as pages show it: one token with a digit, no spaces ("V4B", "3H2", "VPK4A", "HBO-ICT1"). */
export function looksLikeClassCode(text: string): boolean {
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
