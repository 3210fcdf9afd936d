import type { Step } from '../core/domain';
import type { Family } from './schema';

/**
 * The families each step of the loopbaangesprek draws from: conversation prompts in every step;
 * study-choice and BPV questions where they look back, reflect or plan; the choice moments, equity
 * and parent questions where the conversation looks ahead.
 */
export const STEP_FAMILIES: Record<Step, Family[]> = {
  terugkijken: ['gesprek', 'studiekeuze', 'bpv'],
  reflecteren: ['gesprek', 'studiekeuze', 'bpv'],
  vooruitkijken: ['gesprek', 'keuzemoment', 'studiekeuze', 'gelijke-kansen', 'ouders', 'bpv'],
  vervolgstap: ['gesprek', 'studiekeuze', 'bpv'],
};
