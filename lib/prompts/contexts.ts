import type { Step, Trigger } from '../core/domain';
import type { StudentContext } from '../core/student-context';
import type { EngineContext } from './engine';
import { STEP_FAMILIES } from './steps';

/**
 * The contexts the extension ranks prompts in, defined once: the background builds its answers with
 * them (the card and cue answers in each feature folder's background.ts, lib/background/panel.ts) and content:stats and the tests enumerate the same ones.
 */

/** The card beside the student record: stand-alone questions for the student, asked by the mentor. */
export function cardContext(student: StudentContext, studentKey: string): EngineContext {
  return { ...student, place: 'studentRecord', role: 'mentor', studentKey, standalone: true };
}

/** One step of the loopbaangesprek in the panel; the first step opens, later ones may follow up. */
export function stepContext(student: StudentContext, step: Step, studentKey: string): EngineContext {
  return {
    ...student,
    place: 'sidePanel',
    role: 'mentor',
    studentKey,
    step,
    families: STEP_FAMILIES[step],
    standalone: step === 'terugkijken',
  };
}

/** Another list in the panel (houding, eigen bril, oudergesprek, trialoog). */
export function panelContext(student: StudentContext, studentKey: string, over: Partial<EngineContext>): EngineContext {
  return { ...student, place: 'sidePanel', role: 'mentor', studentKey, ...over };
}

/** The grading cue for one result (and the subject of the grid, when known). */
export function cueContext(student: StudentContext, studentKey: string, trigger: Trigger, subject?: string): EngineContext {
  return {
    ...student,
    place: 'gradeEntry',
    role: 'vakdocent',
    studentKey,
    families: ['vakdocent'],
    trigger,
    standalone: true,
    ...(subject ? { subject } : {}),
  };
}
