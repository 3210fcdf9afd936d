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
  // Nieuwkomers: only where the page names the class or programme so (never from a name or a language).
  if (word('(?:isk|internationale schakelklas|schakelklas|nieuwkomersklas|nieuwkomers)').test(lower)) {
    return { schoolType: 'isk', ...(year ? { year } : {}) };
  }
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

type Programme = Omit<Study, 'year'>;
const HAVO: Programme = { schoolType: 'havo' };
const VWO: Programme = { schoolType: 'vwo' };
const GYMNASIUM: Programme = { schoolType: 'vwo', gymnasium: true };
const VMBO_T: Programme = { schoolType: 'vmbo', track: 't' };
const VMBO_K: Programme = { schoolType: 'vmbo', track: 'k' };

/**
 * Class-code letters that mean the same at every Dutch secondary school: H havo; V vwo; A atheneum
 * (only before the year, see below); G/GY gymnasium; M (mavo), T, TL and GT (gemengd-theoretisch,
 * read as `t` like `parseStudy` reads "vmbo-gt": both lead to mbo or havo) vmbo-t; GL gemengd;
 * K, KB, KBL kader; BB basis.
 *
 * Deliberately not read (their meaning differs between schools, so they are never guessed):
 * - B alone: basis at a vmbo school, but "1B", "3B", "5B5" are parallel class B and "B1"–"B8"
 *   brugklas groups elsewhere. BB is basis.
 * - BBL: vmbo basisberoepsgerichte leerweg, but in mbo the beroepsbegeleidende leerweg (an mbo
 *   group "BBL2" has years 1–4 too).
 * - G before year 5: gymnasium at one school, the vmbo gemengde leerweg at another; G5 and G6 are
 *   gymnasium (vmbo ends in year 4). G alone, without a year, is never read.
 * - A after the year ("4A", "1A2"): parallel class A; "A4" is atheneum.
 * - VG ("VG4"): vwo-gymnasium at one school, vmbo-gl at another. VT ("VT4m") likewise.
 * - Dakpanklassen naming more than one school type ("HV1", "MH2", "VMH1", "4HA", "1H/V", "BK2"):
 *   no letters outside this table are read, and see `typeLetters` for a class letter after a type.
 */
const CLASS_CODES: Record<string, Programme> = {
  h: HAVO,
  v: VWO,
  a: VWO,
  g: GYMNASIUM,
  gy: GYMNASIUM,
  m: VMBO_T,
  t: VMBO_T,
  tl: VMBO_T,
  gt: VMBO_T,
  gl: { schoolType: 'vmbo', track: 'gl' },
  k: VMBO_K,
  kb: VMBO_K,
  kbl: VMBO_K,
  bb: { schoolType: 'vmbo', track: 'b' },
};

/** The school type spelled out ("4HAVO", "MAVO3", "5GYM", "PRO"): a class code, and a study text too. */
const TYPE_WORDS: Record<string, Programme> = {
  havo: HAVO,
  vwo: VWO,
  ath: VWO,
  atheneum: VWO,
  gym: GYMNASIUM,
  gymnasium: GYMNASIUM,
  mavo: VMBO_T,
  vmbo: { schoolType: 'vmbo' },
  pro: { schoolType: 'pro' },
  vso: { schoolType: 'vso' },
  isk: { schoolType: 'isk' },
};

const CODES: Record<string, Programme> = { ...CLASS_CODES, ...TYPE_WORDS };

/**
 * The type letters in the letters after a year: the whole run ("3TL1", "4HAVO"), or a one-letter
 * type and its class letter ("3HB", "4VD") when that class letter is no type letter itself ("4HV",
 * "4HA", "3MH" and "4VG" name two types; "B" is no type letter, so "4HB" is havo 4, class B).
 */
function typeLetters(run: string): string {
  if (Object.hasOwn(CODES, run) || run.length !== 2) return run;
  const [type, classLetter] = [run.charAt(0), run.charAt(1)];
  return Object.hasOwn(CLASS_CODES, type) && !Object.hasOwn(CLASS_CODES, classLetter) ? type : run;
}

/** What a class code says, and whether it spells out its school type (then it may be a study pill). */
function readClassCode(raw: string | undefined): { study: Study; spelledOut: boolean } | undefined {
  // year first ("3H2", "4V.gs1"), type first ("V4B", "H3.wiA"), or a spelled-out type alone ("PRO")
  const m = /^\s*(?:([1-6])\s*([a-z]+)(.*)|([a-z]+)\s*([1-6])|([a-z]+)\s*$)/.exec((raw ?? '').toLowerCase());
  if (!m) return undefined;
  const yearFirst = m[1] !== undefined;
  const letters = yearFirst ? typeLetters(m[2] ?? '') : (m[4] ?? m[6] ?? '');
  const code = Object.hasOwn(CODES, letters) ? CODES[letters] : undefined; // never "constructor"
  const spelledOut = Object.hasOwn(TYPE_WORDS, letters);
  const year = Number(m[1] ?? m[5] ?? 0);
  if (!code || (!year && !spelledOut)) return undefined;
  if (year > (FINAL_YEAR[code.schoolType] ?? 6)) return undefined; // "H6", "KB5", "5B5": no such year
  if (letters === 'g' && year < 5) return undefined; // gymnasium or gemengde leerweg
  if (yearFirst && letters === 'a') return undefined; // "4A": parallel class A
  if (yearFirst && /^\s*[/&+]\s*[a-z]/.test(m[3] ?? '')) return undefined; // "1H/V": a dakpanklas
  return { study: { ...code, ...(year ? { year } : {}) }, spelledOut };
}

/** A weak fallback from a class name such as "3H2", "4V1", "V4B", "4HB", "KB4", "G5A", "3TL1" or "5VWO". */
export function studyFromClass(raw: string | undefined): Study | undefined {
  return readClassCode(raw)?.study;
}

/** A class or group code as pages show it: one token with a digit, no spaces ("V4B", "3H2", "VPK4A", "HBO-ICT1"). */
export function looksLikeClassCode(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 12 && !/\s/.test(t) && /\d/.test(t) && /^[\p{L}\d._-]+$/u.test(t);
}

/**
 * Unlabelled pills (Somtoday Docent shows the stamgroep and the opleiding side by side, without a
 * label): the study is the text that reads as a study and is not a bare class code (of two
 * code-shaped texts, the one that spells out its school type, "4VWO" beside "V4B"); the class is a
 * class-code-shaped text that is not the study. Either may be missing.
 */
export function classifyPills(texts: readonly string[]): { klas?: string; study?: string } {
  const clean = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const study =
    clean.find((t) => !looksLikeClassCode(t) && parseStudy(t) !== undefined) ??
    (clean.filter(looksLikeClassCode).length > 1
      ? clean.find((t) => parseStudy(t) !== undefined && readClassCode(t)?.spelledOut !== false)
      : undefined);
  const klas = clean.find((t) => t !== study && looksLikeClassCode(t));
  return { ...(klas ? { klas } : {}), ...(study ? { study } : {}) };
}
