import type { Prompt } from '../schema';
import * as gesprek from './gesprek';

/** The whole shipped library, every family. */
export const library: readonly Prompt[] = [gesprek].flatMap((m) => Object.values(m).flat() as Prompt[]);
