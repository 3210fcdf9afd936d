import type { Prompt } from '../schema';
import { gesprek } from './gesprek';
import { keuzemomenten } from './keuzemomenten';
import { bpvPrompts, eigenBril, gelijkeKansen, houding, ouders, studiekeuze } from './overig';
import { vakdocent } from './vakdocent';

/** The whole shipped library, every family. */
export const library: readonly Prompt[] = [
  ...gesprek,
  ...vakdocent,
  ...keuzemomenten,
  ...studiekeuze,
  ...gelijkeKansen,
  ...ouders,
  ...bpvPrompts,
  ...eigenBril,
  ...houding,
];
