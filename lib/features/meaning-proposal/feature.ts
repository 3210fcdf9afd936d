import { defineFeatureInfo } from '../define-info';

/**
 * "Is dit de leerlingkaart van …?": on a page no profile recognises, what recognition by meaning
 * found is proposed once; the teacher's "Klopt" makes it a taught page. No switch or key of its own:
 * it asks, and nothing student-linked appears before the answer.
 */
export const meaningProposalInfo = defineFeatureInfo({
  id: 'meaning-proposal',
  switches: [],
  shortcuts: [],
});
