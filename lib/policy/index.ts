export { MAX_PROBLEMS, type ParsedPolicy, parsePolicy } from './parse';
export {
  competenceTexts,
  DEFAULT_COMPETENCE_TEXTS,
  DEFAULT_SETTINGS,
  DEFAULT_VOCABULARY,
  effectivePolicy,
  extraHostMatchPatterns,
  type ResolvedSettings,
  resolveSettings,
  vocabularyFor,
} from './resolve';
export * from './schema';
export { createPolicyStore, type PolicySource, type PolicyState, type PolicyStore, type PolicyStoreDeps } from './store';
