/**
 * "Leer deze pagina herkennen" (issue 19), the pure core under the picker: from elements a person
 * picked on a school page to a host-profile patch in the policy `hostProfiles` shape, with a
 * preview through the existing readers. DOM in, JSON out; no extension APIs. Saving the teacher's
 * own patch: lib/config/teacher-patches-storage.ts.
 */
export {
  containsStudentData,
  type HostProfilePatch,
  hostProfilePatch,
  mergePatches,
  policyJson,
  withoutPage,
} from './host-patch';
export { type PagePreview, previewPageProfile } from './preview';
export { previewPatch } from './preview-patch';
export { generalizeRoute, hrefIdPattern, idFromAddress } from './route';
export type { RowIdSource } from './rows';
export { type ColumnPicks, teachColumnGrid } from './teach-columns';
export {
  type GridPicks,
  type RecordPicks,
  type TaughtPage,
  type TeachAddress,
  teachRowList,
  teachStudentRecord,
} from './teach-page';
