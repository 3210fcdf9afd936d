import type { Feature } from './define';
import { gradingCue } from './grading-cue/content';
import { mentorOverview } from './mentor-overview/content';
import { studentCard } from './student-card/content';

/** Every in-page feature, in the order they start. Adding one: a folder beside these and a line here. */
export const FEATURES: readonly Feature[] = [studentCard, gradingCue, mentorOverview];
