import { defineFeatureInfo } from '../define-info';

/** The card beside the student on their record page. */
export const studentCardInfo = defineFeatureInfo({
  id: 'student-card',
  switches: [{ key: 'studentCard', default: true, label: 'settings.studentCard' }],
  shortcuts: [],
});
