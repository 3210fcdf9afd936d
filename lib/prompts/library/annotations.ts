import type { CalendarMoment } from '../../core/calendar';
import type { Phase, Route } from '../../core/domain';
import type { Prompt } from '../schema';

/**
 * Who a prompt is for and what shape it has, kept beside the texts (lob-content.md §5 "audience and
 * shape"). Everything not listed addresses the student and stands alone; routes are read from the
 * text unless given here.
 */

/** Questions for the teacher's own reflection (shown under "eigen bril", never in a student list). */
const FOR_TEACHER = ['gk-potentie-1', 'gk-routes-docent-1', 'gk-beeld-1', 'gk-taal-docent-1', 'gk-alumnus-1'];

/** Questions for a conversation with parents or carers (the panel's oudergesprek). */
const FOR_PARENTS = ['ou-oudergesprek-1', 'ou-oudergesprek-2'];

/** Questions for the praktijkbegeleider in a trialoog (mbo stage). */
const FOR_WORKPLACE = ['bpv-trialoog-1', 'bpv-trialoog-2', 'bpv-trialoog-5'];

/** Questions that follow the previous step ("Wat ging daar goed?"): in the guide only, never alone on a card. */
const FOLLOW_UPS = [
  'gs-refl-kw-1',
  'gs-refl-kw-4',
  'gs-refl-mo-1',
  'gs-refl-mo-2',
  'gs-refl-mo-4',
  'gs-refl-we-1',
  'gs-refl-we-2',
  'gs-refl-we-3',
  'gs-refl-ls-1',
  'gs-refl-ls-2',
  'gs-refl-ls-3',
  'gs-refl-nw-1',
  'gs-refl-nw-2',
  'gs-refl-nw-3',
  'gs-vooruit-kw-1',
  'gs-vooruit-we-2',
  'gs-vooruit-nw-2',
  'gs-stap-kw-1',
  'gs-stap-mo-1',
  'gs-stap-mo-3',
  'gs-stap-we-2', // "uit dat beroep": the beroep of the step before
  'gs-stap-we-3',
  'gs-stap-we-4',
  'gs-stap-ls-3',
  'gs-stap-nw-1',
  'gs-stap-nw-3',
];

/** Routes where the text names a longer path: the first step is what must be open to this student. */
const ROUTES: Record<string, Route[]> = {
  'gk-routes-1': ['mbo', 'havo'],
  'gk-routes-docent-1': ['mbo', 'havo'],
};

/** Study-choice moments that already matter in the voorexamenjaar (open dagen, proefstuderen, hbo or wo). */
const PHASES: Record<string, Phase[]> = {
  'km-examen-opendag-1': ['voorexamenjaar', 'examenjaar'],
  'km-examen-opendag-3': ['voorexamenjaar', 'examenjaar'],
  'km-examen-vwo-1': ['voorexamenjaar', 'examenjaar'],
  'km-examen-tussenjaar-1': ['voorexamenjaar', 'examenjaar', 'laatstejaars'],
};

/** Prompts tied to a moment of the school's calendar (policy `calendar`): its dates, where given, replace the season. */
const MOMENTS: Record<string, CalendarMoment> = {
  'km-vmbo-profiel-1': 'profielkeuze',
  'km-vmbo-profiel-2': 'profielkeuze',
  'km-vmbo-profiel-3': 'profielkeuze',
  'km-vmbo-profiel-4': 'profielkeuze',
  'km-vmbo-profiel-5': 'profielkeuze',
  'km-havo-vwo-profiel-1': 'profielkeuze',
  'km-havo-vwo-profiel-2': 'profielkeuze',
  'km-havo-vwo-profiel-3': 'profielkeuze',
  'km-havo-vwo-profiel-4': 'profielkeuze',
  'km-havo-vwo-profiel-5': 'profielkeuze',
  'km-examen-opendag-1': 'openDagen',
  'km-examen-opendag-2': 'openDagen',
  'km-examen-opendag-3': 'meeloopdagen',
  'km-vmbo-mbo-3': 'meeloopdagen',
  'km-mbo-bpv-voor-1': 'bpvVoor',
  'km-mbo-bpv-na-1': 'bpvNa',
  'bpv-voor-1': 'bpvVoor',
  'bpv-voor-2': 'bpvVoor',
  'bpv-voor-3': 'bpvVoor',
  'bpv-voor-4': 'bpvVoor',
  'bpv-voor-5': 'bpvVoor',
  'bpv-tijdens-1': 'bpvTijdens',
  'bpv-tijdens-2': 'bpvTijdens',
  'bpv-tijdens-3': 'bpvTijdens',
  'bpv-tijdens-4': 'bpvTijdens',
  'bpv-tijdens-5': 'bpvTijdens',
  'bpv-na-1': 'bpvNa',
  'bpv-na-2': 'bpvNa',
  'bpv-na-3': 'bpvNa',
  'bpv-na-4': 'bpvNa',
  'bpv-na-5': 'bpvNa',
  'bpv-trialoog-1': 'bpvTijdens',
  'bpv-trialoog-2': 'bpvTijdens',
  'bpv-trialoog-3': 'bpvTijdens',
  'bpv-trialoog-4': 'bpvTijdens',
  'bpv-trialoog-5': 'bpvTijdens',
};

/** The library with its annotations applied (pure; the texts are untouched). */
export function annotate(prompts: readonly Prompt[]): Prompt[] {
  const teacher = new Set(FOR_TEACHER);
  const parents = new Set(FOR_PARENTS);
  const workplace = new Set(FOR_WORKPLACE);
  const followUps = new Set(FOLLOW_UPS);
  return prompts.map((p) => {
    const phases = PHASES[p.id];
    const routes = ROUTES[p.id];
    const moment = MOMENTS[p.id];
    const audience = teacher.has(p.id) ? 'teacher' : parents.has(p.id) ? 'parent' : workplace.has(p.id) ? 'workplace' : undefined;
    const { examYearOnly, ...rest } = p;
    return {
      ...(phases ? rest : p),
      ...(phases ? { phases } : {}),
      ...(routes ? { routes } : {}),
      ...(moment ? { moment } : {}),
      ...(audience ? { audience } : {}),
      ...(followUps.has(p.id) ? { followUp: true } : {}),
      ...(phases || !examYearOnly ? {} : { examYearOnly }),
    };
  });
}
