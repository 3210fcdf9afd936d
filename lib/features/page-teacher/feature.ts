import { defineFeatureInfo } from '../define-info';

/** "Leer deze pagina herkennen": started from the side panel, so it has no switch or key of its own. */
export const pageTeacherInfo = defineFeatureInfo({
  id: 'page-teacher',
  switches: [],
  shortcuts: [],
});
