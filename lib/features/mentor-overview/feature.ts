import { defineFeatureInfo } from '../define-info';

/** The mentor's overview on the list of their mentor students: who had no loopbaanmoment this period. */
export const mentorOverviewInfo = defineFeatureInfo({
  id: 'mentor-overview',
  switches: [{ key: 'mentorOverview', default: true, label: 'settings.mentorOverview' }],
  shortcuts: [],
});
