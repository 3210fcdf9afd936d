import { CORE_REQUESTS } from '../background/core-requests';
import { requestTable } from '../background/requests';
import { gradingCueRequests } from './grading-cue/background';
import { meaningProposalRequests } from './meaning-proposal/background';
import { mentorOverviewRequests } from './mentor-overview/background';
import { pageTeacherRequests } from './page-teacher/background';
import { studentCardRequests } from './student-card/background';

/** What the background answers for the in-page features: one line per feature with a background.ts. */
export const FEATURE_REQUESTS = [
  ...studentCardRequests,
  ...gradingCueRequests,
  ...mentorOverviewRequests,
  ...pageTeacherRequests,
  ...meaningProposalRequests,
];

/** The router's table as shipped: the requests of no feature and every feature's own. */
export const SHIPPED_REQUESTS = requestTable([...CORE_REQUESTS, ...FEATURE_REQUESTS]);
