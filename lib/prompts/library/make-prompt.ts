import type { Phase, Route } from '../../core/domain';
import type { Competence, Family, Place, Prompt, Role, SchoolType, Season, Step } from '../schema';

/**
 * The prompt builder shared by the smaller families (studiekeuze, gelijke-kansen, ouders, bpv,
 * eigen-bril, houding): one family, an id prefix, a default source and defaults per family.
 */

export const ALL: SchoolType[] = ['vmbo', 'havo', 'vwo', 'mbo', 'hbo', 'pro', 'vso', 'isk'];
export const VO_MBO: SchoolType[] = ['vmbo', 'havo', 'vwo', 'mbo'];
const PANEL: Place[] = ['sidePanel', 'studentRecord'];
export const TEACHERS: Role[] = ['mentor', 'vakdocent'];

type Opts = {
  schoolTypes?: SchoolType[];
  roles?: Role[];
  places?: Place[];
  steps?: Step[];
  years?: number[];
  examYearOnly?: boolean;
  season?: Season;
  phases?: Phase[];
  routes?: Route[];
  paths?: ('bol' | 'bbl')[];
};

export function make(family: Family, prefix: string, source: string, defaults: Opts) {
  return (
    n: string,
    competences: Competence[],
    text: [string, string],
    why: [string, string],
    opts: Opts & { source?: string } = {},
  ): Prompt => {
    const o = { ...defaults, ...opts };
    const p: Prompt = {
      id: `${prefix}-${n}`,
      family,
      text: { nl: text[0], en: text[1] },
      why: { nl: why[0], en: why[1] },
      competences,
      roles: o.roles ?? ['mentor'],
      places: o.places ?? PANEL,
      schoolTypes: o.schoolTypes ?? ALL,
      source: opts.source ?? source,
    };
    if (o.steps) p.steps = o.steps;
    if (o.years) p.years = o.years;
    if (o.examYearOnly) p.examYearOnly = true;
    if (o.season) p.season = o.season;
    if (o.phases) p.phases = o.phases;
    if (o.routes) p.routes = o.routes;
    if (o.paths) p.paths = o.paths;
    return p;
  };
}
