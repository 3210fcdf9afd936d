import type { Prompt } from '../schema';
import { annotate } from './annotations';
import { bpvPrompts } from './bpv';
import { eigenBril } from './eigen-bril';
import { gelijkeKansen } from './gelijke-kansen';
import { gesprek } from './gesprek';
import { gesprekMentoruur } from './gesprek-mentoruur';
import { houding } from './houding';
import { keuzemomenten } from './keuzemomenten';
import { ouders } from './ouders';
import { overgangen } from './overgangen';
import { overgangenMboHbo } from './overgangen-mbo-hbo';
import { studiekeuze } from './studiekeuze';
import { vakdocent } from './vakdocent';
import { vakdocentProfielvakken } from './vakdocent-profielvakken';
import { vakdocentRanden } from './vakdocent-randen';

/** The whole shipped library, every family. */
export const library: readonly Prompt[] = annotate([
  ...gesprek,
  ...gesprekMentoruur,
  ...vakdocent,
  ...vakdocentProfielvakken,
  ...vakdocentRanden,
  ...keuzemomenten,
  ...overgangen,
  ...overgangenMboHbo,
  ...studiekeuze,
  ...gelijkeKansen,
  ...ouders,
  ...bpvPrompts,
  ...eigenBril,
  ...houding,
]);
