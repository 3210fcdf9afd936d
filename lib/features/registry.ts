import type { Feature } from './define';
import { gradingCue } from './grading-cue';
import { mentorOverview } from './mentor-overview';
import { studentCard } from './student-card';

/** Every in-page feature, in the order they start. Adding one: a folder beside these and a line here. */
export const FEATURES: readonly Feature[] = [studentCard, gradingCue, mentorOverview];
